import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffPolicies } from '../../src/diff/index.js';
import type { LoadedSidePolicy } from '../../src/diff/sides.js';
import { loadPolicyText } from '../../src/file/policy-file.js';
import { buildNoticeView } from '../../src/notice/notice.js';
import { renderNoticeHtml, renderNoticeText } from '../../src/notice/render.js';
import { displayWidth } from '../../src/render/text-wrap.js';
import { ROOT, cli, htmlText, snapshot, tempDir } from '../helpers.js';
import { fixturePath } from '../diff/load-fixture.js';

const rel = (name: string) => path.relative(ROOT, fixturePath(`${name}.yaml`));

function side(name: string, text = readFileSync(fixturePath(`${name}.yaml`), 'utf8')): LoadedSidePolicy {
  const { policy, messages } = loadPolicyText(`${name}.yaml`, text);
  if (!policy) throw new Error(JSON.stringify(messages));
  return { ...policy, name: 'shimin-denryoku', label: `${name}.yaml` };
}

function letter(newName: string, newText?: string) {
  const o = side('base');
  const n = side(newName, newText);
  return buildNoticeView('shimin-denryoku', o, n, diffPolicies(o.policy, n.policy));
}

const squash = (s: string) => s.replace(/\s+/g, '');

/** An old and a new folder with the policy under its real name. */
function versions(newName: string): string {
  const dir = tempDir('policy-notice-');
  for (const [folder, name] of [['old', 'base'], ['new', newName]] as const) {
    mkdirSync(path.join(dir, folder));
    copyFileSync(fixturePath(`${name}.yaml`), path.join(dir, folder, 'shimin-denryoku.yaml'));
  }
  return dir;
}

describe('the notice letter', () => {
  it('is a formal letter: date, addressee, sender, title, 拝啓…敬具, 記…以上', () => {
    const text = htmlText(renderNoticeHtml(letter('party-renamed')!));
    const order = ['2026年12月1日', 'お客さま各位', '一般社団法人グリーン・市民電力', '共同利用に関する変更の事前のお知らせ', '拝啓', '平素は', '敬具', '記', '変更の内容', '変更日', '以上', '別紙', '新旧対照表'];
    let at = -1;
    for (const part of order) {
      const next = text.indexOf(part, at + 1);
      expect(next, part).toBeGreaterThan(at);
      at = next;
    }
    expect(text).toContain('さて、市民電力では、「グリーン・市民電力の個人情報の取り扱いについて」に定める個人データの共同利用について、2026年12月1日から下記のとおり変更いたしますので、あらかじめお知らせいたします。');
  });

  it('tells the before and after of a party change', () => {
    const view = letter('party-renamed')!;
    expect(view.items).toEqual([
      {
        number: '（１）',
        heading: '共同利用する者の範囲',
        sentence: '共同利用する者の名称を、次のとおり変更します。',
        before: '生活協同組合連合会グリーンコープ連合(以下「グリーンコープ連合」という)',
        after: '生活協同組合連合会グリーンコープ共同体(以下「グリーンコープ共同体」という)',
        action: 'prior-notice',
      },
    ]);
    const text = squash(htmlText(renderNoticeHtml(view)));
    expect(text).toContain('変更前生活協同組合連合会グリーンコープ連合(以下「グリーンコープ連合」という)');
    expect(text).toContain('変更後生活協同組合連合会グリーンコープ共同体(以下「グリーンコープ共同体」という)');
    const added = letter('party-added')!;
    expect(added.items[0]).toMatchObject({ sentence: '共同利用する者に、次の者を加えます。', before: null, after: 'ガス小売事業者' });
    expect(squash(htmlText(renderNoticeHtml(added)))).toContain('変更前（なし）変更後ガス小売事業者');
  });

  it('gives the new version\'s effective date as the date and as 変更日', () => {
    const view = letter('v1-1')!;
    expect(view.date).toBe('2027年4月1日');
    const html = renderNoticeHtml(view);
    expect(html).toContain('<p class="nt-date">2027年4月1日</p>');
    expect(squash(htmlText(html))).toContain('変更日2027年4月1日');
  });

  it('gives the summary of the new revision entry, only when the version changed', () => {
    expect(letter('v1-1')!.revisionSummary).toBe('共同利用する者にガス小売事業者を加えました。');
    expect(squash(htmlText(renderNoticeHtml(letter('v1-1')!)))).toContain('改定の概要共同利用する者にガス小売事業者を加えました。');
    const sameVersion = letter('party-added')!;
    expect(sameVersion.revisionSummary).toBeUndefined();
    expect(htmlText(renderNoticeHtml(sameVersion))).not.toContain('改定の概要');
    // The sections are numbered without a gap: 変更の内容, 変更日, 同意のお願い, the managers, 新旧対照表.
    expect(htmlText(renderNoticeHtml(sameVersion))).toContain('５．新旧対照表');
    expect(htmlText(renderNoticeHtml(sameVersion))).not.toContain('６．');
  });

  it('names the managers of the new version, with address and representative when the YAML has them', () => {
    const plain = squash(htmlText(renderNoticeHtml(letter('party-added')!)));
    expect(plain).toContain('共同利用の管理責任者①基本情報：小売供給等契約を締結している小売電気事業者');
    expect(plain).toContain('②供給（受電）地点に関する情報：供給（受電）地点を供給区域とする一般送配電事業者');
    const source = readFileSync(fixturePath('party-added.yaml'), 'utf8')
      .replace('  shortName: 市民電力\n', '  shortName: 市民電力\n  address: 福岡県福岡市東区松香台1-10-1\n  representative: 代表理事 山田花子\n')
      .replace('        name: 供給（受電）地点を供給区域とする一般送配電事業者\n', '        name: 供給（受電）地点を供給区域とする一般送配電事業者\n        address: 東京都千代田区内幸町1-1-3\n        representative: 代表取締役 鈴木一郎\n');
    const detailed = letter('party-added', source)!;
    expect(detailed.sender).toEqual({ name: '一般社団法人グリーン・市民電力', address: '福岡県福岡市東区松香台1-10-1', representative: '代表理事 山田花子' });
    const text = squash(htmlText(renderNoticeHtml(detailed)));
    expect(text).toContain('一般社団法人グリーン・市民電力福岡県福岡市東区松香台1-10-1代表理事山田花子');
    expect(text).toContain('住所：東京都千代田区内幸町1-1-3代表者：代表取締役鈴木一郎');
  });

  it('leaves editorial changes out, but attaches the changed part as a 新旧対照表 (別紙)', () => {
    const view = letter('v1-1')!;
    expect(view.items.map((i) => i.heading)).toEqual(['利用目的', '共同利用する者の範囲', '共同利用の目的']);
    const html = renderNoticeHtml(view);
    const text = htmlText(html);
    expect(text).not.toContain('取り扱う'); // the preamble typo
    expect(text).not.toContain('との間で、共同利用することがあります'); // the clause that mirrors the table
    expect(text).not.toContain('第1.1版');
    expect(text).toContain('個人情報の利用目的及び共同利用に関する変更についての同意のお願い');
    expect(html).toContain('<p class="df-caption">（傍線部分は改正部分）</p>');
    expect(html).toContain('<p class="df-text df-absent">（新設）</p>');
    expect(html).toContain('電気料金の精算、請求<u>及び</u>収納<u>の</u>業務遂行のため');
    expect([...html.matchAll(/<tr class="df-row /g)]).toHaveLength(3);
  });

  it('tells a replaced manager as one change, before and after', () => {
    const view = letter('manager-replaced')!;
    expect(view.items).toHaveLength(1);
    expect(view.items[0]).toMatchObject({
      heading: '共同利用の管理責任者',
      before: '供給（受電）地点に関する情報：供給（受電）地点を供給区域とする一般送配電事業者',
      after: '供給（受電）地点に関する情報：電力広域的運営推進機関',
    });
  });

  it('has nothing to tell when no change needs notice', () => {
    expect(letter('preamble-typo')).toBeUndefined();
    expect(letter('reordered')).toBeUndefined();
    expect(letter('base')).toBeUndefined();
  });

  it('escapes the texts', () => {
    const source = readFileSync(fixturePath('party-added.yaml'), 'utf8').replace('name: ガス小売事業者', 'name: ガス小売事業者`<script>alert(1)</script>`');
    const html = renderNoticeHtml(letter('party-added', source)!);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('ガス小売事業者&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('wraps the plain text at the width, with the same content', () => {
    const text = renderNoticeText(letter('v1-1')!, 60);
    for (const line of text.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(60);
    expect(text).toMatch(/^ +2027年4月1日\nお客さま各位\n +一般社団法人グリーン・市民電力\n/);
    expect(squash(text)).toContain('変更前：（なし）変更後：ガス小売事業者');
    expect(squash(text)).toContain('敬具記');
    expect(text).toContain('別紙');
    expect(text).not.toContain('取り扱う');
  });
});

describe('policy notice', () => {
  it('writes notice-<name>-<version>.html and .txt to --out, and exits 0', async () => {
    const dir = versions('v1-1');
    const result = await cli(['notice', '--date', '2026-11-01', 'old', 'new', '--out', 'letters'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('wrote letters/notice-shimin-denryoku-1.1.html\nwrote letters/notice-shimin-denryoku-1.1.txt\n');
    expect(result.stderr).toContain('1 change needs the consent of each individual');
    expect(readdirSync(path.join(dir, 'letters')).sort()).toEqual(['notice-shimin-denryoku-1.1.html', 'notice-shimin-denryoku-1.1.txt']);
    const html = readFileSync(path.join(dir, 'letters', 'notice-shimin-denryoku-1.1.html'), 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="ja">/);
    expect(html).toContain('共同利用に関する変更についての同意のお願い');
  });

  it('refuses a letter while the version and the effective date are the earlier ones, and writes nothing', async () => {
    const dir = versions('party-renamed');
    const result = await cli(['notice', '--date', '2026-11-01', 'old', 'new'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('shimin-denryoku: changes that need action, but the version (1.0) and the effective date (2026-12-01) are those of the earlier version; no letter is written');
    expect(result.stderr).toContain('bump the version, set the new effective date, and add a line to revisions: for the new version');
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
  });

  it('writes only the formats asked for, to out/ by default', async () => {
    const dir = versions('party-renamed');
    const file = path.join(dir, 'new', 'shimin-denryoku.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('version: "1.0"', 'version: "1.0.1"'));
    const result = await cli(['notice', '--date', '2026-11-01', 'old', 'new', '--format', 'txt', '--width', '50'], dir);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(readdirSync(path.join(dir, 'out'))).toEqual(['notice-shimin-denryoku-1.0.1.txt']);
  });

  it('writes nothing when no change needs notice, and says so', async () => {
    const dir = versions('preamble-typo');
    const result = await cli(['notice', '--date', '2026-11-01', 'old', 'new'], dir);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe('shimin-denryoku: no change needs notice to individuals (1 editorial change); no letter written.\nNothing was written.\n');
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
  });

  it('exits 2 for an invalid side, leaving the output folder as it was', async () => {
    const dir = versions('v1-1');
    mkdirSync(path.join(dir, 'out'));
    writeFileSync(path.join(dir, 'out', 'keep.txt'), 'x');
    const before = snapshot(path.join(dir, 'out'));
    const result = await cli(['notice', '--date', '2026-11-01', 'old/shimin-denryoku.yaml', path.join(ROOT, 'test/fixtures/invalid/duplicate-id.yaml')], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('duplicate-id.yaml:116:25  error');
    expect(snapshot(path.join(dir, 'out'))).toEqual(before);
    expect((await cli(['notice', '--date', '2026-11-01', 'old', 'missing'], dir)).code).toBe(2);
  });

  it('exits 2 for wrong usage, and has help with examples', async () => {
    expect((await cli(['notice', '--date', '2026-11-01', rel('base'), rel('v1-1'), '--format', 'rtf'])).code).toBe(2);
    const help = await cli(['notice', '--date', '2026-11-01', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: policy notice \[OLD \[NEW\]\]/);
    expect(help.stdout).toContain('notice-<name>-<version>.html');
    expect(help.stdout).toContain('policy notice HEAD~1 HEAD --format html,txt,pdf --out notices/');
  });
});

describe('the date of the letter', () => {
  it('is the issue date given with --date, apart from the 変更日, and a letter too late for a change told in advance is an error', async () => {
    const dir = versions('v1-1'); // 1.1 takes effect on 2027-04-01; a joint user is added (consent)
    const early = await cli(['notice', '--date', '2027-03-01', 'old', 'new', '--format', 'txt', '--out', 'letters'], dir);
    expect(early.code).toBe(0);
    const letter = readFileSync(path.join(dir, 'letters', 'notice-shimin-denryoku-1.1.txt'), 'utf8');
    expect(letter).toMatch(/^ +2027年3月1日\n/);
    expect(letter).toContain('2027年4月1日');
    expect(early.stderr).not.toContain('must be told');

    const late = await cli(['notice', '--date', '2027-04-01', 'old', 'new', '--format', 'txt', '--out', 'late'], dir);
    expect(late.code).toBe(1);
    expect(late.stderr).toMatch(/new\/shimin-denryoku\.yaml:\d+:\d+ +error +effectiveDate: shimin-denryoku: the letter is dated 2027-04-01, but the changes take effect on 2027-04-01: 2 changes must be told \(or consented to\) before that date/);
    expect(late.stderr).toContain('(notice-lead-time)');
    expect(existsSync(path.join(dir, 'late'))).toBe(false);
  });

  it('refuses a date that is not a day', async () => {
    const dir = versions('v1-1');
    const result = await cli(['notice', '--date', '2027-02-30', 'old', 'new'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('policy: --date must be a day written as YYYY-MM-DD, e.g. 2027-03-01; got "2027-02-30"\n');
  });
});

describe('the letter names the facts that changed', () => {
  it('「要点：追加：中華人民共和国」 beside the texts, in the html and the plain text', async () => {
    const dir = tempDir('policy-notice-facts-');
    const old = readFileSync(path.join(ROOT, 'test', 'fixtures', 'roles', 'no-roles.yaml'), 'utf8');
    writeFileSync(path.join(dir, 'old.yaml'), old);
    // The Art. 28(2) information, without which the letter cannot ask for consent to a provision abroad.
    const abroad = [
      '    abroad:',
      '      - { country: 米国, system: 米国の制度, measures: 提供先の措置 }',
      '      - { country: 中華人民共和国, system: 中華人民共和国の制度, measures: 提供先の措置 }',
      '    body:\n      - 当社は、お客様の同意を得て、米国',
    ].join('\n');
    writeFileSync(
      path.join(dir, 'new.yaml'),
      old.replace('    body:\n      - 当社は、お客様の同意を得て、米国', abroad).replace('米国にある', '米国及び中華人民共和国にある').replace('version: "2.0"', 'version: "2.1"'),
    );
    const result = await cli(['notice', '--date', '2026-01-01', 'old.yaml', 'new.yaml', '--out', 'letters'], dir);
    expect(result.code).toBe(0);
    expect(squash(readFileSync(path.join(dir, 'letters', 'notice-new-2.1.txt'), 'utf8'))).toContain('要点：追加：中華人民共和国');
    expect(htmlText(readFileSync(path.join(dir, 'letters', 'notice-new-2.1.html'), 'utf8'))).toContain('要点追加：中華人民共和国');
  });
});

describe('policy notice in Japanese', () => {
  const JA = { LANG: 'ja_JP.UTF-8' };

  it('says what it wrote, warns and refuses in the reader\'s language', async () => {
    const dir = versions('v1-1');
    const written = await cli(['notice', '--date', '2026-11-01', 'old', 'new', '--out', 'letters'], dir, JA);
    expect(written.code).toBe(0);
    expect(written.stdout).toBe('letters/notice-shimin-denryoku-1.1.html を書き出しました\nletters/notice-shimin-denryoku-1.1.txt を書き出しました\n');
    expect(written.stderr).toContain('policy: 警告: shimin-denryoku: 1 件の変更には本人ごとの同意が必要です');
    const late = await cli(['notice', '--date', '2027-04-01', 'old', 'new', '--out', 'late'], dir, JA);
    expect(late.code).toBe(1);
    expect(late.stderr).toContain('エラー');
    expect(late.stderr).toContain('文書の日付は 2027-04-01 ですが、変更は 2027-04-01 から適用されます。2 件の変更は、その日より前に通知（又は同意の取得）をする必要があります（個人情報保護法第27条第5項第3号、第27条第6項、第28条第1項）');
    expect(late.stderr).toContain('(notice-lead-time)');
    const wrongDate = await cli(['notice', '--date', '2027-02-30', 'old', 'new'], dir, JA);
    expect(wrongDate.stderr).toBe('policy: --date には日付を YYYY-MM-DD の形で指定してください（例：2027-03-01）。指定された値："2027-02-30"\n');
  });

  it('says when there is nothing to tell, or the version was not raised', async () => {
    const none = await cli(['notice', '--date', '2026-11-01', 'old', 'new'], versions('preamble-typo'), JA);
    expect(none.stdout).toBe('shimin-denryoku: 本人への通知等を要する変更はありません（編集上の変更 1 件）。文書は作成しません。\n何も書き出していません。\n');
    const unbumped = await cli(['notice', '--date', '2026-11-01', 'old', 'new'], versions('party-renamed'), JA);
    expect(unbumped.code).toBe(2);
    expect(unbumped.stderr).toContain('shimin-denryoku: 本人への通知等を要する変更がありますが、版（1.0）と施行日（2026-12-01）が前の版のままです。文書は作成しません');
    expect(unbumped.stderr).toContain('ヒント: 新しい版の version を上げ');
  });

  it('has the help of notice and publish in both languages, with the same options and examples', async () => {
    const options = (help: string) => [...new Set(help.match(/(?<![\w[-])--?[a-z][a-z-]*/g) ?? [])];
    const examples = (help: string, heading: string) =>
      help
        .slice(help.lastIndexOf(`\n${heading}\n`))
        .split('\n')
        .filter((l) => l.startsWith('  policy ') || l.startsWith('  git '))
        .map((l) => l.replace(/\s+#.*$/, ''));
    for (const command of ['notice', 'publish']) {
      const en = (await cli([command, '--help'])).stdout;
      const ja = (await cli([command, '--help'], ROOT, JA)).stdout;
      expect(en).toMatch(new RegExp(`^Usage: policy ${command} `));
      expect(ja).toMatch(new RegExp(`^使い方: policy ${command} `));
      expect(options(ja)).toEqual(expect.arrayContaining(options(en)));
      expect(examples(ja, '例:')).toEqual(examples(en, 'Examples:'));
      expect(examples(en, 'Examples:').length).toBeGreaterThan(3);
      expect((await cli(['--lang', 'ja', command, '-h'])).stdout).toBe(ja);
    }
  });
});
