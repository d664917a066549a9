import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, MARKDOWN_MARKER } from '../../src/diff/format-markdown.js';
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
    expect(md).toContain('請求<del>、</del>収納業務');
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
