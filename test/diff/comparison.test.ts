/**
 * The 新旧対照表 as a legal department cites it: the places as the policy
 * numbers them, the table named where there are several, headings on lines
 * of their own, （略） for the unchanged parts of an article, and the same
 * rows and columns in every format.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildComparison, OMITTED, omitUnchanged, type ComparisonInput } from '../../src/diff/comparison.js';
import { renderDiffDocx } from '../../src/diff/format-docx.js';
import { renderDiffHtml } from '../../src/diff/format-html.js';
import { formatDiffMarkdown } from '../../src/diff/format-markdown.js';
import { diffPolicies } from '../../src/diff/index.js';
import { sectionCite } from '../../src/diff/units.js';
import type { LoadedSidePolicy } from '../../src/diff/sides.js';
import { loadPolicyText } from '../../src/file/policy-file.js';
import { ROOT, htmlText } from '../helpers.js';
import { documentRuns } from './docx-xml.js';
import { fixturePath } from './load-fixture.js';

function side(name: string, edit: (text: string) => string = (t) => t): LoadedSidePolicy {
  const file = path.relative(ROOT, fixturePath(`${name}.yaml`));
  const { policy, messages } = loadPolicyText(file, edit(readFileSync(fixturePath(`${name}.yaml`), 'utf8')));
  if (!policy) throw new Error(JSON.stringify(messages));
  return { ...policy, label: file };
}

export function legalInput(edit?: (text: string) => string): ComparisonInput {
  const o = side('legal/v2-0');
  const n = side('legal/v2-1', edit);
  return { name: 'acme', old: o, new: n, diff: diffPolicies(o.policy, n.policy) };
}

describe('citing the places', () => {
  it('cites a subsection of an article as its paragraph, a decimal number as printed, nested numbers joined', () => {
    expect(sectionCite('第7条', '(2)', 2)).toBe('第7条第2項');
    expect(sectionCite('第7条', '２', 2)).toBe('第7条第2項');
    expect(sectionCite('第7条', '第2項', 2)).toBe('第7条第2項');
    expect(sectionCite('', '1.', 1)).toBe('1.');
    expect(sectionCite(sectionCite('1.', '(3)', 3), '③', 3)).toBe('1.(3)③');
    expect(sectionCite('第7条', '', 0)).toBe('第7条');
  });

  it('cites 第7条第2項 and names the table that gained a party; no 【利用目的】 under 第3条（利用目的）', () => {
    const model = buildComparison(legalInput());
    const places = model.summary.map((s) => s.place);
    expect(places).toContain('第3条（利用目的）(1)②');
    expect(places).toContain('第7条第2項（グループ会社との共同利用）');
    const party = model.summary.find((s) => s.category === 'party')!;
    expect(party.place).toBe('第7条第2項（グループ会社との共同利用）　共同して利用する者の範囲');
    expect(party.action).toBe('consent');
    expect(places.join()).not.toContain('【利用目的】');
    expect(places.join()).not.toMatch(/(^|,)第[0-9１-９]+項/);
  });
});

describe('headings and bodies on lines of their own', () => {
  it('keeps an article heading above its body in the model, HTML, markdown and Word', async () => {
    const input = legalInput();
    const model = buildComparison(input);
    const row = model.rows.find((r) => r.after.place === '第7条第2項（グループ会社との共同利用）')!;
    const text = row.after.segments!.map((s) => s.text).join('');
    expect(text.startsWith('グループ会社との共同利用\n当社は、')).toBe(true);

    expect(renderDiffHtml([input])).toMatch(/\.df-text \{[^}]*white-space: pre-line/);
    const md = formatDiffMarkdown([input]);
    expect(md).toContain('グループ会社との共同利用<br>当社は、');
    expect(md).not.toContain('グループ会社との共同利用当社は、');

    const { xml } = documentRuns(await renderDiffDocx([input]));
    expect(xml).toMatch(/グループ会社との共同利用<\/w:t><\/w:r><w:r>(<w:rPr>[\s\S]*?<\/w:rPr>)?<w:br\/><w:t[^>]*>当社は、/);
  });

  it('leaves out the unchanged paragraphs between changed ones as （略）, the heading kept', () => {
    const four = (t: string) =>
      t.replace(
        /(  - id: complaints\n    heading: 苦情及びご相談の窓口\n    role: complaints\n    body:\n)/,
        '$1      - 第一の段落です。\n      - 第二の段落です。\n      - 第三の段落です。\n',
      );
    const o = side('legal/v2-0', four);
    const n = side('legal/v2-1', (t) => four(t).replace('第一の段落です。', '第一の段落を改めました。').replace('当社は、現在、認定個人情報保護団体の対象事業者ではありません。', '当社は、現在、認定個人情報保護団体の対象事業者です。'));
    const model = buildComparison({ name: 'acme', old: o, new: n, diff: diffPolicies(o.policy, n.policy) });
    const row = model.rows.find((r) => r.after.place.startsWith('第11条'))!;
    const after = row.after.segments!.map((s) => s.text).join('').split('\n');
    expect(after[0]).toBe('苦情及びご相談の窓口');
    expect(after[1]).toBe('第一の段落を改めました。');
    expect(after[2]).toBe(OMITTED);
    expect(after[3]).toMatch(/^当社は、現在、認定個人情報保護団体の対象事業者です。$/);
    expect(after).toHaveLength(4);
    const before = row.before.segments!.map((s) => s.text).join('').split('\n');
    expect(before).toEqual(['苦情及びご相談の窓口', '第一の段落です。', OMITTED, '当社は、現在、認定個人情報保護団体の対象事業者ではありません。']);
  });

  it('omits nothing from a text of two lines or fewer', () => {
    const segs = [{ text: '見出し\n本文', changed: false }];
    expect(omitUnchanged(segs, true)).toEqual(segs);
  });
});

describe('the same columns in every format', () => {
  it('has 備考 (the facts and the remark) in HTML, markdown and Word', async () => {
    const input = legalInput();
    const model = buildComparison(input);
    const remark = model.summary.find((s) => s.category === 'usePurpose')!.remark;
    expect(remark).not.toBe('');
    const columns = ['番号', '区分', '箇所', '変更', '必要な対応', '根拠', '備考'];
    expect(htmlText(renderDiffHtml([input]))).toMatch(new RegExp(columns.join('\\s*')));
    const md = formatDiffMarkdown([input]);
    expect(md).toContain(`| ${columns.join(' | ')} |`);
    expect(md).toContain(remark);
    const { runs } = documentRuns(await renderDiffDocx([input]));
    const texts = runs.map((r) => r.text);
    const at = texts.indexOf('番号');
    expect(texts.slice(at, at + columns.length)).toEqual(columns);
    expect(texts.join('')).toContain(remark);
  });
});
