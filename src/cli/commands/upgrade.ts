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

export const upgradeHelp = `Usage: policy upgrade [paths…] [options]

Rewrite policy files written before policies had sections (numbered
"clauses:" and one "jointUse:" table at the top) into today's shape:
"sections:" with the joint-use table in a last, unnumbered section. The
wording, the ids and the comments stay as they are, and the pages built from
the file do not change. Files already in today's shape are left alone.
Old files are read as they are by every command, so upgrading is only needed
to use headings, tables and the other blocks of today's shape.

Arguments:
  paths          policy files or folders (default: policy/)

Options:
  --dry-run      only say which files would be rewritten
  -h, --help     show this help

Exit codes: 0 done (or nothing to do), 2 wrong usage or a file that cannot be read or written.

Examples:
  policy upgrade
  policy upgrade --dry-run policy/shimin-denryoku.yaml
`;

export async function upgrade(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse('upgrade', argv, { 'dry-run': { type: 'boolean' } });
  if (values.help) return io.stdout(upgradeHelp), EXIT.ok;
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
      const through = !lstatSync(file).isSymbolicLink() ? '' : ` (through the link, in ${path.relative(io.cwd, target) || target})`;
      plans.push({ file: target, shown: shown + through, text: bom + upgraded, mode: statSync(target).mode & 0o7777 });
    }
  }
  if (unreadable.length > 0) throw new InputError('no file was upgraded: some files could not be read', 'fix or move the files named above and run the command again', unreadable);
  if (plans.length === 0) return io.stdout("Every file is already in today's shape.\n"), EXIT.ok;
  if (values['dry-run']) {
    for (const plan of plans) io.stdout(`would upgrade ${plan.shown}\n`);
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
      throw new InputError(`${plan.shown} could not be written (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, 'check that its folder can be written; no file was changed');
    }
  }
  for (const [i, plan] of plans.entries()) {
    try {
      renameSync(temporary(plan.file), plan.file);
    } catch (error) {
      for (const t of made.slice(i)) rmSync(t, { force: true });
      const done = plans.slice(0, i).map((p) => p.shown);
      throw new InputError(
        `${plan.shown} could not be replaced (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
        done.length ? `${done.join(', ')} ${done.length > 1 ? 'were' : 'was'} upgraded; ${plan.shown} and the files after it were not` : 'no file was changed',
      );
    }
    io.stdout(`upgraded ${plan.shown}\n`);
  }
  return EXIT.ok;
}
