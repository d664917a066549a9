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
      reason: 'the file does not hold settings',
      hint: 'write one setting per line, e.g. "accentColor: \'#0b5cab\'" or "logo: brand/logo.png"',
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
      context.report('invalid-colour', ['accentColor'], {
        reason: `"${raw.accentColor}" is not a CSS colour`,
        hint: "write a colour as in CSS, in quotes: accentColor: '#0b5cab' (or rgb(11 92 171), or a name such as teal)",
      });
    } else {
      config.brand.accent = colour;
      const alpha = culori().parse(colour)?.alpha;
      const contrast = culori().wcagContrast(colour, '#ffffff');
      if (alpha !== undefined && alpha < 1) {
        context.report('low-contrast', ['accentColor'], {
          severity: 'warning',
          reason: `the colour ${colour} is ${alpha === 0 ? 'transparent' : 'partly transparent'}: headings, table heads and links would take the colour of what lies behind them, and white text on it could not be read`,
          hint: "write an opaque colour, without transparency: accentColor: '#0b5cab'",
        });
      } else if (contrast < 4.5) {
        context.report('low-contrast', ['accentColor'], {
          severity: 'warning',
          reason: `the colour ${colour} is too light for white text and for links on white (contrast ${contrast.toFixed(1)}:1, at least 4.5:1 is needed to read it well)`,
          hint: 'choose a darker shade of the colour, e.g. check it at https://webaim.org/resources/contrastchecker/',
        });
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
  context.report('pdf-footer', ['footer'], {
    reason: `the footer does not fit at the foot of the ${paper} leaflet: it takes about ${Math.round(fit.width)} mm, and its place beside the version and the page number holds ${FOOTER_LINES} lines of ${Math.round(fit.line)} mm (about ${fit.capacity} full-width characters)`,
    hint: 'shorten it (the name of the office is enough; the telephone number and address belong in the policy\'s contact block), or choose a larger paper',
  });
}

function readLogo(value: string, dir: string, context: RuleContext): Brand['logo'] {
  const at = ['logo'];
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) && !/^[a-z]:[\\/]/i.test(value)) {
    context.report('logo-not-local', at, {
      reason: 'the logo must be a file of this project, not an address on the web',
      hint: 'save the image in the project (e.g. brand/logo.png) and write its path: logo: brand/logo.png',
    });
    return undefined;
  }
  const file = path.resolve(dir, value);
  if (ABSOLUTE(value) || !insideProject(dir, file)) {
    context.report('logo-not-local', at, {
      reason: `${value} is ${ABSOLUTE(value) ? 'an absolute path' : 'outside the project (through ".." or a link)'}: the logo must be a file of this project`,
      hint: 'copy the image into the project (e.g. brand/logo.png) and write its path relative to policy.config.yaml: logo: brand/logo.png',
    });
    return undefined;
  }
  const read = readInputFile(file, { what: 'an image file', maxBytes: MAX_LOGO_BYTES });
  if (read.tooLarge !== undefined) {
    context.report('logo-too-large', at, {
      reason: `${value} is ${Math.round(read.tooLarge / 1024)} KiB; it is embedded in every page, so it may be at most ${MAX_LOGO_BYTES / 1024} KiB`,
      hint: 'use a smaller image: an SVG, or a PNG about 600 pixels wide',
    });
    return undefined;
  }
  if (read.missing) {
    context.report('missing-file', at, { reason: `there is no file ${value}`, hint: `check the path: it is relative to ${CONFIG_FILE}` });
    return undefined;
  }
  if (read.message) {
    const kind = /^this is /.test(read.message.reason);
    context.report(kind ? 'logo-not-image' : 'unreadable-file', at, {
      reason: `${value}: ${read.message.reason}`,
      hint: kind ? `name the image file itself (PNG, JPEG, SVG or WebP), relative to ${CONFIG_FILE}` : (read.message.hint ?? ''),
    });
    return undefined;
  }
  const bytes = read.bytes;
  const type = sniffImage(bytes);
  if (!type) {
    context.report('logo-not-image', at, {
      reason: `${value} is not a PNG, JPEG, SVG or WebP image`,
      hint: 'export the logo as PNG or SVG and name that file here',
    });
    return undefined;
  }
  if (type === 'image/svg+xml') {
    const problem = svgProblem(bytes.toString('utf8'));
    if (problem) {
      context.report('logo-script', at, {
        reason: `${value} holds ${problem}, which is not allowed in a logo`,
        hint: 'save the logo again as "plain SVG" without scripts, links or embedded content, or export it as PNG',
      });
      return undefined;
    }
  }
  return { type, dataUri: `data:${type};base64,${bytes.toString('base64')}` };
}

function templatesFolder(value: string, dir: string, context: RuleContext, messages: Message[]): string | undefined {
  const folder = path.resolve(dir, value);
  if (ABSOLUTE(value) || !insideProject(dir, folder)) {
    context.report('templates-outside', ['templates'], {
      reason: `${value} is ${ABSOLUTE(value) ? 'an absolute path' : 'outside the project (through ".." or a link)'}: the templates folder must be a folder of this project`,
      hint: 'keep your templates in the project, e.g. brand/templates, and write that path relative to policy.config.yaml: templates: brand/templates',
    });
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
    context.report('missing-folder', ['templates'], {
      reason: `there is no folder ${value}`,
      hint: `make the folder (relative to ${CONFIG_FILE}) and put in it only the template files you change, at the same path as under templates/ of the tool, e.g. ${value}/html/partials/…`,
    });
    return undefined;
  }
  // A file that replaces nothing is most likely misnamed (a new partial is fine: it is used by a replaced template).
  const bundled = new Set(filesUnder(TEMPLATES_DIR));
  for (const next of filesUnder(folder)) {
    if (!bundled.has(next) && !/(^|\/)partials\/[^/]+\.hbs$/.test(next)) {
      context.report('unknown-template', ['templates'], {
        severity: 'warning',
        reason: `${value}/${next} replaces no bundled template, so it is not used`,
        hint: 'name the file as the template it replaces, at the same path, e.g. html/style.css or html/partials/<name>.hbs',
      });
    }
  }
  const problems = templateProblems(folder, value);
  messages.push(...problems.messages);
  return folder;
}
