/**
 * Watching the policy and template folders with chokidar: it follows
 * editors that save by writing a new file and renaming it, folders created
 * after the preview started (and folders that did not exist yet), and files
 * in subfolders. Events come in bursts; `onChange` runs once the burst is over.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { watch } from 'chokidar';
import { isPolicyFile } from '../load/load-policies.js';

export interface Watcher {
  /** Resolves once the folders are being watched. */
  ready: Promise<void>;
  close(): Promise<void>;
}

export interface WatchTarget {
  /** A folder (watched with everything below it, including folders made later) or one file. */
  dir: string;
  /** Which file names in the folder (or below it) matter; all when absent. */
  accept?: (name: string) => boolean;
}

export function watchFolders(targets: readonly WatchTarget[], onChange: () => void, debounceMs = 80): Watcher {
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  const fire = () => {
    if (closed) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      if (!closed) onChange();
    }, debounceMs);
  };
  const resolved = targets.map((t) => ({ dir: path.resolve(t.dir), accept: t.accept }));
  const matters = (file: string, isDir: boolean) =>
    resolved.some((t) => {
      const rel = path.relative(t.dir, file);
      if (rel.startsWith('..') || path.isAbsolute(rel)) return false;
      return isDir || t.accept === undefined || t.accept(path.basename(file));
    });
  const watcher = watch(
    resolved.map((t) => t.dir),
    {
      ignoreInitial: true,
      // Hidden files and folders (an editor's swap files, .git) and node_modules, as policy discovery skips them.
      ignored: (file) => (path.basename(file).startsWith('.') || path.basename(file) === 'node_modules') && !resolved.some((t) => t.dir === file),
      awaitWriteFinish: false,
    },
  );
  watcher.on('all', (event, file) => {
    if (matters(path.resolve(file), event === 'addDir' || event === 'unlinkDir')) fire();
  });
  watcher.on('error', () => fire()); // reload, which reports what went wrong

  // A watched folder that is removed and made again (a branch switch, `rm -r policy && git checkout policy`)
  // is not seen again by the watcher of the folder itself: the folders holding them are watched too
  // (their own entries only), and a watched folder that appears again is watched anew.
  const roots = new Set(resolved.map((t) => t.dir));
  const parents = [...new Set(resolved.map((t) => path.dirname(t.dir)))];
  const parentWatcher = watch(parents, {
    ignoreInitial: true,
    depth: 0,
    ignored: (file) => !roots.has(file) && !parents.includes(file),
  });
  parentWatcher.on('all', (event, file) => {
    const full = path.resolve(file);
    if (!roots.has(full) || (event !== 'addDir' && event !== 'add')) return;
    watcher.unwatch(full);
    watcher.add(full);
    fire();
  });
  parentWatcher.on('error', () => fire());
  const ready = Promise.all([
    new Promise<void>((resolve) => watcher.once('ready', () => resolve())),
    new Promise<void>((resolve) => parentWatcher.once('ready', () => resolve())),
  ]).then(() => undefined);
  return {
    ready,
    async close() {
      closed = true;
      clearTimeout(timer);
      await Promise.all([watcher.close(), parentWatcher.close()]);
    },
  };
}

/** What to watch for the policy paths: a folder's YAML files, or a single file. */
export function policyTargets(paths: readonly string[]): WatchTarget[] {
  const yaml = isPolicyFile;
  return paths.map((p) => {
    const isDir = (() => {
      try {
        return statSync(p).isDirectory();
      } catch {
        return !isPolicyFile(p); // a folder that does not exist yet
      }
    })();
    return isDir ? { dir: p, accept: yaml } : { dir: p };
  });
}
