import { initPolicy } from '../../init/init.js';
import { UsageError } from '../../errors.js';
import { parse } from '../args.js';
import { EXIT } from '../exit-codes.js';
import type { CliIO } from '../io.js';
import { say, t, type Locale } from '../../i18n/catalogue.js';

export const initHelp = (locale: Locale = 'en') => t('init.help', locale);

export async function init(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse('init', argv, { dir: { type: 'string' } });
  if (values.help) return io.stdout(initHelp(io.locale)), EXIT.ok;
  if (positionals.length !== 1) throw new UsageError(say('init.usage.one-name'));
  if (values.dir === '') throw new UsageError(say('init.usage.empty-dir'));
  const { file, placeholders } = initPolicy(positionals[0]!, values.dir ?? 'policy', io.cwd);
  io.stdout(`${t('init.wrote', io.locale, { file, placeholders })}\n`);
  return EXIT.ok;
}
