/**
 * From paths on the command line to checked policies: finds the YAML files,
 * parses them with positions, and runs every check.
 */
import path from 'node:path';
import type { Policy } from '../model/schema.js';
import { checkSource } from '../check/index.js';
import type { Rule } from '../check/context.js';
import { compareMessages, hasErrors, type Message } from '../report/message.js';
import { discoverPolicyFiles, readPolicyFile } from './read-files.js';
import { parseYamlSource, type YamlSource } from './yaml-source.js';

export interface LoadedPolicy {
  /** Output name: the file name without its extension, e.g. `shimin-denryoku`. */
  name: string;
  file: string;
  source: YamlSource;
  policy: Policy;
}

export interface LoadResult {
  /** Policies without errors (warnings allowed). */
  policies: LoadedPolicy[];
  /** Every message of every file, sorted by file and position. */
  messages: Message[];
}

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

/** Parse and check one policy from its text. */
export function loadPolicyText(file: string, text: string, extraRules: readonly Rule[] = []): { policy?: LoadedPolicy; messages: Message[] } {
  const encoding = encodingProblem(file, text);
  if (encoding) return { messages: [encoding] };
  const { source, messages } = parseYamlSource(file, text);
  if (!hasErrors(messages)) messages.push(...checkSource(source, extraRules));
  messages.sort(compareMessages);
  if (hasErrors(messages)) return { messages };
  return { policy: { name: policyName(file), file, source, policy: source.doc.toJS() as Policy }, messages };
}

export async function loadPolicies(paths: readonly string[], extraRules: readonly Rule[] = []): Promise<LoadResult> {
  const { files, messages: unreadable } = await discoverPolicyFiles(paths);
  const result: LoadResult = { policies: [], messages: [...unreadable] };
  for (const file of files) {
    const { text, message } = await readPolicyFile(file);
    if (message) result.messages.push(message);
    if (text === undefined) continue;
    const { policy, messages } = loadPolicyText(file, text, extraRules);
    if (policy) result.policies.push(policy);
    result.messages.push(...messages);
  }
  return result;
}

/**
 * Text read as UTF-8 that was saved in another encoding (Shift_JIS, from an
 * older Windows editor) holds U+FFFD where bytes could not be read; publishing
 * it would print garbled Japanese.
 */
function encodingProblem(file: string, text: string): Message | undefined {
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
    reason: 'the file is not saved as UTF-8, so its Japanese text cannot be read',
    hint: 'save the file as UTF-8: in VS Code click the encoding in the status bar, "Reopen with Encoding" → Japanese (Shift JIS), then "Save with Encoding" → UTF-8',
  };
}
