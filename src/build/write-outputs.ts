/**
 * Writes a command's files so that the output folder is either wholly as it
 * was or wholly new, even when the process is interrupted at any moment:
 *
 * 1. every file is written to a staging folder inside the output folder
 *    (`.staging-<pid>-<time>/new/`), and each file it replaces is kept as a
 *    hard link in `old/` (the output folder is not touched yet);
 * 2. a journal listing every move is written (`journal.json`, itself put in
 *    place by a rename);
 * 3. each new file is renamed over its target (a rename replaces a file in
 *    one step: the name never points at nothing or at half a file);
 * 4. the journal is deleted (from here on the build is complete), then the
 *    staging folder.
 *
 * Ctrl-C (SIGINT), SIGTERM and SIGHUP are held while this runs and take
 * effect after it, so they find the folder wholly new. A harder stop
 * (SIGKILL, a power cut) may leave a staging folder: the next command that
 * writes into the folder finds it and, if its journal is still there, moves
 * the old files back (and removes the new ones) before removing it. A
 * staging folder is never published: its name starts with a dot and it is
 * removed before anything new is written.
 *
 * Two commands writing into the same folder at once take turns: a lock file
 * (`.lock`, holding the process id) is made in the folder before anything is
 * written and removed after; a second command waits for it, and after a while
 * refuses, naming the process. A lock left by a process that no longer runs
 * (killed) is taken over.
 *
 * The file system calls are synchronous: a build writes a handful of small
 * files, and each asynchronous call would cost a round trip to the thread pool.
 */
import { copyFileSync, existsSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../errors.js';
import { say } from '../i18n/catalogue.js';

export interface OutputFile {
  /** Path relative to the output folder, e.g. `shimin-denryoku.html`. */
  name: string;
  content: string | Uint8Array;
}

const STAGING = /^\.staging-(\d+)-\d+$/;
const LOCK_PART = /^\.lock-(?:stale-)?(\d+)(?:-\d+)?$/;
const JOURNAL = 'journal.json';
const HELD_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

interface Journal {
  /** Folders created inside the output folder for this build, outermost first. */
  folders: string[];
  /** Each move, in order: `new/<i>` → target; `old/<i>` keeps the file it replaces, if any. */
  moves: Array<{ target: string; index: number; replaced: boolean }>;
  /** Files removed (no longer published), each kept as `old/removed-<i>` until the end. */
  removed?: Array<{ target: string; index: number }>;
}

/** Hooks for tests: called between the steps, to interrupt the writing at each one. */
export interface WriteHooks {
  onStep?: (step: string) => void;
  /** How long to wait for another command writing into the same folder (default 60 s). */
  lockWaitMs?: number;
  /** Names (relative to the output folder, with "/") to remove in the same step as the files are written: what is no longer published. */
  remove?: readonly string[];
}

/** The lock file of an output folder. */
export const LOCK_FILE = '.lock';
const LOCK_WAIT_MS = 60_000;

export async function writeOutputs(outDir: string, files: readonly OutputFile[], hooks: WriteHooks = {}): Promise<string[]> {
  if (outDir.trim() === '') throw new InputError(say('input.out.empty', {}, 'input.out.empty.hint'));
  const createdOutDir = makeFolder(outDir, 'output folder');
  const release = await lockFolder(outDir, hooks.lockWaitMs ?? LOCK_WAIT_MS);
  let done = false;
  holdSignals();
  writing++;
  try {
    const written = writeAll(outDir, files, hooks);
    done = true;
    return written;
  } finally {
    writing--;
    release();
    if (createdOutDir && !done) rmSync(outDir, { recursive: true, force: true });
    releaseSignals();
  }
}

// ─── one writer at a time ───────────────────────────────────────────────────

/**
 * Take the lock of `outDir`, waiting up to `waitMs` for another command that
 * holds it; a lock whose process no longer runs is taken over. Returns the
 * function that releases it.
 */
export async function lockFolder(outDir: string, waitMs: number): Promise<() => void> {
  const lock = path.join(outDir, LOCK_FILE);
  const mine = path.join(outDir, `${LOCK_FILE}-${process.pid}-${Date.now()}`);
  attempt(outDir, () => writeFileSync(mine, `${process.pid}\n`), 'output folder');
  const started = Date.now();
  try {
    for (let delay = 20; ; delay = Math.min(delay * 2, 500)) {
      try {
        // A hard link is made in one step, with the process id already in it; it fails if the lock exists.
        linkSync(mine, lock);
        return () => rmSync(lock, { force: true });
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code !== 'EEXIST') {
          if (['EPERM', 'ENOTSUP', 'EOPNOTSUPP'].includes(code ?? '')) return lockWithoutLinks(lock);
          throw writeError(lock, error, 'lock file');
        }
      }
      const holder = lockHolder(lock);
      // A lock of this very process is another writer of it (the preview, a publish) that has not finished.
      if (holder !== undefined && holder !== process.pid && !alive(holder)) {
        takeOverStale(lock, holder);
        continue;
      }
      if (Date.now() - started >= waitMs) {
        throw new InputError(say('input.out.locked', { holder: holder ?? '', dir: outDir, seconds: Math.round(waitMs / 1000), lock }, 'input.out.locked.hint'));
      }
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  } finally {
    rmSync(mine, { force: true });
  }
}

/** On a disk without hard links: the lock made with O_EXCL (the process id is written just after). */
function lockWithoutLinks(lock: string): () => void {
  attempt(lock, () => writeFileSync(lock, `${process.pid}\n`, { flag: 'wx' }), 'lock file');
  return () => rmSync(lock, { force: true });
}

function lockHolder(lock: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(lock, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Remove a lock left by process `holder`, which no longer runs; if another command took it over meanwhile, its lock is put back. */
function takeOverStale(lock: string, holder: number): void {
  const aside = `${lock}-stale-${process.pid}`;
  try {
    renameSync(lock, aside);
  } catch {
    return; // another command moved it first
  }
  if (lockHolder(aside) !== holder) {
    try {
      linkSync(aside, lock);
    } catch {
      /* a third command holds the lock now: it is its own */
    }
  }
  rmSync(aside, { force: true });
}

// ─── signals held while writing ─────────────────────────────────────────────

let writing = 0;
let held: NodeJS.Signals | undefined;
let holding = false;

/**
 * One listener for SIGINT, SIGTERM and SIGHUP, installed at the first write
 * and kept (removing it could lose a signal that is on its way): while
 * writing it holds the signal; otherwise, when it is the only listener, it
 * steps aside and raises the signal again, so that it ends the process as it
 * would have without it. When other listeners are there (the PDF session,
 * the preview), they handle the signal themselves.
 */
function holdSignals(): void {
  if (holding) return;
  holding = true;
  for (const s of HELD_SIGNALS) process.prependListener(s, onSignal);
}

function onSignal(signal: NodeJS.Signals): void {
  if (writing > 0) {
    held ??= signal;
    return;
  }
  if (process.listenerCount(signal) === 1) raise(signal);
}

function releaseSignals(): void {
  if (writing > 0 || held === undefined) return;
  const signal = held;
  held = undefined;
  // Now that the folder is whole, the held signal does what it would have done.
  if (process.listenerCount(signal) === 1) raise(signal);
}

function raise(signal: NodeJS.Signals): void {
  for (const s of HELD_SIGNALS) process.off(s, onSignal);
  holding = false;
  process.kill(process.pid, signal);
}

function writeAll(outDir: string, files: readonly OutputFile[], hooks: WriteHooks): string[] {
  const step = (name: string) => hooks.onStep?.(name);
  recoverStaging(outDir);
  const staging = path.join(outDir, `.staging-${process.pid}-${Date.now()}`);
  const journal: Journal = { folders: [], moves: [] };
  let moving = false;
  let done = false;
  try {
    attempt(staging, () => mkdirSync(path.join(staging, 'new'), { recursive: true }));
    attempt(staging, () => mkdirSync(path.join(staging, 'old')));
    step('staging');
    files.forEach((file, i) => {
      const at = path.join(staging, 'new', String(i));
      attempt(path.join(outDir, file.name), () => writeFileSync(at, file.content));
      step(`staged ${i}`);
    });
    const folders = new Set<string>();
    files.forEach((file, i) => {
      const target = path.join(outDir, file.name);
      for (const dir of foldersToMake(outDir, path.dirname(target))) {
        if (!folders.has(dir)) journal.folders.push(dir);
        folders.add(dir);
      }
      const existing = lstatSync(target, { throwIfNoEntry: false });
      if (existing && !existing.isFile()) throw new InputError(say('input.out.not-a-file', { target }, 'input.out.not-a-file.hint'));
      // A hard link keeps the old file without copying it (a copy where the disk has no links); the target itself is untouched.
      if (existing) attempt(target, () => keep(target, path.join(staging, 'old', String(i))));
      journal.moves.push({ target: path.relative(outDir, target), index: i, replaced: Boolean(existing) });
    });
    const written = new Set(files.map((f) => path.normalize(f.name)));
    journal.removed = (hooks.remove ?? [])
      .map((name) => path.normalize(name))
      .filter((name) => !written.has(name) && !name.startsWith('..') && !path.isAbsolute(name) && lstatSync(path.join(outDir, name), { throwIfNoEntry: false })?.isFile())
      .map((target, index) => ({ target, index }));
    attempt(staging, () => {
      writeFileSync(path.join(staging, `${JOURNAL}.tmp`), JSON.stringify(journal));
      renameSync(path.join(staging, `${JOURNAL}.tmp`), path.join(staging, JOURNAL));
    });
    moving = true;
    step('journal');
    for (const dir of journal.folders) attempt(path.join(outDir, dir), () => mkdirSync(path.join(outDir, dir)));
    for (const move of journal.moves) {
      const target = path.join(outDir, move.target);
      attempt(target, () => renameSync(path.join(staging, 'new', String(move.index)), target));
      step(`moved ${move.index}`);
    }
    for (const r of journal.removed) {
      attempt(path.join(outDir, r.target), () => renameSync(path.join(outDir, r.target), path.join(staging, 'old', `removed-${r.index}`)));
    }
    unlinkSync(path.join(staging, JOURNAL));
    done = true;
    removeEmptyFolders(outDir, journal.removed.map((r) => r.target));
    step('committed');
    return journal.moves.map((m) => path.join(outDir, m.target));
  } catch (error) {
    if (moving && !done) rollBack(outDir, staging, journal);
    throw error;
  } finally {
    if (done) removeCommitted(staging, journal);
    else rmSync(staging, { recursive: true, force: true });
  }
}

/** The staging folder after a commit holds the old files it kept and two empty folders: removed one by one (quicker than a recursive removal). */
function removeCommitted(staging: string, journal: Journal): void {
  try {
    for (const move of journal.moves) if (move.replaced) unlinkSync(path.join(staging, 'old', String(move.index)));
    for (const r of journal.removed ?? []) unlinkSync(path.join(staging, 'old', `removed-${r.index}`));
    for (const dir of ['new', 'old']) rmdirSync(path.join(staging, dir));
    rmdirSync(staging);
  } catch {
    rmSync(staging, { recursive: true, force: true });
  }
}

function keep(target: string, backup: string): void {
  try {
    linkSync(target, backup);
  } catch (error) {
    if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EXDEV', 'EMLINK'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
    copyFileSync(target, backup);
  }
}

/** The folders that held removed files, when nothing is left in them (innermost first; never the output folder). */
function removeEmptyFolders(outDir: string, removed: readonly string[]): void {
  const folders = new Set<string>();
  for (const target of removed) for (let d = path.dirname(target); d !== '.' && d !== ''; d = path.dirname(d)) folders.add(d);
  for (const dir of [...folders].sort((a, b) => b.length - a.length)) {
    try {
      rmdirSync(path.join(outDir, dir));
    } catch {
      /* not empty */
    }
  }
}

/** Undo the moves of a journal: the old files back, the new ones removed, the new folders removed. */
function rollBack(outDir: string, staging: string, journal: Journal): void {
  for (const r of [...(journal.removed ?? [])].reverse()) {
    const kept = path.join(staging, 'old', `removed-${r.index}`);
    try {
      if (existsSync(kept)) renameSync(kept, path.join(outDir, r.target));
    } catch {
      // Put back what can be put back.
    }
  }
  for (const move of [...journal.moves].reverse()) {
    const target = path.join(outDir, move.target);
    try {
      if (move.replaced) renameSync(path.join(staging, 'old', String(move.index)), target);
      else if (!existsSync(path.join(staging, 'new', String(move.index)))) rmSync(target, { force: true });
    } catch {
      // Put back what can be put back; the error that stopped the command is reported.
    }
  }
  for (const dir of [...journal.folders].reverse()) {
    try {
      rmdirSync(path.join(outDir, dir));
    } catch {
      /* not empty, or already gone */
    }
  }
}

/**
 * Staging folders left by a command that was killed: rolled back by their
 * journal (the folder is as before that command), then removed; and its lock.
 * Those of a command still running (its process is alive) are left alone.
 */
export function recoverStaging(outDir: string): string[] {
  const recovered: string[] = [];
  let names: string[];
  try {
    names = readdirSync(outDir);
  } catch {
    return recovered;
  }
  // A lock left by a killed command goes with its staging folder.
  const lock = path.join(outDir, LOCK_FILE);
  const holder = lockHolder(lock);
  if (holder !== undefined && holder !== process.pid && !alive(holder)) takeOverStale(lock, holder);
  for (const name of names) {
    // The lock file a killed command was about to put in place, or to remove.
    const half = LOCK_PART.exec(name);
    if (half && Number(half[1]) !== process.pid && !alive(Number(half[1]))) rmSync(path.join(outDir, name), { force: true });
    const m = STAGING.exec(name);
    if (!m || alive(Number(m[1]))) continue;
    const staging = path.join(outDir, name);
    const journalFile = path.join(staging, JOURNAL);
    if (existsSync(journalFile)) {
      try {
        rollBack(outDir, staging, JSON.parse(readFileSync(journalFile, 'utf8')) as Journal);
      } catch {
        /* an unreadable journal: nothing was moved yet (it is renamed into place whole) */
      }
    }
    rmSync(staging, { recursive: true, force: true });
    recovered.push(staging);
  }
  return recovered;
}

function alive(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The folders between `outDir` and `dir` (relative to `outDir`) that do not exist yet, outermost first. */
function foldersToMake(outDir: string, dir: string): string[] {
  const missing: string[] = [];
  for (let d = dir; d !== outDir && d.startsWith(outDir + path.sep); d = path.dirname(d)) {
    const info = statSync(d, { throwIfNoEntry: false });
    if (info?.isDirectory()) break;
    if (info) throw new InputError(say('input.out.not-a-folder', { dir: d }, 'input.out.not-a-folder.hint'));
    missing.unshift(path.relative(outDir, d));
  }
  return missing;
}

/**
 * Make a folder and the folders above it, one at a time (a recursive mkdir
 * can loop for ever on /proc). Returns whether it was created. A path that
 * cannot be a folder is an InputError naming it.
 */
export function makeFolder(dir: string, what = 'folder'): boolean {
  const absolute = path.resolve(dir);
  const missing: string[] = [];
  let at = absolute;
  for (;;) {
    let info;
    try {
      info = statSync(at, { throwIfNoEntry: false });
    } catch (error) {
      throw writeError(at, error, what);
    }
    if (info?.isDirectory()) break;
    if (info) throw new InputError(say('input.out.cannot-make', { what, dir, at }, 'input.out.cannot-make.hint'));
    missing.unshift(at);
    const up = path.dirname(at);
    if (up === at) break;
    at = up;
  }
  for (const d of missing) attempt(d, () => mkdirSync(d), what);
  return missing.length > 0;
}

/** Run a file system call; its failure becomes an InputError naming the path in plain words. */
function attempt<T>(target: string, fn: () => T, what = 'file'): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw writeError(target, error, what);
  }
}

/** A file system call that failed, in words: the catalogue says the common error codes, else the system's message is shown. */
export function writeError(target: string, error: unknown, what = 'file'): InputError {
  const code = (error as NodeJS.ErrnoException)?.code ?? '';
  const detail = ((error as Error)?.message ?? String(error)).split('\n')[0]!;
  const hint = code === 'ENOSPC' || code === 'EDQUOT' ? 'input.out.full.hint' : 'input.out.write-failed.hint';
  return new InputError(say('input.out.write-failed', { what, target, code, detail }, hint));
}
