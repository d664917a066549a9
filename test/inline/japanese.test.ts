/**
 * What a text may not hold (HTML, block Markdown, a picture, a link that is
 * not an address), reported by `policy check` with LANG=ja_JP.UTF-8: in
 * Japanese, at the line and column of the text, with its place in the policy.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SEED_POLICY, cli, tempDir } from '../helpers.js';

const JA = { LANG: 'ja_JP.UTF-8' };

describe('inline Markdown and links in Japanese', () => {
  it('a link that is not an address, a picture, HTML and a heading in the preamble', async () => {
    const dir = tempDir('policy-ja-inline-');
    const seed = readFileSync(SEED_POLICY, 'utf8');
    const anchor = 'を宣言いたします。\n';
    const at = seed.indexOf(anchor) + anchor.length;
    const added = ['詳しくは[こちら](javascript:alert(1))をご覧ください。', '図![図](https://example.jp/a.png)です。', '強調は<b>太字</b>です。', '"# 見出し"'];
    writeFileSync(path.join(dir, 'p.yaml'), seed.slice(0, at) + added.map((text) => `  - ${text}\n`).join('') + seed.slice(at));
    const { code, stdout } = await cli(['check', 'p.yaml'], dir, JA);
    expect(code).toBe(1);
    expect(stdout).toContain(
      'p.yaml:22:5  エラー  preamble[1]: リンク「javascript:alert(1)」は、https:、http:、mailto:、tel: のいずれのアドレスでもないため、リンクとして公開できません  (unsafe-link)\n' +
        '    ヒント: https://www.example.jp/、mailto:privacy@example.jp、tel:0120-000-000 のような完全なアドレスを書いてください\n',
    );
    expect(stdout).toContain(
      'p.yaml:23:5  エラー  preamble[2]: 画像（Markdown の画像「![…](…)」）は、ポリシーに表示できません。公開する文章から、その語句が失われます  (unsupported-markdown)\n' +
        '    ヒント: 語句そのものを書いてください。リンクにするには、「!」を付けずに [文字](https://…) と書きます\n',
    );
    expect(stdout).toContain('p.yaml:24:5  エラー  preamble[3]: 文章に HTML は書けません：<b>  (raw-html)\n    ヒント: タグを削除してください。箇条書きは YAML のリストで、強調は *文字* と書きます\n');
    expect(stdout).toContain('p.yaml:25:5  エラー  preamble[4]: この文章は、文ではなく Markdown の見出しとして読まれます  (block-markdown)\n');
  });

  it('the fixture with HTML and a numbered list', async () => {
    const file = path.join('test', 'fixtures', 'invalid', 'raw-html.yaml');
    const { stdout } = await cli(['check', file], ROOT, JA);
    expect(stdout).toContain(`${file}:99:23  エラー  sections[4].body[0].jointUse.purposes.entries[2].text: この文章は、文ではなく Markdown の箇条書きとして読まれます  (block-markdown)\n`);
    expect(stdout).toContain(`${file}:103:23  エラー  sections[4].body[0].jointUse.purposes.entries[4].text: 文章に HTML は書けません：<ul style="list-style-type: none"> 電気料金の精算、請求、収納業務遂行のため</ul>  (raw-html)\n`);
  });
});
