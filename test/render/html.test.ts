import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { loadPolicyText } from '../../src/file/policy-file.js';
import { buildView } from '../../src/render/view.js';
import { renderHtmlFragment, renderHtmlPage } from '../../src/render/html.js';
import { renderText } from '../../src/render/text.js';
import { SEED_POLICY } from '../helpers.js';

const seed = readFileSync(SEED_POLICY, 'utf8');
const page = renderHtmlPage(buildView(loadPolicyText(SEED_POLICY, seed).policy!.policy));

function load(edit: (doc: ReturnType<typeof parseDocument>) => void) {
  const doc = parseDocument(seed);
  edit(doc);
  return loadPolicyText('edited.yaml', doc.toString());
}

describe('HTML page', () => {
  it('is a standalone Japanese page without external resources', () => {
    expect(page).toMatch(/^<!DOCTYPE html>\n<html lang="ja">/);
    expect(page).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(page).toContain('<title>グリーン・市民電力の個人情報の取り扱いについて</title>');
    expect(page).not.toMatch(/<(link|script|img|iframe)\b/);
    expect(page).not.toMatch(/\bsrc=|url\(/);
  });

  it('has one h1 and a real table with scoped header cells', () => {
    expect(page.match(/<h1\b/g)).toHaveLength(1);
    expect(page).toContain('<th scope="col">項目</th><th scope="col">規 定</th>');
    expect(page.match(/<th scope="row">/g)).toHaveLength(4);
    expect(page).toContain('<th scope="row">共同利用の管理責任者</th>');
  });

  it('keeps the numbering of the seed', () => {
    for (const n of ['1)', '7)', '①', '⑤']) expect(page).toContain(`<span class="pp-num">${n}</span>`);
    expect(page).toContain('<span class="pp-num">4.</span>');
  });

  it('links each footnote mark to its footnote and back', () => {
    expect(page).toContain('<sup class="pp-note-ref"><a href="#fn-scope" id="fnref-scope" aria-describedby="fn-scope">※1</a></sup>');
    expect(page).toContain('<li id="fn-scope"><span class="pp-mark">※1</span>');
    expect(page).toContain('<a class="pp-backref" href="#fnref-scope" aria-label="本文の※1に戻る">↩</a>');
    for (const id of ['scope', 'retailer-definition', 'transmission-operator-definition', 'switching']) {
      expect(page).toContain(`href="#fn-${id}"`);
      expect(page).toContain(`id="fn-${id}"`);
    }
  });

  it('turns the autolink of the footnote into a link', () => {
    const url = 'http://www.enecho.meti.go.jp/category/electricity_and_gas/electric/summary/retailers_list/';
    expect(page).toContain(`（<a href="${url}">${url}</a>）`);
  });

  it('reads well on phones and in print', () => {
    expect(page).toContain('@media (max-width: 640px)');
    expect(page).toContain('@media print');
  });
});

describe('escaping', () => {
  const { policy } = load((doc) => {
    doc.setIn(['sections', 4, 'body', 0, 'jointUse', 'purposes', 'entries', 0, 'text'], '電気料金の精算のため <script>alert("x")</script> & "確認"');
    doc.setIn(['title'], 'タイトル <b>太字</b>');
  });

  it('refuses raw HTML in a text, with its position', () => {
    expect(policy).toBeUndefined();
  });

  it('shows injected markup as text, never as markup', () => {
    const doc = parseDocument(seed);
    doc.setIn(['sections', 4, 'body', 0, 'jointUse', 'purposes', 'entries', 0, 'text'], '精算のため \\<script>alert(1)\\</script> & "確認" `<img src=x onerror=alert(1)>`');
    const result = loadPolicyText('x.yaml', doc.toString());
    expect(result.messages.filter((m) => m.severity === 'error')).toEqual([]);
    const html = renderHtmlPage(buildView(result.policy!.policy));
    expect(html).toContain('精算のため &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;確認&quot; &lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(renderText(buildView(result.policy!.policy))).toContain('精算のため <script>alert(1)</script> & "確認"');
  });

  it('renders only http(s): and mailto: links', () => {
    const result = load((doc) => doc.setIn(['footnotes', 0, 'text'], '[詳細](javascript:alert(1)) と [窓口](mailto:privacy@example.jp)'));
    expect(result.messages.filter((m) => m.severity === 'error').map((m) => [m.ruleId, m.path])).toEqual([['unsafe-link', 'footnotes[0].text']]);
    const ok = load((doc) => doc.setIn(['footnotes', 0, 'text'], '[窓口](mailto:privacy@example.jp) と <https://example.jp/a?b=1&c="2">'));
    const html = renderHtmlFragment(buildView(ok.policy!.policy));
    expect(html).toContain('<a href="mailto:privacy@example.jp">窓口</a>');
    expect(html).toContain('<a href="https://example.jp/a?b=1&amp;c=&quot;2&quot;">https://example.jp/a?b=1&amp;c=&quot;2&quot;</a>');
  });
});

describe('HTML anchors', () => {
  const ids = (html: string) => [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!);

  it('are unique when two joint-use tables list the same partner under the same id', () => {
    const acme = readFileSync(new URL('../../examples/acme-denki.yaml', import.meta.url), 'utf8');
    const shared = acme.replaceAll('group-acme-denki', 'acme-denki');
    const loaded = loadPolicyText('shared.yaml', shared);
    expect(loaded.messages.filter((m) => m.severity === 'error')).toEqual([]);
    const all = ids(renderHtmlPage(buildView(loaded.policy!.policy)));
    expect(all.length).toBe(new Set(all).size);
    // The shared id is told apart by its table; an id of one table alone keeps its short anchor.
    expect(all).toEqual(expect.arrayContaining(['party-grid-acme-denki', 'party-group-acme-denki', 'party-occto', 'party-acme-gas']));
    expect(all).not.toContain('party-acme-denki');
  });

  it('are unique on the seed, whose parties keep their short anchors', () => {
    const all = ids(page);
    expect(all.length).toBe(new Set(all).size);
    expect(all.filter((id) => id.startsWith('party-')).length).toBeGreaterThan(3);
    expect(all.filter((id) => id.startsWith('party-')).every((id) => !id.includes('joint-use'))).toBe(true);
  });
});
