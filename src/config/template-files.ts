/**
 * The project's own templates (policy.config.yaml `templates`), checked
 * before anything is rendered with them: each file is read through the one
 * reader (a pipe or a device is refused, nothing waits), each Handlebars
 * template is parsed (a syntax error is reported at its line and column), and
 * every partial a template includes must exist and must not include itself
 * without a condition (which would never end).
 */
import Handlebars from 'handlebars';
import path from 'node:path';
import { readdirSync } from 'node:fs';
import { readInputText } from '../load/read-files.js';
import { suspectCharacters, suspectMessage } from '../check/rules/characters.js';
import { MAX_TEMPLATE_BYTES, TEMPLATES_DIR } from '../render/templates.js';
import type { Message } from '../report/message.js';
import { say } from '../i18n/catalogue.js';

type AST = hbs.AST.Program;
type Node = hbs.AST.Node;

/** Files under `root` (relative, with "/"), hidden files and node_modules left out. */
export function filesUnder(root: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    let entries;
    try {
      entries = readdirSync(path.join(root, rel), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const next = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(next);
      else out.push(next);
    }
  };
  walk('');
  return out;
}

/** Which set of partials a template sees: the text environment's or the HTML environment's. */
const environmentOf = (relative: string): 'text' | 'html' => (relative.startsWith('text/') || relative.includes('/text/') ? 'text' : 'html');

/** The partial name a file registers, if it is a partial (see registerPartials in src/render/templates.ts). */
function partialName(relative: string): { env: 'text' | 'html'; name: string } | undefined {
  const m = /^(html|text|diff|site|preview)\/partials\/([^/]+)\.hbs$/.exec(relative);
  if (!m) return undefined;
  const prefix = m[1] === 'diff' ? 'diff-' : m[1] === 'site' ? 'site-' : '';
  return { env: m[1] === 'text' ? 'text' : 'html', name: prefix + m[2]! };
}

interface Include {
  name: string;
  line: number;
  column: number;
  /** Not inside a block ({{#if}}, {{#each}} …): the include happens whenever the template is rendered. */
  always: boolean;
  /** `{{#> name}}fallback{{/name}}`: shows its own content when the partial does not exist. */
  fallback: boolean;
}

/** Partials a template defines for itself (`{{#*inline "name"}}…{{/inline}}`). */
function inlinePartialsOf(ast: AST): Set<string> {
  const names = new Set<string>();
  const visit = (node: Node | undefined) => {
    if (!node) return;
    const n = node as Node & { type: string; body?: Node[]; program?: AST; inverse?: AST; path?: { original?: unknown }; params?: Array<{ value?: unknown }> };
    if (n.type === 'DecoratorBlock' && n.path?.original === 'inline' && typeof n.params?.[0]?.value === 'string') names.add(n.params[0].value);
    if (n.body) for (const child of n.body) visit(child);
    if (n.program) visit(n.program);
    if (n.inverse) visit(n.inverse);
  };
  visit(ast);
  return names;
}

/** The partials a template includes by a fixed name, with their places. */
function includesOf(ast: AST): Include[] {
  const out: Include[] = [];
  const visit = (node: Node | undefined, always: boolean) => {
    if (!node) return;
    const n = node as Node & { type: string; body?: Node[]; program?: AST; inverse?: AST; name?: { type: string; original?: unknown } };
    if (n.type === 'PartialStatement' || n.type === 'PartialBlockStatement') {
      if (n.name && n.name.type === 'PathExpression' && typeof n.name.original === 'string') {
        out.push({ name: n.name.original, line: n.loc.start.line, column: n.loc.start.column + 1, always, fallback: n.type === 'PartialBlockStatement' });
      }
    }
    if (n.body) for (const child of n.body) visit(child, always);
    if (n.program) visit(n.program, n.type === 'Program' ? always : false);
    if (n.inverse) visit(n.inverse, false);
  };
  visit(ast, true);
  return out;
}

/**
 * Line and column of a Handlebars parse error ("Parse error on line 3: … ----^"):
 * the line from the message, the column where the text shown before the caret ends on that line.
 */
function parseErrorPosition(error: Error, source: string): { line: number; column: number; expected?: string } {
  const message = error.message;
  const at = /Parse error on line (\d+):\n(.*)\n(-*)\^\n?(.*)?/.exec(message);
  const ex = error as Error & { lineNumber?: number; column?: number };
  if (!at) return { line: ex.lineNumber ?? 1, column: (ex.column ?? 0) + 1 };
  const line = Number(at[1]);
  const shown = at[2]!;
  const before = shown.slice(0, at[3]!.length).replace(/^\.\.\./, '');
  const text = source.split('\n')[line - 1] ?? '';
  let column = 1;
  for (let j = text.length; j >= 0; j--) {
    const head = text.slice(0, j);
    const tail = before.slice(-Math.min(j, before.length));
    if (head.endsWith(tail)) {
      column = j + 1;
      break;
    }
  }
  return { line, column, ...(at[4] ? { expected: at[4] } : {}) };
}

/** A problem's words: from the catalogue (`say`), or as another module gives them. */
type Words = { reason: string; hint?: string; says?: Message['says'] };

/** A Handlebars syntax error said in a template author's words, with what to write instead. */
function syntaxInWords(message: string, expected: string | undefined): Words {
  const mismatch = /(\S+) doesn't match (\S+)/.exec(message);
  if (mismatch) return say('input.template.block-mismatch', { open: mismatch[1]!, close: mismatch[2]! }, 'input.template.block-mismatch.hint');
  const tokens = expected ?? '';
  const [wanted = '', got = ''] = tokens.split(/, got /);
  if (got === "'EOF'") {
    return /OPEN_ENDBLOCK/.test(wanted)
      ? say('input.template.ends-in-block', {}, 'input.template.ends-in-block.hint')
      : say('input.template.ends-in-tag', {}, 'input.template.ends-in-tag.hint');
  }
  if (/'CLOSE'/.test(wanted)) return say('input.template.unclosed', {}, 'input.template.unclosed.hint');
  return say('input.template.syntax', { detail: (expected ?? message.split('\n')[0]!).replace(/'/g, '"') }, 'input.template.syntax.hint');
}

/** At most this many characters are reported one by one per template. */
const MAX_CHARACTER_REPORTS = 20;

/** The characters of a template's text that a policy's text may not hold either (they reach every page): the one character check. */
function characterProblems(file: string, text: string): Message[] {
  const out: Message[] = [];
  for (const { at, char } of suspectCharacters(text)) {
    if (out.length === MAX_CHARACTER_REPORTS) break;
    const before = text.slice(0, at);
    const line = before.split('\n').length;
    const { ruleId, ...words } = suspectMessage(char);
    out.push(templateMessage(file, line, at - before.lastIndexOf('\n'), ruleId, words));
  }
  return out;
}

/** A problem in a template file, in the terms of a template author. */
function templateMessage(file: string, line: number, column: number, ruleId: string, words: Words): Message {
  return { file, line, column, severity: 'error', ruleId, ...words };
}

/**
 * Problems of the templates in `folder` (`shown` is the folder as written in
 * policy.config.yaml, for messages): files that cannot be read, syntax
 * errors, partials that do not exist or include themselves.
 */
export function templateProblems(folder: string, shown: string): { messages: Message[]; files: string[] } {
  const messages: Message[] = [];
  const bundled = filesUnder(TEMPLATES_DIR);
  // Only the files that are used: those replacing a bundled template, and new partials (the others are warned about).
  const bundledSet = new Set(bundled);
  const own = filesUnder(folder).filter((r) => bundledSet.has(r) || partialName(r) !== undefined);
  const ownSet = new Set(own);
  const fileOf = (relative: string) => `${shown.replace(/\/+$/, '')}/${relative}`;

  // Every template in use: the project's own where it has one, else the bundled one.
  const parsed = new Map<string, { ast: AST; file: string; own: boolean }>();
  for (const relative of [...new Set([...bundled, ...own])].filter((r) => r.endsWith('.hbs'))) {
    const isOwn = ownSet.has(relative);
    const full = path.join(isOwn ? folder : TEMPLATES_DIR, relative);
    const file = isOwn ? fileOf(relative) : relative;
    const read = readInputText(full, { what: 'a template file', maxBytes: MAX_TEMPLATE_BYTES });
    if (read.message) {
      messages.push({ ...read.message, file });
      continue;
    }
    if (isOwn) messages.push(...characterProblems(file, read.text!));
    try {
      parsed.set(relative, { ast: Handlebars.parse(read.text), file, own: isOwn });
    } catch (error) {
      const { line, column, expected } = parseErrorPosition(error as Error, read.text);
      messages.push(templateMessage(file, line, column, 'template-syntax', syntaxInWords((error as Error).message, expected)));
    }
  }
  // Other own files (style sheets) are read too, so that a pipe or a device there is found now.
  for (const relative of own.filter((r) => !r.endsWith('.hbs'))) {
    const read = readInputText(path.join(folder, relative), { what: 'a template file', maxBytes: MAX_TEMPLATE_BYTES });
    if (read.message) messages.push({ ...read.message, file: fileOf(relative) });
    else messages.push(...characterProblems(fileOf(relative), read.text!));
  }

  // Partials: by environment, name → the template that defines it.
  const partials = { html: new Map<string, string>(), text: new Map<string, string>() };
  for (const relative of parsed.keys()) {
    const p = partialName(relative);
    if (p) partials[p.env].set(p.name, relative);
  }
  const graph = new Map<string, Include[]>();
  for (const [relative, { ast, file, own: isOwn }] of parsed) {
    const env = environmentOf(relative);
    const inline = inlinePartialsOf(ast);
    const includes = includesOf(ast).filter((inc) => !inline.has(inc.name));
    graph.set(relative, includes);
    if (!isOwn) continue; // the bundled templates are tested with the tool
    for (const inc of includes) {
      if (inc.name === '@partial-block' || inc.fallback || partials[env].has(inc.name)) continue;
      const known = [...partials[env].keys()].filter((n) => !n.startsWith('pv-'));
      const example = known.find((n) => n.startsWith(inc.name.slice(0, 3))) ?? known[0] ?? 'blocks';
      const partialFile = `${env === 'text' ? 'text' : 'html'}/partials/${inc.name}.hbs`;
      messages.push(
        templateMessage(file, inc.line, inc.column, 'template-partial', say('input.template.no-partial', { name: inc.name, example, file: partialFile }, 'input.template.no-partial.hint')),
      );
    }
  }
  // A template that always includes itself (directly or through others) never ends.
  for (const [relative, { file, own: isOwn }] of parsed) {
    if (!isOwn) continue;
    const env = environmentOf(relative);
    const self = partialName(relative)?.name;
    if (!self) continue;
    const seen = new Set<string>();
    const stack: Array<{ at: string; first?: Include }> = [{ at: relative }];
    let loop: Include | undefined;
    while (stack.length > 0 && !loop) {
      const { at, first } = stack.pop()!;
      for (const inc of graph.get(at) ?? []) {
        if (!inc.always) continue;
        const target = partials[env].get(inc.name);
        if (!target) continue;
        if (target === relative) {
          loop = first ?? inc;
          break;
        }
        if (!seen.has(target)) {
          seen.add(target);
          stack.push({ at: target, first: first ?? inc });
        }
      }
    }
    if (loop) {
      const through = loop.name === self ? '' : loop.name;
      messages.push(templateMessage(file, loop.line, loop.column, 'template-partial', say('input.template.loop', { name: self, through }, 'input.template.loop.hint')));
    }
  }
  return { messages, files: own };
}
