/**
 * The one place where outcomes become exit codes.
 *
 *   0  success (check: no errors; diff: no change needs action)
 *   1  findings: the policy has errors (check, build), or customers must be told again (diff)
 *   2  the command could not run on its input: wrong usage, a missing file or revision, an invalid side of a diff
 *   3  the machine could not render: Chromium or fonts missing, a renderer that failed or timed out
 */
import { EnvironmentError, InputError, InvalidPolicyError, UsageError } from '../errors.js';

export const EXIT = { ok: 0, findings: 1, input: 2, environment: 3 } as const;

export function exitCodeFor(error: unknown): number {
  if (error instanceof InvalidPolicyError) return EXIT.findings;
  if (error instanceof UsageError || error instanceof InputError) return EXIT.input;
  return EXIT.environment;
}
