/**
 * The preview's pages: the policy as `policy build` renders it with the
 * preview bar and the reload script added, and the preview's own index, text,
 * problem and message pages (templates/preview/). Templates are read on every
 * call, so an edit to them shows at the next reload.
 */
import { readdirSync } from 'node:fs';
import { InputError } from '../errors.js';
import { readInputText } from '../load/read-files.js';
import path from 'node:path';
import Handlebars from 'handlebars';
import { MAX_TEMPLATE_BYTES, TEMPLATES_DIR } from '../render/templates.js';
import { localise, type Message } from '../report/message.js';
import { MESSAGES, t, type Locale, type MessageId } from '../i18n/catalogue.js';
import { displayWidth } from '../render/text-wrap.js';
import { visible } from '../report/visible.js';

const DIR = path.join(TEMPLATES_DIR, 'preview');

/** What the script in a preview page compares with the server's state to know when to reload. */
export interface ClientConfig {
  /** Server-sent events URL. */
  events: string;
  /** The policy the page shows; null for the index. */
  policy: string | null;
  /** The state the page was rendered from. */
  hash: string;
}

export interface BarPolicy {
  file: string;
  pageUrl: string;
  textUrl: string;
  pdfUrl?: string;
}

export interface Chrome {
  /** The language of the panel's words (the policy keeps its own). */
  locale: Locale;
  client: ClientConfig;
  policy?: BarPolicy;
  tab?: 'page' | 'text';
  /** Warnings shown in a fold-out line under the bar. */
  warnings?: Message[];
}

/** A file of the preview's own templates, read by the reader of every input file. */
function readText(file: string): string {
  const read = readInputText(file, { what: 'a template file', maxBytes: MAX_TEMPLATE_BYTES });
  if (read.message) throw new InputError(`${file}: ${read.message.reason}`, read.message.hint, [read.message]);
  return read.text!;
}

function environment(locale: Locale): typeof Handlebars {
  const env = Handlebars.create();
  env.registerHelper('is', (a: unknown, b: unknown) => a === b);
  // The panel's words: {{t "preview.tab.page"}}, {{t "preview.errors" count=errors}}, from the catalogue in the reader's language.
  env.registerHelper('t', (id: unknown, options: Handlebars.HelperOptions) => {
    if (typeof id !== 'string' || !Object.hasOwn(MESSAGES, id)) throw new Error(`the preview's templates ask for "${String(id)}", which is not in the catalogue`);
    return t(id as MessageId, locale, options.hash as Record<string, string | number>);
  });
  // JSON inside <script>: "<" escaped so that no "</script>" can end the element.
  env.registerHelper('json', (value: unknown) => new Handlebars.SafeString(JSON.stringify(value).replace(/</g, '\\u003c')));
  const partials = path.join(DIR, 'partials');
  for (const name of readdirSync(partials).filter((n) => n.endsWith('.hbs'))) {
    env.registerPartial(name.replace(/\.hbs$/, ''), readText(path.join(partials, name)));
  }
  return env;
}

function compile(env: typeof Handlebars, name: string): Handlebars.TemplateDelegate {
  return env.compile(readText(path.join(DIR, name)));
}

function chromeData(chrome: Chrome) {
  return {
    ...chrome,
    lang: chrome.locale,
    css: readText(path.join(DIR, 'preview.css')),
    warnings: (chrome.warnings ?? []).map((m) => ({ ...localise(m, chrome.locale), where: where(m) })),
  };
}

/** A preview page of the preview's own: `body` is one of the page templates, rendered with `data`. */
export function previewPage(template: 'index' | 'problems' | 'text' | 'message', title: string, data: object, chrome: Chrome): string {
  const env = environment(chrome.locale);
  const body = compile(env, `${template}.hbs`)(data);
  return compile(env, 'layout.hbs')({ ...chromeData(chrome), title, body });
}

/**
 * The page of `policy build` with the preview bar after <body>, its style at
 * the end of <head>, and the reload script before </body>. Only here: the
 * build output never has a script.
 */
export function injectChrome(page: string, chrome: Chrome): string {
  const env = environment(chrome.locale);
  const data = chromeData(chrome);
  const head = env.partials['pv-head'] as string;
  const bar = env.partials['pv-bar'] as string;
  const client = env.partials['pv-client'] as string;
  const render = (source: string) => env.compile(source)(data);
  let out = insert(page, /<\/head>/i, render(head), 'before');
  out = insert(out, /<body[^>]*>/i, render(bar), 'after');
  return insert(out, /<\/body>/i, render(client), 'before');
}

function insert(html: string, marker: RegExp, text: string, where: 'before' | 'after'): string {
  const match = marker.exec(html);
  if (!match) return where === 'after' ? text + html : html + text;
  const at = where === 'before' ? match.index : match.index + match[0].length;
  return html.slice(0, at) + '\n' + text + html.slice(at);
}

export function where(m: Pick<Message, 'file' | 'line' | 'column'>): string {
  return m.line > 0 ? `${m.file}:${m.line}:${m.column}` : m.file;
}

/** Lines shown around a problem; the caret line is added under the line of the problem. */
export type ExcerptRow = { line: number; text: string } | { line: number; before: string; at: { char: string }; after: string };

const CONTEXT_BEFORE = 2;
const CONTEXT_AFTER = 1;
/** Widest part of a line shown before and after the column, in display columns (full-width characters count 2); longer parts are shortened with "…". */
const MAX_BEFORE = 56;
const MAX_AFTER = 48;

/** The source lines around `line`, the problem's line split at `column` (both 1-based). */
export function excerpt(text: string, line: number, column: number): ExcerptRow[] {
  const lines = text.split(/\r?\n/);
  if (line < 1 || line > lines.length) return [];
  const rows: ExcerptRow[] = [];
  const first = Math.max(1, line - CONTEXT_BEFORE);
  const last = Math.min(lines.length, line + CONTEXT_AFTER);
  for (let n = first; n <= last; n++) {
    const source = lines[n - 1]!;
    if (n !== line) {
      rows.push({ line: n, text: visible(shorten(source, MAX_BEFORE + MAX_AFTER, 'end')) });
      continue;
    }
    // Columns count UTF-16 code units, as the YAML parser's positions do.
    const i = Math.min(Math.max(column - 1, 0), source.length);
    const char = source.codePointAt(i) === undefined ? ' ' : String.fromCodePoint(source.codePointAt(i)!);
    rows.push({
      line: n,
      // A direction control or an invisible character is shown as its code (\u202e), not obeyed.
      before: visible(shorten(source.slice(0, i), MAX_BEFORE, 'start')),
      at: { char: visible(char) },
      after: visible(shorten(source.slice(i + char.length), MAX_AFTER, 'end')),
    });
  }
  return rows;
}

function shorten(text: string, max: number, cut: 'start' | 'end'): string {
  if (displayWidth(text) <= max) return text;
  const chars = [...text];
  if (cut === 'start') chars.reverse();
  const kept: string[] = [];
  let width = 2; // the "…"
  for (const char of chars) {
    width += displayWidth(char);
    if (width > max) break;
    kept.push(char);
  }
  return cut === 'start' ? '…' + kept.reverse().join('') : kept.join('') + '…';
}
