/**
 * The policy file: one object that flows through the stages, like a vfile —
 * its path and output name, its text, the parsed YAML with positions, the
 * policy it holds (once it has no errors) and every message about it.
 * Every command reads policies through here: build, check, preview, the
 * site's versions and the sides of a diff.
 */
import type { Policy } from '../model/schema.js';
import { checkSource } from '../check/index.js';
import type { Rule } from '../check/context.js';
import { compareMessages, hasErrors, type Message } from '../report/message.js';
import { encodingProblem, policyName } from '../load/load-policies.js';
import { discoverPolicyFiles, readPolicyFile } from '../load/read-files.js';
import { parseYamlSource, type YamlSource } from '../load/yaml-source.js';

export interface PolicyFile {
  /** Where it was read from, as shown in messages: a path, or `REV:path` for a git revision. */
  file: string;
  /** Output name: the file name without its extension, e.g. `shimin-denryoku`. */
  name: string;
  text: string;
  /** The parsed YAML (in today's shape: an old file is upgraded as it is read). */
  source?: YamlSource;
  /** The policy, when the file has no errors (warnings allowed). */
  policy?: Policy;
  /** Every message about the file, sorted by position. */
  messages: Message[];
}

/** A policy file without errors. */
export interface LoadedPolicy extends PolicyFile {
  source: YamlSource;
  policy: Policy;
}

export function isLoaded(file: PolicyFile): file is LoadedPolicy {
  return file.policy !== undefined && file.source !== undefined;
}

/** Parse, upgrade and check one policy from its text. */
export function readPolicyText(file: string, text: string, extraRules: readonly Rule[] = []): PolicyFile {
  const out: PolicyFile = { file, name: policyName(file), text, messages: [] };
  const encoding = encodingProblem(file, text);
  if (encoding) {
    out.messages.push(encoding);
    return out;
  }
  const { source, messages } = parseYamlSource(file, text);
  out.source = source;
  if (!hasErrors(messages)) messages.push(...checkSource(source, extraRules));
  out.messages = messages.sort(compareMessages);
  if (!hasErrors(messages)) out.policy = source.doc.toJS({ maxAliasCount: 100 }) as Policy;
  return out;
}

/** The former shape of `readPolicyText`'s result: the policy when it has no errors, and the messages. */
export function loadPolicyText(file: string, text: string, extraRules: readonly Rule[] = []): { policy?: LoadedPolicy; messages: Message[] } {
  const read = readPolicyText(file, text, extraRules);
  return isLoaded(read) ? { policy: read, messages: read.messages } : { messages: read.messages };
}

export interface LoadResult {
  /** Policies without errors (warnings allowed). */
  policies: LoadedPolicy[];
  /** Every message of every file, sorted by file and position. */
  messages: Message[];
}

/**
 * Every policy file named by `paths` (files, or folders searched with their
 * subfolders): a file that cannot be read gets its message, the others are
 * still checked.
 */
export async function loadPolicies(paths: readonly string[], extraRules: readonly Rule[] = []): Promise<LoadResult> {
  const { files, messages: unreadable } = await discoverPolicyFiles(paths);
  const result: LoadResult = { policies: [], messages: [...unreadable] };
  for (const file of files) {
    const { text, message } = await readPolicyFile(file);
    if (message) result.messages.push(message);
    if (text === undefined) continue;
    const read = readPolicyText(file, text, extraRules);
    if (isLoaded(read)) result.policies.push(read);
    result.messages.push(...read.messages);
  }
  return result;
}
