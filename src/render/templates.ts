/**
 * The Handlebars environments, one per output kind. Templates live in
 * templates/ and hold presentation only; the helpers here are the bridge
 * from the view to markup (escaped HTML) or to wrapped plain text.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { inlineToHtml } from './inline-html.js';
import { inlineToText } from './inline-text.js';
import { displayWidth, wrap } from './text-wrap.js';
import type { ViewInline } from './view.js';
import { PACKAGE_ROOT } from '../package-root.js';
import { PRECOMPILED } from './precompiled-templates.js';
import { InputError } from '../errors.js';
import { readInputText } from '../load/read-files.js';

/** No template needs more; a larger file is not a template. */
export const MAX_TEMPLATE_BYTES = 1024 * 1024;

export const TEMPLATES_DIR = path.join(PACKAGE_ROOT, 'templates');

type Template = Handlebars.TemplateDelegate;
type HelperOptions = Handlebars.HelperOptions;
type CompileOptions = Parameters<typeof Handlebars.compile>[1];

const sources = new Map<string, string>();

/** A folder of the project's own templates (policy.config.yaml `templates`): its files replace the bundled ones of the same path. */
let overrideDir: string | undefined;

/** Use the files of `dir` instead of the bundled templates of the same path, one by one; undefined: the bundled ones only. */
export function useTemplateOverrides(dir: string | undefined): void {
  if (dir === overrideDir) return;
  overrideDir = dir;
  clearTemplateCache();
}

/** The folder of template overrides in use, if any. */
export function templateOverrides(): string | undefined {
  return overrideDir;
}

/** A file of templates/ (or its replacement), read once per process (until `clearTemplateCache`). */
function read(relative: string): string {
  let source = sources.get(relative);
  if (source === undefined) {
    const own = overrideDir ? path.join(overrideDir, relative) : undefined;
    const file = own && existsSync(own) ? own : path.join(TEMPLATES_DIR, relative);
    const read = readInputText(file, { what: 'a template file', maxBytes: MAX_TEMPLATE_BYTES });
    if (read.message) throw new InputError(`${file}: ${read.message.reason}`, read.message.hint, [read.message]);
    source = read.text!;
    sources.set(relative, source);
  }
  return source;
}

/**
 * Compiling templates is the slowest part of a small build, so `npm run build`
 * precompiles them into the bundled CLI; a template edited since then is
 * compiled from its source.
 */
function compile(env: typeof Handlebars, relative: string, source: string, options: CompileOptions = {}): Template {
  const entry = PRECOMPILED?.[precompileKey(relative, options)];
  if (entry && entry.source === source) return env.template(entry.spec);
  return env.compile(source, options);
}

function precompileKey(relative: string, options: CompileOptions): string {
  return `${relative}${options && Object.keys(options).length ? ` ${JSON.stringify(options)}` : ''}`;
}

/** Every template under templates/ precompiled: its source, and the specification as JavaScript source (for the bundle). */
export function precompileAll(): Record<string, { source: string; spec: string }> {
  const out: Record<string, { source: string; spec: string }> = {};
  const walk = (folder: string) => {
    for (const entry of readdirSync(path.join(TEMPLATES_DIR, folder), { withFileTypes: true })) {
      const relative = folder ? `${folder}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(relative);
      else if (entry.name.endsWith('.hbs')) {
        const options = relative.startsWith('text/') || relative.includes('/text/') ? { noEscape: true } : {};
        const source = read(relative);
        out[precompileKey(relative, options)] = { source, spec: String(Handlebars.precompile(source, options)) };
      }
    }
  };
  walk('');
  return out;
}

/** Registers templates/<folder>/partials/<name>.hbs (and the project's own) as the partial `<prefix><name>`. */
function registerPartials(env: typeof Handlebars, folder: string, prefix = '', options: CompileOptions = {}): void {
  const names = new Set(readdirSync(path.join(TEMPLATES_DIR, folder, 'partials')));
  const own = overrideDir ? path.join(overrideDir, folder, 'partials') : undefined;
  if (own && existsSync(own)) for (const name of readdirSync(own)) names.add(name); // the project's own partials, new or replacing
  for (const name of [...names].filter((n) => n.endsWith('.hbs')).sort()) {
    const relative = `${folder}/partials/${name}`;
    env.registerPartial(prefix + name.replace(/\.hbs$/, ''), compile(env, relative, read(relative), options));
  }
}

/** The language of the page being rendered: `lang` of the root context (a translation), else Japanese. */
function langOf(options: unknown): string | undefined {
  const lang = (options as HelperOptions | undefined)?.data?.root?.lang;
  return typeof lang === 'string' && lang !== 'ja' ? lang : undefined;
}

let words: Record<string, Record<string, string>> | undefined;

/**
 * The fixed words the templates print (施行日, 版, 住所 …, and the punctuation
 * around them) in the language of the page: the Japanese as written, or its
 * translation from templates/words.json. One small table for every policy.
 */
export function word(japanese: string, lang: string | undefined): string {
  if (lang === undefined) return japanese;
  words ??= JSON.parse(read('words.json')) as Record<string, Record<string, string>>;
  return words[lang]?.[japanese] ?? japanese;
}

/** Helpers both environments share. */
function registerCommon(env: typeof Handlebars): void {
  // {{t "施行日"}}; {{t "）" en=") "}} where a translation sets the word apart from the table's.
  env.registerHelper('t', (japanese: unknown, options: HelperOptions) => {
    const lang = langOf(options);
    const own = lang ? (options.hash as Record<string, unknown>)[lang] : undefined;
    return typeof own === 'string' ? own : word(String(japanese), lang);
  });
  env.registerHelper('concat', concat);
  env.registerHelper('or', (...args: unknown[]) => args.slice(0, -1).find(Boolean) ?? args[args.length - 2]);
  env.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  env.registerHelper('pick', (test: unknown, yes: unknown, no: unknown) => (test ? yes : no));
  // 「制定日　2016年4月1日」, but 「制定：2016年4月1日」 after a label that ends in a colon of its own.
  env.registerHelper('labelSpace', (label: unknown, options: HelperOptions) => {
    // In a translation, 「Established: April 1, 2016」: a space after the label's colon too.
    if (langOf(options)) return typeof label === 'string' && /\s$/.test(label) ? '' : ' ';
    return typeof label === 'string' && /[：:]$/.test(label) ? '' : '\u3000';
  });
  // 「管理担当：…」: a label that ends with its own colon takes no other.
  env.registerHelper('labelSep', (label: unknown, options: HelperOptions) => (typeof label === 'string' && /[：:]\s*$/.test(label) ? '' : word('：', langOf(options))));
}

/**
 * The space set after a number before its text: none after a mark that is
 * a full-width character (①, ・, （１）), a full-width space after one ending
 * in a word (第1条) or in a full-width digit (２, a 項), a space after ASCII (1.,
 * (1), 1)).
 */
export function spaceAfter(number: unknown): string {
  const s = typeof number === 'string' ? number : '';
  if (s === '') return '';
  if (/[条項章節]の[0-9０-９]+$/u.test(s)) return '\u3000'; // 第6条の2　… (a branch article)
  if (/[\x21-\x7e]$/.test(s)) return ' ';
  if (/[０-９]$/.test(s)) return '\u3000'; // ２　本方針は… (a 項 numbered as statutes number it)
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u.test(s) && !/[・]$/.test(s)) return '\u3000';
  return '';
}

/** Forget compiled templates, so edited template files are read again (the preview server uses this). */
export function clearTemplateCache(): void {
  htmlEnv = undefined;
  textEnv = undefined;
  words = undefined;
  compiled.clear();
  sources.clear();
}

/** Strings joined; a value that is not there (a section without a number) adds nothing. */
function concat(...args: unknown[]): string {
  return args
    .slice(0, -1)
    .map((a) => (a === undefined || a === null ? '' : String(a)))
    .join('');
}

let htmlEnv: typeof Handlebars | undefined;
const compiled = new Map<string, Template>();

/**
 * Environment for HTML: `{{inline x}}` renders inline nodes as escaped HTML.
 * Partials: the policy's (templates/html/partials, by name) and those of the
 * 新旧対照表 and the site (as `diff-<name>`, `site-<name>`).
 */
export function htmlEnvironment(): typeof Handlebars {
  if (!htmlEnv) {
    htmlEnv = Handlebars.create();
    htmlEnv.registerHelper('inline', (nodes: ViewInline[]) => new Handlebars.SafeString(inlineToHtml(nodes ?? [])));
    registerCommon(htmlEnv);
    registerPartials(htmlEnv, 'html');
    registerPartials(htmlEnv, 'diff', 'diff-');
    registerPartials(htmlEnv, 'site', 'site-');
    registerPartials(htmlEnv, 'notice', 'notice-');
  }
  return htmlEnv;
}

let textEnv: typeof Handlebars | undefined;

/**
 * Environment for plain text: no escaping; `{{#wrap first indent}}…{{/wrap}}`
 * wraps its content at the root's `width`; `{{rule}}` and `{{right s}}` fill the width.
 */
export function textEnvironment(): typeof Handlebars {
  if (!textEnv) {
    textEnv = Handlebars.create();
    const width = (options: HelperOptions) => Number(options.data?.root?.width ?? 80);
    textEnv.registerHelper('inline', (nodes: ViewInline[], options: HelperOptions) => inlineToText(nodes ?? [], langOf(options) !== undefined));
    registerCommon(textEnv);
    registerPartials(textEnv, 'text', '', { noEscape: true });
    // A translation's bullet (•) is followed by a space, as its other marks are.
    const after = (n: unknown, options: HelperOptions) => (langOf(options) && n === '•' ? ' ' : spaceAfter(n));
    textEnv.registerHelper('spaceAfter', (n: unknown, options: HelperOptions) => after(n, options));
    // The bullet is one column in the Latin fonts a translation is read in (two in a Japanese one).
    textEnv.registerHelper('pad', (n: unknown, options: HelperOptions) =>
      langOf(options) && n === '•' ? '  ' : ' '.repeat(displayWidth(`${typeof n === 'string' ? n : ''}${after(n, options)}`)),
    );
    textEnv.registerHelper('cellMark', (i: unknown) => (i === 0 ? '・' : '  '));
    textEnv.registerHelper('wrap', function (this: unknown, options: HelperOptions) {
      const { first = '', indent = '' } = options.hash as { first?: string; indent?: string };
      return wrap(options.fn(this), { width: width(options), firstIndent: first, indent, ...(langOf(options) ? { words: true } : {}) });
    });
    textEnv.registerHelper('rule', (options: HelperOptions) => '─'.repeat(Math.floor(width(options) / 2)));
    textEnv.registerHelper('right', (value: string, options: HelperOptions) =>
      ' '.repeat(Math.max(0, width(options) - displayWidth(value))) + value,
    );
  }
  return textEnv;
}

export function template(env: typeof Handlebars, relative: string, options: CompileOptions = {}): Template {
  const key = `${env === htmlEnv ? 'html' : 'text'}:${relative}`;
  let t = compiled.get(key);
  if (!t) {
    t = compile(env, relative, read(relative), options);
    if (overrideDir) t = reportingFailures(t, overrideDir);
    compiled.set(key, t);
  }
  return t;
}

/**
 * A template rendered with the project's own templates: a failure there (a
 * block helper without its argument, a partial that includes itself under a
 * condition that always holds) is a problem of those templates, said so,
 * rather than a failure of the tool.
 */
function reportingFailures(t: Template, dir: string): Template {
  return ((context: unknown, options?: Handlebars.RuntimeOptions) => {
    try {
      return t(context, options);
    } catch (error) {
      if (error instanceof InputError) throw error;
      const reason = error instanceof RangeError ? 'a partial includes itself without end' : (error as Error)?.message ?? String(error);
      throw new InputError(
        `the page could not be made with your templates (${dir}): ${reason}`,
        'check the templates you changed: a block such as {{#each}} needs what it goes through ({{#each footnotes}}), and a partial may include itself only for nested entries; or remove a template to use the bundled one',
      );
    }
  }) as Template;
}

export function readTemplateFile(relative: string): string {
  return read(relative);
}
