/**
 * The `policy` command: parses the command name and hands over to the
 * command; turns typed errors into messages and exit codes in one place.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PACKAGE_ROOT } from '../package-root.js';
import { EnvironmentError, InputError, InvalidPolicyError, UsageError, wordsOf } from '../errors.js';
import { formatMessages } from '../report/format-messages.js';
import { visible } from '../report/visible.js';
import { EXIT, exitCodeFor } from './exit-codes.js';
import { useColor, type CliIO } from './io.js';
import { localeFromEnv, t, type Locale, type MessageId } from '../i18n/catalogue.js';

type Command = (argv: string[], io: CliIO) => Promise<number>;

/** Each command is loaded only when it runs, so that starting one loads nothing of the others. */
const commands: Record<string, { load: () => Promise<Command> }> = {
  init: {
    load: async () => (await import('./commands/init.js')).init,
  },
  check: {
    load: async () => (await import('./commands/check.js')).check,
  },
  build: {
    load: async () => (await import('./commands/build.js')).buildCommand,
  },
  diff: {
    load: async () => (await import('./commands/diff.js')).diffCommand,
  },
  notice: {
    load: async () => (await import('./commands/notice.js')).notice,
  },
  preview: {
    load: async () => (await import('./commands/preview.js')).preview,
  },
  publish: {
    load: async () => (await import('./commands/publish.js')).publishCommand,
  },
  translate: {
    load: async () => (await import('./commands/translate.js')).translate,
  },
  upgrade: {
    load: async () => (await import('./commands/upgrade.js')).upgrade,
  },
};

export const mainHelp = (locale: Locale = 'en') =>
  t('main.help', locale, {
    commands: Object.keys(commands)
      .map((name) => `  ${name.padEnd(10)} ${t(`command.${name}` as MessageId, locale)}`)
      .join('\n'),
  });

export async function run(argv: string[], given: CliIO): Promise<number> {
  // The language of the tool's own words: `policy --lang ja|en <command>`, else the locale.
  let args = argv;
  let locale = given.locale ?? localeFromEnv(given.env);
  if (args[0] === '--lang' || args[0]?.startsWith('--lang=')) {
    const value = args[0] === '--lang' ? args[1] : args[0].slice('--lang='.length);
    if (value !== 'ja' && value !== 'en') {
      given.stderr(`${t('lang.invalid', locale, { value: visible(value ?? '') })}\n`);
      return EXIT.input;
    }
    locale = value;
    args = args.slice(args[0] === '--lang' ? 2 : 1);
  }
  runLocale = locale;
  const io: CliIO = { ...given, locale };
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(mainHelp(locale));
    return name === undefined ? EXIT.input : EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${await version()}\n`);
    return EXIT.ok;
  }
  const command = commands[name];
  if (!command) {
    io.stderr(`${t('unknown.command', locale, { name: visible(name), commands: Object.keys(commands).join(', ') })}\n`);
    return EXIT.input;
  }
  try {
    return await (await command.load())(rest, io);
  } catch (error) {
    io.stderr(describe(error, io));
    return exitCodeFor(error);
  }
}

/** The language of the command that runs: bin/policy.cjs reports a failed output after it, in that language. */
let runLocale: Locale | undefined;

/**
 * What becomes of a command whose output could not be written: a reader that
 * went away (`policy check | head`, EPIPE) ends it quietly with its own exit
 * code; any other failure (a full disk, `> /dev/full`) is one line and exit 2,
 * in the language of the command (`locale`, by default that of the last run).
 */
export function outputFailure(error: unknown, stream: 'stdout' | 'stderr', locale: Locale = runLocale ?? 'en'): { quiet: true } | { quiet: false; code: number; message: string } {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED') return { quiet: true };
  const detail = visible(String((error as Error)?.message ?? error).split('\n')[0]!);
  return { quiet: false, code: EXIT.input, message: `${t('output.failed', locale, { stream, code: code ?? '', detail })}\n` };
}

function describe(error: unknown, io: CliIO): string {
  if (error instanceof InvalidPolicyError) {
    return formatMessages(error.messages, { color: useColor(io), locale: io.locale ?? 'en' }) + `${t('nothing.written', io.locale)}\n`;
  }
  // Messages may quote what was typed or read (paths, names): shown, never obeyed by the terminal.
  if (error instanceof UsageError) return `policy: ${visible(wordsOf(error, io.locale).message, { lines: true })}\n`;
  if (error instanceof InputError || error instanceof EnvironmentError) {
    const problems = error instanceof InputError && error.messages.length > 0 ? formatMessages(error.messages, { color: useColor(io), locale: io.locale ?? 'en' }) : '';
    const { message, hint } = wordsOf(error, io.locale);
    return `${problems}policy: ${visible(message, { lines: true })}\n` + (hint ? `    ${t('hint', io.locale)} ${visible(hint, { lines: true })}\n` : '');
  }
  const message = visible(error instanceof Error ? error.message : String(error), { lines: true });
  const stack = io.env.DEBUG && error instanceof Error ? `\n${visible(relativeStack(error.stack ?? '', PACKAGE_ROOT), { lines: true })}` : '';
  return `${t('unexpected.failure', io.locale, { message })}${stack}\n    ${t('hint', io.locale)} ${t('unexpected.failure.hint', io.locale)}\n`;
}

/**
 * A stack trace without the machine's folders: paths in the package are shown
 * relative to it (dist/policy.cjs:2:345), a library's from its node_modules,
 * so that a trace pasted into a report names neither where the tool was built
 * nor where it is installed.
 */
export function relativeStack(stack: string, root: string): string {
  const rootUrl = pathToFileURL(root).href;
  return stack.replace(/(?<=^|[\s(])(?:file:\/\/)?(?:\/|[A-Za-z]:[\\/])[^\s():]*(?=:\d+:\d+|\)|$)/gm, (found) => {
    const full = found.startsWith('file://') ? (found.startsWith(rootUrl) ? path.join(root, decodeURIComponent(found.slice(rootUrl.length))) : fileURLToPath(found)) : found;
    const relative = path.relative(root, full);
    if (!relative.startsWith('..') && !path.isAbsolute(relative)) return relative.split(path.sep).join('/');
    const parts = full.split(/[\\/]/);
    const modules = parts.lastIndexOf('node_modules');
    if (modules >= 0) return parts.slice(modules).join('/');
    const own = Math.max(parts.lastIndexOf('dist'), parts.lastIndexOf('src'), parts.lastIndexOf('bin'));
    return own >= 0 ? parts.slice(own).join('/') : parts[parts.length - 1]!;
  });
}

async function version(): Promise<string> {
  const pkg = JSON.parse(await readFile(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}
