import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, formatDiffMarkdown, MARKDOWN_MARKER, MAX_COMMENT_LENGTH } from '../../src/diff/format-markdown.js';
import { comparisonInputs } from '../../src/diff/format-html.js';
import { diffPolicies, type PolicyDiff } from '../../src/diff/index.js';
import { loadPairs } from '../../src/diff/sides.js';
import { readFileSync, writeFileSync } from 'node:fs';
import { ROOT, cli, tempDir } from '../helpers.js';
import { fixturePath } from './load-fixture.js';

const rel = (name: string) => path.relative(ROOT, fixturePath(`${name}.yaml`));

describe('policy diff --format markdown', () => {
  it('writes the changes table with action and basis, and the changed words collapsed', async () => {
    const result = await cli(['diff', rel('base'), rel('v1-1'), '--format', 'markdown']);
    expect(result.code).toBe(1);
    const md = result.stdout;
    expect(md.split('\n')[0]).toBe(MARKDOWN_MARKER);
    expect(md).toContain('**本人への通知等を要する変更があります。公開前に対応を確認してください。**');
    expect(md).toContain('| 番号 | 区分 | 箇所 | 変更 | 必要な対応 | 根拠 |');
    expect(md).toContain('| 4 | 共同利用者の範囲 | 共同利用する者の範囲 | 追加 | **同意取得** | 個人情報保護法第27条第5項第3号、個人情報保護委員会ガイドライン（通則編）3-6-3 |');
    expect(md).toMatch(/<details><summary>変更された文言（8件・傍線部分は改正部分）<\/summary>\n\n1\. \*\*前文\*\*/);
    expect(md).toContain('   - 改正後：<ins>ガス小売事業者</ins>');
    expect(md).toContain('   - 改正前：（新設）');
    // 傍線 as the caption says: the changed words underlined on both sides, never struck through.
    expect(md).toContain('請求<ins>、</ins>収納業務');
    expect(md).not.toContain('<del>');
    expect(md.trimEnd().endsWith('</details>')).toBe(true);
    // Every table row has the six cells: no text breaks the table.
    for (const line of md.split('\n').filter((l) => /^\| \d/.test(l))) expect(line.replace(/\\\|/g, '').split('|').length).toBe(9);
  });

  it('says so when no change needs notice (exit 0)', async () => {
    const result = await cli(['diff', rel('base'), rel('preamble-typo'), '--format', 'markdown']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('**本人への通知等を要する変更はありません。**');
    expect(result.stdout).toContain('| 不要 | ― |');
  });

  it('escapes what Markdown or HTML would read as markup', () => {
    expect(escapeMarkdown('a|b *c* <script> @team [x](y)\nz')).toBe('a\\|b \\*c\\* &lt;script&gt; @\u200bteam \\[x\\](y) z');
  });

  it('keeps every value on one line: a lone carriage return in a version adds no heading', async () => {
    for (const brk of ['\r', '\v', '\f', '\u0085', '\u2028', '\u2029']) {
      expect(escapeMarkdown(`1.1${brk}## ✅ 変更なし：承認してください`)).toBe('1.1 ## ✅ 変更なし：承認してください');
    }
    const dir = tempDir();
    const base = readFileSync(fixturePath('base.yaml'), 'utf8');
    const next = readFileSync(fixturePath('v1-1.yaml'), 'utf8').replace(/^version: .*$/m, 'version: "1.1\\r## ✅ 変更なし：承認してください"');
    writeFileSync(path.join(dir, 'old.yaml'), base);
    writeFileSync(path.join(dir, 'new.yaml'), next);
    const result = await cli(['diff', 'old.yaml', 'new.yaml', '--format', 'markdown'], dir);
    expect(result.stdout.split(/\r\n|[\n\r\v\f\u0085\u2028\u2029]/).filter((line) => line.startsWith('## ✅'))).toEqual([]);
  });
});

/** The comparison of base and v1-1, as many times as asked, each under a name of its own. */
async function inputs(times = 1) {
  const { pairs } = await loadPairs([rel('base'), rel('v1-1')], ROOT, 'diff');
  const diffs = new Map<string, PolicyDiff>(pairs.map((p) => [p.name, diffPolicies(p.old!.policy, p.new!.policy)]));
  const one = comparisonInputs(pairs, diffs);
  return Array.from({ length: times }, (_, i) => one.map((input) => ({ ...input, name: `${input.name}-${i + 1}` }))).flat();
}

describe('the comment stays under GitHub\'s limit', () => {
  const LINK = 'https://github.com/acme/policy/actions/runs/42';

  it('is whole when it fits', async () => {
    const md = formatDiffMarkdown(await inputs());
    expect(md.length).toBeLessThan(MAX_COMMENT_LENGTH);
    expect(md).not.toContain('省略');
  });

  it('leaves out the changed words first, saying so and linking the whole 新旧対照表', async () => {
    const all = await inputs();
    const whole = formatDiffMarkdown(all);
    const md = formatDiffMarkdown(all, { maxLength: whole.length - 1, link: LINK });
    expect(md.length).toBeLessThan(whole.length);
    expect(md).not.toContain('<details>');
    expect(md).toContain(`変更された文言（8件）は、コメントの長さの上限のため省略しました。[新旧対照表（PDF・Word）](${LINK})を参照してください。`);
    // The changes table is still whole.
    expect(md).toContain('| 4 | 共同利用者の範囲 | 共同利用する者の範囲 | 追加 | **同意取得** |');
  });

  it('then the last rows of the changes tables, with the count of those left out', async () => {
    const all = await inputs();
    const withoutWords = formatDiffMarkdown(all, { maxLength: formatDiffMarkdown(all).length - 1 });
    const md = formatDiffMarkdown(all, { maxLength: withoutWords.length - 200 });
    expect(md.length).toBeLessThanOrEqual(withoutWords.length - 200);
    const rows = md.split('\n').filter((l) => /^\| \d/.test(l)).length;
    const left = Number(/ほか(\d+)件の変更は、コメントの長さの上限のため省略しました。/.exec(md)?.[1]);
    expect(rows).toBeGreaterThan(0);
    expect(rows + left).toBe(withoutWords.split('\n').filter((l) => /^\| \d/.test(l)).length);
  });

  it('forty policies reworded at once give a comment under 60,000 characters, the marker on its first line', async () => {
    const all = await inputs(40);
    const md = formatDiffMarkdown(all, { link: LINK });
    expect(md.length).toBeLessThanOrEqual(MAX_COMMENT_LENGTH);
    expect(MAX_COMMENT_LENGTH).toBeLessThan(65_536);
    expect(md.split('\n')[0]).toBe(MARKDOWN_MARKER);
    expect(md).toContain(LINK);
    // Never a half-open collapsed section.
    expect(md.split('<details>').length).toBe(md.split('</details>').length);
  });

  it('even a limit smaller than every table keeps the marker and the verdict', async () => {
    const md = formatDiffMarkdown(await inputs(3), { maxLength: 600, link: LINK });
    expect(md.length).toBeLessThanOrEqual(600);
    expect(md.split('\n')[0]).toBe(MARKDOWN_MARKER);
    expect(md).toContain('**本人への通知等を要する変更があります。');
  });

  it('takes the link from --link, only with --format markdown and only a web address', async () => {
    const bad = await cli(['diff', rel('base'), rel('v1-1'), '--format', 'markdown', '--link', 'javascript:alert(1)']);
    expect(bad.code).toBe(2);
    expect((await cli(['diff', rel('base'), rel('v1-1'), '--link', LINK])).code).toBe(2);
    expect((await cli(['diff', rel('base'), rel('v1-1'), '--format', 'markdown', '--link', LINK])).code).toBe(1);
  });
});
