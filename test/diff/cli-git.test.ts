import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, cli, snapshot, tempDir } from '../helpers.js';
import { fixturePath } from './load-fixture.js';

const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.jp',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.jp',
  GIT_CONFIG_NOSYSTEM: '1',
  HOME: tempDir('policy-git-home-'),
};

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: GIT_ENV, encoding: 'utf8' });
}

/**
 * A scratch repository: the seed as policy/shimin-denryoku.yaml (v1.0,
 * tagged), then release 1.1 committed; the working tree is left clean.
 */
function scratchRepo(): string {
  const dir = tempDir('policy-git-');
  git(dir, 'init', '-q', '-b', 'main');
  mkdirSync(path.join(dir, 'policy'));
  copyFileSync(path.join(ROOT, 'policy', 'shimin-denryoku.yaml'), path.join(dir, 'policy', 'shimin-denryoku.yaml'));
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'Policy 1.0');
  git(dir, 'tag', 'v1.0');
  copyFileSync(fixturePath('v1-1.yaml'), path.join(dir, 'policy', 'shimin-denryoku.yaml'));
  git(dir, 'commit', '-q', '-am', 'Policy 1.1');
  return dir;
}

const RELEASE = 'Re-notice required: 3 changes need action (1 consent, 1 prior-notice, 1 notice); 5 editorial changes.';

describe('policy diff with git revisions', () => {
  let repo: string;
  beforeAll(() => {
    repo = scratchRepo();
  });

  it('compares HEAD~1 with the working tree (one argument)', async () => {
    const result = await cli(['diff', 'HEAD~1'], repo);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n')[0]).toBe(RELEASE);
  });

  it('compares two revisions (HEAD~1 HEAD), and a tag', async () => {
    const result = await cli(['diff', 'HEAD~1', 'HEAD', '--format', 'json'], repo);
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout) as { renotice: boolean; changes: Array<{ category: string; action: string }> };
    expect(json.renotice).toBe(true);
    expect(json.changes[0]).toMatchObject({ category: 'party', action: 'consent' });
    expect((await cli(['diff', 'v1.0', 'HEAD'], repo)).stdout.split('\n')[0]).toBe(RELEASE);
    expect((await cli(['diff', 'v1.0:policy/shimin-denryoku.yaml', 'HEAD:policy/shimin-denryoku.yaml'], repo)).code).toBe(1);
  });

  it('compares HEAD with the working tree without arguments: no edits, no change', async () => {
    const result = await cli(['diff'], repo);
    expect(result).toMatchObject({ code: 0, stdout: 'No change needs re-notice: the two versions are the same.\n', stderr: '' });
  });

  it('sees uncommitted edits, and leaves the working tree and the index untouched', async () => {
    const dir = scratchRepo();
    const file = path.join(dir, 'policy', 'shimin-denryoku.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('電力広域的運営推進機関\n', '電力広域的運営推進機関（OCCTO）\n'));
    const before = { files: snapshot(path.join(dir, 'policy')), status: git(dir, 'status', '--porcelain'), head: git(dir, 'rev-parse', 'HEAD') };
    const result = await cli(['diff'], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('modified occto at sections[4].body[0].jointUse.parties.entries[2]');
    const one = await cli(['diff', 'policy/shimin-denryoku.yaml'], dir); // as `git diff FILE`: HEAD against the file
    expect(one.stdout).toBe(result.stdout);
    expect({ files: snapshot(path.join(dir, 'policy')), status: git(dir, 'status', '--porcelain'), head: git(dir, 'rev-parse', 'HEAD') }).toEqual(before);
  });

  it('works from a subfolder of the repository when given paths', async () => {
    mkdirSync(path.join(repo, 'docs'), { recursive: true });
    const result = await cli(['diff', 'HEAD~1', '../policy'], path.join(repo, 'docs'));
    expect(result.stdout.split('\n')[0]).toBe(RELEASE);
  });

  it('exits 2 for a revision that does not exist, naming it with a hint', async () => {
    const result = await cli(['diff', 'HEAD~7'], repo);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('HEAD~7: no such revision in this git repository');
    expect(result.stderr).toContain('hint: list revisions with git log --oneline, git tag');
    const other = await cli(['diff', 'origin/main', 'HEAD'], repo);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('origin/main: no such revision');
  });

  it('exits 2 when a revision lacks the policy, naming the revision', async () => {
    const dir = scratchRepo();
    writeFileSync(path.join(dir, 'README'), 'x');
    git(dir, 'add', 'README');
    git(dir, 'commit', '-q', '-m', 'readme');
    const first = git(dir, 'rev-list', '--max-parents=0', 'HEAD').trim();
    git(dir, 'checkout', '-q', '--orphan', 'empty');
    git(dir, 'rm', '-rq', '--cached', '.');
    git(dir, 'commit', '-q', '--allow-empty', '-m', 'empty');
    git(dir, 'checkout', '-q', '-f', 'main');
    const result = await cli(['diff', 'empty'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/policy does not exist at empty \([0-9a-f]{7}\)/);
    expect((await cli(['diff', first], dir)).code).toBe(1);
  });

  it('exits 2 for an invalid policy at a revision, positioned and named by the revision', async () => {
    const dir = scratchRepo();
    copyFileSync(path.join(ROOT, 'test/fixtures/invalid/duplicate-id.yaml'), path.join(dir, 'policy', 'shimin-denryoku.yaml'));
    git(dir, 'commit', '-q', '-am', 'broken');
    git(dir, 'checkout', '-q', 'HEAD~1', '--', 'policy');
    const result = await cli(['diff', 'HEAD', 'HEAD~1'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('HEAD:policy/shimin-denryoku.yaml:116:25  error  sections[4].body[0].jointUse.items.groups[0].fields[2].id');
    expect(result.stderr).toMatch(/policy: the old side \(HEAD, commit [0-9a-f]{7}\) has errors, so the versions cannot be compared/);
  });

  it('says clearly when the folder is not in a git repository', async () => {
    const dir = tempDir('policy-nogit-');
    const none = await cli(['diff'], dir);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('policy diff without arguments compares git revisions, but');
    expect(none.stderr).toContain('is not in a git repository');
    const rev = await cli(['diff', 'HEAD~1'], dir);
    expect(rev.code).toBe(2);
    expect(rev.stderr).toContain('HEAD~1: no such file or folder, and');
    expect(rev.stderr).toContain('is not in a git repository, so it cannot be a revision either');
  });
});

describe('policy diff of folders with subfolders', () => {
  const ciWorkflow = 'name: policy\non: [push]\njobs:\n  check:\n    runs-on: ubuntu-latest\n';

  /** policy/ with the seed in a subfolder (group/) and a CI workflow beside it, committed; then release 1.1 in the working tree. */
  function nestedRepo(): string {
    const dir = tempDir('policy-git-nested-');
    git(dir, 'init', '-q', '-b', 'main');
    mkdirSync(path.join(dir, 'policy', 'group', 'ci'), { recursive: true });
    copyFileSync(path.join(ROOT, 'policy', 'shimin-denryoku.yaml'), path.join(dir, 'policy', 'group', 'shimin-denryoku.yaml'));
    writeFileSync(path.join(dir, 'policy', 'group', 'ci', 'policy.yml'), ciWorkflow);
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'Policy 1.0');
    copyFileSync(fixturePath('v1-1.yaml'), path.join(dir, 'policy', 'group', 'shimin-denryoku.yaml'));
    return dir;
  }

  it('finds a policy in a subfolder of policy/, in the working tree and at a revision, as check and build do', async () => {
    const repo = nestedRepo();
    const worktree = await cli(['diff'], repo);
    expect(worktree.stderr).toBe('');
    expect(worktree.code).toBe(1);
    expect(worktree.stdout.split('\n')[0]).toBe(RELEASE);
    git(repo, 'commit', '-q', '-am', 'Policy 1.1');
    const revisions = await cli(['diff', 'HEAD~1', 'HEAD'], repo);
    expect(revisions.code).toBe(1);
    expect(revisions.stdout.split('\n')[0]).toBe(RELEASE);
    // The CI workflow beside it is no policy on either side: nothing was added or removed.
    expect(revisions.stdout).not.toMatch(/policy\.yml|ci\//);
  });

  it('finds them between two folders, and pairs a policy moved to another subfolder by its name', async () => {
    const dir = tempDir('policy-diff-nested-');
    mkdirSync(path.join(dir, 'old', 'a'), { recursive: true });
    mkdirSync(path.join(dir, 'new', 'b', 'ci'), { recursive: true });
    copyFileSync(path.join(ROOT, 'policy', 'shimin-denryoku.yaml'), path.join(dir, 'old', 'a', 'shimin-denryoku.yaml'));
    copyFileSync(fixturePath('v1-1.yaml'), path.join(dir, 'new', 'b', 'shimin-denryoku.yaml'));
    writeFileSync(path.join(dir, 'new', 'b', 'ci', 'policy.yml'), ciWorkflow);
    const result = await cli(['diff', 'old', 'new'], dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n')[0]).toBe(RELEASE);
  });

  it('refuses two policies of one side with the same name, naming both files', async () => {
    const dir = tempDir('policy-diff-twins-');
    for (const sub of ['x', 'y']) {
      mkdirSync(path.join(dir, 'new', sub), { recursive: true });
      copyFileSync(path.join(ROOT, 'policy', 'shimin-denryoku.yaml'), path.join(dir, 'new', sub, 'shimin-denryoku.yaml'));
    }
    mkdirSync(path.join(dir, 'old'));
    copyFileSync(path.join(ROOT, 'policy', 'shimin-denryoku.yaml'), path.join(dir, 'old', 'shimin-denryoku.yaml'));
    const result = await cli(['diff', 'old', 'new'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${path.join('new', 'x', 'shimin-denryoku.yaml')} and ${path.join('new', 'y', 'shimin-denryoku.yaml')} have the same name, shimin-denryoku`);
  });
});

describe('policy diff with a policy in a git submodule', () => {
  it('an unchanged policy in a submodule is the same policy on both sides; a change in it is seen', async () => {
    const shared = tempDir('policy-git-shared-');
    git(shared, 'init', '-q', '-b', 'main');
    copyFileSync(path.join(ROOT, 'policy', 'shimin-denryoku.yaml'), path.join(shared, 'group.yaml'));
    git(shared, 'add', '.');
    git(shared, 'commit', '-q', '-m', 'Group policy');
    const repo = scratchRepo();
    git(repo, '-c', 'protocol.file.allow=always', 'submodule', '--quiet', 'add', shared, 'policy/shared');
    git(repo, 'commit', '-q', '-m', 'The group policy as a submodule');
    const unchanged = await cli(['diff'], repo);
    expect(unchanged.stderr).toBe('');
    expect(unchanged.stdout).not.toContain('new policy');
    expect(unchanged.code).toBe(0);
    const json = JSON.parse((await cli(['diff', 'HEAD', '--format', 'json'], repo)).stdout) as { renotice: boolean; policies: Array<{ changes: unknown[] }> };
    expect(json.renotice).toBe(false);
    expect(json.policies.flatMap((p) => p.changes)).toEqual([]);
    // An edit inside the submodule's working tree is a change of that policy.
    writeFileSync(path.join(repo, 'policy', 'shared', 'group.yaml'), readFileSync(fixturePath('v1-1.yaml'), 'utf8'));
    const edited = await cli(['diff'], repo);
    expect(edited.code).toBe(1);
    expect(edited.stdout).toContain('== group: HEAD:policy/shared/group.yaml → policy/shared/group.yaml');
    expect(edited.stdout).toContain(RELEASE);
  });
});
