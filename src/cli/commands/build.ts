import path from 'node:path';
import { build, FORMATS, LANGS } from '../../build/build.js';
import { warningsLine } from '../warnings.js';
import { DEFAULT_TEXT_WIDTH } from '../../render/text.js';
import { choiceOption, intOption, listOption, outOption, parse } from '../args.js';
import { PAPERS } from '../../render/pdf/paper.js';
import { LEAFLET_FONTS } from '../../render/pdf/leaflet.js';
import { EXIT } from '../exit-codes.js';
import type { CliIO } from '../io.js';
import { visible, visibleJson } from '../../report/visible.js';
import { projectConfig } from '../config.js';
import { t, type Locale } from '../../i18n/catalogue.js';

export const buildHelp = (locale: Locale = 'en') =>
  t('build.help', locale, { formats: FORMATS.join(','), langs: LANGS.join(','), width: DEFAULT_TEXT_WIDTH, papers: PAPERS.join(', ') });

export async function buildCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse('build', argv, {
    out: { type: 'string', short: 'o' },
    format: { type: 'string', short: 'f' },
    lang: { type: 'string', short: 'l' },
    width: { type: 'string', short: 'w' },
    paper: { type: 'string' },
    font: { type: 'string' },
    'pdf-timeout': { type: 'string' },
    quiet: { type: 'boolean', short: 'q' },
    json: { type: 'boolean' },
  });
  if (values.help) return io.stdout(buildHelp(io.locale)), EXIT.ok;
  const { config, messages: configMessages } = projectConfig(io);
  const result = await build({
    paths: positionals.length ? positionals : ['policy'],
    outDir: outOption(values.out) ?? 'out',
    formats: listOption('format', values.format, FORMATS),
    langs: listOption('lang', values.lang, LANGS),
    ...(config?.translationNotice ? { translationNotice: config.translationNotice } : {}),
    width: intOption('width', values.width, 20, 400),
    paper: choiceOption('paper', values.paper, PAPERS) ?? config?.paper,
    font: choiceOption('font', values.font, LEAFLET_FONTS) ?? config?.font,
    ...(config ? { brand: config.brand } : {}),
    pdfTimeoutMs: seconds(intOption('pdf-timeout', values['pdf-timeout'], 1, 600)),
    env: io.env,
    onProgress: (done, total, name) => {
      if (!values.quiet && !values.json && io.isTTY && total > 1) io.stderr(`\r${t('build.rendering', io.locale, { done, total, name })}\u001b[K${done === total ? '\n' : ''}`);
    },
  });
  if (values.json) {
    io.stdout(visibleJson({ written: result.written, messages: result.messages }));
    return EXIT.ok;
  }
  if (values.quiet) return EXIT.ok;
  io.stderr(warningsLine([...configMessages, ...result.messages], io.locale));
  io.stdout(result.written.map((file) => `${t('output.wrote', io.locale, { file: visible(path.relative(io.cwd, path.resolve(io.cwd, file)) || file) })}\n`).join(''));
  return EXIT.ok;
}

function seconds(value: number | undefined): number | undefined {
  return value === undefined ? undefined : value * 1000;
}
