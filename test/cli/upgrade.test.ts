import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, readlinkSync, statSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { upgrade } from '../../src/cli/commands/upgrade.js';
import type { CliIO } from '../../src/cli/io.js';
import { InputError } from '../../src/errors.js';
import { upgradeText } from '../../src/load/upgrade.js';
import { ROOT, cli, tempDir } from '../helpers.js';

const LEGACY = path.join(ROOT, 'test', 'fixtures', 'legacy', 'shimin-denryoku.yaml');
const legacyText = readFileSync(LEGACY, 'utf8');

function io(cwd: string): CliIO & { out: string[] } {
  const out: string[] = [];
  return { out, stdout: (t) => void out.push(t), stderr: (t) => void out.push(t), env: {}, isTTY: false, cwd };
}

describe('policy upgrade', () => {
  it('changes no file when one of them cannot be written, and leaves nothing of its own behind', async () => {
    const dir = tempDir();
    for (const name of ['a.yaml', 'b.yaml']) copyFileSync(LEGACY, path.join(dir, name));
    // Where b.yaml's new text would be written stands a folder: that write fails.
    const blocked = path.join(dir, `.b.yaml.${process.pid}.tmp`);
    mkdirSync(blocked);
    const failed = upgrade([dir], io(dir));
    await expect(failed).rejects.toThrow(InputError);
    await expect(failed).rejects.toMatchObject({ message: expect.stringContaining('b.yaml could not be written'), hint: expect.stringContaining('no file was changed') });
    for (const name of ['a.yaml', 'b.yaml']) expect(readFileSync(path.join(dir, name), 'utf8')).toBe(legacyText);
    expect(readdirSync(dir).sort()).toEqual([`.b.yaml.${process.pid}.tmp`, 'a.yaml', 'b.yaml']);
    expect(statSync(blocked).isDirectory()).toBe(true);
  });

  it('refuses a pipe named like a policy without waiting on it, and upgrades nothing', async () => {
    const dir = tempDir();
    copyFileSync(LEGACY, path.join(dir, 'a.yaml'));
    execFileSync('mkfifo', [path.join(dir, 'b.yaml')]);
    const result = await cli(['upgrade', dir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('b.yaml');
    expect(result.stderr).toContain('a pipe (FIFO), not a policy file');
    expect(result.stderr).toContain('no file was upgraded');
    expect(readFileSync(path.join(dir, 'a.yaml'), 'utf8')).toBe(legacyText);
  });

  it('keeps a byte order mark and the file\'s permissions', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'a.yaml');
    writeFileSync(file, `\uFEFF${legacyText}`);
    chmodSync(file, 0o640);
    const run = io(dir);
    expect(await upgrade([dir], run)).toBe(0);
    expect(run.out).toEqual(['upgraded a.yaml\n']);
    expect(readFileSync(file, 'utf8')).toBe(`\uFEFF${upgradeText(legacyText)}`);
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(existsSync(path.join(dir, `.a.yaml.${process.pid}.tmp`))).toBe(false);
  });

  it('upgrades a policy that is a link where it lives: the link stays a link, and the shared file is new', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'shared'));
    mkdirSync(path.join(dir, 'policy'));
    copyFileSync(LEGACY, path.join(dir, 'shared', 'p.yaml'));
    symlinkSync('../shared/p.yaml', path.join(dir, 'policy', 'p.yaml'));
    const run = io(dir);
    expect(await upgrade(['policy'], run)).toBe(0);
    expect(run.out).toEqual(['upgraded policy/p.yaml (through the link, in shared/p.yaml)\n']);
    expect(lstatSync(path.join(dir, 'policy', 'p.yaml')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(path.join(dir, 'policy', 'p.yaml'))).toBe('../shared/p.yaml');
    expect(readFileSync(path.join(dir, 'shared', 'p.yaml'), 'utf8')).toBe(upgradeText(legacyText));
    expect(readdirSync(path.join(dir, 'shared'))).toEqual(['p.yaml']);
  });
});
