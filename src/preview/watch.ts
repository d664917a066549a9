/**
 * Watching folders with node:fs watch, one watcher per folder (not per file:
 * editors that save by writing a new file and renaming it would end a file
 * watcher). Events come in bursts; `onChange` runs once the burst is over.
 */
import { watch, type FSWatcher } from 'node:fs';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { isPolicyFile } from '../load/load-policies.js';

export interface Watcher {
  close(): void;
}

export interface WatchTarget {
  dir: string;
  /** Which file names in `dir` matter; all when absent. */
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
  const watchers: FSWatcher[] = [];
  const byDir = new Map<string, Array<WatchTarget['accept']>>();
  for (const t of targets) byDir.set(t.dir, [...(byDir.get(t.dir) ?? []), t.accept]);
  for (const [dir, accepts] of byDir) {
    try {
      const w = watch(dir, { persistent: true }, (_event, name) => {
        const file = name === null ? undefined : String(name);
        if (file === undefined || accepts.some((a) => a === undefined || a(file))) fire();
      });
      w.on('error', () => fire()); // the folder went away: reload, which reports it
      watchers.push(w);
    } catch {
      // A folder that does not exist (yet) is reported by the reload.
    }
  }
  return {
    close() {
      closed = true;
      clearTimeout(timer);
      for (const w of watchers) w.close();
    },
  };
}

/** `dir` and every folder below it. */
export function foldersBelow(dir: string): string[] {
  const out = [dir];
  try {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules') out.push(...foldersBelow(path.join(dir, entry.name)));
    }
  } catch {
    /* not there */
  }
  return out;
}

/** What to watch for the policy paths: the YAML files of a folder and its subfolders, or the folder of a single file. */
export function policyTargets(paths: readonly string[]): WatchTarget[] {
  const yaml = isPolicyFile;
  // A new or removed subfolder is a change too; its files are found by the reload.
  const folderOrYaml = (name: string) => yaml(name) || !name.includes('.');
  return paths.flatMap((p) => {
    const isDir = (() => {
      try {
        return statSync(p).isDirectory();
      } catch {
        return false;
      }
    })();
    if (isDir) return foldersBelow(p).map((dir) => ({ dir, accept: folderOrYaml }));
    const base = path.basename(p);
    return [{ dir: path.dirname(p), accept: (name: string) => name === base }];
  });
}
