import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverPolicyFiles, readInputFile, readPolicyFile } from '../../src/load/read-files.js';
import { SEED_POLICY, cli, tempDir } from '../helpers.js';

/** A policy folder with one good policy and every kind of thing that only looks like one. */
function hostileFolder(): string {
  const dir = tempDir();
  const p = path.join(dir, 'policy');
  mkdirSync(path.join(p, 'sub', 'deeper'), { recursive: true });
  mkdirSync(path.join(p, '.hidden'));
  mkdirSync(path.join(p, 'node_modules'));
  mkdirSync(path.join(p, 'b.yaml'));
  copyFileSync(SEED_POLICY, path.join(p, 'a.yaml'));
  copyFileSync(SEED_POLICY, path.join(p, 'sub', 'deeper', 'c.yaml'));
  copyFileSync(SEED_POLICY, path.join(p, '.hidden', 'x.yaml'));
  copyFileSync(SEED_POLICY, path.join(p, 'node_modules', 'y.yaml'));
  execFileSync('mkfifo', [path.join(p, 'fifo.yaml')]);
  symlinkSync(path.join(dir, 'nowhere.yaml'), path.join(p, 'dangling.yaml'));
  writeFileSync(path.join(p, 'utf16.yaml'), Buffer.from('\uFEFFtitle: テスト\n', 'utf16le'));
  return dir;
}

describe('finding policy files', () => {
  it('searches subfolders, but not hidden folders or node_modules, and lists what only looks like a policy', async () => {
    const dir = hostileFolder();
    const { files, messages } = await discoverPolicyFiles([path.join(dir, 'policy')]);
    expect(files.map((f) => path.relative(dir, f))).toEqual([
      'policy/a.yaml',
      'policy/b.yaml',
      'policy/dangling.yaml',
      'policy/fifo.yaml',
      'policy/utf16.yaml',
      'policy/sub/deeper/c.yaml',
    ]);
    expect(messages).toEqual([]);
  });

  it('reports a path that does not exist instead of stopping', async () => {
    const dir = hostileFolder();
    const { files, messages } = await discoverPolicyFiles([path.join(dir, 'nope'), path.join(dir, 'policy', 'a.yaml')]);
    expect(files).toHaveLength(1);
    expect(messages).toMatchObject([{ file: path.join(dir, 'nope'), ruleId: 'unreadable-file', reason: 'no such file or folder' }]);
  });
});

describe('reading a policy file', () => {
  it('refuses a pipe at once instead of waiting on it', async () => {
    const dir = hostileFolder();
    const result = await readPolicyFile(path.join(dir, 'policy', 'fifo.yaml'));
    expect(result.message).toMatchObject({ ruleId: 'unreadable-file', reason: 'this is a pipe (FIFO), not a policy file' });
  }, 5_000);

  it('refuses a folder and a link to nothing, naming them', async () => {
    const dir = hostileFolder();
    expect((await readPolicyFile(path.join(dir, 'policy', 'b.yaml'))).message?.reason).toBe('this is a folder, not a policy file');
    expect((await readPolicyFile(path.join(dir, 'policy', 'dangling.yaml'))).message?.reason).toBe('the file is a link to a file that does not exist');
  });

  it('refuses UTF-16 text, saying which encoding it is', async () => {
    const dir = hostileFolder();
    const { message } = await readPolicyFile(path.join(dir, 'policy', 'utf16.yaml'));
    expect(message).toMatchObject({ ruleId: 'encoding', line: 1, column: 1, reason: 'the file is saved as UTF-16, so its text cannot be read' });
  });

  it.skipIf(process.getuid?.() === 0)('refuses a file it may not read', async () => {
    const dir = hostileFolder();
    const file = path.join(dir, 'policy', 'a.yaml');
    chmodSync(file, 0o000);
    expect((await readPolicyFile(file)).message).toMatchObject({ ruleId: 'unreadable-file', reason: 'you are not allowed to read this file' });
    chmodSync(file, 0o644);
  });
});

describe('the one reader of every input file', () => {
  it('refuses a device (/dev/zero) and a pipe at once, saying what the file should be', () => {
    expect(readInputFile('/dev/zero', { what: 'an image file' }).message).toMatchObject({ ruleId: 'unreadable-file', reason: 'this is a device, not an image file' });
    const dir = hostileFolder();
    expect(readInputFile(path.join(dir, 'policy', 'fifo.yaml'), { what: 'a settings file' }).message?.reason).toBe('this is a pipe (FIFO), not a settings file');
  }, 5_000);

  it('refuses a file larger than its limit by its size, before reading it', () => {
    const dir = tempDir();
    const file = path.join(dir, 'big.yaml');
    writeFileSync(file, '');
    truncateSync(file, 3 * 1024 * 1024 * 1024);
    const read = readInputFile(file);
    expect(read.tooLarge).toBe(3 * 1024 * 1024 * 1024);
    expect(read.message?.reason).toBe('the file is 3.0 GiB, more than a policy file may be (at most 32 MiB)');
    writeFileSync(file, 'x'.repeat(101));
    expect(readInputFile(file, { maxBytes: 100 }).tooLarge).toBe(101);
    expect(readInputFile(file, { maxBytes: 101 }).bytes?.length).toBe(101);
    // A file that says it is empty (as those of /proc do) is read to its end, within the limit.
    expect(readInputFile('/proc/self/status', { maxBytes: 1024 * 1024 }).bytes?.toString()).toContain('Name:');
    expect(readInputFile('/proc/self/status', { maxBytes: 10 }).message?.reason).toBe('the file is 11 bytes, more than a policy file may be (at most 10 bytes)');
  });

  it('says whether a file is simply not there (an optional file), unlike a link to nothing', () => {
    const dir = hostileFolder();
    expect(readInputFile(path.join(dir, 'none.yaml')).missing).toBe(true);
    expect(readInputFile(path.join(dir, 'policy', 'dangling.yaml')).missing).toBe(false);
  });
});

describe('policy check and build on a folder with broken files', () => {
  it('checks every good file, names each broken one, exits 2 and never hangs', async () => {
    const dir = hostileFolder();
    const result = await cli(['check', 'policy'], dir);
    expect(result.code).toBe(2);
    const errors = result.stdout.split('\n').filter((l) => l.includes('  error  '));
    expect(errors).toEqual([
      'policy/b.yaml  error  this is a folder, not a policy file  (unreadable-file)',
      'policy/dangling.yaml  error  the file is a link to a file that does not exist  (unreadable-file)',
      'policy/fifo.yaml  error  this is a pipe (FIFO), not a policy file  (unreadable-file)',
      'policy/utf16.yaml:1:1  error  the file is saved as UTF-16, so its text cannot be read  (encoding)',
    ]);
    // The good files were checked: their warnings are there.
    expect(result.stdout).toContain('policy/a.yaml:');
    expect(result.stdout).toContain('policy/sub/deeper/c.yaml:');
  }, 10_000);

  it('build writes nothing, names each broken file and exits 2', async () => {
    const dir = hostileFolder();
    const result = await cli(['build', 'policy', '--format', 'html,txt', '--out', 'out'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('policy/fifo.yaml  error  this is a pipe (FIFO), not a policy file  (unreadable-file)');
    expect(result.stderr).toContain('policy: nothing was built: some files could not be read');
    expect(result.stderr).not.toContain('unexpected failure');
  }, 10_000);
});

describe('halves of characters and control characters never reach out/', () => {
  it('refuses a surrogate encoded in the file bytes (CESU-8) as an encoding error', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'p.yaml');
    writeFileSync(file, Buffer.concat([Buffer.from('title: '), Buffer.from([0xed, 0xa0, 0xbd]), Buffer.from('\n')]));
    expect((await readPolicyFile(file)).message).toMatchObject({ ruleId: 'encoding', line: 1, column: 8 });
  });

  it('build refuses a title with ESC and NUL (exit 1) and leaves out/ as it was', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'out');
    mkdirSync(out);
    writeFileSync(path.join(out, 'keep.txt'), 'old');
    const seed = (await import('node:fs')).readFileSync(SEED_POLICY, 'utf8');
    writeFileSync(path.join(dir, 'p.yaml'), seed.replace('title: グリーン・市民電力の個人情報の取り扱いについて', 'title: "\\e[31mグリーン・市民電力の個人情報の取り扱いについて\\0"'));
    const result = await cli(['build', 'p.yaml', '--format', 'html,txt', '--out', 'out'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('U+001B ESCAPE');
    expect((await import('node:fs')).readdirSync(out)).toEqual(['keep.txt']);
  });
});
