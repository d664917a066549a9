/**
 * Reading a git repository without touching it: the commit a revision names,
 * a file's text or a folder's files at a commit, the tags of a pattern.
 * (`git cat-file` and `git ls-tree`; the working tree and the index are
 * never written.)
 */
import { execFile } from 'node:child_process';
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../errors.js';
import { say } from '../i18n/catalogue.js';

interface GitResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

function git(args: readonly string[], cwd: string): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      ['-c', 'core.quotepath=off', ...args],
      { cwd, encoding: 'buffer', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' } },
      (error, stdout, stderr) => {
        const errno = (error as NodeJS.ErrnoException | null)?.code;
        if (errno === 'ENOENT') {
          reject(new InputError(say('input.git.missing', {}, 'input.git.missing.hint')));
          return;
        }
        const code = error ? (typeof errno === 'number' ? errno : ((error as { status?: number }).status ?? 1)) : 0;
        resolve({ code, stdout, stderr: stderr.toString('utf8') });
      },
    );
  });
}

/** A git repository found from `cwd`, with the commits it resolved. */
export class GitRepo {
  private readonly commits = new Map<string, string | null>();

  private constructor(
    /** Absolute path of the working tree's top level. */
    readonly top: string,
    private readonly cwd: string,
  ) {}

  /** The repository `cwd` is in, or undefined when it is in none. */
  static async find(cwd: string): Promise<GitRepo | undefined> {
    const r = await git(['rev-parse', '--show-toplevel'], cwd);
    if (r.code !== 0) return undefined;
    return new GitRepo(r.stdout.toString('utf8').trim(), cwd);
  }

  /** The commit a revision names, or null when it names none. */
  async commit(rev: string): Promise<string | null> {
    if (rev.startsWith('-') || rev === '') return null;
    if (!this.commits.has(rev)) {
      const r = await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], this.top);
      this.commits.set(rev, r.code === 0 ? r.stdout.toString('utf8').trim() : null);
    }
    return this.commits.get(rev)!;
  }

  /** A path given on the command line (relative to cwd) as a path from the top level, with `/`. */
  repoPath(p: string): string | undefined {
    const real = (dir: string) => {
      try {
        return realpathSync(dir);
      } catch {
        return path.resolve(dir);
      }
    };
    const rel = path.relative(real(this.top), path.resolve(real(this.cwd), p));
    if (rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
    return rel.split(path.sep).join('/');
  }

  async objectType(commit: string, repoPath: string): Promise<'blob' | 'tree' | undefined> {
    const r = await git(['cat-file', '-t', `${commit}:${repoPath}`], this.top);
    const type = r.stdout.toString('utf8').trim();
    return r.code === 0 && (type === 'blob' || type === 'tree') ? type : undefined;
  }

  async readBlob(commit: string, repoPath: string): Promise<string> {
    const r = await git(['cat-file', 'blob', `${commit}:${repoPath}`], this.top);
    if (r.code !== 0) throw new InputError(say('input.git.read-failed', { path: repoPath, commit: commit.slice(0, 7), detail: r.stderr.trim() }));
    return r.stdout.toString('utf8');
  }

  /**
   * The files of a folder at a commit, with its subfolders, and the files of
   * the git submodules in it at the commit the folder records for them (read
   * from the submodule's own repository in the working tree, when it has that
   * commit): a policy kept in a submodule is found at a revision as it is in
   * the working tree. Each with how to read it.
   */
  async listFilesWithSubmodules(commit: string, repoPath: string): Promise<Array<{ name: string; read: () => Promise<string> }>> {
    return this.listIn(this.top, commit, repoPath, '', 0);
  }

  private async listIn(dir: string, commit: string, repoPath: string, shown: string, depth: number): Promise<Array<{ name: string; read: () => Promise<string> }>> {
    const r = await git(['ls-tree', '-r', '-z', `${commit}:${repoPath}`], dir);
    if (r.code !== 0) {
      if (depth > 0) return []; // a submodule without that commit: nothing to read
      throw new InputError(say('input.git.list-failed', { path: repoPath, commit: commit.slice(0, 7), detail: r.stderr.trim() }));
    }
    const out: Array<{ name: string; read: () => Promise<string> }> = [];
    const prefix = repoPath === '' ? '' : `${repoPath}/`;
    for (const line of r.stdout.toString('utf8').split('\0').filter(Boolean)) {
      const m = /^\d+ (\w+) ([0-9a-f]+)\t(.*)$/s.exec(line);
      if (!m) continue;
      const [, type, object, name] = m as unknown as [string, string, string, string];
      if (type === 'blob') {
        out.push({ name: shown + name, read: () => this.readBlobIn(dir, commit, prefix + name) });
      } else if (type === 'commit' && depth < 8) {
        // A submodule: its files at the recorded commit, from its repository in the working tree.
        const sub = path.join(dir, prefix + name);
        out.push(...(await this.listIn(sub, object, '', `${shown}${name}/`, depth + 1)));
      }
    }
    return out;
  }

  private async readBlobIn(dir: string, commit: string, repoPath: string): Promise<string> {
    const r = await git(['cat-file', 'blob', `${commit}:${repoPath}`], dir);
    if (r.code !== 0) throw new InputError(say('input.git.read-failed', { path: repoPath, commit: commit.slice(0, 7), detail: r.stderr.trim() }));
    return r.stdout.toString('utf8');
  }

  /** Tags matching a glob pattern (as `git tag --list`), in version order (v1.2 before v1.10). */
  async tags(pattern: string): Promise<string[]> {
    const r = await git(['tag', '--list', '--sort=version:refname', '--', pattern], this.top);
    return r.code === 0 ? r.stdout.toString('utf8').split('\n').filter(Boolean) : [];
  }

  /** A file's text at a revision; undefined when the file is not there. */
  async readIfPresent(rev: string, repoPath: string): Promise<string | undefined> {
    const r = await git(['cat-file', 'blob', `${rev}:${repoPath}`], this.top);
    return r.code === 0 ? r.stdout.toString('utf8') : undefined;
  }
}
