import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../errors.js';
import { say } from '../i18n/catalogue.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs, with its errors turned into usage errors that name the command. */
export function parse<O extends Options>(command: string, argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (error) {
    const message = (error as Error).message.replace(/\. To specify a positional argument.*$/s, '');
    // The option or argument the message names, in its first quotes: 'Unknown option \'--foo\''.
    const option = /'([^']*)'/.exec(message)?.[1] ?? '';
    throw new UsageError(say('usage.parse', { code: (error as NodeJS.ErrnoException).code ?? '', message, option, command }));
  }
}

export function listOption<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T[] | undefined {
  if (value === undefined) return undefined;
  const items = value.split(',').map((s) => s.trim()).filter(Boolean);
  const wrong = items.filter((s) => !allowed.includes(s as T));
  if (wrong.length > 0 || items.length === 0) {
    throw new UsageError(say('usage.list-option', { name, allowed: allowed.join(', '), value }));
  }
  return items as T[];
}

export function choiceOption<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  const match = allowed.find((a) => a.toLowerCase() === value.toLowerCase());
  if (!match) throw new UsageError(say('usage.choice-option', { name, allowed: allowed.join(', '), value }));
  return match;
}

export function intOption(name: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(say('usage.int-option', { name, min, max, value }));
  return n;
}

/** An --out value: absent, or a name. An empty one (an unset variable in a script) would write into the current folder. */
export function outOption(value: string | undefined, what: 'folder' | 'file' = 'folder'): string | undefined {
  if (value !== undefined && value.trim() === '') {
    throw new UsageError(say('usage.out-empty', { what }));
  }
  return value;
}
