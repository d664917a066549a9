import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { recoverStaging, writeOutputs } from '../../src/build/write-outputs.js';
import { ROOT, SEED_POLICY, cli, snapshot, tempDir } from '../helpers.js';
import { NEW_FILES, expectedNew, expectedOld, writeOld } from './fixtures/output-sets.js';

const SCRIPT = path.join(ROOT, 'test', 'build', 'fixtures', 'write-and-signal.ts');
const STEPS = [
  'staging',
  ...NEW_FILES.map((_, i) => `staged ${i}`),
  'journal',
  ...NEW_FILES.map((_, i) => `moved ${i}`),
  'committed',
];

function writeAndSignal(out: string, step: string, signal: NodeJS.Signals) {
  return spawnSync(process.execPath, ['--import', 'tsx', SCRIPT, out, step, signal], { cwd: ROOT, encoding: 'utf8', timeout: 20_000 });
}

const stagingFolders = (out: string) => readdirSync(out).filter((n) => n.startsWith('.staging-'));

describe('writing the output folder when the process is stopped', () => {
  it.each(STEPS)('SIGINT at "%s": the folder is wholly new, then the signal ends the process (it is held, not lost)', (step) => {
    const out = tempDir();
    writeOld(out);
    const result = writeAndSignal(out, step, 'SIGINT');
    expect(result.signal).toBe('SIGINT');
    expect(result.stdout).toBe('');
    expect(stagingFolders(out)).toEqual([]);
    expect(snapshot(out)).toEqual(expectedNew());
  }, 30_000);

  it.each(STEPS)('SIGKILL at "%s": the next command finds the folder wholly old or wholly new, and no staging folder', async (step) => {
    const out = tempDir();
    writeOld(out);
    const result = writeAndSignal(out, step, 'SIGKILL');
    expect(result.signal).toBe('SIGKILL');
    recoverStaging(out);
    expect(stagingFolders(out)).toEqual([]);
    expect(snapshot(out)).toEqual(step === 'committed' ? expectedNew() : expectedOld());
    // And the next build goes through.
    await writeOutputs(out, NEW_FILES);
    expect(snapshot(out)).toEqual(expectedNew());
    expect(stagingFolders(out)).toEqual([]);
  }, 30_000);

  it('leaves the staging folder of a command that is still running alone', () => {
    const out = tempDir();
    mkdirSync(path.join(out, `.staging-${process.ppid}-1`));
    recoverStaging(out);
    expect(stagingFolders(out)).toEqual([`.staging-${process.ppid}-1`]);
  });
});

describe('policy build stopped with Ctrl-C at random moments', () => {
  it('leaves out/ wholly old or wholly new every time, and the next build leaves no staging folder', async () => {
    const work = tempDir();
    const policies = path.join(work, 'policy');
    mkdirSync(policies);
    for (const name of ['a', 'b', 'c', 'd']) copyFileSync(SEED_POLICY, path.join(policies, `${name}.yaml`));
    const out = path.join(work, 'out');
    // Old: the seed built at width 60. New: at width 70.
    expect((await cli(['build', policies, '--out', out, '--format', 'html,txt', '--width', '60'])).code).toBe(0);
    const old = snapshot(out);
    const fresh = tempDir();
    expect((await cli(['build', policies, '--out', fresh, '--format', 'html,txt', '--width', '70'])).code).toBe(0);
    const next = snapshot(fresh);
    const bin = path.join(ROOT, 'bin', 'policy.cjs');
    const seen = { old: 0, new: 0 };
    for (let i = 0; i < 16; i++) {
      const child = spawn(process.execPath, [bin, 'build', policies, '--out', out, '--format', 'html,txt', '--width', '70'], { cwd: work, stdio: 'ignore' });
      const exited = new Promise((resolve) => child.once('exit', resolve));
      // From the start of the process to about its end (a build of four policies takes a few hundred ms).
      await new Promise((resolve) => setTimeout(resolve, 40 + ((i * 41) % 600)));
      child.kill('SIGINT');
      await exited;
      const now = snapshot(out);
      const whole = JSON.stringify(now) === JSON.stringify(old) ? 'old' : JSON.stringify(now) === JSON.stringify(next) ? 'new' : 'mixed';
      expect(whole).not.toBe('mixed');
      seen[whole as 'old' | 'new']++;
      // Back to the old state for the next round, through a complete build.
      expect((await cli(['build', policies, '--out', out, '--format', 'html,txt', '--width', '60'])).code).toBe(0);
      expect(readdirSync(out).filter((n) => n.startsWith('.'))).toEqual([]);
      expect(snapshot(out)).toEqual(old);
    }
    expect(seen.old + seen.new).toBe(16);
  }, 120_000);

  it('removes a staging folder left by a killed build before writing, and never publishes it', async () => {
    const out = tempDir();
    const stale = path.join(out, '.staging-999999-1');
    mkdirSync(path.join(stale, 'new'), { recursive: true });
    expect((await cli(['build', '--out', out, '--format', 'txt'])).code).toBe(0);
    expect(existsSync(stale)).toBe(false);
  });
});

describe('the output folder named wrongly', () => {
  it.each([
    ['an empty --out', ['--out', ''], '--out needs a folder name; it was empty (is a variable unset?)'],
  ])('refuses %s with exit 2', async (_what, args, message) => {
    for (const command of ['build', 'publish', 'notice']) {
      const result = await cli([command, ...args]);
      expect(result).toMatchObject({ code: 2 });
      expect(result.stderr).toContain(message);
    }
  });

  it('ends at once on /proc with a message naming the folder', async () => {
    const started = Date.now();
    const result = await cli(['build', '--out', '/proc/x', '--format', 'txt']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^policy: could not write the output folder \/proc\/x: .*\n    hint: /);
    expect(Date.now() - started).toBeLessThan(10_000);
  }, 15_000);

  it.skipIf(!existsSync('/sys/kernel'))('refuses a place nobody may write to, exit 2, naming it', async () => {
    const result = await cli(['build', '--out', '/sys/kernel/policy-out', '--format', 'txt']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^policy: could not write the output folder \/sys\/kernel\/policy-out: you are not allowed to write there \(E(PERM|ACCES)\)\n/);
  });

  it('refuses an --out that is a file, exit 2, naming it', async () => {
    const file = path.join(tempDir(), 'file');
    copyFileSync(SEED_POLICY, file);
    const result = await cli(['build', '--out', file, '--format', 'txt']);
    expect(result).toMatchObject({ code: 2 });
    expect(result.stderr).toContain(`policy: the output folder ${file} cannot be made: ${file} is a file, not a folder`);
  });
});
