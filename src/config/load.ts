/**
 * Reads `policy.config.yaml` from the project root and checks it as a
 * policy is checked: every problem with its line and column and what to
 * write instead. The files it names are read here: the logo (a local image,
 * checked by its bytes, embedded as a data URI) and the templates folder.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

/** culori, loaded only when a config names a colour (it is large, and most runs have none). */
const culori = (): typeof import('culori') => createRequire(import.meta.url)('culori') as typeof import('culori');
import { createContext, type RuleContext } from '../check/context.js';
import { checkSchema } from '../check/schema-rule.js';
import type { Policy } from '../model/schema.js';
import { parseYamlSource } from '../load/yaml-source.js';
import type { LeafletFont } from '../render/pdf/leaflet.js';
import type { Paper } from '../render/pdf/paper.js';
import { FOOTER_LINES, footerFit } from '../render/pdf/footer.js';
import { TEMPLATES_DIR } from '../render/templates.js';
import { compareMessages, hasErrors, type Message } from '../report/message.js';
import { CONFIG_FILE, Config } from './schema.js';
import { sniffImage, svgProblem, type ImageType } from './image.js';

/** What the pages show of the company's own look. */
export interface Brand {
  /** A CSS colour for --pp-accent. */
  accent?: string;
  logo?: { type: ImageType; dataUri: string };
  footer?: string;
}

export interface ProjectConfig {
  /** The file as shown in messages. */
  file: string;
  /** Absolute folder of template overrides. */
  templatesDir?: string;
  brand: Brand;
  paper?: Paper;
  font?: LeafletFont;
}

export interface ConfigResult {
  /** Undefined when there is no config file, or it has errors. */
  config?: ProjectConfig;
  messages: Message[];
}

/** A logo larger than this would make every page heavy. */
export const MAX_LOGO_BYTES = 512 * 1024;

/** The config of the project at `cwd`: nothing when the file does not exist. */
export function loadConfig(cwd: string): ConfigResult {
  const full = path.join(cwd, CONFIG_FILE);
  if (!existsSync(full)) return { messages: [] };
  return loadConfigText(CONFIG_FILE, readFileSync(full, 'utf8'), cwd);
}

/** Check the text of a config file; files it names are relative to `dir`. */
export function loadConfigText(file: string, text: string, dir: string): ConfigResult {
  const { source, messages } = parseYamlSource(file, text);
  if (hasErrors(messages)) return { messages };
  const data: unknown = source.doc.toJS();
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
      const contrast = culori().wcagContrast(colour, '#ffffff');
      if (contrast < 4.5) {
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
  if (raw.footer !== undefined) {
    config.brand.footer = raw.footer;
    footerFits(raw.footer, raw.paper ?? 'A4', context);
  }
  if (raw.templates !== undefined) config.templatesDir = templatesFolder(raw.templates, dir, context);
  if (raw.paper !== undefined) config.paper = raw.paper;
  if (raw.font !== undefined) config.font = raw.font;
  messages.sort(compareMessages);
  return hasErrors(messages) ? { messages } : { config, messages };
}

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
  let bytes: Buffer;
  try {
    if (statSync(file).isDirectory()) throw Object.assign(new Error('folder'), { code: 'EISDIR' });
    bytes = readFileSync(file);
  } catch (error) {
    const folder = (error as NodeJS.ErrnoException).code === 'EISDIR';
    context.report(folder ? 'logo-not-image' : 'missing-file', at, {
      reason: folder ? `${value} is a folder, not an image file` : `there is no file ${value}`,
      hint: `check the path: it is relative to ${CONFIG_FILE}${folder ? ', and names the image file itself' : ''}`,
    });
    return undefined;
  }
  const type = sniffImage(bytes);
  if (!type) {
    context.report('logo-not-image', at, {
      reason: `${value} is not a PNG, JPEG, SVG or WebP image`,
      hint: 'export the logo as PNG or SVG and name that file here',
    });
    return undefined;
  }
  if (bytes.length > MAX_LOGO_BYTES) {
    context.report('logo-too-large', at, {
      reason: `${value} is ${Math.round(bytes.length / 1024)} KiB; it is embedded in every page, so it may be at most ${MAX_LOGO_BYTES / 1024} KiB`,
      hint: 'use a smaller image: an SVG, or a PNG about 600 pixels wide',
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

/** Bundled template files, relative to templates/ with forward slashes. */
function bundledTemplates(): Set<string> {
  const out = new Set<string>();
  const walk = (rel: string) => {
    for (const entry of readdirSync(path.join(TEMPLATES_DIR, rel), { withFileTypes: true })) {
      const next = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(next);
      else out.add(next);
    }
  };
  walk('');
  return out;
}

function templatesFolder(value: string, dir: string, context: RuleContext): string | undefined {
  const folder = path.resolve(dir, value);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    context.report('missing-folder', ['templates'], {
      reason: `there is no folder ${value}`,
      hint: `make the folder (relative to ${CONFIG_FILE}) and put in it only the template files you change, at the same path as under templates/ of the tool, e.g. ${value}/html/partials/…`,
    });
    return undefined;
  }
  // A file that replaces nothing is most likely misnamed (a new partial is fine: it is used by a replaced template).
  const bundled = bundledTemplates();
  const walk = (rel: string) => {
    for (const entry of readdirSync(path.join(folder, rel), { withFileTypes: true })) {
      const next = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.name.startsWith('.')) continue;
      if (entry.isDirectory()) walk(next);
      else if (!bundled.has(next) && !/(^|\/)partials\/[^/]+\.hbs$/.test(next)) {
        context.report('unknown-template', ['templates'], {
          severity: 'warning',
          reason: `${value}/${next} replaces no bundled template, so it is not used`,
          hint: 'name the file as the template it replaces, at the same path, e.g. html/style.css or html/partials/<name>.hbs',
        });
      }
    }
  };
  walk('');
  return folder;
}
