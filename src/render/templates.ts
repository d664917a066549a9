/**
 * The Handlebars environments, one per output kind. Templates live in
 * templates/ and hold presentation only; the helpers here are the bridge
 * from the view to markup (escaped HTML) or to wrapped plain text.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import Handlebars from 'handlebars';
import { inlineToHtml } from './inline-html.js';
import { inlineToText } from './inline-text.js';
import { displayWidth, wrap } from './text-wrap.js';
import type { ViewInline } from './view.js';

export const TEMPLATES_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));

type Template = Handlebars.TemplateDelegate;
type HelperOptions = Handlebars.HelperOptions;

function read(relative: string): string {
  return readFileSync(path.join(TEMPLATES_DIR, relative), 'utf8');
}

function registerPartials(env: typeof Handlebars, folder: string): void {
  const dir = path.join(TEMPLATES_DIR, folder);
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.hbs')).sort()) {
    env.registerPartial(name.replace(/\.hbs$/, ''), readFileSync(path.join(dir, name), 'utf8'));
  }
}

function concat(...args: unknown[]): string {
  return args.slice(0, -1).map(String).join('');
}

let htmlEnv: typeof Handlebars | undefined;
const compiled = new Map<string, Template>();

/** Environment for HTML: `{{inline x}}` renders inline nodes as escaped HTML. */
export function htmlEnvironment(): typeof Handlebars {
  if (!htmlEnv) {
    htmlEnv = Handlebars.create();
    htmlEnv.registerHelper('inline', (nodes: ViewInline[]) => new Handlebars.SafeString(inlineToHtml(nodes ?? [])));
    htmlEnv.registerHelper('concat', concat);
    registerPartials(htmlEnv, 'html/partials');
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
    textEnv.registerHelper('inline', (nodes: ViewInline[]) => inlineToText(nodes ?? []));
    textEnv.registerHelper('concat', concat);
    textEnv.registerHelper('wrap', function (this: unknown, options: HelperOptions) {
      const { first = '', indent = '' } = options.hash as { first?: string; indent?: string };
      return wrap(options.fn(this), { width: width(options), firstIndent: first, indent });
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
    t = env.compile(read(relative), options);
    compiled.set(key, t);
  }
  return t;
}

type CompileOptions = Parameters<typeof Handlebars.compile>[1];

export function readTemplateFile(relative: string): string {
  return read(relative);
}
