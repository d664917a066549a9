import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, cli, tempDir } from '../helpers.js';

const dir = path.join('test', 'fixtures', 'invalid');
const cases = readdirSync(path.join(ROOT, dir)).filter((n) => n.endsWith('.yaml'));

describe('policy check on bad input (golden files)', () => {
  it('covers every kind of bad input', () => {
    expect(cases.map((n) => n.replace('.yaml', ''))).toEqual([
      'dangling-reference',
      'duplicate-id',
      'empty-text',
      'missing-key',
      'raw-html',
      'unknown-key',
      'wrong-type',
      'yaml-syntax',
    ]);
  });

  it.each(cases)('%s gives its positioned messages and exit 1', async (name) => {
    const file = path.join(dir, name);
    const result = await cli(['check', file]);
    expect(result.stdout).toBe(readFileSync(path.join(ROOT, file.replace(/\.yaml$/, '.expected.txt')), 'utf8'));
    expect(result.stdout).toMatch(new RegExp(`^${file.replace(/[.[\]]/g, '\\$&')}:\\d+:\\d+  error  `, 'm'));
    expect(result.code).toBe(1);
  });

  // The goldens in Japanese are what `LANG=ja_JP.UTF-8 NO_COLOR=1 node bin/policy.cjs check FILE` prints.
  it.each(cases)('%s gives its messages in Japanese with LANG=ja_JP.UTF-8', async (name) => {
    const file = path.join(dir, name);
    const result = await cli(['check', file], ROOT, { LANG: 'ja_JP.UTF-8' });
    const golden = readFileSync(path.join(ROOT, file.replace(/\.yaml$/, '.expected.ja.txt')), 'utf8');
    expect(result.stdout).toBe(golden);
    expect(result.code).toBe(1);
    // Each problem: its place first, the severity and the reason in Japanese, the rule id; the hint below it.
    const lines = golden.trimEnd().split('\n');
    expect(lines.at(-1)).toMatch(/^エラー \d+ 件、警告 \d+ 件$/);
    for (const line of lines.slice(0, -1)) {
      expect(line).toMatch(new RegExp(`^(?:${file.replace(/[.[\]]/g, '\\$&')}:\\d+:\\d+  (?:エラー|警告)  .+  \\([a-z-]+\\)|    ヒント: .+)$`));
    }
    expect(golden).toMatch(/^\S+:\d+:\d+  エラー  /m);
  });

  it('reports every problem of every file in one run', async () => {
    const result = await cli(['check', dir]);
    const errors = result.stdout.split('\n').filter((l) => l.includes('  error  '));
    expect(errors).toHaveLength(17);
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('17 errors, 67 warnings');
  });

  it('prints errors only with --quiet, and nothing for a policy with warnings alone', async () => {
    const bad = await cli(['check', '--quiet', path.join(dir, 'missing-key.yaml')]);
    expect(bad.code).toBe(1);
    expect(bad.stdout.split('\n').filter((l) => /^\S/.test(l))).toEqual([
      'test/fixtures/invalid/missing-key.yaml:7:1  error  "title" is missing  (missing-key)',
      'test/fixtures/invalid/missing-key.yaml:112:21  error  sections[4].body[0].jointUse.items.groups[0].fields[1]: "name" is missing  (missing-key)',
    ]);
    expect(await cli(['check', '--quiet'])).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('passes the bundled policy with exit 0', async () => {
    const result = await cli(['check']);
    expect(result.code).toBe(0);
  });

  it('prints JSON messages for scripts', async () => {
    const result = await cli(['check', '--json', path.join(dir, 'unknown-key.yaml')]);
    expect(JSON.parse(result.stdout).find((m: { ruleId: string }) => m.ruleId === 'unknown-key')).toEqual({
      file: path.join(dir, 'unknown-key.yaml'),
      line: 8,
      column: 1,
      severity: 'error',
      ruleId: 'unknown-key',
      reason: 'unknown key "efective-date"',
      path: 'efective-date',
      hint: 'did you mean "effectiveDate"? Keys allowed here: version, effectiveDate, revisions, organization, title, overTitle, preamble, numbering, shortNameForm, sections, footnotes, closing',
      // The catalogue's ids and values, for a program that says it in another language.
      says: {
        id: 'check.unknown-key',
        hint: 'check.unknown-key.hint',
        values: {
          key: 'efective-date',
          guess: 'effectiveDate',
          allowed: ['version', 'effectiveDate', 'revisions', 'organization', 'title', 'overTitle', 'preamble', 'numbering', 'shortNameForm', 'sections', 'footnotes', 'closing'].join('\n'),
        },
      },
    });
  });

  it('exits 2 for a missing file and for a wrong option', async () => {
    const missing = await cli(['check', 'policy/nope.yaml']);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toContain('policy/nope.yaml  error  no such file or folder  (unreadable-file)');
    const usage = await cli(['check', '--strict']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toBe("policy: Unknown option '--strict'\nRun \"policy check --help\" for the options.\n");
  });
});

describe('policy check on a file saved in another encoding', () => {
  it('refuses Shift_JIS text instead of publishing garbled Japanese', async () => {
    const result = await cli(['check', 'test/fixtures/shift-jis.yaml']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^test\/fixtures\/shift-jis\.yaml:3:3  error  the file is not saved as UTF-8, so its Japanese text cannot be read  \(encoding\)\n    hint: save the file as UTF-8/);
  });

  it('reads UTF-8 with a byte order mark and Windows line ends', async () => {
    const { readFileSync, writeFileSync } = await import('node:fs');
    const file = path.join(tempDir(), 'windows.yaml');
    writeFileSync(file, '\uFEFF' + readFileSync(path.join(ROOT, 'policy/shimin-denryoku.yaml'), 'utf8').replace(/\n/g, '\r\n'));
    const result = await cli(['check', '--quiet', file]);
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});

describe('policy check on keys typed with a Japanese keyboard', () => {
  it('points out a key indented with a full-width space', async () => {
    const { readFileSync, writeFileSync } = await import('node:fs');
    const file = path.join(tempDir(), 'ime.yaml');
    writeFileSync(file, readFileSync(path.join(ROOT, 'policy/shimin-denryoku.yaml'), 'utf8').replace('  shortName: 市民電力', '\u3000shortName: 市民電力'));
    const result = await cli(['check', file]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${file}:16:1  error  　shortName: unknown key "　shortName"  (unknown-key)\n    hint: the key holds a full-width space (　) or colon (：)`);
  });
});

describe('policy check on the blocks of a section', () => {
  const check = async (yaml: string) => {
    const file = path.join(tempDir(), 'p.yaml');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, `organization:\n  name: テスト株式会社\ntitle: 方針\nsections:\n  - id: a\n    body:\n${yaml}`);
    const result = await cli(['check', '--quiet', '--json', file]);
    return (JSON.parse(result.stdout) as Array<{ line: number; column: number; ruleId: string; path: string; reason: string; hint?: string }>).map(
      (m) => `${m.line}:${m.column} ${m.ruleId} ${m.path}: ${m.reason}${m.hint ? ` | ${m.hint}` : ''}`,
    );
  };

  it('names a block without a known key and suggests the key meant', async () => {
    expect(await check('      - lsit: [a, b]\n')).toEqual([
      '7:9 unknown-block sections[0].body[0]: this block has none of the keys that say what it is (found lsit) | did you mean "list"? a block is a text, or has one of the keys text, list, purposes, table, jointUse, contact, dates, signature, show (e.g. "- list:" followed by its entries)',
    ]);
  });

  it('checks a nested list entry and a contact block against what they were meant to be', async () => {
    expect(await check('      - list:\n          - text: a\n            list:\n              - titel: b\n      - contact:\n          phone: 03\n')).toEqual([
      '10:17 unknown-key sections[0].body[0].list[0].list[0].titel: unknown key "titel" | did you mean "title"? Keys allowed here: id, role, title, text, numbering, list, body',
      '12:11 missing-key sections[0].body[1].contact: "name" is missing | add a line "name: …" to this block (The desk (窓口), e.g. 個人情報相談窓口.), or give the lines as the page sets them under "lines:"',
      '12:18 wrong-type sections[0].body[1].contact.phone: expected text, found the number 03 | write the text after the colon, in quotes: phone: "03"',
    ]);
  });

  it('refuses a numbering it does not know', async () => {
    expect(await check('      - numbering: roman\n        list: [a]\n')).toEqual([
      '7:20 numbering sections[0].body[0].numbering: "roman" is not a numbering style | write one of article, decimal, paren, half-paren, circled, katakana, iroha, bullet, none, paragraph, or a pattern with one counter: {1} {１} {①} {ア} {イ} {a} {A} {i} {I} {一}, e.g. "第{1}条" or "（{1}）"',
    ]);
  });
});
