import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, cli } from '../helpers.js';

const exec = promisify(execFile);

describe('policy (the command)', () => {
  it('lists the commands with --help and exits 0', async () => {
    const result = await cli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: policy <command> \[options\]/);
    for (const command of ['check', 'build']) expect(result.stdout).toContain(`\n  ${command} `);
  });

  it('explains each command with --help, with examples', async () => {
    for (const command of ['check', 'build']) {
      const result = await cli([command, '--help']);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(new RegExp(`^Usage: policy ${command} `));
      expect(result.stdout).toContain('Examples:');
    }
  });

  it('exits 2 for an unknown command, naming the known ones', async () => {
    const result = await cli(['publsh']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^policy: unknown command "publsh"\. Commands: init, check, build/);
  });

  it('runs as an installed binary, and prints no stack trace on bad input', async () => {
    const bin = path.join(ROOT, 'bin', 'policy.cjs');
    const ok = await exec(process.execPath, [bin, 'check', '--quiet'], { cwd: ROOT });
    expect(ok.stdout).toBe('');
    expect((await exec(process.execPath, [bin, '--version'], { cwd: '/' })).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    const bad = await exec(process.execPath, [bin, 'build', 'test/fixtures/invalid/yaml-syntax.yaml', '--out', '/nonexistent/out'], { cwd: ROOT }).catch(
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(bad).toMatchObject({ code: 1 });
    expect((bad as { stderr: string }).stderr).toContain('test/fixtures/invalid/yaml-syntax.yaml:16:14  error  ');
    expect((bad as { stderr: string }).stderr).not.toMatch(/\n\s+at /);
  });

  it('prints its version', async () => {
    expect((await cli(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});

describe('DEBUG=1 on a copied install', () => {
  it('names no folder of the machine in the stack trace: paths are relative to the package', async () => {
    const { cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const work = mkdtempSync(path.join(tmpdir(), 'policy-copy-'));
    const install = path.join(work, 'installed-here');
    mkdirSync(install);
    for (const part of ['bin', 'dist', 'templates', 'schema']) cpSync(path.join(ROOT, part), path.join(install, part), { recursive: true });
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(install, 'node_modules'));
    // A package.json that cannot be read: the sarif report fails in a way the tool does not expect.
    writeFileSync(path.join(install, 'package.json'), '{ "version": ');
    const project = path.join(work, 'project');
    mkdirSync(path.join(project, 'policy'), { recursive: true });
    cpSync(path.join(ROOT, 'policy', 'shimin-denryoku.yaml'), path.join(project, 'policy', 'shimin-denryoku.yaml'));
    const result = await promisify(execFile)(process.execPath, [path.join(install, 'bin', 'policy.cjs'), 'check', '--format', 'sarif'], {
      cwd: project,
      env: { ...process.env, DEBUG: '1', NO_COLOR: '1' },
    }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
    );
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('policy: unexpected failure');
    expect(result.stderr).toMatch(/\(dist\/policy\.cjs:\d+:\d+\)/);
    expect(result.stderr).not.toContain(work);
    expect(result.stderr).not.toContain(ROOT);
  }, 30_000);

  it('a library is named from its node_modules, node itself as node names it', async () => {
    const { relativeStack } = await import('../../src/cli/main.js');
    const stack = ['Error: x', '    at f (/opt/app/dist/policy.cjs:12:34)', '    at g (file:///opt/app/src/a%20b.ts:1:2)', '    at h (/home/ci/work/node_modules/handlebars/dist/cjs/x.js:5:6)', '    at i (node:internal/process/task_queues:95:5)'].join('\n');
    expect(relativeStack(stack, '/opt/app')).toBe(
      ['Error: x', '    at f (dist/policy.cjs:12:34)', '    at g (src/a b.ts:1:2)', '    at h (node_modules/handlebars/dist/cjs/x.js:5:6)', '    at i (node:internal/process/task_queues:95:5)'].join('\n'),
    );
  });
});
