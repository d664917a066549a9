/**
 * The versions of each policy: the working tree is the current version;
 * earlier versions are read from git tags matching a pattern (default `v*`),
 * each at the same path as the file in the working tree. A version is known
 * by the `version` field of its YAML, not by the tag's name: tags mark what
 * was published, and two tags that hold the same text make one version.
 */
import path from 'node:path';
import { InvalidPolicyError } from '../errors.js';
import { loadPolicyText, type LoadedPolicy } from '../file/policy-file.js';
import { discoverPolicyFiles, hasUnreadable, readPolicyFile } from '../load/read-files.js';
import { versionFolder } from './render.js';
import { hasErrors, type Message } from '../report/message.js';
import { GitRepo } from '../load/git.js';
import { InputError } from '../errors.js';

export const DEFAULT_TAG_PATTERN = 'v*';

/** Longest folder name of an earlier version; file systems allow 255 bytes. */
const MAX_FOLDER_NAME = 100;

export type VersionSource = { kind: 'working-tree'; file: string } | { kind: 'tag'; tag: string; path: string };

export interface PolicyVersion {
  version: string;
  /** ISO date: the policy's effectiveDate, else the date of its own revision entry. */
  effectiveDate?: string;
  loaded: LoadedPolicy;
  source: VersionSource;
  /** The current version's complete English translation, when it has one (publish.ts). */
  english?: { policy: import('../model/schema.js').Policy; notice: string };
}

export interface PolicyVersions {
  name: string;
  current: PolicyVersion;
  /** Earlier versions, oldest first. */
  earlier: PolicyVersion[];
}

export interface CollectOptions {
  paths: readonly string[];
  /** Folder relative paths start from (default: process.cwd()). */
  cwd?: string;
  /** Glob of the tags that mark published versions (default `v*`). */
  tagPattern?: string;
}

export interface CollectResult {
  policies: PolicyVersions[];
  /** Warnings of the current versions. */
  messages: Message[];
  /** What people should know about where the versions came from (no git, no tags, a tag skipped). */
  notes: string[];
}

/** "1.2" < "1.10" < "2.0"; numbers compared as numbers, the rest as text. */
export function compareVersions(a: string, b: string): number {
  const split = (v: string) => v.split(/(\d+)/).filter((s) => s !== '');
  const x = split(a);
  const y = split(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const [p, q] = [x[i]!, y[i]!];
    const diff = /^\d+$/.test(p) && /^\d+$/.test(q) ? Number(p) - Number(q) : p < q ? -1 : p > q ? 1 : 0;
    if (diff !== 0) return diff;
  }
  return x.length - y.length;
}

export function effectiveDateOf(loaded: LoadedPolicy): string | undefined {
  const p = loaded.policy;
  return p.effectiveDate ?? p.revisions?.find((r) => r.version === p.version)?.date;
}

/** A policy's version as the site names it: its version, else its effective date. */
export function versionNameOf(loaded: LoadedPolicy): string {
  return loaded.policy.version ?? loaded.policy.effectiveDate ?? '1';
}

function versionOf(loaded: LoadedPolicy, source: VersionSource): PolicyVersion {
  const effectiveDate = effectiveDateOf(loaded);
  return { version: versionNameOf(loaded), ...(effectiveDate ? { effectiveDate } : {}), loaded, source };
}

export async function collectVersions(options: CollectOptions): Promise<CollectResult> {
  const cwd = options.cwd ?? process.cwd();
  const pattern = options.tagPattern ?? DEFAULT_TAG_PATTERN;
  const found = await discoverPolicyFiles(options.paths.map((p) => path.resolve(cwd, p)));
  const shownAs = (absolute: string) => {
    const shown = path.relative(cwd, absolute);
    return shown && !shown.startsWith('..') && !path.isAbsolute(shown) ? shown : absolute;
  };
  const messages: Message[] = found.messages.map((m) => ({ ...m, file: shownAs(m.file) }));
  const current: Array<{ absolute: string; loaded: LoadedPolicy; text: string }> = [];
  for (const absolute of found.files) {
    const file = shownAs(absolute);
    const { text, message } = await readPolicyFile(absolute);
    if (message) messages.push({ ...message, file });
    if (text === undefined) continue;
    const result = loadPolicyText(file, text);
    messages.push(...result.messages);
    if (result.policy) current.push({ absolute, loaded: result.policy, text });
  }
  if (hasUnreadable(messages)) throw new InputError('nothing was published: some files could not be read', 'fix or remove the files named above and run the command again', messages);
  if (hasErrors(messages)) throw new InvalidPolicyError(messages);

  const notes: string[] = [];
  const repos = new Map<string, GitRepo | 'no-git' | undefined>();
  const tagsOf = new Map<string, string[]>();
  const policies: PolicyVersions[] = [];
  const names = new Set<string>();

  for (const { absolute, loaded, text } of current) {
    if (names.has(loaded.name)) {
      notes.push(`${loaded.file}: another policy is also named "${loaded.name}"; only the first is published`);
      continue;
    }
    names.add(loaded.name);
    const entry: PolicyVersions = { name: loaded.name, current: versionOf(loaded, { kind: 'working-tree', file: loaded.file }), earlier: [] };
    policies.push(entry);

    const dir = path.dirname(absolute);
    if (!repos.has(dir)) repos.set(dir, await GitRepo.find(dir).catch((e: unknown) => (e instanceof InputError ? ('no-git' as const) : Promise.reject(e))));
    const repo = repos.get(dir);
    if (repo === undefined || repo === 'no-git') {
      const why = repo === 'no-git' ? 'git is not installed' : `${path.dirname(loaded.file) || '.'} is not in a git repository`;
      notes.push(`${loaded.file}: ${why}, so only the current version is published (earlier versions come from git tags matching "${pattern}")`);
      continue;
    }
    if (!tagsOf.has(repo.top)) tagsOf.set(repo.top, await repo.tags(pattern));
    const tags = tagsOf.get(repo.top)!;
    const at = repo.repoPath(absolute);
    if (tags.length === 0 || at === undefined) {
      notes.push(`${loaded.file}: no git tags match "${pattern}", so only the current version is published (tag each published version, e.g. git tag v${versionNameOf(loaded)})`);
      continue;
    }

    const byVersion = new Map<string, { version: PolicyVersion; text: string }>();
    for (const tag of tags) {
      const tagged = await repo.readIfPresent(tag, at).catch((error: unknown) => {
        notes.push(`${tag}:${at} is not published: it could not be read from git (${String((error as Error)?.message ?? error).split('\n')[0]})`);
        return undefined;
      });
      if (tagged === undefined) continue; // the policy did not exist yet, or lived elsewhere
      const result = loadPolicyText(`${tag}:${at}`, tagged);
      if (!result.policy) {
        const first = result.messages.find((m) => m.severity === 'error');
        notes.push(
          `${tag}:${at} is not published: it has errors under the current checks` +
            (first ? ` (first: line ${first.line}: ${first.reason})` : ''),
        );
        continue;
      }
      const version = versionOf({ ...result.policy, name: loaded.name }, { kind: 'tag', tag, path: at });
      const seen = byVersion.get(version.version);
      if (seen && seen.text !== tagged) {
        const earlierTag = seen.version.source.kind === 'tag' ? seen.version.source.tag : '';
        notes.push(`${loaded.name}: tags ${earlierTag} and ${tag} both hold version ${version.version} with different texts; ${tag} is published (give each published text its own version)`);
      }
      if (!seen || seen.text !== tagged) byVersion.set(version.version, { version, text: tagged });
    }

    const currentVersion = versionNameOf(loaded);
    const same = byVersion.get(currentVersion);
    if (same && same.text !== text) {
      const tag = same.version.source.kind === 'tag' ? same.version.source.tag : '';
      notes.push(`${loaded.file}: the working tree differs from tag ${tag} but keeps version ${currentVersion}; the working tree is published as ${currentVersion} (raise "version" if it is a new version)`);
    }
    byVersion.delete(currentVersion);
    const folders = new Map<string, string>();
    for (const { version } of byVersion.values()) {
      const tag = version.source.kind === 'tag' ? version.source.tag : '';
      const folder = versionFolder(version.version);
      if (folder.length > MAX_FOLDER_NAME) {
        notes.push(`${loaded.name}: tag ${tag} holds a version of ${version.version.length} characters, too long for a folder name; it is left out (write a short version such as "1.2")`);
        continue;
      }
      const other = folders.get(folder);
      if (other !== undefined) {
        notes.push(`${loaded.name}: versions "${other}" and "${version.version}" would both be published in ${folder}/; "${version.version}" (tag ${tag}) is left out (write versions with digits and dots only, e.g. "1.2")`);
        continue;
      }
      folders.set(folder, version.version);
      if (compareVersions(version.version, currentVersion) > 0) {
        const tag = version.source.kind === 'tag' ? version.source.tag : '';
        notes.push(`${loaded.name}: tag ${tag} holds version ${version.version}, newer than the working tree's ${currentVersion}; it is left out (check out the latest version to publish it)`);
        continue;
      }
      entry.earlier.push(version);
    }
    entry.earlier.sort((a, b) => compareVersions(a.version, b.version));
  }
  return { policies, messages, notes };
}
