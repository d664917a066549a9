/**
 * Typed errors of the core. The CLI maps them to exit codes in one place
 * (src/cli/exit-codes.ts); the core never exits or prints.
 */
import type { Message } from './report/message.js';
import { sayAgain, type Locale, type Said } from './i18n/catalogue.js';

/** An error's words: plain English, or the catalogue's (`say(id, values, hintId)`), which the CLI says in the reader's language. */
export type Words = string | { reason: string; hint?: string; says: Said };

/** An error told in words of the catalogue, where it has them: its English message and hint, and the ids they came from. */
export abstract class SaidError extends Error {
  readonly says?: Said;
  readonly hint?: string;
  constructor(words: Words, hint?: string) {
    super(typeof words === 'string' ? words : words.reason);
    if (typeof words !== 'string') this.says = words.says;
    this.hint = hint ?? (typeof words === 'string' ? undefined : words.hint);
  }
}

/** The command was called wrongly (unknown option, missing argument). */
export class UsageError extends SaidError {
  override name = 'UsageError';
  constructor(words: Words) {
    super(words);
  }
}

/**
 * An input could not be read: a missing file, a git revision that does not
 * exist, a side of a comparison with errors (its `messages` say where).
 */
export class InputError extends SaidError {
  override name = 'InputError';
  constructor(
    words: Words,
    hint?: string,
    readonly messages: readonly Message[] = [],
  ) {
    super(words, hint);
  }
}

/** The policy has errors; the messages say where. */
export class InvalidPolicyError extends Error {
  override name = 'InvalidPolicyError';
  constructor(readonly messages: readonly Message[]) {
    super('the policy has errors');
  }
}

/** Something the machine lacks (Chromium, fonts) or a renderer failure. */
export class EnvironmentError extends SaidError {
  override name = 'EnvironmentError';
}

/** An error's message and hint in the reader's language (the English ones where it has no catalogue ids). */
export function wordsOf(error: SaidError, locale: Locale = 'en'): { message: string; hint?: string } {
  const { says } = error;
  if (!says || locale === 'en') return { message: error.message, ...(error.hint ? { hint: error.hint } : {}) };
  const said = sayAgain(says, locale);
  const hint = said.hint ?? error.hint;
  return { message: said.reason, ...(hint ? { hint } : {}) };
}
