/**
 * A translation tried as a translator works: `policy translate` writes a PO
 * file gettext tools read, the filled file makes `policy build` write the
 * English page and text, a changed Japanese text is named as stale at its
 * place and blocks the English (never the Japanese), and updating the file
 * keeps every translation (fuzzy, obsolete) as msgmerge does.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { po } from 'gettext-parser';
import { describe, expect, it } from 'vitest';
import { ROOT, SEED_POLICY, cli, snapshot, tempDir } from '../helpers.js';
import { parseYamlSource } from '../../src/load/yaml-source.js';
import { keyOf, translationUnits } from '../../src/translate/units.js';

const SEED_PO = path.join(ROOT, 'policy', 'shimin-denryoku.en.po');
const PURPOSE = '利用者からの問合せに対する回答を速やかに行うため';
const PURPOSE_KEY = 'sections/acquisition/body/1/purposes/inquiries/text';

/** A project with the seed policy, and its translation unless `po` is false. */
function project(withPo = true): string {
  const dir = tempDir('policy-translate-');
  mkdirSync(path.join(dir, 'policy'));
  copyFileSync(SEED_POLICY, path.join(dir, 'policy', 'shimin-denryoku.yaml'));
  if (withPo) copyFileSync(SEED_PO, path.join(dir, 'policy', 'shimin-denryoku.en.po'));
  return dir;
}

const read = (dir: string, file: string) => readFileSync(path.join(dir, file), 'utf8');
const parsePo = (text: string) => po.parse(text, { defaultCharset: 'utf-8' });
const entry = (text: string, key: string) => Object.values(parsePo(text).translations[key] ?? {})[0];

describe('policy translate', () => {
  it('writes a PO file that gettext-parser reads: each text with its key (msgctxt), the Japanese (msgid) and an empty translation', async () => {
    const dir = project(false);
    const { code, stdout } = await cli(['translate', 'shimin-denryoku', '--lang', 'en'], dir);
    expect(code).toBe(0);
    expect(stdout).toMatch(/wrote policy\/shimin-denryoku\.en\.po: (\d+) texts, \1 new, 0 changed/);
    const data = parsePo(read(dir, 'policy/shimin-denryoku.en.po'));
    expect(data.headers.Language).toBe('en');
    expect(data.headers['Content-Type']).toMatch(/charset=utf-8/i);
    const purpose = entry(read(dir, 'policy/shimin-denryoku.en.po'), PURPOSE_KEY);
    expect(purpose).toMatchObject({ msgctxt: PURPOSE_KEY, msgid: PURPOSE, msgstr: [''] });
    // Keys are made of the ids where there are ids: the joint-use table's parties by their own.
    expect(entry(read(dir, 'policy/shimin-denryoku.en.po'), 'jointUse/joint-use/parties/retailers/name')?.msgid).toBe('小売電気事業者');
    // Not words: ids, roles, numbering styles, dates and the ids a paragraph names are not listed.
    const keys = Object.keys(data.translations).filter(Boolean);
    expect(keys.filter((k) => /\/(id|role|numbering|date)$|\/parties\/\d+$/.test(k))).toEqual([]);
  });

  it('keys survive the entries being reordered', () => {
    const text = readFileSync(SEED_POLICY, 'utf8');
    const policy = parseYamlSource('a.yaml', text).source.doc.toJS() as { sections: Array<{ body: Array<{ purposes?: unknown[] }> }> };
    const before = new Map(translationUnits(policy).map((u) => [u.key, u.text]));
    const purposes = policy.sections[0]!.body[1]!.purposes!;
    purposes.reverse();
    const after = new Map(translationUnits(policy).map((u) => [u.key, u.text]));
    expect(after).toEqual(before);
    expect(keyOf(policy, ['sections', 0, 'body', 1, 'purposes', 0, 'text'])).toBe('sections/acquisition/body/1/purposes/service-analysis/text');
  });

  it('updates the file as msgmerge does: a changed text fuzzy with its previous Japanese, a new one empty, a removed one obsolete; no translation lost', async () => {
    const dir = project();
    const file = path.join(dir, 'policy', 'shimin-denryoku.yaml');
    const english = entry(read(dir, 'policy/shimin-denryoku.en.po'), PURPOSE_KEY)!.msgstr[0];
    const removed = entry(read(dir, 'policy/shimin-denryoku.en.po'), 'sections/acquisition/body/1/purposes/mailings/text')!.msgstr[0];
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace(PURPOSE, '利用者からの問合せに対する回答を迅速に行うため')
        .replace(/          - id: mailings\n            text: 市民電力からの各種資料の発送のため\n/, '')
        .replace('          - id: service-changes\n', '          - id: newsletters\n            text: 市民電力のお知らせをお届けするため\n          - id: service-changes\n'),
    );
    const { code, stdout } = await cli(['translate', 'shimin-denryoku', '--lang', 'en'], dir);
    expect(code).toBe(0);
    expect(stdout).toContain('1 new, 1 changed (fuzzy), 1 made obsolete; 2 to translate');
    const text = read(dir, 'policy/shimin-denryoku.en.po');
    const changed = entry(text, PURPOSE_KEY)!;
    expect(changed).toMatchObject({ msgid: '利用者からの問合せに対する回答を迅速に行うため', msgstr: [english] });
    expect(changed.comments?.flag).toBe('fuzzy');
    expect(changed.comments?.previous).toBe(`msgid "${PURPOSE}"`);
    expect(text).toContain(`#, fuzzy\n#| msgid "${PURPOSE}"\nmsgctxt "${PURPOSE_KEY}"`);
    expect(entry(text, 'sections/acquisition/body/1/purposes/newsletters/text')).toMatchObject({ msgid: '市民電力のお知らせをお届けするため', msgstr: [''] });
    const obsolete = Object.values(parsePo(text).obsolete?.['sections/acquisition/body/1/purposes/mailings/text'] ?? {})[0];
    expect(obsolete?.msgstr).toEqual([removed]);
    expect(text).toContain('#~ msgctxt "sections/acquisition/body/1/purposes/mailings/text"');
    // Run again: nothing changes (the file is stable), and the text that comes back takes its translation back.
    await cli(['translate', 'shimin-denryoku', '--lang', 'en'], dir);
    expect(read(dir, 'policy/shimin-denryoku.en.po')).toBe(text);
  });

  it('refuses without --lang or a policy, and a policy with errors', async () => {
    const dir = project(false);
    expect((await cli(['translate', 'shimin-denryoku'], dir)).code).toBe(2);
    expect((await cli(['translate', '--lang', 'en'], dir)).code).toBe(2);
    writeFileSync(path.join(dir, 'policy', 'shimin-denryoku.yaml'), 'version: [\n');
    const broken = await cli(['translate', 'shimin-denryoku', '--lang', 'en'], dir);
    expect(broken.code).toBe(1);
    expect(existsSync(path.join(dir, 'policy', 'shimin-denryoku.en.po'))).toBe(false);
  });
});

describe('the drift between a policy and its translation', () => {
  it('the seed policy and the example are completely translated', async () => {
    const { code, stdout } = await cli(['check', 'policy', 'examples/acme-denki.yaml', '--json']);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as Array<{ ruleId: string }>).filter((m) => m.ruleId.startsWith('translation-'))).toEqual([]);
  });

  it('changing one Japanese purpose makes check name exactly that entry as stale, at its line and column', async () => {
    const dir = project();
    const file = path.join(dir, 'policy', 'shimin-denryoku.yaml');
    const yaml = readFileSync(file, 'utf8');
    writeFileSync(file, yaml.replace(PURPOSE, '利用者からの問合せに対する回答を迅速に行うため'));
    const lines = yaml.split('\n');
    const line = lines.findIndex((l) => l.includes(PURPOSE)) + 1;
    const column = lines[line - 1]!.indexOf(PURPOSE) + 1;
    const { code, stdout } = await cli(['check', '--json'], dir);
    expect(code).toBe(0);
    const found = (JSON.parse(stdout) as Array<{ ruleId: string; line: number; column: number; severity: string; file: string; path: string; reason: string }>).filter((m) =>
      m.ruleId.startsWith('translation-'),
    );
    expect(found).toEqual([
      expect.objectContaining({
        ruleId: 'translation-stale',
        severity: 'warning',
        file: 'policy/shimin-denryoku.yaml',
        line,
        column,
        path: 'sections[0].body[1].purposes[1].text',
        reason: expect.stringContaining(PURPOSE_KEY),
      }),
    ]);
    const text = await cli(['check'], dir);
    expect(text.stdout).toContain(`policy/shimin-denryoku.yaml:${line}:${column}  warning`);
  });

  it('a stale translation blocks the English build (exit 1, the output folder as it was), never the Japanese', async () => {
    const dir = project();
    const file = path.join(dir, 'policy', 'shimin-denryoku.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(PURPOSE, '利用者からの問合せに対する回答を迅速に行うため'));
    const out = path.join(dir, 'out');
    mkdirSync(out);
    writeFileSync(path.join(out, 'keep.txt'), 'as it was');
    const before = snapshot(out);
    const english = await cli(['build', '--lang', 'en', '--format', 'html,txt', '--out', out], dir);
    expect(english.code).toBe(1);
    expect(english.stderr).toContain('translation-stale');
    expect(english.stderr).toMatch(/policy\/shimin-denryoku\.yaml:\d+:\d+ {2}error/);
    expect(snapshot(out)).toEqual(before);
    // The Japanese still builds: the English is skipped with a warning.
    const japanese = await cli(['build', '--format', 'html,txt', '--out', out], dir);
    expect(japanese.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['keep.txt', 'shimin-denryoku.fragment.html', 'shimin-denryoku.html', 'shimin-denryoku.txt']);
    // …and without links to an English page that was not written.
    expect(read(out, 'shimin-denryoku.html')).not.toContain('hreflang');
    // Translated again, the English builds.
    const po = path.join(dir, 'policy', 'shimin-denryoku.en.po');
    writeFileSync(po, readFileSync(po, 'utf8').replace(`msgid "${PURPOSE}"`, 'msgid "利用者からの問合せに対する回答を迅速に行うため"'));
    expect((await cli(['build', '--lang', 'en', '--format', 'html,txt', '--out', out], dir)).code).toBe(0);
    expect(existsSync(path.join(out, 'shimin-denryoku.en.html'))).toBe(true);
  });

  it('a policy without a translation file: --lang en is an error, the default build as before', async () => {
    const dir = project(false);
    const out = path.join(dir, 'out');
    const english = await cli(['build', '--lang', 'en', '--format', 'html', '--out', out], dir);
    expect(english.code).toBe(1);
    expect(english.stderr).toContain('has no English translation');
    expect(existsSync(out)).toBe(false);
    expect((await cli(['build', '--format', 'html', '--out', out], dir)).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['shimin-denryoku.fragment.html', 'shimin-denryoku.html']);
  });

  it('a translation whose text is gone is reported in the PO file, as obsolete', async () => {
    const dir = project();
    const po = path.join(dir, 'policy', 'shimin-denryoku.en.po');
    writeFileSync(po, `${readFileSync(po, 'utf8')}\nmsgctxt "sections/gone/body/0"\nmsgid "消えた文"\nmsgstr "A sentence gone"\n`);
    const { stdout } = await cli(['check', '--json'], dir);
    const found = (JSON.parse(stdout) as Array<{ ruleId: string; file: string; line: number }>).filter((m) => m.ruleId.startsWith('translation-'));
    const line = readFileSync(po, 'utf8').split('\n').indexOf('msgctxt "sections/gone/body/0"') + 1;
    expect(found).toEqual([expect.objectContaining({ ruleId: 'translation-obsolete', file: 'policy/shimin-denryoku.en.po', line })]);
  });
});

describe('a translation file that cannot be read', () => {
  it('never stops the Japanese build (a warning); asked for by name, the English build stops', async () => {
    const dir = project(false);
    mkdirSync(path.join(dir, 'policy', 'shimin-denryoku.en.po'));
    const out = path.join(dir, 'out');
    const japanese = await cli(['build', '--format', 'html', '--out', out, '--json'], dir);
    expect(japanese.code).toBe(0);
    expect((JSON.parse(japanese.stdout) as { messages: Array<{ ruleId: string; severity: string }> }).messages).toContainEqual(expect.objectContaining({ ruleId: 'translation-syntax', severity: 'warning' }));
    expect(readdirSync(out).sort()).toEqual(['shimin-denryoku.fragment.html', 'shimin-denryoku.html']);
    const english = await cli(['build', '--lang', 'en', '--format', 'html', '--out', path.join(dir, 'out2')], dir);
    expect(english.code).toBe(2);
    expect(existsSync(path.join(dir, 'out2'))).toBe(false);
  });
});

describe('the markup of a translation', () => {
  it('a translation that drops a footnote mark of its Japanese is named at its text, and the English is not built from it', async () => {
    const dir = project();
    const po = path.join(dir, 'policy', 'shimin-denryoku.en.po');
    const text = readFileSync(po, 'utf8');
    const key = 'jointUse/joint-use/parties/intro';
    const english = entry(text, key)!.msgstr[0]!;
    expect(english).toContain('[^scope]');
    writeFileSync(po, text.replace(JSON.stringify(english), JSON.stringify(english.replace('[^scope]', '').replace('parties', 'parties <b>now</b>'))));
    const yaml = readFileSync(SEED_POLICY, 'utf8').split('\n');
    const line = yaml.findIndex((l) => l.includes('intro: ○当法人は以下の者との間で')) + 1;
    const { stdout } = await cli(['check', '--json'], dir);
    const found = (JSON.parse(stdout) as Array<{ ruleId: string; line: number; reason: string }>).filter((m) => m.ruleId.startsWith('translation-'));
    expect(found).toEqual([expect.objectContaining({ ruleId: 'translation-markup', line, reason: expect.stringContaining('[^scope] in the Japanese, none in the translation') })]);
    const out = path.join(dir, 'out');
    expect((await cli(['build', '--lang', 'en', '--format', 'html', '--out', out], dir)).code).toBe(1);
    expect(existsSync(out)).toBe(false);
  });
});
