/**
 * The two sides of `policy diff` and `policy notice`: a policy file, a
 * folder of policies, or a git revision of the repository (read with
 * `git cat-file` / `git ls-tree`, the working tree untouched).
 *
 *   (no arguments)   HEAD                      → the working tree's policy/
 *   REV              REV                       → the working tree's policy/
 *   FILE|FOLDER      HEAD:FILE|FOLDER          → FILE|FOLDER            (as `git diff FILE`)
 *   OLD NEW          each a file, a folder, a revision, or REV:path
 *
 * A revision compared with a path is read at that path; two revisions are
 * read at policy/. Policies are paired by file name; a single file on both
 * sides is paired whatever its name. Both sides go through the same loader
 * and checks as `policy build` (loadPolicyText); a side with errors is an
 * InvalidSideError (exit 2), never a silent "no changes".
 */
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { discoverPolicyFiles, isSearched, looksLikePolicy, readInputText, readPolicyFile } from '../load/read-files.js';
import { hasTranslationFile, translationFileOf } from '../translate/files.js';
import path from 'node:path';
import { InputError, UsageError } from '../errors.js';
import { GitRepo } from '../load/git.js';
import { isPolicyFile, policyName } from '../load/load-policies.js';
import { loadPolicyText, type LoadedPolicy } from '../file/policy-file.js';
import { hasErrors, type Message } from '../report/message.js';
import { say, type Values } from '../i18n/catalogue.js';

/** Where the policies are read when no path is given. */
export const DEFAULT_POLICY_FOLDER = 'policy';


export type SideRole = 'old' | 'new';

/** One policy file of a side, as text. */
export interface PolicyText {
  /** File name without extension: pairs the two sides and names outputs. */
  name: string;
  /** Where it was read, as shown in messages: `policy/x.yaml`, `HEAD~1:policy/x.yaml`. */
  label: string;
  text: string;
  /** The text of its English translation (NAME.en.po beside it), when it has one. */
  translation?: string;
}

/** Where a side was read, for messages in either language: a path (`worktree`: the working tree's policy/), or a revision and its commit. */
export type SideWhere = { kind: 'path' | 'worktree'; path: string } | { kind: 'revision'; rev: string; short: string };

export interface Side {
  role: SideRole;
  /** What the side is, for people: `HEAD~1, commit 3f2a9c1`, `policy/`, `policy/ in the working tree`. */
  description: string;
  where: SideWhere;
  /** The git revision as given, and its commit, when the side is one. */
  revision?: string;
  commit?: string;
  /** The side names exactly one file (pair it whatever its name). */
  single: boolean;
  files: PolicyText[];
}

export interface LoadedSidePolicy extends LoadedPolicy {
  label: string;
  /** The text of its English translation, when the side has one. */
  translation?: string;
}

/** One policy on both sides, or on one side only. */
export interface PolicyPair {
  name: string;
  old?: LoadedSidePolicy;
  new?: LoadedSidePolicy;
}

/** A side whose policy has errors: the messages say where (file:line:column). */
export class InvalidSideError extends InputError {
  override name = 'InvalidSideError';
  /** The sides with errors, e.g. `the old side (HEAD~1, commit 3f2a9c1)`. */
  readonly sides: readonly string[];
  constructor(
    readonly of: readonly Side[],
    messages: readonly Message[],
  ) {
    // Each side's place, under its role (oldKind, oldRev …): the message names them in the reader's language.
    const values: Values = { sides: of.map((s) => s.role).join('\n') };
    for (const side of of) for (const [key, value] of Object.entries(side.where)) values[`${side.role}${key[0]!.toUpperCase()}${key.slice(1)}`] = value;
    super(say('diff.side.invalid', values, 'diff.side.invalid.hint'), undefined, messages);
    this.sides = of.map(sideName);
  }
}

// ─── what an argument names ────────────────────────────────────────────────────

type Spec =
  | { kind: 'path'; arg: string; path: string }
  | { kind: 'revision'; arg: string; rev: string; commit: string; path?: string };

/** The working tree's policy folder, the new side by default. */
const WORKTREE: Spec = { kind: 'path', arg: DEFAULT_POLICY_FOLDER, path: DEFAULT_POLICY_FOLDER };


async function classify(arg: string, cwd: string, findRepo: () => Promise<GitRepo | undefined>): Promise<Spec> {
  if (existsSync(path.resolve(cwd, arg))) return { kind: 'path', arg, path: arg };
  const repo = await findRepo();
  if (repo) {
    const commit = await repo.commit(arg);
    if (commit) return { kind: 'revision', arg, rev: arg, commit };
    const colon = arg.indexOf(':');
    if (colon > 0) {
      const rev = arg.slice(0, colon);
      const revCommit = await repo.commit(rev);
      if (revCommit) return { kind: 'revision', arg, rev, commit: revCommit, path: arg.slice(colon + 1) || '.' };
      throw new InputError(say('diff.side.not-revision', { rev, arg }, 'diff.side.revision.hint'));
    }
  }
  if (isPolicyFile(arg) || (arg.includes(path.sep) && !repo)) {
    throw new InputError(say('diff.side.no-file', { arg }, 'diff.side.no-file.hint'));
  }
  if (!repo) throw new InputError(say('diff.side.neither', { arg, cwd }, 'diff.side.neither.hint'));
  throw new InputError(say('diff.side.no-revision', { arg }, 'diff.side.revision.hint'));
}

function notARepo(cwd: string, command: string, args: 'none' | 'one'): InputError {
  return new InputError(say('diff.side.not-a-repo', { command, args, cwd }, 'diff.side.not-a-repo.hint'));
}

/**
 * The two sides named by the command line (0, 1 or 2 arguments), read into
 * memory: files from the file system, revisions from git.
 */
export async function resolveSides(args: readonly string[], cwd: string, command = 'diff'): Promise<{ old: Side; new: Side }> {
  if (args.length > 2) throw new UsageError(say('diff.usage.too-many', { command, count: args.length }));
  // Git is asked only when a side may be a revision (two existing paths need no git).
  let found: Promise<GitRepo | undefined> | undefined;
  const findRepo = () => (found ??= GitRepo.find(cwd));
  const worktree = WORKTREE;
  let oldSpec: Spec;
  let newSpec: Spec;
  if (args.length === 0) {
    const repo = await findRepo();
    if (!repo) throw notARepo(cwd, command, 'none');
    const head = await repo.commit('HEAD');
    if (!head) throw new InputError(say('diff.side.no-commit', {}, 'diff.side.no-commit.hint'));
    oldSpec = { kind: 'revision', arg: 'HEAD', rev: 'HEAD', commit: head };
    newSpec = worktree;
  } else if (args.length === 1) {
    const spec = await classify(args[0]!, cwd, findRepo);
    if (spec.kind === 'revision') {
      oldSpec = spec;
      newSpec = spec.path !== undefined ? { kind: 'path', arg: spec.path, path: spec.path } : worktree;
    } else {
      // One path: its last commit against the working tree, as `git diff FILE`.
      const repo = await findRepo();
      if (!repo) throw notARepo(cwd, command, 'one');
      const head = await repo.commit('HEAD');
      if (!head) throw new InputError(say('diff.side.no-commit'));
      oldSpec = { kind: 'revision', arg: 'HEAD', rev: 'HEAD', commit: head, path: spec.path };
      newSpec = spec;
    }
  } else {
    oldSpec = await classify(args[0]!, cwd, findRepo);
    newSpec = await classify(args[1]!, cwd, findRepo);
  }
  // A revision without a path is read where the other side is, or at policy/.
  const pathOf = (s: Spec) => s.path;
  const fill = (s: Spec, other: Spec): Spec =>
    s.kind === 'revision' && s.path === undefined ? { ...s, path: pathOf(other) ?? DEFAULT_POLICY_FOLDER } : s;
  const o = fill(oldSpec, newSpec);
  const n = fill(newSpec, oldSpec);
  const repo = o.kind === 'revision' || n.kind === 'revision' ? await findRepo() : undefined;
  const [oldSide, newSide] = await Promise.all([readSide(o, 'old', cwd, repo), readSide(n, 'new', cwd, repo)]);
  return { old: oldSide, new: newSide };
}

async function readSide(spec: Spec, role: SideRole, cwd: string, repo: GitRepo | undefined): Promise<Side> {
  if (spec.kind === 'path') {
    const info = await stat(path.resolve(cwd, spec.path)).catch(() => undefined);
    if (!info && spec === WORKTREE) {
      throw new InputError(say('diff.side.no-policy-folder', { cwd }, 'diff.side.no-policy-folder.hint'));
    }
    if (!info) throw new InputError(say('diff.side.no-file', { arg: spec.path }, 'diff.side.no-file.hint'));
    const single = !info.isDirectory();
    const root = path.resolve(cwd, spec.path);
    // A folder is searched as check and build search it: with its subfolders.
    const noPolicies = () => new InputError(say('diff.side.no-policies', { path: spec.path }, 'diff.side.no-file.hint'));
    const found = single ? { files: [root], messages: [] } : await discoverPolicyFiles([root]).catch((error: unknown) => Promise.reject(error instanceof InputError ? noPolicies() : error));
    const read = await Promise.all(
      found.files.map(async (file) => {
        const label = single ? spec.path : path.join(spec.path, path.relative(root, file));
        const { text, message } = await readPolicyFile(file);
        const po = translationOf(file, label);
        return { name: policyName(file), label, text, ...(po.text !== undefined ? { translation: po.text } : {}), message: (message && { ...message, file: label }) ?? po.message };
      }),
    );
    const unreadable = [...found.messages, ...read.flatMap((r) => (r.message ? [r.message] : []))];
    if (unreadable.length > 0) {
      throw new InputError(say('diff.side.unreadable', { role, path: spec.path }, 'diff.side.unreadable.hint'), undefined, unreadable);
    }
    const texts = uniqueNames(read.map((r) => ({ name: r.name, label: r.label, text: r.text!, ...(r.translation !== undefined ? { translation: r.translation } : {}) })));
    const description = single ? spec.path : spec.path.replace(/\/?$/, '/');
    const where: SideWhere = { kind: spec === WORKTREE ? 'worktree' : 'path', path: description };
    return { role, description: spec === WORKTREE ? `${description} in the working tree` : description, where, single, files: texts };
  }
  const r = repo!;
  const given = spec.path ?? DEFAULT_POLICY_FOLDER;
  const repoPath = r.repoPath(given);
  const short = spec.commit.slice(0, 7);
  const description = `${spec.rev}, commit ${short}`;
  const where: SideWhere = { kind: 'revision', rev: spec.rev, short };
  if (repoPath === undefined) throw new InputError(say('diff.side.outside', { path: given, top: r.top, rev: spec.rev }));
  const type = repoPath === '' ? 'tree' : await r.objectType(spec.commit, repoPath);
  if (!type) {
    throw new InputError(say('diff.side.absent-at', { path: given, rev: spec.rev, short }, 'diff.side.absent-at.hint'));
  }
  const at = (p: string) => `${spec.rev}:${p}`;
  if (type === 'blob') {
    const translation = await r.readIfPresent(spec.commit, translationFileOf(repoPath, 'en'));
    const file = { name: policyName(repoPath), label: at(given), text: await r.readBlob(spec.commit, repoPath), ...(translation !== undefined ? { translation } : {}) };
    return { role, description, where, revision: spec.rev, commit: spec.commit, single: true, files: [file] };
  }
  // Files in git submodules too, at the commits recorded for them, as the working tree holds them.
  const all = await r.listFilesWithSubmodules(spec.commit, repoPath);
  const listed = all.filter((f) => isSearched(f.name)).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const poFiles = new Map(all.filter((f) => f.name.endsWith('.en.po')).map((f) => [f.name, f]));
  const noPolicies = () => new InputError(say('diff.side.no-policies-at', { path: given, rev: spec.rev, short }, 'diff.side.no-policies-at.hint'));
  if (listed.length === 0) throw noPolicies();
  const files = await Promise.all(
    listed.map(async (f) => {
      const po = poFiles.get(translationFileOf(f.name, 'en'));
      const translation = po ? await po.read() : undefined;
      return { name: policyName(f.name), label: at(path.posix.join(given, f.name)), text: await f.read(), nested: f.name.includes('/'), ...(translation !== undefined ? { translation } : {}) };
    }),
  );
  // In a subfolder, as in the working tree, a YAML file without a policy's keys (a CI workflow) is not a policy.
  const policies = uniqueNames(files.filter((f) => !f.nested || looksLikePolicy(f.text)).map(({ nested: _, ...f }) => f));
  if (policies.length === 0) throw noPolicies();
  return { role, description, where, revision: spec.rev, commit: spec.commit, single: false, files: policies };
}

/** The two versions are paired by file name, so two files of one side may not share one (as they may not in a build). */
function uniqueNames(files: PolicyText[]): PolicyText[] {
  const byName = new Map<string, PolicyText>();
  for (const file of files) {
    const other = byName.get(file.name);
    if (other) {
      throw new InputError(say('diff.side.same-name', { one: other.label, other: file.label, name: file.name }, 'diff.side.same-name.hint'));
    }
    byName.set(file.name, file);
  }
  return files;
}


// ─── pairing and loading ───────────────────────────────────────────────────────

/** Pairs by file name; two single files are paired whatever their names. */
export function pairFiles(old: Side, next: Side): Array<{ name: string; old?: PolicyText; new?: PolicyText }> {
  if (old.single && next.single) return [{ name: next.files[0]!.name, old: old.files[0]!, new: next.files[0]! }];
  const oldByName = new Map(old.files.map((f) => [f.name, f]));
  const newByName = new Map(next.files.map((f) => [f.name, f]));
  const names = [...new Set([...oldByName.keys(), ...newByName.keys()])].sort();
  const pairs = names.map((name) => ({
    name,
    ...(oldByName.has(name) ? { old: oldByName.get(name)! } : {}),
    ...(newByName.has(name) ? { new: newByName.get(name)! } : {}),
  }));
  // A single file against a folder: only its namesake is compared.
  const lone = old.single ? old : next.single ? next : undefined;
  if (lone) {
    const name = lone.files[0]!.name;
    const pair = pairs.find((p) => p.name === name && p.old && p.new);
    if (!pair) {
      const other = lone === old ? next : old;
      const values = { label: lone.files[0]!.label, ...other.where, holds: other.files.map((f) => `${f.name}.yaml`).join('\n') };
      throw new InputError(say('diff.side.no-namesake', values, 'diff.side.no-namesake.hint'));
    }
    return [pair];
  }
  return pairs;
}

export function sideName(side: Side): string {
  return `the ${side.role} side (${side.description})`;
}

/** Check and load one side's file; errors become an InvalidSideError naming the side. */
export function loadSideFile(file: PolicyText, side: Side): LoadedSidePolicy {
  const { policy, messages } = loadPolicyText(file.label, file.text);
  if (!policy || hasErrors(messages)) throw new InvalidSideError([side], messages.filter((m) => m.severity === 'error'));
  return { ...policy, name: file.name, label: file.label, ...(file.translation !== undefined ? { translation: file.translation } : {}) };
}

/** The English translation beside a policy file of the working tree, read as every input is (undefined: it has none). */
function translationOf(file: string, label: string): { text?: string; message?: Message } {
  if (!hasTranslationFile(file, 'en')) return {};
  const read = readInputText(translationFileOf(file, 'en'), { what: 'a translation file' });
  return read.message ? { message: { ...read.message, file: translationFileOf(label, 'en') } } : { text: read.text };
}

/**
 * Resolve, read, check and pair both sides. Every file of both sides is
 * checked; the errors of all invalid files are reported together.
 */
export async function loadPairs(args: readonly string[], cwd: string, command = 'diff'): Promise<{ old: Side; new: Side; pairs: PolicyPair[] }> {
  const sides = await resolveSides(args, cwd, command);
  const textPairs = pairFiles(sides.old, sides.new);
  const errors: InvalidSideError[] = [];
  const load = (file: PolicyText | undefined, side: Side) => {
    if (!file) return undefined;
    try {
      return loadSideFile(file, side);
    } catch (error) {
      if (error instanceof InvalidSideError) errors.push(error);
      else throw error;
      return undefined;
    }
  };
  const pairs = textPairs.map((p) => {
    const o = load(p.old, sides.old);
    const n = load(p.new, sides.new);
    return { name: p.name, ...(o ? { old: o } : {}), ...(n ? { new: n } : {}) };
  });
  if (errors.length > 0) {
    throw new InvalidSideError([...new Set(errors.flatMap((e) => e.of))], errors.flatMap((e) => e.messages));
  }
  return { ...sides, pairs };
}
