/**
 * The letter in English (`policy notice --lang en`): the same changes told
 * with the English of each version's translation (policy/NAME.en.po of the
 * old and of the new version), English dates and article citations, the
 * English words of the same wording table, and a note that the Japanese
 * prevails; refused while a text it quotes has no up-to-date translation.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8 } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { diffPolicies } from '../../src/diff/index.js';
import { buildNoticeView, letterQuotes, noticeWording, type NoticeView } from '../../src/notice/notice.js';
import { renderNoticeHtml, renderNoticeText } from '../../src/notice/render.js';
import { renderNoticeDocx } from '../../src/notice/docx.js';
import { documentRuns } from '../diff/docx-xml.js';
import { englishVersions } from '../../src/notice/translated.js';
import { englishFacts } from '../../src/notice/english.js';
import type { Fact } from '../../src/model/facts.js';
import { useTemplateOverrides } from '../../src/render/templates.js';
import { cli, htmlText, tempDir } from '../helpers.js';
import { LETTERS } from './letter-cases.js';
import { NEW_PO, OLD_PO, TRANSLATIONS, letterViews, quote, side } from './english-cases.js';

const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** The Japanese and the English letter of a kind, issued on 2027-05-01. */
async function letters(name: string): Promise<{ ja: NoticeView; en: NoticeView }> {
  const both = await letterViews(name);
  expect(both.problems).toEqual([]);
  return both;
}

function expectGolden(actual: string, file: string) {
  const p = path.join(path.dirname(new URL(import.meta.url).pathname), 'fixtures', file);
  if (process.env.UPDATE_GOLDEN) writeFileSync(p, actual);
  expect(actual).toBe(readFileSync(p, 'utf8'));
}

afterEach(() => useTemplateOverrides(undefined));

describe('the letter in English', () => {
  for (const name of Object.keys(TRANSLATIONS)) {
    it(`${name}: matches its golden file, and holds no Japanese`, async () => {
      const { ja, en } = await letters(name);
      expect(en.kind).toBe(ja.kind);
      expect(en.items.map((i) => i.action)).toEqual(ja.items.map((i) => i.action));
      const text = renderNoticeText(en);
      expectGolden(text, `letter-${name}.en.txt`);
      expect(text).not.toMatch(JAPANESE);
      const html = renderNoticeHtml(en);
      expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
      expect(htmlText(html)).not.toMatch(JAPANESE);
    });
  }

  it('tells the same changes in the English of each version, with English dates and article citations', async () => {
    const { en } = await letters('consent');
    expect(en.title).toBe('Request for Your Consent: Changes to the Purposes of Use of Personal Information and to the Joint Use of Personal Data');
    expect(en.prevails).toMatch(/^This English translation of our letter is provided for reference only\. The Japanese original is the authoritative version/);
    expect(en.date).toBe('May 1, 2027');
    expect(en.changeDateLine).toBe('July 1, 2027 (61 days after the date of this letter)');
    expect(en.sender).toEqual({ name: 'Acme Denki Co., Ltd.', address: 'Acme Denki Building, 9-9-9 Kaigan, Minato-ku, Tokyo 105-0000, Japan', representative: 'Ichiro Sato, President and Representative Director' });
    expect(en.items[0]).toMatchObject({
      number: '(1)',
      // The earlier English from the earlier version's translation, the new from the new one's.
      before: 'To supply electricity, read meters, give notice of electricity consumption and calculate electricity charges',
      after: 'To supply electricity, read meters, give notice of electricity consumption and electricity charges, and calculate electricity charges',
    });
    expect(en.items[2]).toMatchObject({ number: '(3)', heading: 'Scope of joint users', sentence: 'The following party will be added to the joint users.', before: null, after: 'Acme Insurance Services Co., Ltd.', mark: 'This change requires your consent.' });
    expect(en.annex.rows.map((r) => r.after.place)).toEqual(['Article 3 (Purposes of Use) (1)(b)', 'Article 3 (Purposes of Use) (2)(a)', 'Article 7(2) (Joint Use with Group Companies), Scope of joint users']);
    const consent = en.notes.find((n) => n.heading === 'Request for consent')!;
    expect(consent.rows[0]).toEqual({ label: 'What we ask you to consent to', value: 'Those numbered (3) among the changes in section 1 above (date of change: July 1, 2027)' });
    expect(consent.rows[1]!.value).toContain('the desk in section 6 below');
    expect(consent.rows[2]!.value).toBe('June 30, 2027');
    expect(en.contact?.rows).toContainEqual({ label: 'Phone', value: '03-0000-0000' });
    expect(en.sections.annex).toEqual({ number: '7.', heading: 'Comparison of the old and new texts' });
  });

  it('gives the Art. 28(2) information from the translation of the new version', async () => {
    const { en } = await letters('overseas');
    const abroad = en.notes.find((n) => n.heading === 'Information on provision to third parties in foreign countries')!;
    expect(abroad.paragraphs).toEqual(['We provide the following information pursuant to Article 28(2) of the Act on the Protection of Personal Information.']);
    expect(abroad.rows.filter((r) => r.label === 'Name of the foreign country where the recipient is located').map((r) => r.value)).toEqual(['Socialist Republic of Viet Nam', 'Republic of the Philippines']);
  });

  it('shows a text whose English reads the same before and after whole, not left out as unchanged', async () => {
    const o = side('old/acme.yaml', LETTERS.overseas!.old, OLD_PO);
    const sameEnglish = TRANSLATIONS.overseas!.new.replace(/(msgid "当社は、現在、料金計算システム[^"]*"\nmsgstr )".*"/, (_, head: string) => `${head}${quote(OLD_PO.match(/msgid "当社は、現在、料金計算システム[^"]*"\nmsgstr "(.*)"/)![1]!)}`);
    const n = side('new/acme.yaml', LETTERS.overseas!.new, sameEnglish);
    const diff = diffPolicies(o.policy, n.policy);
    const sources = await englishVersions('acme', o, n, letterQuotes(o, n, diff));
    const en = buildNoticeView('acme', o, n, diff, { issued: '2027-05-01', english: sources.versions! })!;
    expect(en.items[0]!.before).toBe(en.items[0]!.after);
    expect(en.items[0]!.after).toContain('to a business located in the Socialist Republic of Viet Nam');
    expect(en.items[0]!.after).not.toContain('(omitted)');
    expect(en.annex.rows[0]!.after.segments).toEqual([{ text: en.items[0]!.after, changed: false }]);
  });

  it('says the facts that decided a change in English (Key facts), as the Japanese letter says 要点', async () => {
    const { ja, en } = await letters('overseas');
    expect(ja.items[0]!.facts).toBe('追加：フィリピン');
    expect(en.items[0]!.facts).toBe('Added: the Philippines');
    expect(renderNoticeHtml(en)).toContain('<tr class="nt-facts"><th scope="row">Key facts</th><td>Added: the Philippines</td></tr>');
    expect(renderNoticeText(en)).toContain('      Key facts: Added: the Philippines\n');
    const { runs } = documentRuns(await renderNoticeDocx(en));
    expect(runs.map((r) => r.text)).toEqual(expect.arrayContaining(['Key facts', 'Added: the Philippines']));
  });

  it('says a name as the translation writes it, a business not translated as the Japanese does; no row for a fact without English', () => {
    const said = noticeWording('en').facts!;
    const fact = (kind: Fact['kind'], key: string, words = key): Fact => ({ kind, key, words, start: 0 });
    const names = new Map([['アクメ保険サービス株式会社', 'Acme Insurance Services Co., Ltd.']]);
    const say = (delta: Parameters<typeof englishFacts>[0]) => englishFacts(delta, names, said, ', ');
    expect(say({ added: [fact('recipient', 'アクメ保険サービス', 'アクメ保険サービス株式会社')], removed: [] })).toBe('Added: Acme Insurance Services Co., Ltd.');
    // A name is a name: a business the letter does not quote keeps its Japanese name.
    expect(say({ added: [fact('recipient', '東海ガス', '東海ガス株式会社'), fact('country', '中国', '中華人民共和国')], removed: [fact('limiter', 'のみ')] })).toBe(
      'Added: 東海ガス株式会社, China / Removed: "only"',
    );
    expect(say({ added: [fact('recipient', 'グループ会社')], removed: [], corrected: [{ before: fact('recipient', 'acmehoken', 'Acme Hoken Co., Ltd.'), after: fact('recipient', 'acmehokenn', 'Acme Hokenn Co., Ltd.') }] })).toBe(
      'Added: group companies / Corrected: Acme Hoken Co., Ltd. → Acme Hokenn Co., Ltd.',
    );
    // A class of recipients the table does not say: the row is left out, not told in part.
    expect(say({ added: [fact('recipient', 'ガス小売事業者'), fact('country', '米国')], removed: [] })).toBeUndefined();
  });

  it('takes the English of a fact from a project\'s own wording table', async () => {
    const dir = tempDir('policy-wording-facts-');
    mkdirSync(path.join(dir, 'notice'));
    writeFileSync(path.join(dir, 'notice', 'wording.yaml'), 'en:\n  facts:\n    added: "New: {facts}"\n    words:\n      country:\n        フィリピン: the Republic of the Philippines\n');
    useTemplateOverrides(dir);
    const { en } = await letters('overseas');
    expect(en.items[0]!.facts).toBe('New: the Republic of the Philippines');
    expect(noticeWording('en').facts!.words.country!['中国']).toBe('China');
  });

  it('underlines the changed words in the comparison, not the spaces around them', async () => {
    const { en } = await letters('consent');
    const html = renderNoticeHtml(en);
    expect(html).toContain('consumption and <u>electricity charges, and</u> calculate electricity charges');
    expect(html).toContain('requests, <u>and</u> to keep records of them');
    expect(html).toContain('to keep records of them <u>and to improve the quality of our responses</u>');
    expect(html).not.toMatch(/<u>\s|\s<\/u>/);
  });

  it('is set in Word in a Latin font first, in the language en-US; the Japanese letter keeps its Japanese fonts', async () => {
    const { ja, en } = await letters('overseas');
    const { files, runs } = documentRuns(await renderNoticeDocx(en));
    const styles = strFromU8(files['word/styles.xml']!);
    // Latin text in Times New Roman, any Japanese in 游明朝; English line breaking and spelling.
    expect(styles).toMatch(/<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="游明朝" w:hAnsi="Times New Roman"\/>/);
    expect(styles).toContain('<w:lang w:val="en-US" w:eastAsia="ja-JP"/>');
    expect(styles).not.toContain('w:val="ja-JP" w:eastAsia');
    expect(styles).toMatch(/w:styleId="Heading1"[\s\S]*?<w:rFonts w:ascii="Arial" w:eastAsia="游ゴシック" w:hAnsi="Arial"\/>/);
    const fonts = strFromU8(files['word/fontTable.xml']!);
    expect(fonts).toContain('<w:font w:name="Times New Roman"><w:altName w:val="Liberation Serif"/><w:charset w:val="00"/><w:family w:val="roman"/>');
    expect(fonts).toContain('<w:font w:name="Arial"><w:altName w:val="Liberation Sans"/><w:charset w:val="00"/><w:family w:val="swiss"/>');
    expect(fonts).toContain('<w:font w:name="游明朝">');
    expect(runs.map((r) => r.text).join('')).toContain('Request for Your Consent');
    const japanese = documentRuns(await renderNoticeDocx(ja)).files;
    expect(strFromU8(japanese['word/styles.xml']!)).toContain('<w:rFonts w:ascii="游明朝" w:cs="游明朝" w:eastAsia="游明朝" w:hAnsi="游明朝"/><w:sz w:val="21"/><w:szCs w:val="21"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/>');
    expect(strFromU8(japanese['word/fontTable.xml']!)).not.toContain('Times New Roman');
  });

  it('takes its words from the en: part of the wording table, a project\'s own over the bundled one', async () => {
    const dir = tempDir('policy-wording-');
    mkdirSync(path.join(dir, 'notice'));
    writeFileSync(path.join(dir, 'notice', 'wording.yaml'), 'en:\n  letter:\n    addressee: Dear Customer,\n  consentMark: Your consent is needed for this change.\n');
    useTemplateOverrides(dir);
    const { ja, en } = await letters('consent');
    expect(en.addressee).toBe('Dear Customer,');
    expect(en.items[2]!.mark).toBe('Your consent is needed for this change.');
    expect(en.closing).toBe('');
    // The Japanese letter keeps the bundled words the project's table leaves out.
    expect(ja.addressee).toBe('お客さま各位');
    expect(ja.items[2]!.mark).toBe('この変更には、お客さまの同意が必要です。');
  });
});

describe('policy notice --lang', () => {
  function folders(name: string, po: { old?: string; new?: string } = TRANSLATIONS[name]!): string {
    const dir = tempDir('policy-letters-en-');
    for (const folder of ['old', 'new'] as const) {
      mkdirSync(path.join(dir, folder));
      writeFileSync(path.join(dir, folder, 'acme.yaml'), LETTERS[name]![folder]);
      if (po[folder] !== undefined) writeFileSync(path.join(dir, folder, 'acme.en.po'), po[folder]!);
    }
    return dir;
  }

  it('ja,en: the English files beside the Japanese ones, which stay as they are', async () => {
    const dir = folders('consent');
    const both = await cli(['notice', '--date', '2027-05-01', 'old', 'new', '--lang', 'ja,en', '--format', 'html,txt,docx', '--out', 'both'], dir);
    expect(both.code).toBe(0);
    expect(readdirSync(path.join(dir, 'both')).sort()).toEqual([
      'notice-acme-2.1.docx',
      'notice-acme-2.1.en.docx',
      'notice-acme-2.1.en.html',
      'notice-acme-2.1.en.txt',
      'notice-acme-2.1.html',
      'notice-acme-2.1.txt',
    ]);
    const ja = await cli(['notice', '--date', '2027-05-01', 'old', 'new', '--format', 'html,txt,docx', '--out', 'ja'], dir);
    for (const file of readdirSync(path.join(dir, 'ja'))) expect(readFileSync(path.join(dir, 'both', file)).equals(readFileSync(path.join(dir, 'ja', file))), file).toBe(true);
    expect(readFileSync(path.join(dir, 'both', 'notice-acme-2.1.en.txt'), 'utf8')).toBe(renderNoticeText((await letters('consent')).en));
    // en alone: the English letter only.
    const en = await cli(['notice', '--date', '2027-05-01', 'old', 'new', '--lang', 'en', '--format', 'txt', '--out', 'en'], dir);
    expect(en.code).toBe(0);
    expect(readdirSync(path.join(dir, 'en'))).toEqual(['notice-acme-2.1.en.txt']);
  });

  it('refuses, writing nothing, while a text the letter quotes has no up-to-date English; a text it does not quote may lag', async () => {
    const untranslated = NEW_PO.replace('msgstr "Acme Insurance Services Co., Ltd."', 'msgstr ""');
    const dir = folders('consent', { old: OLD_PO, new: untranslated });
    const result = await cli(['notice', '--date', '2027-05-01', 'old', 'new', '--lang', 'ja,en'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/new\/acme\.yaml:\d+:\d+ +error +sections\[6\]\.sections\[1\]\.body\[1\]\.jointUse\.parties\.entries\[4\]\.name: 「アクメ保険サービス株式会社」 has no English translation .*\(translation-missing\)/);
    expect(result.stderr).toContain('policy: acme: no English letter: 1 text it quotes has no up-to-date English translation (listed above); nothing was written');
    expect(result.stderr).toContain('hint: run "policy translate acme --lang en"');
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
    // The earlier version's English of a changed text is quoted too.
    const stale = OLD_PO.replace('msgstr "To respond to inquiries, consultations and requests, and to keep records of them"', 'msgstr ""');
    const old = await cli(['notice', '--date', '2027-05-01', 'old', 'new', '--lang', 'en'], folders('consent', { old: stale, new: NEW_PO }));
    expect(old.code).toBe(2);
    expect(old.stderr).toMatch(/old\/acme\.yaml:\d+:\d+ +error .*\(translation-missing\)/);
    // The English of a section the letter does not quote is out of date: the letter is written.
    const elsewhere = NEW_PO.replace('msgstr "Established"', 'msgstr ""');
    const written = await cli(['notice', '--date', '2027-05-01', 'old', 'new', '--lang', 'en', '--format', 'txt'], folders('consent', { old: OLD_PO, new: elsewhere }));
    expect(written.code).toBe(0);
    // In Japanese, with the reader's locale.
    const ja = await cli(['notice', '--date', '2027-05-01', 'old', 'new', '--lang', 'en'], dir, { LANG: 'ja_JP.UTF-8' });
    expect(ja.stderr).toContain('policy: acme: 英語の文書は作成できません。文書が引用する文言のうち 1 件について、最新の英訳がありません');
  });

  it('refuses a version without a translation, naming the file', async () => {
    const result = await cli(['notice', '--date', '2027-05-01', 'old', 'new', '--lang', 'en'], folders('consent', { new: NEW_PO }));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('policy: acme: no English letter: the English translation is missing (old/acme.en.po); nothing was written');
    // A letter that quotes nothing of the earlier version (a joint user added) needs no translation of it.
    const dir = tempDir('policy-letters-en-added-');
    const earlier = LETTERS.consent!.new
      .replace('              - acme-hoken\n', '')
      .replace('                  - id: acme-hoken\n                    name: アクメ保険サービス株式会社\n', '')
      .replace('version: "2.1"\neffectiveDate: 2027-07-01', 'version: "2.0"\neffectiveDate: 2027-01-01')
      .replace(/  - version: "2\.1"\n    date: 2027-07-01\n    summary: [^\n]*\n/, '')
      .replace('        date: 2027-07-01', '        date: 2027-01-01');
    for (const [folder, text] of [['old', earlier], ['new', LETTERS.consent!.new]] as const) {
      mkdirSync(path.join(dir, folder));
      writeFileSync(path.join(dir, folder, 'acme.yaml'), text);
    }
    writeFileSync(path.join(dir, 'new', 'acme.en.po'), NEW_PO);
    const added = await cli(['notice', '--date', '2027-05-01', 'old', 'new', '--lang', 'en', '--format', 'txt'], dir);
    expect(added.code).toBe(0);
    const text = readFileSync(path.join(dir, 'out', 'notice-acme-2.1.en.txt'), 'utf8');
    expect(text).toContain('After:  Acme Insurance Services Co., Ltd.');
    expect(text).not.toMatch(JAPANESE);
  });

  it('reads the translation of a git revision with the version', async () => {
    const dir = tempDir('policy-letters-git-');
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env: { ...process.env, GIT_AUTHOR_DATE: '2027-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2027-01-01T00:00:00Z' } });
    git('init', '-q', '-b', 'main');
    git('config', 'user.email', 'test@example.invalid');
    git('config', 'user.name', 'Test');
    git('config', 'commit.gpgsign', 'false');
    git('config', 'tag.gpgsign', 'false');
    mkdirSync(path.join(dir, 'policy'));
    writeFileSync(path.join(dir, 'policy', 'acme.yaml'), LETTERS.consent!.old);
    writeFileSync(path.join(dir, 'policy', 'acme.en.po'), OLD_PO);
    git('add', '-A');
    git('commit', '-q', '-m', '2.0');
    git('tag', 'v2.0');
    writeFileSync(path.join(dir, 'policy', 'acme.yaml'), LETTERS.consent!.new);
    writeFileSync(path.join(dir, 'policy', 'acme.en.po'), NEW_PO);
    const result = await cli(['notice', 'v2.0', '--date', '2027-05-01', '--lang', 'en', '--format', 'txt'], dir);
    expect(result.code).toBe(0);
    const text = readFileSync(path.join(dir, 'out', 'notice-acme-2.1.en.txt'), 'utf8');
    expect(text).toContain('Before:');
    expect(text).toContain('and to keep records of them');
  });

  it('wrong --lang: exit 2; the help in both languages names it', async () => {
    const wrong = await cli(['notice', '--lang', 'fr']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toBe('policy: --lang takes the languages of the letter, comma-separated: ja, en or ja,en; got "fr"\n');
    expect((await cli(['notice', '--help'])).stdout).toContain('--lang LIST    the languages of the letter');
    const ja = await cli(['--lang', 'ja', 'notice', '--help']);
    expect(ja.stdout).toMatch(/^使い方: policy notice/);
    expect(ja.stdout).toContain('--lang LIST    文書の言語');
  });
});
