/**
 * One letter per kind of change, as the law asks for it, each against a
 * golden file (UPDATE_GOLDEN=1 rewrites them; read the change before
 * committing): お知らせ, 事前のお知らせ, 同意のお願い, a provision abroad
 * with the Art. 28(2) information, and an opt-out change.
 *
 * The versions are the fictional policy of examples/ (two joint-use tables
 * in 第7条) edited as a legal team would.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffPolicies } from '../../src/diff/index.js';
import type { LoadedSidePolicy } from '../../src/diff/sides.js';
import { loadPolicyText } from '../../src/file/policy-file.js';
import { buildNoticeView, type NoticeView } from '../../src/notice/notice.js';
import { renderNoticeHtml, renderNoticeText } from '../../src/notice/render.js';
import { cli, htmlText, snapshot, tempDir } from '../helpers.js';
import { LETTERS, PHILIPPINES } from './letter-cases.js';

function side(file: string, text: string): LoadedSidePolicy {
  const { policy, messages } = loadPolicyText(file, text);
  if (!policy) throw new Error(JSON.stringify(messages));
  return { ...policy, label: file };
}

function letterOf(name: string): NoticeView {
  const l = LETTERS[name]!;
  const o = side('old/acme.yaml', l.old);
  const n = side('new/acme.yaml', l.new);
  return buildNoticeView('acme', o, n, diffPolicies(o.policy, n.policy), { issued: '2027-05-01' })!;
}

function expectGolden(actual: string, file: string) {
  const p = path.join(path.dirname(new URL(import.meta.url).pathname), 'fixtures', file);
  if (process.env.UPDATE_GOLDEN) writeFileSync(p, actual);
  expect(actual).toBe(readFileSync(p, 'utf8'));
}

describe('a letter for each kind of change', () => {
  for (const name of Object.keys(LETTERS)) {
    it(`${name}: matches its golden file`, () => {
      const view = letterOf(name);
      expect(view.kind).toBe(LETTERS[name]!.kind);
      expectGolden(renderNoticeText(view), `letter-${name}.txt`);
    });
  }

  it('お知らせ: announces the change, with the 変更日 and no lead time or request', () => {
    const view = letterOf('notice');
    expect(view.title).toBe('個人情報の利用目的の変更のお知らせ');
    expect(view.changeDateLine).toBe('2027年7月1日');
    expect(view.notes).toEqual([]);
    expect(view.sections.managers).toBeUndefined(); // no joint-use table changed
  });

  it('事前のお知らせ: says it is told in advance, with the 変更日 and the lead time', () => {
    const view = letterOf('prior-notice');
    expect(view.title).toBe('共同利用に関する変更の事前のお知らせ');
    expect(view.opening.join('')).toContain('2027年7月1日から下記のとおり変更いたしますので、あらかじめお知らせいたします。');
    expect(view.changeDateLine).toBe('2027年7月1日（本状の日付から61日後）');
  });

  it('同意のお願い: asks for consent: what, how to agree or decline, by when, what happens without an answer', () => {
    const view = letterOf('consent');
    expect(view.title).toBe('個人情報の利用目的及び共同利用に関する変更についての同意のお願い');
    const text = htmlText(renderNoticeHtml(view)).replace(/\s+/g, '');
    expect(text).not.toContain('変更いたしますので、お知らせいたします');
    const consent = view.notes.find((n) => n.heading === '同意のお願い')!;
    expect(consent.rows.map((r) => r.label)).toEqual(['同意をお願いする事項', 'ご回答の方法', 'ご回答の期限', 'ご回答がない場合']);
    expect(consent.rows[0]!.value).toBe('上記１．（３）の変更（変更日：2027年7月1日）');
    expect(consent.rows[2]!.value).toBe('2027年6月30日');
    expect(view.items[2]!.mark).toBe('この変更には、お客さまの同意が必要です。');
    expect(view.items[0]!.mark).toBeUndefined();
  });

  it('names only the managers of the table that changed, and a manager without groups without an empty label', () => {
    const view = letterOf('consent');
    expect(view.managers.entries).toEqual([
      { groups: '', name: '株式会社アクメ電気', address: '〒105-0000 東京都港区海岸九丁目9番9号 アクメ電気ビル', representative: '代表取締役社長 佐藤 一郎' },
    ]);
    const text = renderNoticeText(view);
    expect(text).not.toMatch(/^\s*：/m);
    expect(text).not.toContain('供給地点を供給区域とする一般送配電事業者'); // the manager of the other table
  });

  it('carries the contact block of the policy as お問い合わせ先', () => {
    for (const name of Object.keys(LETTERS)) {
      const view = letterOf(name);
      expect(view.contact?.heading).toBe('お問い合わせ先');
      expect(view.contact?.rows).toContainEqual({ label: '電話', value: '03-0000-0000' });
      expect(htmlText(renderNoticeHtml(view))).toContain('privacy@acme-denki.example.jp');
    }
  });

  it('a provision abroad: the country, its system and the recipient\'s measures from the section\'s abroad entries (Art. 28(2))', () => {
    const view = letterOf('overseas');
    const abroad = view.notes.find((n) => n.heading === '外国にある第三者への提供に関する情報')!;
    expect(abroad.rows.filter((r) => r.label === '提供先の所在する外国の名称').map((r) => r.value)).toEqual(['ベトナム社会主義共和国', 'フィリピン共和国']);
    expect(abroad.rows.map((r) => r.label)).toContain('当該外国における個人情報の保護に関する制度');
    expect(abroad.rows.map((r) => r.label)).toContain('提供先が講ずる個人情報の保護のための措置');
  });

  it('an opt-out change: the filing with the PPC and how to ask for the provision to stop', () => {
    const view = letterOf('opt-out');
    expect(view.optOutChanges).toBe(1);
    const optOut = view.notes.find((n) => n.heading === '第三者への提供の停止のお求め')!;
    expect(optOut.paragraphs[0]).toContain('個人情報保護委員会に届け出ます');
  });
});

describe('policy notice on the command line', () => {
  function folders(name: string, edit: (t: string) => string = (t) => t): string {
    const dir = tempDir('policy-letters-');
    for (const [folder, text] of [['old', LETTERS[name]!.old], ['new', edit(LETTERS[name]!.new)]] as const) {
      mkdirSync(path.join(dir, folder));
      writeFileSync(path.join(dir, folder, 'acme.yaml'), text);
    }
    return dir;
  }

  it('a letter dated after the 変更日 of a change needing consent: exit 1, nothing written', async () => {
    const dir = folders('consent');
    mkdirSync(path.join(dir, 'out'));
    writeFileSync(path.join(dir, 'out', 'keep.txt'), 'x');
    const before = snapshot(path.join(dir, 'out'));
    const result = await cli(['notice', '--date', '2027-07-02', 'old', 'new'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/new\/acme\.yaml:10:16 +error +effectiveDate: acme: the letter is dated 2027-07-02, but the changes take effect on 2027-07-01/);
    expect(snapshot(path.join(dir, 'out'))).toEqual(before);
  });

  it('a reply date after the 変更日: exit 1', async () => {
    const result = await cli(['notice', '--date', '2027-05-01', '--reply-by', '2027-07-15', 'old', 'new'], folders('consent'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('the answers to the request for consent are asked by 2027-07-15');
  });

  it('a provision abroad without the Art. 28(2) information: exit 1, nothing written; check warns', async () => {
    const dir = folders('overseas', (t) => t.replace(PHILIPPINES, '').replace(/    # The information APPI[\s\S]*?(?=    body:)/, ''));
    const result = await cli(['notice', '--date', '2027-05-01', 'old', 'new'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('(notice-overseas-information)');
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
    const check = await cli(['check', 'new/acme.yaml'], dir);
    expect(check.stdout + check.stderr).toContain('(appi-overseas-information)');
  });

  it('an opt-out change: reminds of the filing with the PPC', async () => {
    const result = await cli(['notice', '--date', '2027-05-01', 'old', 'new', '--format', 'txt'], folders('opt-out'));
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('file the changed matters with the Personal Information Protection Commission before 2027-07-01 (APPI Art. 27(3))');
  });
});

describe('the business\'s own identity', () => {
  it('is told as the business\'s name, not as a change of the joint-use manager, where the business is no manager', () => {
    const base = readFileSync(path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'diff', 'fixtures', 'base.yaml'), 'utf8');
    const renamed = base
      .replace('  name: 一般社団法人グリーン・市民電力\n', '  name: 一般社団法人グリーン・市民電力協会\n')
      .replace('version: "1.0"', 'version: "1.1"')
      .replace('effectiveDate: 2026-12-01', 'effectiveDate: 2027-04-01')
      .replace('    summary: 本ポリシーを制定しました。\n', '    summary: 本ポリシーを制定しました。\n  - version: "1.1"\n    date: 2027-04-01\n    summary: 名称を変更しました。\n');
    const o = side('old/shimin.yaml', base);
    const n = side('new/shimin.yaml', renamed);
    const view = buildNoticeView('shimin', o, n, diffPolicies(o.policy, n.policy), { issued: '2027-03-01' })!;
    expect(view.items.map((i) => i.heading)).toEqual(['事業者の名称']);
    expect(view.sections.managers).toBeUndefined();
    expect(renderNoticeText(view)).not.toContain('管理責任者');
  });
});
