/**
 * Writes a build's files so that the output folder is never left
 * half-written: every file is first written to a staging folder inside it;
 * only when all are written are they moved into place, and if a move fails
 * the files already moved are put back as they were.
 */
import { lstat, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
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
  await mkdir(staging, { recursive: true });
  const moved: Array<{ target: string; backup?: string }> = [];
  let succeeded = false;
  try {
    for (const [i, file] of files.entries()) {
      const staged = path.join(staging, 'new', String(i));
      await mkdir(path.dirname(staged), { recursive: true });
      await writeFile(staged, file.content);
    }
    for (const [i, file] of files.entries()) {
      const target = path.join(outDir, file.name);
      await mkdir(path.dirname(target), { recursive: true });
      const existing = await lstat(target).catch(() => undefined);
      if (existing && !existing.isFile()) throw new InputError(`${target} exists and is not a file`, 'move it away or choose another --out folder');
      const backup = existing ? path.join(staging, 'old', String(i)) : undefined;
      if (backup) {
        await mkdir(path.dirname(backup), { recursive: true });
        await rename(target, backup);
      }
      moved.push({ target, ...(backup ? { backup } : {}) });
      await rename(path.join(staging, 'new', String(i)), target);
    }
    succeeded = true;
    return moved.map((m) => m.target);
  } catch (error) {
    await restore(moved);
    throw error;
  } finally {
    await rm(staging, { recursive: true, force: true });
    if (createdOutDir && !succeeded) await rm(outDir, { recursive: true, force: true });
  }
}

async function restore(moved: Array<{ target: string; backup?: string }>): Promise<void> {
  for (const { target, backup } of moved.reverse()) {
    if (backup) await rename(backup, target).catch(() => undefined);
    else await rm(target, { force: true }).catch(() => undefined);
  }
}
