import { formatMessages } from '../../report/format-messages.js';
import { DEFAULT_HOST, DEFAULT_PORT, isLoopback, startPreview } from '../../preview/index.js';
import { intOption, parse } from '../args.js';
import { EXIT } from '../exit-codes.js';
import { visible } from '../../report/visible.js';
import { useColor, type CliIO } from '../io.js';
import { projectConfig } from '../config.js';
import { t, type Locale } from '../../i18n/catalogue.js';

/** The help of `policy preview` in the reader's language. */
export const previewHelp = (locale: Locale = 'en') => t('preview.help', locale, { port: DEFAULT_PORT, host: DEFAULT_HOST });

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
  const locale = io.locale ?? 'en';
  if (values.help) return io.stdout(previewHelp(locale)), EXIT.ok;
  const color = useColor(io);
  const host = values.host ?? DEFAULT_HOST;
  const { config, messages: configMessages } = projectConfig(io);
  if (configMessages.length > 0 && !values.quiet) io.stderr(formatMessages(configMessages, { color, summary: false, locale }));
  const server = await startPreview({
    ...(config ? { config } : {}),
    paths: positionals.length ? positionals : ['policy'],
    port: intOption('port', values.port, 0, 65535) ?? DEFAULT_PORT,
    host,
    cwd: io.cwd,
    locale,
    onReload: (changed) => {
      for (const p of changed) {
        const problems = p.messages.filter((m) => m.severity === 'error');
        if (problems.length > 0) io.stderr(formatMessages(problems, { color, locale }));
        else if (p.renderError !== undefined) io.stderr(`${t('preview.template-failed', locale, { file: visible(p.file), error: visible(p.renderError) })}\n`);
        else if (!values.quiet) io.stdout(`${t('preview.updated', locale, { file: visible(p.file) })}\n`);
      }
    },
  });
  try {
    if (!isLoopback(host)) {
      io.stderr(`${t('preview.exposed', locale, { host: visible(host) })}\n    ${t('hint', locale)} ${t('preview.exposed.hint', locale)}\n`);
    }
    const { policies } = server.workspace();
    const broken = policies.filter((p) => p.messages.some((m) => m.severity === 'error'));
    if (broken.length > 0) io.stderr(formatMessages(broken.flatMap((p) => p.messages.filter((m) => m.severity === 'error')), { color, locale }));
    io.stdout(`${t('preview.started', locale, { count: policies.length, url: server.url })}\n`);
    if (!values.quiet) io.stdout(`${t('preview.open', locale)}\n`);
    await stop;
  } finally {
    await server.close();
  }
  if (!values.quiet) io.stdout(`${t('preview.stopped', locale)}\n`);
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
