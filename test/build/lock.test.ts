/** Two commands writing into the same output folder take turns; a lock left by a killed command is taken over. */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCK_FILE, recoverStaging, writeOutputs } from '../../src/build/write-outputs.js';
import { InputError } from '../../src/errors.js';
import { snapshot, tempDir } from '../helpers.js';
import { NEW_FILES, expectedNew, writeOld } from './fixtures/output-sets.js';

/** A process that runs until it is killed. */
function running() {
  const child = spawn('sleep', ['60'], { stdio: 'ignore' });
  return { pid: child.pid!, stop: () => child.kill('SIGKILL') };
}

/** The id of a process that has ended. */
function ended(): number {
  return Number(spawnSync('sh', ['-c', 'echo $$'], { encoding: 'utf8' }).stdout.trim());
}

describe('one writer at a time in an output folder', () => {
  it('a second writer refuses, naming the other, when the folder stays locked; the folder is as it was', async () => {
    const out = tempDir();
    writeOld(out);
    const other = running();
    try {
      writeFileSync(path.join(out, LOCK_FILE), `${other.pid}\n`);
      const before = snapshot(out);
      const second = writeOutputs(out, NEW_FILES, { lockWaitMs: 0 });
      await expect(second).rejects.toThrow(InputError);
      await expect(second).rejects.toThrow(`another command (process ${other.pid}) is writing into ${out}`);
      expect(snapshot(out)).toEqual(before);
    } finally {
      other.stop();
    }
  });

  it('a second writer waits until the first is done, then writes', async () => {
    const out = tempDir();
    writeOld(out);
    const other = running();
    writeFileSync(path.join(out, LOCK_FILE), `${other.pid}\n`);
    let waited = false;
    setTimeout(() => {
      waited = true;
      rmSync(path.join(out, LOCK_FILE));
      other.stop();
    }, 300);
    await writeOutputs(out, NEW_FILES, { lockWaitMs: 30_000 });
    expect(waited).toBe(true);
    expect(snapshot(out)).toEqual(expectedNew());
    expect(existsSync(path.join(out, LOCK_FILE))).toBe(false);
  });

  it('a lock left by a process that no longer runs is taken over, by the next writer or by the recovery', async () => {
    const out = tempDir();
    writeOld(out);
    writeFileSync(path.join(out, LOCK_FILE), `${ended()}\n`);
    await writeOutputs(out, NEW_FILES, { lockWaitMs: 0 });
    expect(snapshot(out)).toEqual(expectedNew());
    const again = tempDir();
    writeFileSync(path.join(again, LOCK_FILE), `${ended()}\n`);
    // And what a killed command left of its lock before putting it in place, or while taking over another.
    const dead = ended();
    writeFileSync(path.join(again, `${LOCK_FILE}-${dead}-123`), `${dead}\n`);
    writeFileSync(path.join(again, `${LOCK_FILE}-stale-${dead}`), `${dead}\n`);
    recoverStaging(again);
    expect(readdirSync(again)).toEqual([]);
  });

  it('writers of one process take turns too', async () => {
    const out = tempDir();
    const first = NEW_FILES.map((f) => ({ ...f, content: `first ${f.name}` }));
    const second = NEW_FILES.map((f) => ({ ...f, content: `second ${f.name}` }));
    await Promise.all([writeOutputs(out, first), writeOutputs(out, second)]);
    const contents = new Set(Object.values(snapshot(out)).map((v) => Buffer.from(v, 'base64').toString().split(' ')[0]));
    expect(contents.size).toBe(1);
    expect(existsSync(path.join(out, LOCK_FILE))).toBe(false);
  });
});
