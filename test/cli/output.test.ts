import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SEED_POLICY, cli, tempDir } from '../helpers.js';

const BIN = path.join(ROOT, 'bin', 'policy.cjs');

function project(copies = 1): string {
  const dir = tempDir();
  mkdirSync(path.join(dir, 'policy'));
  for (let i = 0; i < copies; i++) copyFileSync(SEED_POLICY, path.join(dir, 'policy', `p${i}.yaml`));
  const seed = readFileSync(SEED_POLICY, 'utf8');
  writeFileSync(path.join(dir, 'old.yaml'), seed);
  writeFileSync(path.join(dir, 'new.yaml'), seed.replace('name: 電力広域的運営推進機関', 'name: 電力広域的運営推進機関（OCCTO）'));
  return dir;
}

/** A shell line; prints the CLI's own exit code last on stderr. */
function bash(line: string, cwd: string) {
  const result = spawnSync('bash', ['-c', `${line}; echo "exit \${PIPESTATUS[0]}" >&2`], { cwd, encoding: 'utf8', timeout: 20_000, env: { ...process.env, POLICY: BIN, NO_COLOR: '1' } });
  return { stdout: result.stdout, stderr: result.stderr };
}

describe('output that cannot be written', () => {
  it('ends quietly when the reader goes away (EPIPE)', () => {
    const dir = project(30);
    const { stderr } = bash('node "$POLICY" check policy --json | head -c 10 >/dev/null', dir);
    expect(stderr).toBe('exit 0\n');
  }, 30_000);

  it('exits 2 with one line when the disk is full', () => {
    const dir = project();
    const { stderr } = bash('node "$POLICY" diff old.yaml new.yaml > /dev/full', dir);
    expect(stderr).toBe('policy: could not write the output: the disk is full (ENOSPC)\nexit 2\n');
  }, 30_000);
});

describe('terminal escapes in a policy', () => {
  it('are shown as \\u001b in check and diff, even piped, never sent to the terminal', async () => {
    const dir = project();
    const seed = readFileSync(SEED_POLICY, 'utf8');
    // A key and a text that try to clear the screen and paint a fake result.
    writeFileSync(path.join(dir, 'policy', 'p0.yaml'), seed.replace('title: グ', 'title\u001b[2J: グ').replace('  shortName: 市民電力', '  shortName: "市民電力\\e[1A\\r0 errors\\e[K"'));
    const check = await cli(['check', 'policy'], dir);
    expect(check.stdout).not.toMatch(/[\u001b\u009b]/);
    expect(check.stdout).toContain('\\u001b[2J');
    const piped = execFileSync('bash', ['-c', `node "${BIN}" check policy --json | cat; true`], { cwd: dir, encoding: 'utf8' });
    expect(piped).not.toMatch(/\u001b/);
    const next = readFileSync(path.join(dir, 'new.yaml'), 'utf8').replace('（OCCTO）', '（OCCTO）\u001b]0;owned\u0007\u009b31m');
    writeFileSync(path.join(dir, 'new.yaml'), next);
    for (const format of ['text', 'json']) {
      // The new side has errors (the control characters): they are listed, escaped.
      const diff = await cli(['diff', 'old.yaml', 'new.yaml', '--format', format], dir);
      expect(diff.code).toBe(2);
      expect(diff.stdout + diff.stderr).not.toMatch(/[\u0007\u001b\u009b]/);
      expect(diff.stderr).toContain('new.yaml:');
      expect(diff.stderr).toContain('U+001B ESCAPE');
    }
  });

  it('are escaped by the diff report itself too', async () => {
    const { formatDiffText } = await import('../../src/diff/format-text.js');
    const { formatDiffJson } = await import('../../src/diff/format-json.js');
    const change = { category: 'party', change: 'modified', id: 'x\u001b[2J', path: 'jointUse', before: '旧\u202E', after: '新\u001b]0;owned\u0007\u009b31m', action: 'prior-notice', basis: 'Art. 27(6)' } as const;
    const diff = { renotice: true, changes: [change] } as unknown as Parameters<typeof formatDiffText>[0];
    for (const out of [formatDiffText(diff), formatDiffText(diff, { color: true }), formatDiffJson(diff)]) {
      expect(out).not.toMatch(/[\u0007\u009b\u202E]|\u001b(?!\[[0-9;]*m)/);
      expect(out).toContain('u001b]0;owned');
    }
  });

  it('keeps the colours of the tool itself', async () => {
    const dir = project();
    const check = await cli(['check', 'policy'], dir, { NO_COLOR: undefined, FORCE_COLOR: '1' });
    expect(check.stdout).toMatch(/\u001b\[33mwarning\u001b\[39m/);
  });
});

describe('the preview excerpt of a line with a direction control', () => {
  it('shows the character as its code, in the order it is written', async () => {
    const { excerpt } = await import('../../src/preview/pages.js');
    const rows = excerpt('a: 1\ntitle: グリーン\u202E・市民電力\n', 2, 12);
    expect(rows.find((r) => r.line === 2)).toMatchObject({ before: 'title: グリーン', at: { char: '\\u202e' }, after: '・市民電力' });
  });
});
