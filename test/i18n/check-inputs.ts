/**
 * Policies that trip the check rules: the fixtures with problems, the seed,
 * and small edits of the seed made to trip each rule that none of them does.
 * Read through the function the CLI checks files with (readPolicyText).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument, type Document } from 'yaml';
import { readPolicyText } from '../../src/file/policy-file.js';
import type { Message } from '../../src/report/message.js';

/** The repository (not from ../helpers.js, which needs vitest: this module is read by scripts too). */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const seed = readFileSync(path.join(ROOT, 'policy', 'shimin-denryoku.yaml'), 'utf8');

/** The seed's joint-use table. */
const JU = ['sections', 4, 'body', 0, 'jointUse'];

/** The seed with an edit of its YAML. */
function edited(edit: (doc: Document) => void): string {
  const doc = parseDocument(seed);
  edit(doc);
  return doc.toString();
}

/** The seed with one more section. */
function withSection(section: Record<string, unknown>, more: (doc: Document) => void = () => undefined): string {
  return edited((doc) => {
    (doc.get('sections') as { add(v: unknown): void }).add(doc.createNode(section));
    more(doc);
  });
}

/** The seed with one text replaced (the text must be there). */
function replaced(from: string, to: string): string {
  if (!seed.includes(from)) throw new Error(`the seed has no ${from}`);
  return seed.replace(from, to);
}

/** A policy that names its business in full and publishes the Art. 32 sections: its warnings are only the ones a case adds. */
const COMPLETE = [
  { id: 'security', role: 'security', body: [{ list: ['組織的安全管理措置：…', '人的安全管理措置：…', '物理的安全管理措置：…', '技術的安全管理措置：…'] }] },
  { id: 'requests', role: 'disclosure', body: ['開示等の請求は、窓口までお申し出ください。手数料は無料です。'] },
  { id: 'desk', role: 'complaints', body: [{ contact: { name: '個人情報相談窓口', phone: '092-000-0000' } }] },
];

/** Edits of the seed, each made to trip one rule (or one wording of a rule). */
export const TRIPS: Record<string, string> = {
  'unknown-key': edited((doc) => doc.set('efective', '2026-12-01')),
  'unknown-key (full-width space)': edited((doc) => doc.set('note\u3000', 'x')),
  'missing-key': edited((doc) => doc.delete('title')),
  'missing-key (described)': edited((doc) => {
    doc.deleteIn(['organization', 'name']);
    doc.deleteIn(['revisions', 0, 'version']);
  }),
  'missing-key (contact name)': withSection({ id: 'desk', body: [{ contact: { phone: '092-000-0000' } }] }),
  'empty-text': edited((doc) => doc.set('title', '')),
  'empty-text (blank)': edited((doc) => doc.set('title', '   ')),
  'empty-list': edited((doc) => doc.setIn(['sections', 0, 'body', 1, 'purposes'], doc.createNode([]))),
  'wrong-value': edited((doc) => doc.setIn(['sections', 1, 'role'], 'security-measures')),
  'unknown-block': edited((doc) => doc.setIn(['sections', 0, 'body', 0], doc.createNode({ lisst: ['a'] }))),
  'unknown-block (a number)': edited((doc) => doc.setIn(['sections', 0, 'body', 0], 42)),
  'invalid-date (format)': replaced('effectiveDate: 2026-12-01', 'effectiveDate: "2026-12-1"'),
  'invalid-date (calendar)': replaced('effectiveDate: 2026-12-01', 'effectiveDate: "2026-02-30"'),
  'invalid-id': edited((doc) => doc.setIn(['sections', 0, 'id'], 'Acquisition Section')),
  'wrong-type (number)': replaced('title: グリーン・市民電力の個人情報の取り扱いについて', 'title: 2026'),
  'wrong-type (list)': edited((doc) => doc.setIn(['sections', 0, 'body'], 'text')),
  'wrong-type (block)': edited((doc) => doc.set('organization', '市民電力')),
  'wrong-type (boolean)': edited((doc) => doc.setIn(['sections', 4, 'numbered'], 'no')),
  'wrong-type (nothing)': replaced('title: グリーン・市民電力の個人情報の取り扱いについて', 'title:'),
  'wrong-type (yes/no)': replaced('title: グリーン・市民電力の個人情報の取り扱いについて', 'title: true'),
  'duplicate-id': edited((doc) => doc.setIn(['sections', 0, 'body', 1, 'purposes', 1, 'id'], 'applications')),
  'bidi-control': replaced('利用目的に必要な限度', '利用目的に\u202E必要な限度'),
  'invisible-character': replaced('利用目的に必要な限度', '利用目的に\u200B必要な限度'),
  'control-character': replaced('利用目的に必要な限度', '利用目的に\u0007必要な限度'),
  'lone-surrogate': replaced('summary: 本ポリシーを制定しました。', 'summary: "本ポリシーを\\uD800制定しました。"'),
  'invisible-character (escaped)': replaced('summary: 本ポリシーを制定しました。', 'summary: "本ポリシーを\\u200B制定しました。"'),
  'invisible-character (more)': replaced('利用目的に必要な限度', `利用目的に${'\u200B'.repeat(25)}必要な限度`),
  'invisible-character (byte order mark)': replaced('利用目的に必要な限度', '利用目的に\uFEFF必要な限度'),
  'lookalike-name': edited((doc) => doc.setIn([...JU, 'parties', 'entries', 1, 'name'], '小売電気事業者')),
  'lookalike-name (width)': edited((doc) => {
    doc.setIn([...JU, 'parties', 'entries', 0, 'name'], 'ＡＢＣ電力株式会社');
    doc.setIn([...JU, 'parties', 'entries', 1, 'name'], 'ABC電力株式会社');
  }),
  'unknown-reference (mark)': replaced('共同で利用することがあります[^scope]', '共同で利用することがあります[^scop]'),
  'unknown-reference (note)': edited((doc) => doc.setIn([...JU, 'parties', 'entries', 0, 'notes', 0], 'retailer')),
  'unknown-reference (group)': edited((doc) => doc.setIn([...JU, 'managers', 'entries', 0, 'groups', 0], 'basics')),
  'unknown-reference (party)': edited((doc) => doc.setIn(['sections', 3, 'body', 0, 'parties', 0], 'retailer')),
  'unknown-reference (footnote section)': edited((doc) => doc.setIn(['footnotes', 0, 'section'], 'joint')),
  'unknown-reference (row)': edited((doc) => doc.setIn([...JU, 'purposes', 'refers'], doc.createNode(['purpose']))),
  'unknown-reference (no footnotes)': edited((doc) => {
    doc.delete('footnotes');
    doc.setIn([...JU, 'parties', 'entries', 0, 'notes'], doc.createNode(['x']));
  }),
  'unknown-reference (fields)': edited((doc) => {
    doc.setIn([...JU, 'items', 'fields'], doc.createNode([{ id: 'name', name: '氏名' }]));
    doc.deleteIn([...JU, 'items', 'groups']);
  }),
  'list-slot': edited((doc) => doc.deleteIn(['sections', 3, 'body', 0, 'parties'])),
  'list-slot (plain text)': edited((doc) => doc.setIn(['sections', 1, 'body', 0], '個人情報の利用は{list}で行います。')),
  'list-slot (no slot)': edited((doc) => doc.setIn(['sections', 3, 'body', 0, 'text'], '市民電力は、利用者の個人情報を共同利用することがあります。')),
  'clause-parties': edited((doc) => {
    doc.deleteIn(['sections', 3, 'body', 0, 'parties', 5]);
    doc.setIn(['sections', 3, 'body', 0, 'parties', 1], 'retailers');
  }),
  'joint-use-reference': edited((doc) => doc.setIn([...JU, 'purposes', 'entries', 4, 'text'], '上記の利用目的のため')),
  numbering: edited((doc) => doc.setIn(['sections', 0, 'body', 1, 'numbering'], 'roman')),
  'numbering (counter)': edited((doc) => doc.setIn(['sections', 0, 'body', 1, 'numbering'], '{x}.')),
  'numbering (two counters)': edited((doc) => doc.setIn(['sections', 0, 'body', 1, 'numbering'], '{1}-{1}')),
  placeholder: edited((doc) => doc.setIn(['organization', 'name'], '【要記入：会社の正式名称】')),
  'placeholder (alone)': edited((doc) => doc.set('title', '【要記入】')),
  'appi-business-identity (unpublished)': edited((doc) => {
    doc.setIn(['organization', 'address'], '福岡県福岡市東区松島一丁目1番1号');
    doc.setIn(['organization', 'representative'], '代表理事 山田太郎');
    doc.set('closing', doc.createNode([{ signature: ['一般社団法人グリーン・市民電力'] }]));
  }),
  'appi-use-purposes': edited((doc) => doc.setIn(['sections', 0, 'body', 1], doc.createNode({ list: ['利用者からの申込みに対応するため'] }))),
  'appi-joint-use-items': edited((doc) => {
    doc.setIn(['sections', 3, 'body'], doc.createNode(['市民電力は、利用者の個人情報を適切に取り扱います。']));
    doc.deleteIn(['sections', 4, 'heading']);
  }),
  'appi-joint-use-items (group)': edited((doc) => doc.setIn([...JU, 'managers', 'entries', 1, 'groups', 0], 'basic')),
  'appi-manager-identity (the business)': edited((doc) => {
    doc.setIn(['organization', 'address'], '福岡県福岡市東区松島一丁目1番1号');
    doc.setIn([...JU, 'managers', 'entries', 0, 'name'], '一般社団法人グリーン・市民電力');
    doc.setIn([...JU, 'managers', 'entries', 0, 'address'], '東京都千代田区丸の内一丁目1番1号');
  }),
  'appi-manager-identity (no representative)': edited((doc) => doc.setIn([...JU, 'managers', 'entries', 0, 'address'], '東京都千代田区丸の内一丁目1番1号')),
  'appi-manager-identity (a joint use in prose)': withSection({
    id: 'joint-prose',
    heading: '個人データの共同利用',
    body: [
      '当社は、以下のとおり個人データを共同して利用します。',
      { list: ['共同して利用する者の範囲：株式会社みらい物流', '当該個人データの管理について責任を有する者：株式会社みらい物流'] },
    ],
  }),
  'appi-business-identity (no representative)': edited((doc) => doc.setIn(['organization', 'address'], '福岡県福岡市東区松島一丁目1番1号')),
  'appi-disclosure-procedure (fee)': withSection({ id: 'requests', role: 'disclosure', body: ['開示の請求には手数料をいただきます。'] }),
  'appi-disclosure-fee': withSection({ id: 'requests', role: 'disclosure', body: ['訂正の請求につき手数料1,000円をいただきます。'] }),
  'appi-security-measures (kinds)': withSection({ id: 'security', role: 'security', body: [{ list: ['組織的安全管理措置：…'] }] }),
  'appi-security-measures (abroad)': withSection({ id: 'security', role: 'security', body: [{ list: ['組織的安全管理措置：…'] }] }, (doc) =>
    (doc.get('sections') as { add(v: unknown): void }).add(doc.createNode({ id: 'abroad', role: 'overseas', body: ['外国にある第三者に提供することがあります。'] })),
  ),
  'appi-complaints (contact)': withSection({ id: 'desk', role: 'complaints', body: ['苦情は窓口までお申し出ください。'] }),
  'appi-overseas-information': withSection({ id: 'abroad', role: 'overseas', body: ['外国にある第三者に提供することがあります。'] }),
  'effective-date': edited((doc) => doc.delete('effectiveDate')),
  'footnote-unused': edited((doc) => (doc.get('footnotes') as { add(v: unknown): void }).add(doc.createNode({ id: 'unused', text: '使われない注記' }))),
  'contact-email': withSection({ id: 'desk', body: [{ contact: { name: '窓口', email: 'お問い合わせフォーム' } }] }),
  'https-link (contact)': withSection({ id: 'desk', body: [{ contact: { name: '窓口', url: 'http://www.example.jp/' } }] }),
  'revision-history': edited((doc) => doc.set('version', '1.1')),
  'revision-history (no date)': edited((doc) => {
    doc.set('version', '1.1');
    doc.delete('effectiveDate');
  }),
  'font-coverage': replaced('本ポリシーを制定しました。', '本ポリシーを制定しました😀'),
  'font-coverage (two)': replaced('本ポリシーを制定しました。', '本ポリシーを制定しました😀👍🏽'),
  'version-name': edited((doc) => doc.set('version', '1.0-with-a-very-long-description-of-what-changed')),
  'version-name (characters)': edited((doc) => {
    doc.set('version', '1.0/β');
    doc.setIn(['revisions', 0, 'version'], '1.0/β');
  }),
  'short-name-form': edited((doc) => doc.set('shortNameForm', '（以下「{name}」といい、その子会社を含みます。）')),
  'short-name-form (no name)': edited((doc) => doc.set('shortNameForm', '（以下「略称」といいます。）')),
  'revision-order': edited((doc) => {
    (doc.get('revisions') as { add(v: unknown): void }).add(doc.createNode({ version: '1.0', date: '2026-11-01', summary: '改定しました。' }));
  }),
  'dates-disagree': edited((doc) => doc.set('closing', doc.createNode([{ dates: [{ label: '最終改定日', date: '2025-04-01' }] }]))),
  'role-mismatch': withSection({ id: 'measures', role: 'security', heading: '第三者提供について', body: ['個人情報は適切に管理します。'] }),
  'role-undeclared (qualifies)': edited((doc) =>
    doc.setIn(['sections', 2, 'body', 0], '市民電力は、利用者の承諾なしに第三者に提供いたしません。ただし、外国にある第三者に提供する場合があります。'),
  ),
  'complete (nothing but the Art. 32 sections)': edited((doc) => {
    for (const s of COMPLETE) (doc.get('sections') as { add(v: unknown): void }).add(doc.createNode(s));
  }),
  'unsafe-link (contact)': withSection({ id: 'desk', body: [{ contact: { name: '窓口', url: 'javascript:alert(1)' } }] }),
  'unsafe-link': replaced('円滑に作業を行うため', '円滑に[作業](javascript:alert(1))を行うため'),
  'unsupported-markdown': replaced('円滑に作業を行うため', '円滑に![作業](work.png)を行うため'),
  'block-markdown': replaced('text: 利用者からの問合せに対する回答を速やかに行うため', 'text: "# 利用者からの問合せに対する回答を速やかに行うため"'),
  'yaml-tag': replaced('title: グリーン', 'title: !!binary 44Kw'),
  'too-deep': edited((doc) => doc.setIn(['sections', 0, 'body', 1], doc.createNode({ list: JSON.parse('['.repeat(40) + '"x"' + ']'.repeat(40)) }))),
  'not-a-policy': '- a list\n- not a policy\n',
  'yaml-alias': ['a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x", "x"]', ...'bcdefghi'.split('').map((c, i) => `${c}: &${c} [${Array(10).fill(`*${'abcdefghi'[i]}`).join(', ')}]`)].join('\n') + '\n',
};

/** The fixtures with problems: every invalid one, the role fixtures, the constructs and the seed. */
export function fixtureFiles(): string[] {
  const dir = (d: string) =>
    readdirSync(path.join(ROOT, d))
      .filter((n) => n.endsWith('.yaml'))
      .map((n) => path.join(d, n));
  return [...dir('test/fixtures/invalid'), ...dir('test/fixtures/roles'), 'test/fixtures/constructs.yaml', 'test/fixtures/shift-jis.yaml', 'policy/shimin-denryoku.yaml'];
}

/** Every input with its messages, as `policy check` finds them. */
export function checkedInputs(): Array<{ name: string; messages: Message[] }> {
  return [
    ...fixtureFiles().map((file) => ({ name: file, messages: readPolicyText(file, readFileSync(path.join(ROOT, file), 'utf8')).messages })),
    ...Object.entries(TRIPS).map(([name, text]) => ({ name, messages: readPolicyText('policy/p.yaml', text).messages })),
  ];
}
