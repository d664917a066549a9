/**
 * Typed errors of the core. The CLI maps them to exit codes in one place
 * (src/cli/exit-codes.ts); the core never exits or prints.
 */
import type { Message } from './report/message.js';

/** The command was called wrongly (unknown option, missing argument). */
export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * An input could not be read: a missing file, a git revision that does not
 * exist, a side of a comparison with errors (its `messages` say where).
 */
export class InputError extends Error {
  override name = 'InputError';
  constructor(
    message: string,
    readonly hint?: string,
    readonly messages: readonly Message[] = [],
  ) {
    super(message);
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
export class EnvironmentError extends Error {
  override name = 'EnvironmentError';
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}
