/**
 * The little of git the site needs: the repository a folder is in, its tags
 * matching a pattern, and a file's text at a tag (`git cat-file blob
 * TAG:path`, what `git show TAG:path` prints for a file). Read-only: the
 * working tree and the index are never touched.
 */
import { execFile } from 'node:child_process';
import { realpathSync } from 'node:fs';
import path from 'node:path';

interface GitResult {
  code: number;
  stdout: Buffer;
  stderr: string;
  /** git itself could not be run. */
  missing?: boolean;
}

function git(args: readonly string[], cwd: string): Promise<GitResult> {
  return new Promise((resolve) => {
    execFile(
      'git',
      [...args],
      { cwd, encoding: 'buffer', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' } },
      (error, stdout, stderr) => {
        const err = error as (NodeJS.ErrnoException & { code?: number | string }) | null;
        if (err && typeof err.code === 'string') {
          resolve({ code: -1, stdout: Buffer.alloc(0), stderr: err.message, missing: err.code === 'ENOENT' });
          return;
        }
        resolve({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr: stderr.toString('utf8') });
      },
    );
  });
}

export type RepoLookup = { top: string } | { top?: undefined; why: 'no-git' | 'not-a-repository' };

/** The top folder of the repository `dir` is in. */
export async function findRepository(dir: string): Promise<RepoLookup> {
  const r = await git(['rev-parse', '--show-toplevel'], dir);
  if (r.missing) return { why: 'no-git' };
  if (r.code !== 0) return { why: 'not-a-repository' };
  return { top: r.stdout.toString('utf8').trim() };
}

/** Tags matching a glob pattern (as `git tag --list`), in version order (v1.2 before v1.10). */
export async function listTags(top: string, pattern: string): Promise<string[]> {
  const r = await git(['tag', '--list', '--sort=version:refname', '--', pattern], top);
  if (r.code !== 0) return [];
  return r.stdout.toString('utf8').split('\n').filter(Boolean);
}

/** A file's text at a revision; undefined when it is not there. */
export async function readAt(top: string, rev: string, repoPath: string): Promise<string | undefined> {
  const r = await git(['cat-file', 'blob', `${rev}:${repoPath}`], top);
  return r.code === 0 ? r.stdout.toString('utf8') : undefined;
}

/** `file` as a path from the repository's top folder, with "/"; undefined when outside it. */
export function repoPath(top: string, file: string): string | undefined {
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  const rel = path.relative(real(top), real(file));
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep).join('/');
}
