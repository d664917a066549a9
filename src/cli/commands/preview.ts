import { formatMessages } from '../../report/format-messages.js';
import { DEFAULT_HOST, DEFAULT_PORT, isLoopback, startPreview } from '../../preview/index.js';
import { intOption, parse } from '../args.js';
import { EXIT } from '../exit-codes.js';
import { visible } from '../../report/visible.js';
import { useColor, type CliIO } from '../io.js';
import { projectConfig } from '../config.js';

export const previewHelp = `Usage: policy preview [paths…] [options]

Show the policies in your web browser as they will be published, while you
edit them. Open the address it prints: the index lists every policy; each
has its web page, its plain text, and its PDF (printed when you ask for it).
When you save a policy file or a template, the open page updates by itself.
A policy with errors shows each problem (file:line:column, what is wrong, how
to fix it, and the line with a caret) instead of the page, and the page comes
back once the file is fixed. Nothing is written to out/. Ctrl-C stops it.
The look of policy.config.yaml (templates, colour, logo, footer) is shown,
and edits of its templates folder are followed too.

Arguments:
  paths          policy files or folders (default: policy/)

Options:
  --port N       port to listen on (default: ${DEFAULT_PORT}; 0 picks a free one)
  --host ADDR    address to listen on (default: ${DEFAULT_HOST}, this computer
                 only). --host 0.0.0.0 lets other computers on the network see
                 the drafts, without a password: only on a network you trust.
  --quiet, -q    print only the address and errors
  -h, --help     show this help

Exit codes: 0 stopped with Ctrl-C, 1 policy.config.yaml has errors, 2 wrong
usage, missing files, or the port is taken.

Examples:
  policy preview
  policy preview policy/shimin-denryoku.yaml --port 8080
  policy preview --port 0
`;

/** `policy preview`; returns when the process gets Ctrl-C (SIGINT) or SIGTERM. */
export function preview(argv: string[], io: CliIO): Promise<number> {
  return runPreview(argv, io, untilSignal());
}

/** The command with the moment to stop given (tests pass their own). */
export async function runPreview(argv: string[], io: CliIO, stop: Promise<unknown>): Promise<number> {
  const { values, positionals } = parse('preview', argv, {
    port: { type: 'string', short: 'p' },
    host: { type: 'string' },
    quiet: { type: 'boolean', short: 'q' },
  });
  if (values.help) return io.stdout(previewHelp), EXIT.ok;
  const color = useColor(io);
  const host = values.host ?? DEFAULT_HOST;
  const { config, messages: configMessages } = projectConfig(io);
  if (configMessages.length > 0 && !values.quiet) io.stderr(formatMessages(configMessages, { color, summary: false }));
  const server = await startPreview({
    ...(config ? { config } : {}),
    paths: positionals.length ? positionals : ['policy'],
    port: intOption('port', values.port, 0, 65535) ?? DEFAULT_PORT,
    host,
    cwd: io.cwd,
    onReload: (changed) => {
      for (const p of changed) {
        const problems = p.messages.filter((m) => m.severity === 'error');
        if (problems.length > 0) io.stderr(formatMessages(problems, { color }));
        else if (p.renderError !== undefined) io.stderr(`${visible(p.file)}: a template failed: ${visible(p.renderError)}\n`);
        else if (!values.quiet) io.stdout(`updated ${visible(p.file)}\n`);
      }
    },
  });
  try {
    if (!isLoopback(host)) {
      io.stderr(
        `warning: listening on ${host}: anyone who can reach this computer over the network can read the drafts, without a password.\n` +
          `    hint: use this only on a network you trust, and stop it (Ctrl-C) when done; leave out --host to keep the preview to this computer.\n`,
      );
    }
    const { policies } = server.workspace();
    const broken = policies.filter((p) => p.messages.some((m) => m.severity === 'error'));
    if (broken.length > 0) io.stderr(formatMessages(broken.flatMap((p) => p.messages.filter((m) => m.severity === 'error')), { color }));
    io.stdout(`Preview of ${policies.length === 1 ? '1 policy' : `${policies.length} policies`} at ${server.url}\n`);
    if (!values.quiet) io.stdout('Open it in your browser; pages update when you save. Press Ctrl-C to stop.\n');
    await stop;
  } finally {
    await server.close();
  }
  if (!values.quiet) io.stdout('Preview stopped.\n');
  return EXIT.ok;
}

/**
 * Resolves at the first SIGINT (Ctrl-C) or SIGTERM. Later signals are then
 * ignored so that the close runs to its end: a second Ctrl-C, or the PDF
 * browser's own handler raising SIGINT again once it has closed. The close is
 * bounded (the browser is killed after a few seconds), and the process ends
 * when the command returns.
 */
function untilSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const signals = ['SIGINT', 'SIGTERM'] as const;
    const ignore = () => {};
    const on = (signal: NodeJS.Signals) => {
      for (const s of signals) {
        process.off(s, on);
        process.on(s, ignore);
      }
      resolve(signal);
    };
    for (const s of signals) process.on(s, on);
  });
}
