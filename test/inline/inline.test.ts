import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown } from '../../src/inline/inline.js';
import { textsOf } from '../../src/model/walk.js';
import { loadPolicyText } from '../../src/file/policy-file.js';
import { SEED_POLICY } from '../helpers.js';
import { localise } from '../../src/report/message.js';

const seed = loadPolicyText(SEED_POLICY, readFileSync(SEED_POLICY, 'utf8')).policy!.policy;

describe('inline text', () => {
  it('reads every text of the seed exactly as the Markdown parser does', () => {
    for (const { text } of textsOf(seed)) expect(parseInline(text)).toEqual(parseMarkdown(text));
  });

  it.each([
    '1) 番号付き',
    '- 箇条',
    '# 見出し',
    '  前後に空白  ',
    '*強調*と**太字**',
    '行1\n行2',
    'A &amp; B',
    '<b>太字</b>',
    '[リンク](https://example.jp)',
    '注[^scope]の{list}です',
    '価格は100円です。',
    '2026年12月1日施行',
  ])('gives the same reading as the Markdown parser for %j', (text) => {
    expect(parseInline(text)).toEqual(parseMarkdown(text));
  });

  it('finds footnote marks and the list slot', () => {
    expect(parseInline('あります[^scope]。{list}をいいます').nodes).toEqual([
      { type: 'text', value: 'あります' },
      { type: 'noteRef', id: 'scope' },
      { type: 'text', value: '。' },
      { type: 'slot' },
      { type: 'text', value: 'をいいます' },
    ]);
  });

  it('reports HTML, block Markdown and unsafe links', () => {
    expect(parseInline('<ul>項目</ul>').problems.map((p) => p.ruleId)).toEqual(['raw-html']);
    expect(parseInline('1) 項目').problems.map((p) => p.ruleId)).toEqual(['block-markdown']);
    expect(parseInline('[x](javascript:alert(1))').problems.map((p) => p.ruleId)).toEqual(['unsafe-link']);
  });
});

describe('constructs the pages cannot show', () => {
  it.each([
    ['![利用目的](https://example.jp/a.png)', 'a picture (Markdown image "![…](…)")'],
    ['前文![図](https://example.jp/b.png "題")後文', 'a picture (Markdown image "![…](…)")'],
  ])('refuses %j instead of publishing an empty text', (text, what) => {
    const parsed = parseMarkdown(text);
    expect(parsed.problems).toMatchObject([
      {
        ruleId: 'unsupported-markdown',
        reason: `${what} cannot be shown in the policy: its words would be lost from the published text`,
        hint: 'write the words themselves; for a link write [text](https://…) without the "!"',
      },
    ]);
    // Said in Japanese from the same ids.
    const ja = localise({ file: 'p.yaml', line: 1, column: 1, severity: 'error', ...parsed.problems[0]! }, 'ja');
    expect(ja.reason).toBe('画像（Markdown の画像「![…](…)」）は、ポリシーに表示できません。公開する文章から、その語句が失われます');
    expect(ja.hint).toBe('語句そのものを書いてください。リンクにするには、「!」を付けずに [文字](https://…) と書きます');
    // Never an empty string: the source stays in the text.
    expect(parsed.nodes.map((n) => (n.type === 'text' ? n.value : '')).join('')).toContain('![');
  });

  it('makes policy check fail on an image in a purpose, at its line', () => {
    const text = readFileSync(SEED_POLICY, 'utf8').replace('text: 利用者からの申込みに対し、円滑に作業を行うため', 'text: "![利用者からの申込みに対し、円滑に作業を行うため](x.png)"');
    const { policy, messages } = loadPolicyText('p.yaml', text);
    expect(policy).toBeUndefined();
    expect(messages.filter((m) => m.severity === 'error')).toMatchObject([{ ruleId: 'unsupported-markdown', line: 31, path: 'sections[0].body[1].purposes[0].text' }]);
  });
});
