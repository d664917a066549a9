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
import { translationFileOf } from '../translate/files.js';
import { say, t, type MessageId, type Said, type Values } from '../i18n/catalogue.js';

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
  /** The version's complete English translation, when it has one (publish.ts). */
  english?: { policy: import('../model/schema.js').Policy; notice: string };
  /** An earlier version's translation file (PO) as tagged with it, when it had one. */
  translation?: string;
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
  /** The same notes as the catalogue's ids and values, to be said in the reader's language. */
  noteSays: Said[];
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
  if (hasUnreadable(messages)) throw new InputError(say('publish.unreadable', {}, 'publish.unreadable.hint'), undefined, messages);
  if (hasErrors(messages)) throw new InvalidPolicyError(messages);

  const notes: string[] = [];
  const noteSays: Said[] = [];
  const note = (id: MessageId, values: Values) => {
    notes.push(t(id, 'en', values));
    noteSays.push({ id, values });
  };
  const repos = new Map<string, GitRepo | 'no-git' | undefined>();
  const tagsOf = new Map<string, string[]>();
  const policies: PolicyVersions[] = [];
  const names = new Set<string>();

  for (const { absolute, loaded, text } of current) {
    if (names.has(loaded.name)) {
      note('publish.note.same-name', { file: loaded.file, name: loaded.name });
      continue;
    }
    names.add(loaded.name);
    const entry: PolicyVersions = { name: loaded.name, current: versionOf(loaded, { kind: 'working-tree', file: loaded.file }), earlier: [] };
    policies.push(entry);

    const dir = path.dirname(absolute);
    if (!repos.has(dir)) repos.set(dir, await GitRepo.find(dir).catch((e: unknown) => (e instanceof InputError ? ('no-git' as const) : Promise.reject(e))));
    const repo = repos.get(dir);
    if (repo === undefined || repo === 'no-git') {
      if (repo === 'no-git') note('publish.note.no-git', { file: loaded.file, pattern });
      else note('publish.note.no-repository', { file: loaded.file, folder: path.dirname(loaded.file) || '.', pattern });
      continue;
    }
    if (!tagsOf.has(repo.top)) tagsOf.set(repo.top, await repo.tags(pattern));
    const tags = tagsOf.get(repo.top)!;
    const at = repo.repoPath(absolute);
    if (tags.length === 0 || at === undefined) {
      note('publish.note.no-tags', { file: loaded.file, pattern, version: versionNameOf(loaded) });
      continue;
    }

    const byVersion = new Map<string, { version: PolicyVersion; text: string }>();
    for (const tag of tags) {
      const tagged = await repo.readIfPresent(tag, at).catch((error: unknown) => {
        note('publish.note.unreadable', { at: `${tag}:${at}`, reason: String((error as Error)?.message ?? error).split('\n')[0]! });
        return undefined;
      });
      if (tagged === undefined) continue; // the policy did not exist yet, or lived elsewhere
      const result = loadPolicyText(`${tag}:${at}`, tagged);
      if (!result.policy) {
        const first = result.messages.find((m) => m.severity === 'error');
        note('publish.note.errors', { at: `${tag}:${at}`, ...(first ? { line: first.line, reason: first.reason } : {}) });
        continue;
      }
      const version = versionOf({ ...result.policy, name: loaded.name }, { kind: 'tag', tag, path: at });
      // The translation published with the version: its PO file at the same tag, beside the policy.
      const translation = await repo.readIfPresent(tag, translationFileOf(at, 'en')).catch(() => undefined);
      if (translation !== undefined) version.translation = translation;
      const seen = byVersion.get(version.version);
      if (seen && seen.text !== tagged) {
        const earlierTag = seen.version.source.kind === 'tag' ? seen.version.source.tag : '';
        note('publish.note.same-version', { name: loaded.name, earlier: earlierTag, tag, version: version.version });
      }
      if (!seen || seen.text !== tagged) byVersion.set(version.version, { version, text: tagged });
      // A later tag of the same text may carry a translation finished since: the later one is published.
      else if (translation !== undefined) seen.version.translation = translation;
    }

    const currentVersion = versionNameOf(loaded);
    const same = byVersion.get(currentVersion);
    if (same && same.text !== text) {
      const tag = same.version.source.kind === 'tag' ? same.version.source.tag : '';
      note('publish.note.unchanged-version', { file: loaded.file, tag, version: currentVersion });
    }
    byVersion.delete(currentVersion);
    const folders = new Map<string, string>();
    for (const { version } of byVersion.values()) {
      const tag = version.source.kind === 'tag' ? version.source.tag : '';
      const folder = versionFolder(version.version);
      if (folder.length > MAX_FOLDER_NAME) {
        note('publish.note.long-version', { name: loaded.name, tag, length: version.version.length });
        continue;
      }
      const other = folders.get(folder);
      if (other !== undefined) {
        note('publish.note.same-folder', { name: loaded.name, other, version: version.version, folder, tag });
        continue;
      }
      folders.set(folder, version.version);
      if (compareVersions(version.version, currentVersion) > 0) {
        const tag = version.source.kind === 'tag' ? version.source.tag : '';
        note('publish.note.newer', { name: loaded.name, tag, version: version.version, current: currentVersion });
        continue;
      }
      entry.earlier.push(version);
    }
    entry.earlier.sort((a, b) => compareVersions(a.version, b.version));
  }
  return { policies, messages, notes, noteSays };
}
