import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { findPolicyFiles } from '../../load/load-policies.js';
import { upgradeText } from '../../load/upgrade.js';
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
  let changed = 0;
  for (const file of files) {
    const shown = path.relative(io.cwd, file) || file;
    const text = readFileSync(file, 'utf8');
    const upgraded = upgradeText(text.replace(/^\uFEFF/, ''));
    if (upgraded === undefined) continue;
    changed++;
    if (values['dry-run']) {
      io.stdout(`would upgrade ${shown}\n`);
      continue;
    }
    const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
    try {
      writeFileSync(temporary, upgraded, { flag: 'wx' });
      renameSync(temporary, file);
    } catch (error) {
      throw new InputError(`${shown} could not be written: ${(error as Error).message}`, 'check that the file can be written; nothing else was changed');
    }
    io.stdout(`upgraded ${shown}\n`);
  }
  if (changed === 0) io.stdout('Every file is already in today\'s shape.\n');
  return EXIT.ok;
}
