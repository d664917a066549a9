/**
 * Constructs of real published policies, written as their pages read
 * (test/fixtures/constructs.yaml), built by the real command in every format:
 * each phrase is published in the page, the text and the leaflet, and the
 * structure (headings, lists, tables, rows) is real elements of the page.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { diffPolicies } from '../../src/diff/index.js';
import { readPolicyText } from '../../src/file/policy-file.js';
import { ROOT, cli, htmlText, squash, tempDir } from '../helpers.js';

const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'constructs.yaml');
const SOURCE = readFileSync(FIXTURE, 'utf8');

/** What each construct must publish, as its page reads. */
const PHRASES = [
  'PRIVACY POLICY',
  // purposes in a table
  '対象', 'お客様の個人情報', '見積、契約、請求、各種連絡', '取引先の個人情報', '取引上の連絡',
  // roles on list entries
  '開示等の手続', '手数料は無料です。', '④ 技術的安全管理措置：アクセスを制御しています。',
  // joint-use rows as prose, a note in a party entry, a row of the policy's own, a manager's own lines
  '具体的には、氏名、性別、生年月日、住所、電話番号です。',
  '当社　ただし、ユーザーは当社の提携サービスを利用することはできません。',
  '５．', '個人情報の取得方法', '申込書及びウェブサイトのフォームから取得します。',
  '会社名：株式会社サンプルケア', '住所：東京都港区芝公園4-16-10', '管理担当：サンプルケア個人情報保護事務局',
  // a branch article
  '第3条の2', '共同利用の詳細',
  // a contact block as the page sets it
  'TEL', '03-0000-0000', '〒105-0011 東京都港区芝公園四丁目16番10号', '窓口：株式会社サンプルケア 総務課', '個人情報保護管理者', '総務部長',
  // dates as printed
  '2021年10月1日', '2023年05月23日　改定',
];

describe('constructs of real policies, in every format', () => {
  let out: string;
  let outputs: { html: string; txt: string; pdf: string; page: string; text: string };

  beforeAll(async () => {
    const dir = tempDir('policy-constructs-');
    copyFileSync(FIXTURE, path.join(dir, 'constructs.yaml'));
    writeFileSync(path.join(dir, 'policy.config.yaml'), 'baseUrl: https://www.example.co.jp\n');
    out = path.join(dir, 'out');
    const result = await cli(['build', 'constructs.yaml', '--out', out], dir);
    expect(result.code, result.stderr).toBe(0);
    const page = readFileSync(path.join(out, 'constructs.html'), 'utf8');
    const text = readFileSync(path.join(out, 'constructs.txt'), 'utf8');
    outputs = {
      page,
      text,
      html: squash(htmlText(page)),
      txt: squash(text),
      pdf: squash(execFileSync('pdftotext', ['-raw', path.join(out, 'constructs.pdf'), '-'], { encoding: 'utf8' })),
    };
  }, 120_000);

  it.each(['html', 'txt', 'pdf'] as const)('publishes every phrase in the %s', (format) => {
    for (const words of PHRASES) expect(outputs[format], words).toContain(squash(words));
  });

  it('sets the structure as real elements: the purposes table, the list of 公表事項, the joint-use rows, the contact lines', () => {
    const { page } = outputs;
    expect(page).toMatch(/<th scope="col">対象<\/th><th scope="col">利用目的<\/th>/);
    expect(page).toMatch(/<ol class="pp-list pp-marked pp-joint-use-list" id="[^"]+">/);
    expect(page.match(/<li id="group-[a-z-]+"><span class="pp-num">[１-５]．<\/span>/g)).toHaveLength(5);
    expect(page).toContain('<p class="pp-over-title" lang="en">PRIVACY POLICY</p>');
    expect(page).toContain('<dt>窓口：</dt><dd>株式会社サンプルケア 総務課</dd>');
    expect(page).toContain('<dd class="pp-contact-line">〒105-0011 東京都港区芝公園四丁目16番10号</dd>');
    expect(page).toContain('<a href="tel:0300000000">03-0000-0000</a>');
  });

  it('resolves a link to a path of the company\'s site against baseUrl outside the site', () => {
    expect(outputs.page).toContain('<a href="https://www.example.co.jp/privacy/joint-use.pdf">こちら</a>');
    expect(outputs.page).toContain('<a href="https://www.example.co.jp/inquiry">/inquiry</a>');
    expect(outputs.text).toContain('こちら（https://www.example.co.jp/privacy/joint-use.pdf）');
  });

  it('sets a label\'s own colon once in the text (窓口：, not 窓口：：), and the label the page gives', () => {
    expect(outputs.text).toContain('窓口：株式会社サンプルケア 総務課');
    expect(outputs.text).not.toContain('：：');
    expect(outputs.text).toContain('TEL：03-0000-0000');
  });

  it('checks without a false alarm: purposes in a table, disclosure and security on list entries', async () => {
    const result = await cli(['check', FIXTURE]);
    expect(result.code).toBe(0);
    for (const rule of ['appi-use-purposes', 'appi-disclosure-procedure', 'appi-security-measures', 'appi-complaints', 'appi-manager-identity']) {
      expect(result.stdout, rule).not.toContain(`(${rule})`);
    }
  });
});

describe('the diff reads the constructs', () => {
  const diff = (edit: (d: ReturnType<typeof parseDocument>) => void) => {
    const doc = parseDocument(SOURCE);
    edit(doc);
    doc.set('version', '3.1');
    return diffPolicies(readPolicyText('a.yaml', SOURCE).policy!, readPolicyText('b.yaml', doc.toString()).policy!);
  };
  const JU = ['sections', 2, 'body', 1, 'jointUse'];
  const strictest = (d: ReturnType<typeof diff>) => d.changes.filter((c) => c.action !== 'none').map((c) => `${c.category}/${c.action}`);

  it('an item added to the items written in prose → consent', () => {
    expect(strictest(diff((d) => d.setIn([...JU, 'items', 'text'], (d.getIn([...JU, 'items', 'text']) as string).replace('電話番号です', '電話番号、メールアドレスです'))))).toContain('item/consent');
  });
  it('the note on a party widened → consent; reworded with the same facts → review', () => {
    expect(strictest(diff((d) => d.setIn([...JU, 'parties', 'entries', 1, 'note'], 'ユーザーは当社及び提携先のサービスを利用できます。')))).toContain('party/consent');
    expect(strictest(diff((d) => d.setIn([...JU, 'parties', 'entries', 1, 'note'], 'ただし、ユーザーは当社の提携サービスの利用はできません。')))).toEqual(['party/review']);
  });
  it('a role on a list entry weighs its change as on a section: the disclosure fee → publication notice', () => {
    expect(strictest(diff((d) => d.setIn(['sections', 1, 'body', 0, 'list', 1, 'text'], '開示等の請求は窓口にお申し出ください。手数料は1,000円です。')))).toEqual(['publication/notice']);
  });
  it('a manager\'s own line changed → notice without delay', () => {
    expect(strictest(diff((d) => d.setIn([...JU, 'managers', 'entries', 0, 'lines', 0, 'text'], 'サンプルケア法務部')))).toEqual(['manager/notice-without-delay']);
  });
  it('the row of the policy\'s own on acquisition reworded → none; naming a recipient there → review', () => {
    expect(strictest(diff((d) => d.setIn([...JU, 'more', 0, 'text'], '申込書及びウェブサイトの入力フォームから取得します。')))).toEqual([]);
    expect(strictest(diff((d) => d.setIn([...JU, 'more', 0, 'text'], '申込書から取得し、提携先に提供します。')))).not.toEqual([]);
  });
  it('a contact line changed is a publication of the complaints desk', () => {
    expect(strictest(diff((d) => d.setIn(['sections', 4, 'body', 1, 'contact', 'lines', 0, 'text'], '03-1111-1111')))).toEqual(['publication/notice']);
  });
});

describe('a whole joint use numbered as an entry of a list, its rows bulleted', () => {
  it('keeps the entry\'s number and the rows\' marks in the page and in the text', async () => {
    const dir = tempDir('policy-constructs-');
    writeFileSync(
      path.join(dir, 'numbered.yaml'),
      `version: "1.0"
effectiveDate: 2026-04-01
organization: { name: 株式会社テスト, address: 東京都千代田区一番町1番1号, representative: 代表取締役 試験太郎 }
title: 個人情報保護方針
sections:
  - id: joint
    heading: 共同利用について
    body:
      - numbering: "（{１}）"
        list:
          - title: グループ会社との共同利用
            body:
              - jointUse:
                  id: group
                  layout: list
                  numbering: bullet
                  items: { label: 共同して利用する個人情報の項目, fields: [{ id: name, name: 氏名 }] }
                  parties: { label: 共同利用者の範囲, entries: [{ id: a, name: 当社グループ各社 }] }
                  purposes: { label: 利用目的, entries: [{ id: p, text: サービスの提供のため }] }
                  managers: { label: 管理責任者, entries: [{ id: m, name: 株式会社テスト, address: 東京都千代田区一番町1番1号, representative: 代表取締役 試験太郎 }] }
`,
    );
    const result = await cli(['build', 'numbered.yaml', '--out', 'out', '--format', 'html,txt'], dir);
    expect(result.code, result.stderr).toBe(0);
    const text = readFileSync(path.join(dir, 'out', 'numbered.txt'), 'utf8');
    expect(text).toMatch(/^（１）グループ会社との共同利用\n +・共同して利用する個人情報の項目\n/m);
    const page = readFileSync(path.join(dir, 'out', 'numbered.html'), 'utf8');
    expect(page).toContain('（１）');
    expect(page.match(/<span class="pp-num">・<\/span>/g)?.length).toBeGreaterThanOrEqual(4);
  });
});
