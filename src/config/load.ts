/**
 * Reads `policy.config.yaml` from the project root and checks it as a
 * policy is checked: every problem with its line and column and what to
 * write instead. The files it names are read here: the logo (a local image,
 * checked by its bytes, embedded as a data URI) and the templates folder.
 */
import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

/** culori, loaded only when a config names a colour (it is large, and most runs have none). */
const culori = (): typeof import('culori') => createRequire(import.meta.url)('culori') as typeof import('culori');
import { createContext, type RuleContext } from '../check/context.js';
import { dataOf } from '../check/index.js';
import { characters } from '../check/rules/characters.js';
import { checkSchema } from '../check/schema-rule.js';
import { readInputFile, readInputText } from '../load/read-files.js';
import type { Policy } from '../model/schema.js';
import { parseYamlSource } from '../load/yaml-source.js';
import type { LeafletFont } from '../render/pdf/leaflet.js';
import type { Paper } from '../render/pdf/paper.js';
import { FOOTER_LINES, footerFit } from '../render/pdf/footer.js';
import { TEMPLATES_DIR } from '../render/templates.js';
import { filesUnder, templateProblems } from './template-files.js';
import { compareMessages, hasErrors, type Message } from '../report/message.js';
import { CONFIG_FILE, Config } from './schema.js';
import { sniffImage, svgProblem, type ImageType } from './image.js';
import { say } from '../i18n/catalogue.js';

/** What the pages show of the company's own look. */
export interface Brand {
  /** A CSS colour for --pp-accent. */
  accent?: string;
  logo?: { type: ImageType; dataUri: string };
  footer?: string;
  /** The company's web address: site paths in links are resolved against it outside the published site. */
  baseUrl?: string;
}

export interface ProjectConfig {
  /** The file as shown in messages. */
  file: string;
  /** Absolute folder of template overrides. */
  templatesDir?: string;
  brand: Brand;
  paper?: Paper;
  font?: LeafletFont;
  /** The notice at the top of a translation, per language. */
  translationNotice?: { en?: string };
}

export interface ConfigResult {
  /** Undefined when there is no config file, or it has errors. */
  config?: ProjectConfig;
  messages: Message[];
}

/** A logo larger than this would make every page heavy. */
export const MAX_LOGO_BYTES = 512 * 1024;

/** No settings file needs more. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

/**
 * The config of the project at `cwd`: nothing when the file does not exist.
 * It is read as a policy is (the one reader): a folder, a pipe, a link to
 * nothing, a file nobody may read or one not saved as UTF-8 gets its message.
 */
export function loadConfig(cwd: string): ConfigResult {
  const read = readInputText(path.join(cwd, CONFIG_FILE), { what: 'a settings file', maxBytes: MAX_CONFIG_BYTES });
  if (read.missing) return { messages: [] };
  if (read.message) return { messages: [{ ...read.message, file: CONFIG_FILE }] };
  return loadConfigText(CONFIG_FILE, read.text!, cwd);
}

/** Check the text of a config file; files it names are relative to `dir`. */
export function loadConfigText(file: string, text: string, dir: string): ConfigResult {
  const { source, messages } = parseYamlSource(file, text);
  if (hasErrors(messages)) return { messages };
  const parsed = dataOf(source);
  if (parsed.message) return { messages: [...messages, parsed.message] };
  const data = parsed.data;
  if (data === null || data === undefined) return { config: { file, brand: {} }, messages }; // an empty file: all defaults
  if (typeof data !== 'object' || Array.isArray(data)) {
    messages.push({
      file,
      line: 1,
      column: 1,
      severity: 'error',
      ruleId: 'not-a-config',
      ...say('input.config.not-settings', {}, 'input.config.not-settings.hint'),
    });
    return { messages };
  }
  const context = createContext(source, data as Policy, messages);
  // The footer (and every other text of the file) goes through the same character check as a policy's text.
  characters.check(context);
  checkSchema(Config, context);
  if (hasErrors(messages)) return { messages: messages.sort(compareMessages) };

  const raw = data as Config;
  const config: ProjectConfig = { file, brand: {} };
  if (raw.accentColor !== undefined) {
    const colour = raw.accentColor.trim();
    if (!/^[#a-zA-Z0-9(),.%\s/+-]+$/.test(colour) || !culori().parse(colour)) {
      context.report('invalid-colour', ['accentColor'], say('input.colour.invalid', { value: raw.accentColor }, 'input.colour.invalid.hint'));
    } else {
      config.brand.accent = colour;
      const alpha = culori().parse(colour)?.alpha;
      const contrast = culori().wcagContrast(colour, '#ffffff');
      if (alpha !== undefined && alpha < 1) {
        context.report('low-contrast', ['accentColor'], { ...say('input.colour.transparent', { colour, alpha }, 'input.colour.transparent.hint'), severity: 'warning' });
      } else if (contrast < 4.5) {
        context.report('low-contrast', ['accentColor'], { ...say('input.colour.light', { colour, contrast: contrast.toFixed(1) }, 'input.colour.light.hint'), severity: 'warning' });
      }
    }
  }
  if (raw.logo !== undefined) {
    const logo = readLogo(raw.logo, dir, context);
    if (logo) config.brand.logo = logo;
  }
  if (raw.baseUrl !== undefined) config.brand.baseUrl = raw.baseUrl;
  if (raw.footer !== undefined) {
    config.brand.footer = raw.footer;
    footerFits(raw.footer, raw.paper ?? 'A4', context);
  }
  if (raw.templates !== undefined) config.templatesDir = templatesFolder(raw.templates, dir, context, messages);
  if (raw.paper !== undefined) config.paper = raw.paper;
  if (raw.translationNotice !== undefined) config.translationNotice = raw.translationNotice;
  if (raw.font !== undefined) config.font = raw.font;
  messages.sort(compareMessages);
  return hasErrors(messages) ? { messages } : { config, messages };
}

/**
 * Whether `file` (which may not exist) lies inside the project folder `dir`,
 * links followed: a logo or a templates folder is one of the project's files,
 * never a path elsewhere on the machine.
 */
function insideProject(dir: string, file: string): boolean {
  const real = (p: string) => {
    try {
      return realpathSync.native(p);
    } catch {
      return undefined;
    }
  };
  const root = real(dir) ?? path.resolve(dir);
  const target = real(file) ?? path.resolve(dir, file);
  const relative = path.relative(root, target);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** An absolute path (/etc/x, C:\x, \\server\x): never a file of the project as written in its config. */
const ABSOLUTE = (value: string) => path.isAbsolute(value) || /^[a-z]:[\\/]/i.test(value) || value.startsWith('\\');

/** The footer line is printed at the foot of each leaflet page: it must fit there, as the leaflet sets it. */
function footerFits(footer: string, paper: Paper, context: RuleContext): void {
  const fit = footerFit(footer, paper);
  if (fit.fits) return;
  const values = { paper, width: Math.round(fit.width), lines: FOOTER_LINES, line: Math.round(fit.line), capacity: fit.capacity };
  context.report('pdf-footer', ['footer'], say('input.footer.too-long', values, 'input.footer.too-long.hint'));
}

function readLogo(value: string, dir: string, context: RuleContext): Brand['logo'] {
  const at = ['logo'];
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) && !/^[a-z]:[\\/]/i.test(value)) {
    context.report('logo-not-local', at, say('input.logo.web', {}, 'input.logo.web.hint'));
    return undefined;
  }
  const file = path.resolve(dir, value);
  if (ABSOLUTE(value) || !insideProject(dir, file)) {
    context.report('logo-not-local', at, say('input.logo.outside', { value, where: ABSOLUTE(value) ? 'absolute' : 'outside' }, 'input.logo.outside.hint'));
    return undefined;
  }
  const read = readInputFile(file, { what: 'an image file', maxBytes: MAX_LOGO_BYTES });
  if (read.tooLarge !== undefined) {
    context.report('logo-too-large', at, say('input.logo.too-large', { value, size: Math.round(read.tooLarge / 1024), max: MAX_LOGO_BYTES / 1024 }, 'input.logo.too-large.hint'));
    return undefined;
  }
  if (read.missing) {
    context.report('missing-file', at, say('input.missing-file', { value }, 'input.missing-file.hint'));
    return undefined;
  }
  if (read.message) {
    const { says } = read.message;
    const kind = says?.id === 'input.not-a-file';
    context.report(
      kind ? 'logo-not-image' : 'unreadable-file',
      at,
      say('input.logo.unreadable', { ...says?.values, value, inner: says?.id ?? '', reason: read.message.reason }, kind ? 'input.logo.not-file.hint' : says?.hint),
    );
    return undefined;
  }
  const bytes = read.bytes;
  const type = sniffImage(bytes);
  if (!type) {
    context.report('logo-not-image', at, say('input.logo.not-image', { value }, 'input.logo.not-image.hint'));
    return undefined;
  }
  if (type === 'image/svg+xml') {
    const problem = svgProblem(bytes.toString('utf8'));
    if (problem) {
      context.report('logo-script', at, say('input.logo.script', { value, holds: problem }, 'input.logo.script.hint'));
      return undefined;
    }
  }
  return { type, dataUri: `data:${type};base64,${bytes.toString('base64')}` };
}

function templatesFolder(value: string, dir: string, context: RuleContext, messages: Message[]): string | undefined {
  const folder = path.resolve(dir, value);
  if (ABSOLUTE(value) || !insideProject(dir, folder)) {
    context.report('templates-outside', ['templates'], say('input.templates.outside', { value, where: ABSOLUTE(value) ? 'absolute' : 'outside' }, 'input.templates.outside.hint'));
    return undefined;
  }
  const info = (() => {
    try {
      return statSync(folder);
    } catch {
      return undefined;
    }
  })();
  if (!info?.isDirectory()) {
    context.report('missing-folder', ['templates'], say('input.templates.missing', { value }, 'input.templates.missing.hint'));
    return undefined;
  }
  // A file that replaces nothing is most likely misnamed (a new partial is fine: it is used by a replaced template).
  const bundled = new Set(filesUnder(TEMPLATES_DIR));
  for (const next of filesUnder(folder)) {
    if (!bundled.has(next) && !/(^|\/)partials\/[^/]+\.hbs$/.test(next)) {
      context.report('unknown-template', ['templates'], { ...say('input.templates.unused', { file: `${value}/${next}` }, 'input.templates.unused.hint'), severity: 'warning' });
    }
  }
  const problems = templateProblems(folder, value);
  messages.push(...problems.messages);
  return folder;
}
