import path from 'node:path';
import { build, FORMATS } from '../../build/build.js';
import { formatMessages } from '../../report/format-messages.js';
import { DEFAULT_TEXT_WIDTH } from '../../render/text.js';
import { intOption, listOption, parse } from '../args.js';
import { EXIT } from '../exit-codes.js';
import { useColor, type CliIO } from '../io.js';

export const buildHelp = `Usage: policy build [paths…] [options]

Check each policy, then render it into the output folder:
  <name>.html           standalone web page (lang="ja", no external resources)
  <name>.fragment.html  the policy alone, for pasting into an existing site
  <name>.txt            plain text for e-mail and notice boards
A policy with errors is not rendered, and nothing in the output folder changes.

Arguments:
  paths              policy files or folders (default: policy/)

Options:
  --out DIR          output folder (default: out/)
  --format LIST      comma-separated: ${FORMATS.join(',')} (default: all)
  --width N          line width of the plain text, in columns; full-width
                     characters count 2 (default: ${DEFAULT_TEXT_WIDTH})
  --quiet, -q        print nothing but errors
  -h, --help         show this help

Exit codes: 0 built, 1 the policy has errors, 2 wrong usage or missing files,
3 the machine could not render (e.g. Chromium missing).

Examples:
  policy build
  policy build policy/shimin-denryoku.yaml --format html,txt --out public/
  policy build --width 60
`;

export async function buildCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse('build', argv, {
    out: { type: 'string', short: 'o' },
    format: { type: 'string', short: 'f' },
    width: { type: 'string', short: 'w' },
    quiet: { type: 'boolean', short: 'q' },
  });
  if (values.help) return io.stdout(buildHelp), EXIT.ok;
  const color = useColor(io);
  const result = await build({
    paths: positionals.length ? positionals : ['policy'],
    outDir: values.out ?? 'out',
    formats: listOption('format', values.format, FORMATS),
    width: intOption('width', values.width, 20, 400),
    onProgress: (done, total, name) => {
      if (!values.quiet && io.isTTY && total > 1) io.stderr(`\rrendering ${done}/${total}: ${name}\u001b[K${done === total ? '\n' : ''}`);
    },
  });
  if (values.quiet) return EXIT.ok;
  if (result.messages.length > 0) io.stderr(formatMessages(result.messages, { color }));
  io.stdout(result.written.map((file) => `wrote ${path.relative(io.cwd, path.resolve(io.cwd, file)) || file}\n`).join(''));
  return EXIT.ok;
}
