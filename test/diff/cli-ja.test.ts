/**
 * `policy diff` in Japanese (LANG=ja_JP.UTF-8, or policy --lang ja): the text
 * report's summary, headings, labels, action names, notes and problems, the
 * lines of a comparison of folders and the errors of its sides; the JSON, the
 * comment and the 新旧対照表 stay as they are in either language.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, cli, tempDir } from '../helpers.js';
import { t } from '../../src/i18n/catalogue.js';
import { fixturePath } from './load-fixture.js';

const JA = { LANG: 'ja_JP.UTF-8' };

/** Two versions: a party added to the joint-use table and a purpose of the joint use reworded, the version left as it was. */
function versions(): string {
  const dir = tempDir();
  copyFileSync(fixturePath('base.yaml'), path.join(dir, 'old.yaml'));
  const reworded = readFileSync(fixturePath('party-added.yaml'), 'utf8').replace('電気料金の精算、請求、収納業務遂行のため', '電気料金の精算、請求及び収納の業務遂行のため');
  writeFileSync(path.join(dir, 'new.yaml'), reworded);
  return dir;
}

describe('policy diff in Japanese', () => {
  it('prints Japanese headings, action names, notes and problems; YAML paths, ids and rule ids as they are', async () => {
    const dir = versions();
    const { code, stdout } = await cli(['diff', 'old.yaml', 'new.yaml'], dir, JA);
    expect(code).toBe(1);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('再通知等が必要です：対応を要する変更 2 件（同意取得 1 件、事前通知等 1 件）、編集上の変更 1 件。');
    expect(lines[1]).toBe('エラー：対応を要する変更がありますが、版（1.0）と施行日（2026-12-01）が改正前と同じです（version-not-bumped）');
    expect(lines[2]).toBe('    ヒント：版を上げて新しい施行日を書き、revisions: に新しい版の行を加えてください');
    expect(stdout).toContain('\n共同利用者の範囲 — 1 件\n  追加 gas-retailers（場所：sections[4].body[0].jointUse.parties.entries[6]）\n');
    expect(stdout).toContain('    対応：  同意取得（根拠：個人情報保護法第27条第5項第3号、個人情報保護委員会ガイドライン（通則編）3-6-3）\n');
    expect(stdout).toContain(`    備考：  ${t('diff.note.partyAdded', 'ja')}\n`);
    expect(stdout).toContain('\n共同利用の目的 — 1 件\n  変更 billing（場所：sections[4].body[0].jointUse.purposes.entries[4]）\n');
    expect(stdout).toContain('    対応：  事前通知等（根拠：個人情報保護法第27条第6項、個人情報保護委員会ガイドライン（通則編）3-6-3）\n');
    expect(stdout).toContain(`    備考：  ${t('diff.note.jointPurpose', 'ja')}\n`);
    expect(stdout).toContain('    改正前：電気料金の精算、請求[-、-]収納業務遂行のため\n    改正後：電気料金の精算、請求{+及び+}収納{+の+}業務遂行のため\n');
    expect(stdout).toContain('\n編集上の変更 — 1 件\n');
    expect(stdout).toContain('    対応：  不要\n');
    // No English word of the tool is left.
    expect(stdout).not.toMatch(/^\s*(action|note|before|after|hint|error|warning):/m);
    expect(stdout).not.toMatch(/Re-notice|consent|prior-notice|changes? need|Guidelines|APPI|principal/);
  });

  it('says the same in English without the locale, and with policy --lang en', async () => {
    const dir = versions();
    const en = await cli(['diff', 'old.yaml', 'new.yaml'], dir);
    expect(en.stdout.split('\n').slice(0, 3)).toEqual([
      'Re-notice required: 2 changes need action (1 consent, 1 prior-notice); 1 editorial change.',
      'error: changes that need action, but the version (1.0) and the effective date (2026-12-01) are those of the earlier version (version-not-bumped)',
      '    hint:   bump the version, set the new effective date, and add a line to revisions: for the new version',
    ]);
    expect((await cli(['--lang', 'en', 'diff', 'old.yaml', 'new.yaml'], dir, JA)).stdout).toBe(en.stdout);
    expect((await cli(['--lang', 'ja', 'diff', 'old.yaml', 'new.yaml'], dir)).stdout).toBe((await cli(['diff', 'old.yaml', 'new.yaml'], dir, JA)).stdout);
  });

  it('--explain names the roles and the rule in Japanese words', async () => {
    const dir = versions();
    const { stdout } = await cli(['diff', 'old.yaml', 'new.yaml', '--explain'], dir, JA);
    expect(stdout).toContain('    役割：  なし；規則 partyAdded\n');
    expect(stdout).toContain('    役割：  なし；規則 jointPurpose\n');
  });

  it('keeps the JSON in English and the comment as it is, whatever the language', async () => {
    const dir = versions();
    for (const format of ['json', 'markdown', 'html']) {
      const en = await cli(['diff', 'old.yaml', 'new.yaml', '--format', format], dir);
      const ja = await cli(['diff', 'old.yaml', 'new.yaml', '--format', format], dir, JA);
      expect(ja.stdout, format).toBe(en.stdout);
    }
    const json = JSON.parse((await cli(['diff', 'old.yaml', 'new.yaml', '--format', 'json'], dir, JA)).stdout) as { problems: Array<Record<string, unknown>> };
    expect(Object.keys(json.problems[0]!)).toEqual(['severity', 'rule', 'path', 'message', 'hint']);
  });

  it('says what was written, and a policy on one side only, in Japanese', async () => {
    const dir = versions();
    const written = await cli(['diff', 'old.yaml', 'new.yaml', '--format', 'html', '--out', 'taisho.html'], dir, JA);
    expect(written.stdout).toMatch(/^再通知等が必要です：.*\ntaisho\.html を書き出しました\n$/);
    mkdirSync(path.join(dir, 'a'));
    mkdirSync(path.join(dir, 'b'));
    copyFileSync(fixturePath('base.yaml'), path.join(dir, 'a', 'same.yaml'));
    copyFileSync(fixturePath('base.yaml'), path.join(dir, 'b', 'same.yaml'));
    copyFileSync(fixturePath('base.yaml'), path.join(dir, 'b', 'added.yaml'));
    const folders = await cli(['diff', 'a', 'b'], dir, JA);
    expect(folders.stdout).toContain('== added：改正後にのみあります（b/added.yaml）。新しいポリシーです。公表及び通知等の方法を確認してください。\n');
    expect(folders.stdout).toContain('== same: a/same.yaml → b/same.yaml\n再通知等を要する変更はありません。両版は同じです。\n');
  });

  it('says the errors of a side and of the options in Japanese', async () => {
    const dir = versions();
    const missing = await cli(['diff', 'missing.yaml', 'new.yaml'], dir, JA);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('policy: missing.yaml：そのファイル又はフォルダはありません\n    ヒント: パスを確かめてください。ポリシーは policy/ にあります\n');
    copyFileSync(path.join(ROOT, 'test', 'fixtures', 'invalid', 'yaml-syntax.yaml'), path.join(dir, 'broken.yaml'));
    const broken = await cli(['diff', 'old.yaml', 'broken.yaml'], dir, JA);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('policy: 改正後の版（broken.yaml）にエラーがあるため、版を比べられません\n');
    const usage = await cli(['diff', 'old.yaml', 'new.yaml', '--tracked'], dir, JA);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toBe('policy: --tracked は --format docx と組み合わせて使います（見え消しは Word 文書です）\n');
    const three = await cli(['diff', 'a', 'b', 'c'], dir, JA);
    expect(three.stderr).toContain('policy diff に指定できる版は二つまで（旧版と新版）ですが、3 個あります');
    // The same errors in English, as they always were.
    expect((await cli(['diff', 'missing.yaml', 'new.yaml'], dir)).stderr).toBe('policy: missing.yaml: no such file or folder\n    hint: check the path; policies live in policy/\n');
    expect((await cli(['diff', 'old.yaml', 'broken.yaml'], dir)).stderr).toContain('policy: the new side (broken.yaml) has errors, so the versions cannot be compared\n');
  });
});
