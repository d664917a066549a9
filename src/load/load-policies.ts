/**
 * Finding policy files from paths on the command line, naming their outputs,
 * and refusing text that was not saved as UTF-8. Reading and checking them is
 * src/file/policy-file.ts.
 */
import path from 'node:path';
import type { Message } from '../report/message.js';
import { say } from '../i18n/catalogue.js';

const YAML_FILE = /\.ya?ml$/i;

export { findPolicyFiles } from './read-files.js';

/** A policy file's name ends in .yaml or .yml. */
export function isPolicyFile(name: string): boolean {
  return YAML_FILE.test(name);
}

/** The name of a policy's output files: its file name without the extension. */
export function policyName(file: string): string {
  return path.basename(file).replace(YAML_FILE, '');
}

/**
 * Text read as UTF-8 that was saved in another encoding (Shift_JIS, from an
 * older Windows editor) holds U+FFFD where bytes could not be read; publishing
 * it would print garbled Japanese.
 */
export function encodingProblem(file: string, text: string): Message | undefined {
  const at = text.indexOf('\uFFFD');
  if (at === -1) return undefined;
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  return {
    file,
    line,
    column: at - before.lastIndexOf('\n'),
    severity: 'error',
    ruleId: 'encoding',
    ...say('input.not-utf8', {}, 'input.not-utf8.hint'),
  };
}
