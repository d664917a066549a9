import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPolicyText } from '../../src/file/policy-file.js';
import { buildView } from '../../src/render/view.js';
import { renderHtmlFragment } from '../../src/render/html.js';
import { renderText } from '../../src/render/text.js';
import { numberLabel, numberingProblem } from '../../src/model/numbering.js';
import { NUMBERING_PRESETS } from '../../src/model/schema.js';
import { ROOT, htmlText, squash } from '../helpers.js';

const FILE = path.join(ROOT, 'test', 'fixtures', 'blocks.yaml');
const loaded = loadPolicyText(FILE, readFileSync(FILE, 'utf8'));
const view = buildView(loaded.policy!.policy);
const html = renderHtmlFragment(view);
const text = renderText(view);

/** The view of a small policy: a business and a title, then the YAML lines given (sections, closing …). */
function viewOf(...lines: string[]) {
  const loaded = loadPolicyText('inline.yaml', ['organization: { name: 株式会社テスト商事 }', 'title: 方針', ...lines].join('\n'));
  expect(loaded.messages.filter((m) => m.severity === 'error')).toEqual([]);
  return buildView(loaded.policy!.policy);
}

describe('numbering styles', () => {
  it.each([
    ['article', 3, '第3条'],
    ['decimal', 3, '3.'],
    ['paren', 3, '(3)'],
    ['half-paren', 3, '3)'],
    ['circled', 3, '③'],
    ['circled', 21, '㉑'],
    ['katakana', 3, 'ウ.'],
    ['iroha', 3, 'ハ.'],
    ['bullet', 3, '・'],
    ['none', 3, ''],
    ['（{１}）', 12, '（１２）'],
    ['{a}.', 2, 'b.'],
    ['{A}', 2, 'B'],
    ['{i}.', 4, 'iv.'],
    ['{I}', 9, 'IX'],
    ['{一}、', 12, '十二、'],
    ['第{1}項', 2, '第2項'],
    ['■', 5, '■'],
    ['paragraph', 1, ''],
    ['paragraph', 3, '３'],
  ])('%s numbers entry %i as "%s"', (numbering, n, label) => {
    expect(numberingProblem(numbering)).toBeUndefined();
    expect(numberLabel(numbering, n)).toBe(label);
  });

  it('refuses an unknown preset, an unknown counter and two counters', () => {
    expect(numberingProblem('roman')).toBe('"roman" is not a numbering style');
    expect(numberingProblem('{x}.')).toBe('{x} is not a counter');
    expect(numberingProblem('{1}-{1}')).toBe('a numbering pattern has at most one counter in braces');
    expect(Object.keys(NUMBERING_PRESETS)).toContain('article');
  });
});

describe('every block type, in HTML and in plain text', () => {
  it('loads without errors', () => {
    expect(loaded.messages.filter((m) => m.severity === 'error')).toEqual([]);
  });

  it('sets section headings as h2, subsections as h3, with their numbers', () => {
    expect(html).toContain('<h2 class="pp-heading" id="section-purposes-heading"><span class="pp-num">第1条</span>利用目的</h2>');
    expect(html).toContain('<h3 class="pp-heading" id="section-sub-one-heading"><span class="pp-num">（１）</span>小見出し一</h3>');
    expect(html).toContain('<h2 class="pp-heading" id="section-extra-heading">附則</h2>');
    expect(text).toContain('第1条　利用目的\n');
    expect(text).toContain('  （１）小見出し一\n');
    expect(text).toContain('  （２）見出しのない小項目です。\n');
  });

  it('renders text after a list in the same section', () => {
    expect(squash(htmlText(`<body>${html}</body>`))).toMatch(/お問い合わせへの回答のため.*上記以外の目的では利用しません。/);
    expect(text).toMatch(/\(2\) お問い合わせへの回答のため\n\n上記以外の目的では利用しません。/);
  });

  it('nests real lists: ol for numbers, ul for bullets, entries with a title and a body', () => {
    expect(html).toMatch(/<ol class="pp-list pp-marked pp-purposes"[^>]*>\s*<li id="purpose-sales"><span class="pp-num">\(1\)<\/span><div class="pp-text"><span class="pp-item-title">販売<\/span>\s*<ol class="pp-list pp-marked">/);
    expect(html).toMatch(/<ul class="pp-list pp-marked">\s*<li><span class="pp-num" aria-hidden="true">・<\/span><div class="pp-text">中黒の一<\/div><\/li>/);
    expect(html).toContain('<span class="pp-item-title">見出し付き</span><span class="pp-item-sep">：</span>カタカナの二');
    expect(html).toMatch(/<ul class="pp-list">\s*<li><div class="pp-text">番号なし<\/div><\/li>/);
    // Each level indented under the text of the entry above.
    expect(text).toContain(
      ['イ. 見出し付き：カタカナの二', '    イ. イロハの一', '    ロ. イロハの二', '        a. 英字の一', '        b. 英字の二', '           ・中黒の一'].join('\n'),
    );
    expect(text).toContain('i. ローマ数字の一\nii. ローマ数字の二');
    expect(text).toContain('一、漢数字の一');
  });

  it('renders a table with a caption, a header row, row headings and a cell holding a list', () => {
    expect(html).toContain('<caption>委託先一覧</caption>');
    expect(html).toContain('<thead><tr><th scope="col">委託先</th><th scope="col">業務</th></tr></thead>');
    expect(html).toContain('<th scope="row">配送会社</th><td>商品の配送</td>');
    expect(html).toMatch(/<th scope="row">印刷会社<\/th><td><p>請求書の印刷<\/p>\s*<ul class="pp-list pp-marked">/);
    expect(text).toContain('委託先一覧\n■委託先／業務\n・配送会社\n  商品の配送\n・印刷会社\n  請求書の印刷\n  ・封入\n  ・発送\n');
  });

  it('renders a joint-use table in the order of its rows, without a header row, items not grouped', () => {
    const table = html.slice(html.indexOf('<table class="pp-table pp-joint-use-table"'), html.indexOf('</table>', html.indexOf('pp-joint-use-table')));
    expect(table).not.toContain('<thead>');
    const labels = [...table.matchAll(/<th scope="row">([^<]+)<\/th>/g)].map((m) => m[1]);
    expect(labels).toEqual(['共同して利用される個人データの項目', '共同して利用する者の範囲', '利用する者の利用目的', '管理について責任を有する者']);
    expect(table).toContain('<p>氏名及びメールアドレス</p>');
    expect(table).toContain('<span class="pp-manager-detail">住所：東京都千代田区一番町1番1号</span><span class="pp-manager-detail">代表者：代表取締役 試験太郎</span>');
    expect(text).toContain('■共同して利用される個人データの項目\n  氏名及びメールアドレス\n\n■共同して利用する者の範囲');
    expect(text).toContain('    住所：東京都千代田区一番町1番1号\n    代表者：代表取締役 試験太郎');
    expect(text).toContain('当社は、テスト商事グループ各社及び提携販売店との間で個人データを共同利用します。');
  });

  it('publishes the contact block as an address', () => {
    expect(html).toMatch(/<address class="pp-contact">\s*<span class="pp-contact-name">個人情報相談窓口<\/span>/);
    expect(html).toContain('<div><dt>電話</dt><dd><a href="tel:0300000000">03-0000-0000</a></dd></div>');
    expect(html).toContain('<div><dt>メール</dt><dd><a href="mailto:privacy@example.jp">privacy@example.jp</a></dd></div>');
    expect(text).toContain('個人情報相談窓口\n  住所：〒100-0001 東京都千代田区一番町1番1号\n  電話：03-0000-0000\n  メール：privacy@example.jp\n  受付時間：平日9時～17時');
  });

  it('sets date lines, the revision history and the signature', () => {
    expect(html).toContain('<span class="pp-date-line">制定日　<time datetime="2020-04-01">2020年4月1日</time></span>');
    expect(html).toContain('<p class="pp-signature">株式会社テスト商事<br>代表取締役 試験太郎</p>');
    expect(html).toContain('<tr><td>1.0</td><td><time datetime="2020-04-01">2020年4月1日</time></td><td>制定</td></tr>');
    expect(text).toMatch(/ +制定日　2020年4月1日\n +最終改定日　2026年12月1日\n/);
    expect(text).toContain('第1.0版（2020年4月1日）制定');
    // The policy's own signature stands in place of the business's: it is not printed twice.
    expect(text.match(/^ {20,}株式会社テスト商事$/gm)).toHaveLength(1);
  });

  it('prints no version and no date where the policy states none', () => {
    expect(html).not.toContain('<dl class="pp-meta">');
    expect(text.split('\n')[1]).toBe('');
  });
});

describe('a heading in brackets', () => {
  const policy = (headings: string[]) =>
    viewOf('numbering: article', 'sections:', ...headings.flatMap((h, i) => [`  - id: s${i}`, `    heading: ${h}`, '    body:', '      - 本文です。']));

  it('is set close to its number, as 第1条（目的）; any other heading after a space', () => {
    const v = policy(['（目的）', '【定義】', '利用目的', '「個人情報」の定義']);
    const t = renderText(v);
    for (const line of ['第1条（目的）', '第2条【定義】', '第3条　利用目的', '第4条「個人情報」の定義']) expect(t).toContain(`\n${line}\n`);
    const h = renderHtmlFragment(v);
    expect(h.match(/class="pp-heading pp-tight"/g)).toHaveLength(3);
    expect(h).toContain('<h2 class="pp-heading" id="section-s2-heading"><span class="pp-num">第3条</span>利用目的</h2>');
  });
});

describe('a contact block\'s phone line', () => {
  it('links one number, written in either width, and leaves two numbers unlinked', async () => {
    const { telHref } = await import('../../src/render/view.js');
    expect(telHref('03-0000-0000')).toBe('tel:0300000000');
    expect(telHref('０１２０－１１６－２１３（通話料無料）')).toBe('tel:0120116213');
    expect(telHref('092-000-0000（平日10時〜17時）')).toBe('tel:0920000000');
    expect(telHref('TEL.0120-116-213　TEL.0120-700-779')).toBeUndefined();
    expect(telHref('お問い合わせフォームをご利用ください')).toBeUndefined();
  });
});

describe('a numbered joint-use row in plain text', () => {
  it('sets a space after a half-width number and aligns the lines that follow under the text', () => {
    const fixture = readFileSync(path.join(ROOT, 'test', 'fixtures', 'row-references.yaml'), 'utf8').replace(
      "purposes: { label: 利用する者の利用目的, entries: [{ id: p, text: 第2条に定める利用目的 }] }",
      "purposes: { label: 利用する者の利用目的, numbering: decimal, entries: [{ id: p, text: 第2条に定める利用目的のほか、グループ各社の商品及びサービスのご案内のため }] }",
    );
    const out = renderText(buildView(loadPolicyText('n.yaml', fixture).policy!.policy), 40);
    expect(out).toMatch(/\n {2}1\. 第2条に定める[^\n]+\n {5}[^ \n][^\n]*\n/);
  });
});

describe('a list heading', () => {
  it('is set in 【】, unless it starts with a mark of its own (● 行動指針, 【利用目的】)', () => {
    const render = (heading: string) => renderText(viewOf('sections:', '  - id: a', '    body:', `      - heading: "${heading}"`, '        list: [法令を遵守します。]'));
    expect(render('行動指針')).toContain('【行動指針】');
    expect(render('● 行動指針')).toContain('1. ● 行動指針\n');
    expect(render('【利用目的】')).not.toContain('【【');
  });
});

describe('a footnote with a section of its own', () => {
  const policy = (section?: string) =>
    viewOf(
      'sections:',
      '  - id: joint',
      '    heading: 共同利用',
      '    body:',
      '      - 当社は、小売電気事業者[^retailer]と共同して利用します。',
      '  - id: contact',
      '    heading: お問い合わせ',
      '    body:',
      '      - 窓口までご連絡ください[^hours]。',
      'footnotes:',
      '  - id: retailer',
      '    text: 小売電気事業者とは、経済産業大臣の登録を受けた事業者をいいます。',
      ...(section ? [`    section: ${section}`] : []),
      '  - id: hours',
      '    text: 平日の午前9時から午後5時まで受け付けます。',
    );

  it('is printed at the end of that section, numbered as all footnotes are', () => {
    const t = renderText(policy('joint'));
    const at = (s: string) => t.indexOf(s);
    expect(at('※1 小売電気事業者とは')).toBeGreaterThan(at('共同して利用します'));
    expect(at('※1 小売電気事業者とは')).toBeLessThan(at('お問い合わせ'));
    expect(at('※2 平日の')).toBeGreaterThan(at('窓口まで'));
    const h = renderHtmlFragment(policy('joint'));
    expect(h).toMatch(/<aside class="pp-footnotes pp-section-notes" aria-label="注記"><ol>\s*<li id="fn-retailer"><span class="pp-mark">※1<\/span>/);
    expect(h.indexOf('id="fn-retailer"')).toBeLessThan(h.indexOf('id="section-contact"'));
    expect(h.match(/id="fn-/g)).toHaveLength(2);
  });

  it('is printed after the last section without one', () => {
    const t = renderText(policy());
    expect(t.indexOf('※1 小売電気事業者とは')).toBeGreaterThan(t.indexOf('窓口まで'));
  });
});

describe('a dates block', () => {
  it('sets a full-width space after a label, and none after a label that ends in a colon', () => {
    const render = (label: string) =>
      renderText(viewOf('sections:', '  - id: a', '    body:', '      - 本文です。', 'closing:', `  - dates: [{ label: "${label}", date: 2011-10-01 }]`));
    expect(render('制定日')).toContain('制定日　2011年10月1日');
    expect(render('制定：')).toContain('制定：2011年10月1日');
  });
});

describe('a contact block', () => {
  it('uses the policy\'s own words for its lines where it gives them', () => {
    const h = renderHtmlFragment(
      viewOf('sections:', '  - id: a', '    body:', '      - contact: { name: 個人情報相談窓口, address: 東京都千代田区一番町1番1号, email: privacy@example.jp, labels: { address: 連絡先, email: e-mail } }'),
    );
    expect(h).toContain('<dt>連絡先</dt><dd>東京都千代田区一番町1番1号</dd>');
    expect(h).toContain('<dt>e-mail</dt><dd><a href="mailto:privacy@example.jp">privacy@example.jp</a></dd>');
  });
});

describe('a joint-use table laid out as a list', () => {
  it('numbers its rows, each label over its entries, with the same entries and anchors as the table', () => {
    const fixture = readFileSync(path.join(ROOT, 'test', 'fixtures', 'row-references.yaml'), 'utf8');
    const asList = fixture.replace('          id: group\n', '          id: group\n          layout: list\n          numbering: "（{１}）"\n');
    const [table, list] = [fixture, asList].map((t) => buildView(loadPolicyText('j.yaml', t).policy!.policy));
    const h = renderHtmlFragment(list!);
    expect(h).not.toContain('<table');
    expect(h).toContain('<ol class="pp-list pp-marked pp-joint-use-list" id="joint-use-group">');
    expect(h).toContain('<span class="pp-num">（１）</span><div class="pp-text"><p class="pp-joint-use-label">共同して利用する者の範囲</p>');
    const ids = (html: string) => [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]).sort();
    expect(ids(h)).toEqual(ids(renderHtmlFragment(table!)));
    expect(renderText(list!)).toContain('\n（１）共同して利用する者の範囲\n  ・株式会社エー\n');
  });
});

describe('項 numbered as statutes number them (numbering: paragraph)', () => {
  it('leaves the first unnumbered and sets a full-width space after ２, ３', () => {
    const v = viewOf(
      'numbering: article',
      'sections:',
      '  - id: d',
      '    heading: （開示等の請求）',
      '    numbering: paragraph',
      '    sections:',
      ...['遅滞なく開示します。', '前項の規定にかかわらず、開示しないことがあります。', '書面によるものとします。'].flatMap((t, i) => [`      - id: p${i + 1}`, '        body:', `          - ${t}`]),
    );
    const t = renderText(v);
    expect(t).toContain('第1条（開示等の請求）\n\n  遅滞なく開示します。\n\n  ２　前項の規定にかかわらず、開示しないことがあります。\n\n  ３　書面によるものとします。\n');
    expect(t).not.toContain('undefined');
  });
});

