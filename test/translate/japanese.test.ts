/**
 * The drift of a translation (texts changed since they were translated,
 * never translated, marked fuzzy, gone; translations that drop a footnote
 * mark or hold HTML; a PO file that cannot be read), reported with
 * LANG=ja_JP.UTF-8: in Japanese, at the Japanese text's line and column.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, cli, tempDir } from '../helpers.js';

const JA = { LANG: 'ja_JP.UTF-8' };
const YAML = path.join(ROOT, 'policy', 'shimin-denryoku.yaml');
const PO = path.join(ROOT, 'policy', 'shimin-denryoku.en.po');
const HINT = '    ヒント: 「policy translate shimin-denryoku --lang en」を実行し、policy/shimin-denryoku.en.po の項目を翻訳してください（Poedit、Weblate などの PO エディタで）\n';

/** A project with the seed and its translation, each edited. */
function project(editYaml: (yaml: string) => string, editPo: (po: string) => string): string {
  const dir = tempDir('policy-ja-translate-');
  mkdirSync(path.join(dir, 'policy'));
  writeFileSync(path.join(dir, 'policy', 'shimin-denryoku.yaml'), editYaml(readFileSync(YAML, 'utf8')));
  writeFileSync(path.join(dir, 'policy', 'shimin-denryoku.en.po'), editPo(readFileSync(PO, 'utf8')));
  return dir;
}

describe('a translation out of step with its policy, in Japanese', () => {
  it('stale, fuzzy, missing, obsolete, and markup the pages cannot keep', async () => {
    const dir = project(
      (yaml) => yaml.replace('name: 電力広域的運営推進機関', 'name: 電力広域的運営推進機関及び経済産業省'),
      (po) =>
        po
          .replace('msgstr "Shimin Denryoku"', 'msgstr ""')
          .replace('#: shimin-denryoku.yaml:18\nmsgctxt "title"', '#: shimin-denryoku.yaml:18\n#, fuzzy\nmsgctxt "title"')
          .replace('parties[^scope]."', 'parties."')
          .replace('msgstr "This Policy was established."', 'msgstr "This Policy was <b>established</b>."') +
        '\nmsgctxt "sections/gone/body/0"\nmsgid "消えた文章"\nmsgstr "A text that is gone"\n',
    );
    const { code, stdout } = await cli(['check'], dir, JA);
    expect(code).toBe(0);
    const file = 'policy/shimin-denryoku.yaml';
    expect(stdout).toContain(
      `${file}:85:23  警告  sections[4].body[0].jointUse.parties.entries[2].name: 「電力広域的運営推進機関及び経済産業省」の英語訳が古くなっています。訳したあとで日本語が変わりました（jointUse/joint-use/parties/occto/name）  (translation-stale)\n${HINT}`,
    );
    expect(stdout).toContain(`${file}:18:8  警告  title: 「グリーン・市民電力の個人情報の取り扱いについて」の英語訳が古くなっています。訳に fuzzy（要確認）の印が付いています（title）  (translation-stale)\n${HINT}`);
    expect(stdout).toContain(`${file}:16:14  警告  organization.shortName: 「市民電力」の英語訳がありません（organization/shortName）  (translation-missing)\n${HINT}`);
    expect(stdout).toContain(
      `${file}:76:20  警告  sections[4].body[0].jointUse.parties.intro: 「○当法人は以下の者との間で利用者の個人情報を共同…」の英語訳の脚注記号と {list} が、日本語と同じになっていません（日本語：[^scope]、訳：なし）（jointUse/joint-use/parties/intro）  (translation-markup)\n` +
        '    ヒント: policy/shimin-denryoku.en.po の項目を直してください。日本語の脚注記号（[^id]）と {list} をそのまま残し、日本語にも使える Markdown だけを書きます\n',
    );
    expect(stdout).toContain(`${file}:12:14  警告  revisions[0].summary: 「本ポリシーを制定しました。」の英語訳は、書かれたとおりには表示できません。文章に HTML は書けません：<b>（revisions/1.0/summary）  (translation-markup)\n`);
    expect(stdout).toMatch(
      /policy\/shimin-denryoku\.en\.po:\d+:1 {2}警告 {2}英語訳「sections\/gone\/body\/0」は、ポリシーにもうない文章のものです {2}\(translation-obsolete\)\n {4}ヒント: 「policy translate shimin-denryoku --lang en」を実行して廃止扱い（#~）で残すか、項目を削除してください\n/,
    );
    expect(stdout).not.toMatch(/translation of|out of date|hint:/);
  });

  it('a translation file that is not PO: check names it, build --lang en stops, and policy translate too', async () => {
    const dir = project((yaml) => yaml, () => 'msgid "x\n');
    const reason = 'policy/shimin-denryoku.en.po  エラー  翻訳ファイルを PO として読めません：';
    const checked = await cli(['check'], dir, JA);
    expect(checked.code).toBe(1);
    expect(checked.stdout).toContain(reason);
    expect(checked.stdout).toContain('    ヒント: Poedit で開くか、「msgfmt --check」を実行して、誤りの箇所を探してください\n');
    const built = await cli(['build', '--lang', 'en', '--format', 'txt', '--out', 'out'], dir, JA);
    expect(built.code).toBe(1);
    expect(built.stderr).toContain(reason);
    const translated = await cli(['translate', 'policy/shimin-denryoku.yaml', '--lang', 'en'], dir, JA);
    expect(translated.code).toBe(2);
    expect(translated.stderr).toContain('policy: policy/shimin-denryoku.en.po を読めません：翻訳ファイルを PO として読めません：');
  });

  it('build --lang en without a translation: the error says to run policy translate', async () => {
    const dir = project((yaml) => yaml, (po) => po);
    rmSync(path.join(dir, 'policy', 'shimin-denryoku.en.po'));
    const { code, stderr } = await cli(['build', '--lang', 'en', '--format', 'txt', '--out', 'out'], dir, JA);
    expect(code).toBe(1);
    expect(stderr).toContain(
      'policy/shimin-denryoku.en.po  エラー  shimin-denryoku には英語の翻訳がありません  (translation-missing)\n    ヒント: 「policy translate shimin-denryoku --lang en」を実行し、書き出された翻訳ファイルを翻訳してください\n',
    );
  });
});
