import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderDiffHtml } from '../../src/diff/format-html.js';
import { basisJa, buildComparison, markChanges, type ComparisonInput } from '../../src/diff/comparison.js';
import { diffPolicies } from '../../src/diff/index.js';
import type { LoadedSidePolicy } from '../../src/diff/sides.js';
import { loadPolicyText } from '../../src/file/policy-file.js';
import { ROOT, cli, htmlText } from '../helpers.js';
import { fixturePath } from './load-fixture.js';

const rel = (name: string) => path.relative(ROOT, fixturePath(`${name}.yaml`));

function side(name: string, text = readFileSync(fixturePath(`${name}.yaml`), 'utf8')): LoadedSidePolicy {
  const { policy, messages } = loadPolicyText(rel(name), text);
  if (!policy) throw new Error(JSON.stringify(messages));
  return { ...policy, label: rel(name) };
}

function input(oldName: string, newName: string, newText?: string): ComparisonInput {
  const o = side(oldName);
  const n = side(newName, newText);
  return { name: newName, old: o, new: n, diff: diffPolicies(o.policy, n.policy) };
}

const html = (newName: string) => renderDiffHtml([input('base', newName)]);

/** The cells of the 新旧対照表, in order: [改正後, 改正前] per row, as HTML. */
function cells(doc: string): Array<[string, string]> {
  const rows = [...doc.matchAll(/<td class="df-new">([\s\S]*?)<\/td>\s*<td class="df-old">([\s\S]*?)<\/td>/g)];
  return rows.map((m) => [m[1]!.trim(), m[2]!.trim()]);
}

/** Compare with a golden file; UPDATE_GOLDEN=1 rewrites it (review the change before committing). */
function expectGolden(actual: string, file: string) {
  const p = fixturePath(file);
  if (process.env.UPDATE_GOLDEN) writeFileSync(p, actual);
  expect(actual).toBe(readFileSync(p, 'utf8'));
}

describe('the 新旧対照表 (html)', () => {
  it('matches the golden file for base → v1-1', async () => {
    const result = await cli(['diff', rel('base'), rel('v1-1'), '--format', 'html']);
    expect(result.code).toBe(1);
    expectGolden(result.stdout, 'v1-1.diff.html');
  });

  it('has the title with both versions and effective dates, then the summary, then the comparison', () => {
    const doc = html('v1-1');
    expect(doc).toContain('<title>グリーン・市民電力の個人情報の取り扱いについて　新旧対照表</title>');
    const text = htmlText(doc);
    expect(text).toMatch(/改正後\s*第1\.1版\s*2027年4月1日\s*test\/diff\/fixtures\/v1-1\.yaml/);
    expect(text).toMatch(/改正前\s*第1\.0版\s*2026年12月1日\s*test\/diff\/fixtures\/base\.yaml/);
    const [title, summary, comparison] = ['class="df-title"', 'class="df-summary"', 'class="df-comparison"'].map((s) => doc.indexOf(s));
    expect(title).toBeGreaterThan(0);
    expect(summary).toBeGreaterThan(title!);
    expect(comparison).toBeGreaterThan(summary!);
  });

  it('summarises each change with its category, action and legal basis in Japanese', () => {
    const text = htmlText(html('v1-1')).replace(/\s+/g, ' ');
    expect(text).toContain('本人への対応を要する変更が3件あります（同意取得1件、事前通知等1件、通知又は公表1件）。');
    expect(text).toContain('共同利用者の範囲 共同利用する者の範囲gas-retailers 追加 同意取得 個人情報保護法第27条第5項第3号、個人情報保護委員会ガイドライン（通則編）3-6-3');
    expect(text).toContain('共同利用の目的 共同利用の目的⑤billing 変更 事前通知等 個人情報保護法第27条第6項');
    expect(text).toContain('利用目的 1.【利用目的】8)acquisition/energy-advice 追加 通知又は公表 個人情報保護法第17条第2項、第18条第1項、第21条第3項');
    expect(text).toContain('編集上の変更 前文preamble[0] 変更 不要');
    const managers = htmlText(html('manager-renamed')).replace(/\s+/g, ' ');
    expect(managers).toContain('管理責任者 共同利用の管理責任者supply-point-manager 変更 遅滞なく通知等');
    const items = htmlText(html('field-added')).replace(/\s+/g, ' ');
    expect(items).toContain('共同利用する情報項目 共同利用する情報項目②供給（受電）地点に関する情報supply-point/interval-usage 追加 同意取得');
  });

  it('puts 改正後 (new) in the left column and 改正前 (old) in the right', () => {
    const doc = html('joint-purpose-reworded');
    const head = /<thead>\s*<tr><th scope="col">改正後<\/th><th scope="col">改正前<\/th><\/tr>/.exec(doc);
    expect(head).not.toBeNull();
    const [[left, right]] = cells(doc) as [[string, string]];
    expect(left).toContain('請求<u>及び</u>収納<u>の</u>業務遂行のため');
    expect(right).toContain('請求<u>、</u>収納業務遂行のため');
  });

  it('underlines the changed words only, in both columns, under the caption', () => {
    const doc = html('joint-purpose-reworded');
    expect(doc).toContain('<p class="df-caption">（傍線部分は改正部分）</p>');
    const [[left, right]] = cells(doc) as [[string, string]];
    expect([...left.matchAll(/<u>(.*?)<\/u>/g)].map((m) => m[1])).toEqual(['及び', 'の']);
    expect([...right.matchAll(/<u>(.*?)<\/u>/g)].map((m) => m[1])).toEqual(['、']);
    // Nothing else in the document is underlined.
    expect([...doc.matchAll(/<u>/g)]).toHaveLength(3);
    const typo = cells(html('preamble-typo'));
    expect(typo[0]![0]).toContain('個人情報を適切に<u>取り扱う</u>ことが');
    expect(typo[0]![1]).toContain('個人情報を適切に<u>取扱う</u>ことが');
  });

  it('shows （新設） on the old side of an added entry and （削除） on the new side of a removed one', () => {
    const added = cells(html('party-added')).find(([l]) => l.includes('ガス小売事業者') && !l.includes('との間で'))!;
    expect(added[0]).toContain('<u>ガス小売事業者</u>');
    expect(added[1]).toContain('<p class="df-text df-absent">（新設）</p>');
    expect(added[1]).toContain('共同利用する者の範囲');
    const removed = cells(html('party-removed')).find(([, r]) => r.includes('<u>電力広域的運営推進機関</u>'))!;
    expect(removed[0]).toContain('<p class="df-text df-absent">（削除）</p>');
  });

  it('shows the texts as published: footnote marks as ※n, dates in Japanese', () => {
    const doc = html('v1-1');
    expect(doc).not.toContain('[^');
    expect(doc).toContain('<u>2027</u>年<u>4</u>月1日');
    expect(doc).toContain('<u>第1.1版（2027年4月1日）共同利用する者にガス小売事業者を加えました。</u>');
    const renamed = 'jointUse:\n  title: グリーン・市民電力 共同利用プライバシーポリシー';
    const withMark = readFileSync(fixturePath('base.yaml'), 'utf8').replace('name: 小売電気事業者\n', 'name: 小売電気事業者等\n');
    expect(withMark).toContain(renamed);
    const doc2 = renderDiffHtml([input('base', 'base', withMark)]);
    expect(doc2).toContain('小売電気事業者<u>等</u>※2');
  });

  it('lists reordered entries without underlining them', () => {
    const doc = html('reordered');
    expect(doc).toContain('（順序の変更）');
    expect(doc).not.toContain('<u>');
    expect(htmlText(doc)).toContain('本人への通知等を要する変更はありません。');
  });

  it('escapes everything: an injected <script> is shown as text', () => {
    const source = readFileSync(fixturePath('party-added.yaml'), 'utf8')
      .replace('name: 一般社団法人グリーン・市民電力', 'name: 一般社団法人グリーン・市民電力<script>alert(1)</script>')
      .replace('name: ガス小売事業者', 'name: ガス小売事業者`<script>alert("x")</script>` & 2 < 3');
    const doc = renderDiffHtml([input('base', 'party-added', source)]);
    expect(doc).not.toMatch(/<script/i);
    expect(doc).toContain('一般社団法人グリーン・市民電力&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(doc).toContain('<u>ガス小売事業者&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; 2 &lt; 3</u>');
    // A change that bypasses the loader is escaped too.
    const crafted = input('base', 'party-added');
    crafted.diff!.changes[0]!.after = '<img src=x onerror=alert(1)>';
    const doc2 = renderDiffHtml([crafted]);
    expect(doc2).not.toMatch(/<img/i);
    expect(doc2).toContain('<u>&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;</u>');
  });

  it('is self-contained and printable: no external resources, @page, header row repeated, rows kept whole', () => {
    const doc = html('v1-1');
    expect(doc).not.toMatch(/<(script|link|img|iframe)\b/i);
    expect(doc).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(doc).not.toMatch(/@import|url\(/);
    expect(doc).toContain('@page { size: A4 landscape; margin: 15mm 15mm 17mm 15mm; }');
    expect(doc).toMatch(/\.df-grid thead \{ display: table-header-group; \}/);
    expect(doc).toMatch(/\.df-grid tr \{ break-inside: avoid;/);
    expect(doc).toContain('<html lang="ja">');
  });

  it('reports a policy found on one side only', () => {
    const n = side('base');
    const view = buildComparison({ name: 'base', new: n });
    expect(view.only).toBe('new');
    expect(view.renotice).toBe(true);
    expect(renderDiffHtml([{ name: 'base', new: n }])).toContain('このポリシーは改正後にのみ存在します（新設）。');
  });
});

describe('helpers', () => {
  it('cites the legal basis in Japanese, and keeps what it does not know', () => {
    expect(basisJa('APPI Art. 27(5)(iii); PPC Guidelines (General Rules) 3-6-3')).toBe(
      '個人情報保護法第27条第5項第3号、個人情報保護委員会ガイドライン（通則編）3-6-3',
    );
    expect(basisJa('APPI Art. 17(2), 18(1), 21(3)')).toBe('個人情報保護法第17条第2項、第18条第1項、第21条第3項');
    // A paragraph written alone belongs to the article before it; a range; the Cabinet Order.
    expect(basisJa('APPI Art. 28(1), (2)')).toBe('個人情報保護法第28条第1項、第2項');
    expect(basisJa('APPI Art. 17–28, 32')).toBe('個人情報保護法第17条から第28条まで、第32条');
    expect(basisJa('APPI Art. 20(2), 2(3); Cabinet Order Art. 2')).toBe('個人情報保護法第20条第2項、第2条第3項、個人情報保護法施行令第2条');
    expect(basisJa('')).toBe('');
    expect(basisJa('Something else')).toBe('Something else');
  });

  it('marks the changed words of both sides', () => {
    expect(markChanges('請求、収納', '請求及び収納')).toEqual({
      before: [{ text: '請求', changed: false }, { text: '、', changed: true }, { text: '収納', changed: false }],
      after: [{ text: '請求', changed: false }, { text: '及び', changed: true }, { text: '収納', changed: false }],
    });
  });
});
