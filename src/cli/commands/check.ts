import { loadPolicies } from '../../file/policy-file.js';
import { formatMessages } from '../../report/format-messages.js';
import { hasErrors } from '../../report/message.js';
import { hasUnreadable } from '../../load/read-files.js';
import { visibleJson } from '../../report/visible.js';
import { parse } from '../args.js';
import { EXIT } from '../exit-codes.js';
import { useColor, type CliIO } from '../io.js';

export const checkHelp = `Usage: policy check [paths…] [options]

Check the policy YAML files and report every problem at once, each as
  file:line:column  severity  path: message  (rule)
with a hint on the next line saying what to write instead.

Arguments:
  paths          policy files or folders (default: policy/)

Options:
  --json         print the problems as JSON (an array of messages)
  --quiet, -q    print errors only, no warnings and no summary
  -h, --help     show this help

Exit codes: 0 no errors (warnings alone are fine), 1 errors found, 2 wrong usage,
or a file missing or unreadable (the other files are still checked).

Examples:
  policy check
  policy check policy/shimin-denryoku.yaml
  policy check --json > problems.json
`;

export async function check(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse('check', argv, {
    json: { type: 'boolean' },
    quiet: { type: 'boolean', short: 'q' },
  });
  if (values.help) return io.stdout(checkHelp), EXIT.ok;
  const { messages } = await loadPolicies(positionals.length ? positionals : ['policy']);
  const shown = values.quiet ? messages.filter((m) => m.severity === 'error') : messages;
  if (values.json) io.stdout(visibleJson(shown));
  else io.stdout(formatMessages(shown, { color: useColor(io), summary: !values.quiet }));
  // A file that could not be read at all was not checked: the command could not run on it.
  return hasUnreadable(messages) ? EXIT.input : hasErrors(messages) ? EXIT.findings : EXIT.ok;
}
