import { initPolicy } from '../../init/init.js';
import { UsageError } from '../../errors.js';
import { parse } from '../args.js';
import { EXIT } from '../exit-codes.js';
import type { CliIO } from '../io.js';

export const initHelp = `Usage: policy init NAME [options]

Write policy/NAME.yaml: a complete privacy policy (sections on the business,
the purposes of use, provision to third parties, entrustment, joint use,
security measures, requests for disclosure and complaints) in which the
company's own facts are placeholders 【要記入：…】. "policy check" lists each
placeholder with its line and column until it is filled in; nothing is built
while one is left. Delete the sections and entries that do not apply.

Arguments:
  NAME           the policy's name: lower-case letters, digits and hyphens
                 (it names the output files, e.g. out/NAME.html)

Options:
  --dir DIR      folder to write into (default: policy)
  -h, --help     show this help

Exit codes: 0 written, 2 wrong usage or the file already exists.

Examples:
  policy init acme-denki
  policy check policy/acme-denki.yaml
`;

export async function init(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse('init', argv, { dir: { type: 'string' } });
  if (values.help) return io.stdout(initHelp), EXIT.ok;
  if (positionals.length !== 1) throw new UsageError('policy init takes one NAME, e.g. policy init acme-denki');
  if (values.dir === '') throw new UsageError('--dir is empty: give a folder, or leave the option out for policy/');
  const { file, placeholders } = initPolicy(positionals[0]!, values.dir ?? 'policy', io.cwd);
  io.stdout(`wrote ${file}\n${placeholders} placeholders 【要記入：…】 to fill in: run "policy check ${file}" to list them\n`);
  return EXIT.ok;
}
