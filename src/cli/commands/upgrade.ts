import { lstatSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { findPolicyFiles } from '../../load/load-policies.js';
import { readPolicyFile } from '../../load/read-files.js';
import { upgradeText } from '../../load/upgrade.js';
import type { Message } from '../../report/message.js';
import { InputError } from '../../errors.js';
import { parse } from '../args.js';
import { EXIT } from '../exit-codes.js';
import type { CliIO } from '../io.js';
import { say, t, type Locale } from '../../i18n/catalogue.js';

export const upgradeHelp = (locale: Locale = 'en') => t('upgrade.help', locale);

export async function upgrade(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse('upgrade', argv, { 'dry-run': { type: 'boolean' } });
  if (values.help) return io.stdout(upgradeHelp(io.locale)), EXIT.ok;
  const files = await findPolicyFiles((positionals.length ? positionals : ['policy']).map((p) => path.resolve(io.cwd, p)));
  // Every file is read first (without waiting on a pipe, refusing what is not UTF-8); one that cannot be read stops everything.
  const plans: Array<{ file: string; shown: string; text: string; mode: number }> = [];
  // A policy that is a link is upgraded where it lives (the file the link points at, shared by every link to it): the link stays a link.
  const unreadable: Message[] = [];
  for (const file of files) {
    const shown = path.relative(io.cwd, file) || file;
    const read = await readPolicyFile(file);
    if (read.message) {
      unreadable.push({ ...read.message, file: shown });
      continue;
    }
    const bom = read.text.startsWith('\uFEFF') ? '\uFEFF' : '';
    const upgraded = upgradeText(read.text.slice(bom.length));
    if (upgraded !== undefined) {
      const target = realpathSync(file);
      const through = !lstatSync(file).isSymbolicLink() ? '' : t('upgrade.through-link', io.locale, { target: path.relative(io.cwd, target) || target });
      plans.push({ file: target, shown: shown + through, text: bom + upgraded, mode: statSync(target).mode & 0o7777 });
    }
  }
  if (unreadable.length > 0) throw new InputError(say('upgrade.unreadable', {}, 'upgrade.unreadable.hint'), undefined, unreadable);
  if (plans.length === 0) return io.stdout(`${t('upgrade.already', io.locale)}\n`), EXIT.ok;
  if (values['dry-run']) {
    for (const plan of plans) io.stdout(`${t('upgrade.would', io.locale, { file: plan.shown })}\n`);
    return EXIT.ok;
  }
  // Each new text is written beside its file first, with the file's permissions; only when all are
  // written is each moved over its file (a rename replaces a file in one step).
  const temporary = (file: string) => path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  const made: string[] = [];
  for (const plan of plans) {
    try {
      writeFileSync(temporary(plan.file), plan.text, { flag: 'wx', mode: plan.mode });
      made.push(temporary(plan.file));
    } catch (error) {
      for (const t of made) rmSync(t, { force: true });
      throw new InputError(say('upgrade.not-written', { file: plan.shown, code: errorCode(error) }, 'upgrade.not-written.hint'));
    }
  }
  for (const [i, plan] of plans.entries()) {
    try {
      renameSync(temporary(plan.file), plan.file);
    } catch (error) {
      for (const t of made.slice(i)) rmSync(t, { force: true });
      const done = plans.slice(0, i).map((p) => p.shown);
      const values = { file: plan.shown, code: errorCode(error), done: done.join('\n') };
      throw new InputError(say('upgrade.not-replaced', values, done.length ? 'upgrade.not-replaced.partly' : 'upgrade.nothing-changed'));
    }
    io.stdout(`${t('upgrade.done', io.locale, { file: plan.shown })}\n`);
  }
  return EXIT.ok;
}

/** What the system said of a failed write: its code (EACCES), else its message. */
function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}
