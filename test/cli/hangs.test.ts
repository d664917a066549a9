import { execFile, execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWorkspace } from '../../src/preview/workspace.js';
import { ROOT, SEED_POLICY, snapshot, tempDir } from '../helpers.js';

const BIN = path.join(ROOT, 'bin', 'policy.cjs');

/** Run the installed CLI in a child process, killed after `ms` if it has not ended. */
function policy(args: string[], cwd: string, env: Record<string, string> = {}, ms = 15_000): Promise<{ code: number | null; stdout: string; stderr: string; ms: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', ...env }, timeout: ms, killSignal: 'SIGKILL' }, (error, stdout, stderr) => {
      const code = error ? ((error as { code?: number }).code ?? null) : 0;
      resolve({ code: typeof code === 'number' ? code : null, stdout, stderr, ms: Date.now() - started });
    });
  });
}

function project(): string {
  const dir = tempDir();
  mkdirSync(path.join(dir, 'policy'));
  copyFileSync(SEED_POLICY, path.join(dir, 'policy', 'shimin-denryoku.yaml'));
  const seed = readFileSync(SEED_POLICY, 'utf8');
  writeFileSync(path.join(dir, 'old.yaml'), seed);
  writeFileSync(path.join(dir, 'new.yaml'), seed.replace('name: 電力広域的運営推進機関', 'name: 電力広域的運営推進機関（OCCTO）').replace('version: "1.0"', 'version: "1.1"'));
  return dir;
}

describe('commands that once hung end in seconds', () => {
  it('check and build refuse a pipe named *.yaml without waiting on it', async () => {
    const dir = project();
    execFileSync('mkfifo', [path.join(dir, 'policy', 'pipe.yaml')]);
    const check = await policy(['check'], dir);
    expect(check.code).toBe(2);
    expect(check.stdout).toContain('policy/pipe.yaml  error  this is a pipe (FIFO), not a policy file  (unreadable-file)');
    const build = await policy(['build', '--format', 'html,txt'], dir);
    expect(build.code).toBe(2);
    expect(build.stderr).toContain('policy/pipe.yaml  error  this is a pipe (FIFO)');
  }, 40_000);

  it('check and build refuse a pipe as policy.config.yaml, as a logo or as a template, without waiting on it', async () => {
    const dir = project();
    execFileSync('mkfifo', [path.join(dir, 'policy.config.yaml')]);
    const check = await policy(['check'], dir);
    expect(check.code).toBe(2);
    expect(check.stdout).toContain('policy.config.yaml  error  this is a pipe (FIFO), not a settings file  (unreadable-file)');
    const build = await policy(['build', '--format', 'html,txt'], dir);
    expect(build.code).not.toBe(0);
    expect(build.stderr).toContain('this is a pipe (FIFO), not a settings file');
    const other = project();
    writeFileSync(path.join(other, 'policy.config.yaml'), 'logo: logo.png\ntemplates: t\n');
    execFileSync('mkfifo', [path.join(other, 'logo.png')]);
    mkdirSync(path.join(other, 't', 'html', 'partials'), { recursive: true });
    execFileSync('mkfifo', [path.join(other, 't', 'html', 'partials', 'footnotes.hbs')]);
    const checked = await policy(['check'], other);
    expect(checked.code).toBe(2);
    expect(checked.stdout).toContain('logo.png: this is a pipe (FIFO), not an image file');
    expect(checked.stdout).toContain('t/html/partials/footnotes.hbs  error  this is a pipe (FIFO), not a template file');
  }, 60_000);

  it('the preview reads the other policies beside a pipe, and shows the pipe as an error', async () => {
    const dir = project();
    execFileSync('mkfifo', [path.join(dir, 'policy', 'pipe.yaml')]);
    const workspace = await loadWorkspace(['policy'], dir);
    expect(workspace.policies.map((p) => [p.file, Boolean(p.html), p.messages.filter((m) => m.severity === 'error').map((m) => m.ruleId)])).toEqual([
      ['policy/pipe.yaml', false, ['unreadable-file']],
      ['policy/shimin-denryoku.yaml', true, []],
    ]);
  }, 10_000);

  it('build --out /proc/x ends at once with exit 2', async () => {
    const dir = project();
    const result = await policy(['build', '--format', 'txt', '--out', '/proc/x'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^policy: could not write the output folder \/proc\/x: /);
  }, 20_000);

  it.each([
    ['build', ['build', '--out', 'out']],
    ['diff', ['diff', 'old.yaml', 'new.yaml', '--format', 'pdf', '--out', 'taisho.pdf']],
    ['notice', ['notice', 'old.yaml', 'new.yaml', '--format', 'pdf', '--date', '2026-01-01']],
  ])('%s ends in seconds when Chromium dies at start, with exit 3 and out/ untouched', async (_name, args) => {
    const dir = project();
    mkdirSync(path.join(dir, 'out'));
    writeFileSync(path.join(dir, 'out', 'keep.txt'), 'old');
    const before = snapshot(path.join(dir, 'out'));
    const result = await policy(args, dir, { PUPPETEER_EXECUTABLE_PATH: '/bin/false' });
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('policy: Chromium could not be started (/bin/false): it exited with 1');
    expect(result.ms).toBeLessThan(10_000);
    expect(snapshot(path.join(dir, 'out'))).toEqual(before);
  }, 20_000);
});

describe('the preview beside a broken policy', () => {
  it('shows the other policies normally and the broken one as its error', async () => {
    const dir = project();
    writeFileSync(path.join(dir, 'policy', 'laughs.yaml'), ['a: &a ["x","x","x","x","x","x","x","x","x","x"]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'c: [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]', ''].join('\n'));
    writeFileSync(path.join(dir, 'policy', 'deep.yaml'), `a: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n`);
    const workspace = await loadWorkspace(['policy'], dir);
    expect(workspace.problem).toBeUndefined();
    expect(workspace.policies.map((p) => [p.file, Boolean(p.html), p.messages.filter((m) => m.severity === 'error').map((m) => m.ruleId)])).toEqual([
      ['policy/deep.yaml', false, ['too-deep']],
      ['policy/laughs.yaml', false, ['yaml-alias']],
      ['policy/shimin-denryoku.yaml', true, []],
    ]);
  }, 10_000);
});

describe('the preview with a pipe among the policies', () => {
  it('serves the other policies, picks up a later edit, and stops on SIGTERM', async () => {
    const dir = project();
    execFileSync('mkfifo', [path.join(dir, 'policy', 'pipe.yaml')]);
    const child = spawn(process.execPath, [BIN, 'preview', 'policy', '--port', '0'], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += String(d)));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      await expect.poll(() => stdout, { timeout: 15_000 }).toContain('Press Ctrl-C to stop.');
      const url = /http:\S+/.exec(stdout)![0];
      expect(await (await fetch(url)).text()).toContain('shimin-denryoku');
      // An edit is picked up: the preview is not stuck on the pipe.
      const file = path.join(dir, 'policy', 'shimin-denryoku.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('title: グリーン・市民電力の', 'title: 新グリーン・市民電力の'));
      await expect.poll(() => stdout, { timeout: 10_000 }).toContain('updated policy/shimin-denryoku.yaml');
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      child.kill('SIGKILL');
    }
  }, 40_000);
});
