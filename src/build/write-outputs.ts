/**
 * Writes a build's files so that `out/` is never left half-written: every
 * file is first written beside its target under a temporary name, and only
 * when all of them are written are they renamed into place.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface OutputFile {
  /** Path relative to the output folder, e.g. `shimin-denryoku.html`. */
  name: string;
  content: string | Uint8Array;
}

export async function writeOutputs(outDir: string, files: readonly OutputFile[]): Promise<string[]> {
  const staging = path.join(outDir, `.staging-${process.pid}-${Date.now()}`);
  await mkdir(staging, { recursive: true });
  try {
    for (const file of files) {
      const target = path.join(staging, file.name);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, file.content);
    }
    const written: string[] = [];
    for (const file of files) {
      const target = path.join(outDir, file.name);
      await mkdir(path.dirname(target), { recursive: true });
      await rename(path.join(staging, file.name), target);
      written.push(target);
    }
    return written;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
