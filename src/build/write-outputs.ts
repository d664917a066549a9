/**
 * Writes a build's files so that the output folder is never left
 * half-written: every file is first written to a staging folder inside it;
 * only when all are written are they moved into place, and if a move fails
 * the files already moved are put back as they were.
 *
 * The file system calls are synchronous: a build writes a handful of small
 * files, and each asynchronous call would cost a round trip to the thread pool.
 */
import { existsSync, lstatSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../errors.js';

export interface OutputFile {
  /** Path relative to the output folder, e.g. `shimin-denryoku.html`. */
  name: string;
  content: string | Uint8Array;
}

export async function writeOutputs(outDir: string, files: readonly OutputFile[]): Promise<string[]> {
  const staging = path.join(outDir, `.staging-${process.pid}-${Date.now()}`);
  const createdOutDir = !existsSync(outDir);
  const folders = new Set<string>();
  const folder = (dir: string) => {
    if (!folders.has(dir)) mkdirSync(dir, { recursive: true });
    folders.add(dir);
  };
  const moved: Array<{ target: string; backup?: string }> = [];
  let succeeded = false;
  try {
    folder(path.join(staging, 'new'));
    files.forEach((file, i) => writeFileSync(path.join(staging, 'new', String(i)), file.content));
    files.forEach((file, i) => {
      const target = path.join(outDir, file.name);
      folder(path.dirname(target));
      const existing = lstatSync(target, { throwIfNoEntry: false });
      if (existing && !existing.isFile()) throw new InputError(`${target} exists and is not a file`, 'move it away or choose another --out folder');
      const backup = existing ? path.join(staging, 'old', String(i)) : undefined;
      if (backup) {
        folder(path.dirname(backup));
        renameSync(target, backup);
      }
      moved.push({ target, ...(backup ? { backup } : {}) });
      renameSync(path.join(staging, 'new', String(i)), target);
    });
    succeeded = true;
    return moved.map((m) => m.target);
  } catch (error) {
    restore(moved);
    throw error;
  } finally {
    rmSync(staging, { recursive: true, force: true });
    if (createdOutDir && !succeeded) rmSync(outDir, { recursive: true, force: true });
  }
}

function restore(moved: Array<{ target: string; backup?: string }>): void {
  for (const { target, backup } of moved.reverse()) {
    try {
      if (backup) renameSync(backup, target);
      else rmSync(target, { force: true });
    } catch {
      // Put back what can be put back; the error that stopped the build is reported.
    }
  }
}
