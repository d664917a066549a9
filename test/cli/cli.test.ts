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
