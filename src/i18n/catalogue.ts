/**
 * The tool's own words in English and Japanese: one catalogue, made of one
 * part per area, every message id in both languages (the type requires it,
 * and a test walks it). The language is Japanese when the locale is
 * (LC_ALL, LC_MESSAGES or LANG starting with "ja", e.g. LANG=ja_JP.UTF-8)
 * or `policy --lang ja` is given, English otherwise.
 *
 * A problem is written once, as an id with its values (`say`); the reporter
 * says it in the reader's language. Its English words are kept on the
 * message too, for the formats read by programs.
 */
import { CHECK } from './check.js';
import { CLI } from './cli.js';
import { COMMANDS } from './commands.js';
import { DIFF } from './diff.js';
import { INPUT } from './input.js';
import { NOTICE } from './notice.js';
import { PREVIEW } from './preview.js';
import { RENDER } from './render.js';
import { RULES } from './rules.js';
import type { Locale, Text, Values } from './types.js';

export { LOCALES, type Locale, type Values } from './types.js';

/** Every part, by name; an id is in one part only (a test checks it). */
export const PARTS = { CLI, COMMANDS, CHECK, INPUT, DIFF, NOTICE, PREVIEW, RENDER, RULES } as const;

export const MESSAGES = { ...CLI, ...COMMANDS, ...CHECK, ...INPUT, ...DIFF, ...NOTICE, ...PREVIEW, ...RENDER, ...RULES } as const;

export type MessageId = keyof typeof MESSAGES;

/** A message of the catalogue in `locale`, with its values filled in. */
export function t(id: MessageId, locale: Locale = 'en', values: Values = {}): string {
  const text: Text = MESSAGES[id][locale];
  return typeof text === 'function' ? text(values) : text;
}

/** What a problem says, kept as the catalogue's ids and the values, so that any reporter can say it in either language. */
export interface Said {
  id: MessageId;
  /** The id of the hint: what to write instead. */
  hint?: MessageId;
  values?: Values;
}

/**
 * A problem's words from the catalogue: the English reason and hint (for
 * JSON, SARIF and tests) and the ids they came from (`says`).
 */
export function say(id: MessageId, values: Values = {}, hint?: MessageId): { reason: string; hint?: string; says: Said } {
  const says: Said = { id, ...(hint ? { hint } : {}), ...(Object.keys(values).length > 0 ? { values } : {}) };
  return { ...sayAgain(says, 'en'), says };
}

/** What `says` holds, said in `locale`: the reason, and the hint where it has one. */
export function sayAgain({ id, hint, values }: Said, locale: Locale): { reason: string; hint?: string } {
  return { reason: t(id, locale, values), ...(hint ? { hint: t(hint, locale, values) } : {}) };
}

/** The language of the tool's messages: Japanese when the locale says so (LC_ALL, else LC_MESSAGES, else LANG). */
export function localeFromEnv(env: Record<string, string | undefined>): Locale {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^ja(?:[_.@-]|$)/i.test(locale) ? 'ja' : 'en';
}
