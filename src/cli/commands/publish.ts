import path from 'node:path';
import { warningsLine } from '../warnings.js';
import { DEFAULT_TEXT_WIDTH } from '../../render/text.js';
import { DEFAULT_SITE_DIR, DEFAULT_TAG_PATTERN, publish, versionFolder } from '../../site/index.js';
import { intOption, outOption, parse } from '../args.js';
import { EXIT } from '../exit-codes.js';
import type { CliIO } from '../io.js';
import { visible } from '../../report/visible.js';
import { projectConfig } from '../config.js';
import { t, type Locale } from '../../i18n/catalogue.js';

export const publishHelp = (locale: Locale = 'en') => t('publish.help', locale, { tags: DEFAULT_TAG_PATTERN, out: DEFAULT_SITE_DIR, width: DEFAULT_TEXT_WIDTH });

export async function publishCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse('publish', argv, {
    out: { type: 'string', short: 'o' },
    tags: { type: 'string' },
    width: { type: 'string', short: 'w' },
    quiet: { type: 'boolean', short: 'q' },
    internal: { type: 'boolean' },
    'no-pdf': { type: 'boolean' },
  });
  const locale = io.locale ?? 'en';
  if (values.help) return io.stdout(publishHelp(locale)), EXIT.ok;
  const width = intOption('width', values.width, 20, 400);
  const { config, messages: configMessages } = projectConfig(io);
  const result = await publish({
    paths: positionals.length ? positionals : ['policy'],
    outDir: outOption(values.out) ?? DEFAULT_SITE_DIR,
    cwd: io.cwd,
    ...(values.tags ? { tagPattern: values.tags } : {}),
    ...(width !== undefined ? { width } : {}),
    pdf: !values['no-pdf'],
    internal: values.internal === true,
    env: io.env as NodeJS.ProcessEnv,
    ...(config ? { brand: config.brand, ...(config.paper ? { paper: config.paper } : {}), ...(config.font ? { font: config.font } : {}) } : {}),
    ...(config?.translationNotice ? { translationNotice: config.translationNotice } : {}),
  });
  if (values.quiet) return EXIT.ok;
  io.stderr(warningsLine([...configMessages, ...result.messages], io.locale));
  for (const said of result.noteSays) io.stderr(`${t('publish.note', locale, { note: visible(t(said.id, locale, said.values)) })}\n`);
  for (const p of result.policies) {
    const earlier = p.earlier.map((v) => t('publish.earlier', locale, { version: v.version, tag: v.source.kind === 'tag' ? v.source.tag : '', folder: `${p.name}/${versionFolder(v.version)}/` }));
    io.stdout(visible(t('publish.versions', locale, { name: p.name, current: p.current.version, earlier: earlier.join(locale === 'ja' ? '、' : ', ') })) + '\n');
  }
  io.stdout(result.written.map((file) => `${t('output.wrote', locale, { file: visible(path.relative(io.cwd, file) || file) })}\n`).join(''));
  return EXIT.ok;
}
