import { existsSync } from 'node:fs';
import path from 'node:path';
import { choiceOption, parse } from '../args.js';
import { EXIT } from '../exit-codes.js';
import type { CliIO } from '../io.js';
import { visible } from '../../report/visible.js';
import { UsageError } from '../../errors.js';
import { translateFile } from '../../translate/update.js';
import { TRANSLATION_LANGS } from '../../translate/translation.js';
import { warningsLine } from '../warnings.js';
import { say, t, type Locale } from '../../i18n/catalogue.js';

export const translateHelp = (locale: Locale = 'en') => t('translate.help', locale, { langs: TRANSLATION_LANGS.join(', ') });

export async function translate(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse('translate', argv, {
    lang: { type: 'string', short: 'l' },
    quiet: { type: 'boolean', short: 'q' },
  });
  if (values.help) return io.stdout(translateHelp(io.locale)), EXIT.ok;
  const lang = choiceOption('lang', values.lang, TRANSLATION_LANGS);
  if (!lang) throw new UsageError(say('translate.usage.lang', { langs: TRANSLATION_LANGS.join('\n') }));
  if (positionals.length !== 1) throw new UsageError(say('translate.usage.one-policy'));
  const file = policyPath(positionals[0]!, io.cwd);
  const result = await translateFile(file, lang);
  if (values.quiet) return EXIT.ok;
  io.stderr(warningsLine(result.messages, io.locale));
  const rel = visible(path.relative(io.cwd, result.file) || result.file);
  const { total, added, changed, obsoleted, untranslated } = result;
  io.stdout(`${t('translate.wrote', io.locale, { file: rel, total, added, changed, obsoleted, untranslated })}\n`);
  return EXIT.ok;
}

/** A policy named by its file, or by its name in policy/. */
function policyPath(name: string, cwd: string): string {
  if (/\.ya?ml$/i.test(name) || name.includes('/') || name.includes(path.sep)) return name;
  for (const ext of ['.yaml', '.yml']) {
    const candidate = path.join('policy', `${name}${ext}`);
    if (existsSync(path.resolve(cwd, candidate))) return candidate;
  }
  return path.join('policy', `${name}.yaml`);
}
