import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPolicyText } from '../../src/file/policy-file.js';
import { describeCodePoint, visibleForm } from '../../src/check/rules/characters.js';
import { SEED_POLICY } from '../helpers.js';

const seed = readFileSync(SEED_POLICY, 'utf8');
const FILE = 'policy/p.yaml';

/** The seed with one text replaced. */
function seedWith(from: string, to: string): string {
  expect(seed).toContain(from);
  return seed.replace(from, to);
}

function errorsOf(text: string) {
  return loadPolicyText(FILE, text).messages.filter((m) => m.severity === 'error');
}

const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;
const lastLineOf = (text: string, needle: string) => text.slice(0, text.lastIndexOf(needle)).split('\n').length;

describe('characters that make a text read differently from its bytes', () => {
  it.each([
    ['\u202E', 'bidi-control', 'U+202E RIGHT-TO-LEFT OVERRIDE'],
    ['\u2066', 'bidi-control', 'U+2066 LEFT-TO-RIGHT ISOLATE'],
    ['\u200F', 'bidi-control', 'U+200F RIGHT-TO-LEFT MARK'],
    ['\u061C', 'bidi-control', 'U+061C ARABIC LETTER MARK'],
    ['\u200B', 'invisible-character', 'U+200B ZERO WIDTH SPACE'],
    ['\u2060', 'invisible-character', 'U+2060 WORD JOINER'],
    ['\uFEFF', 'invisible-character', 'U+FEFF ZERO WIDTH NO-BREAK SPACE'],
    ['\u00AD', 'invisible-character', 'U+00AD SOFT HYPHEN'],
    ['\u0000', 'control-character', 'U+0000 NULL'],
    ['\u001B', 'control-character', 'U+001B ESCAPE'],
    ['\u0007', 'control-character', 'U+0007 BELL'],
    ['\u007F', 'control-character', 'U+007F DELETE'],
    ['\u009B', 'control-character', 'U+009B CONTROL SEQUENCE INTRODUCER'],
  ])('refuses %j at its line and column, naming it', (char, ruleId, name) => {
    const text = seedWith('利用目的に必要な限度', `利用目的に${char}必要な限度`);
    const errors = errorsOf(text);
    expect(errors).toHaveLength(1);
    const line = lineOf(text, char);
    const column = text.split('\n')[line - 1]!.indexOf(char) + 1;
    expect(errors[0]).toMatchObject({ file: FILE, line, column, ruleId });
    expect(errors[0]!.reason).toContain(name);
    expect(errors[0]!.hint).toMatch(/^delete this character/);
  });

  it('finds the characters in keys, titles and comments too', () => {
    const text = seedWith('# グリーン・市民電力の', '# グリーン\u202E・市民電力の').replace('title: グリーン・市民電力の', 'title: グリーン・\u200B市民電力の');
    expect(errorsOf(text).map((m) => [m.line, m.ruleId])).toEqual([
      [3, 'bidi-control'],
      [lineOf(text, 'title: グリーン'), 'invisible-character'],
    ]);
  });

  it('finds a character written as an escape in a double-quoted text', () => {
    const text = seedWith('summary: 本ポリシーを制定しました。', 'summary: "本ポリシーを\\u202E制定しました。"');
    const [error] = errorsOf(text);
    expect(error).toMatchObject({ line: lineOf(text, 'summary: "'), ruleId: 'bidi-control' });
    expect(error!.reason).toContain('written as an escape such as "\\u202E"');
  });

  it('refuses half of a character (a lone surrogate), written as an escape', () => {
    const text = seedWith('summary: 本ポリシーを制定しました。', 'summary: "本ポリシー\\uD83Dを制定しました。"');
    const [error] = errorsOf(text);
    expect(error).toMatchObject({ ruleId: 'lone-surrogate' });
    expect(error!.reason).toContain('U+D83D');
  });

  it('lets a byte order mark at the start, emoji with joiners and skin tones, and kanji variation selectors through', () => {
    const text = '\uFEFF' + seedWith('summary: 本ポリシーを制定しました。', 'summary: 本ポリシーを制定しました👩‍👩‍👧👍🏽🏴󠁧󠁢󠁳󠁣󠁴󠁿。葛󠄀');
    expect(errorsOf(text)).toEqual([]);
  });

  it('reports at most 20 characters one by one, then counts the rest', () => {
    const text = seedWith('利用目的に必要な限度', `利用目的に${'\u200B'.repeat(10_000)}必要な限度`);
    const errors = errorsOf(text);
    expect(errors).toHaveLength(21);
    expect(errors[20]!.reason).toBe('… and 9,980 more such characters in this file');
  });

  it('names code points', () => {
    expect(describeCodePoint(0x202e)).toBe('U+202E RIGHT-TO-LEFT OVERRIDE');
    expect(describeCodePoint(0x1b)).toBe('U+001B ESCAPE');
    expect(describeCodePoint(0x85)).toBe('U+0085 NEXT LINE');
  });
});

describe('joint users whose names look the same', () => {
  it.each([
    ['identical', '一般送配電事業者'],
    ['different by an invisible character', '一般送配\u200B電事業者'],
    ['different by a space', '一般送配電 事業者'],
  ])('refuses two joint users with names %s', (_what, name) => {
    const text = seedWith('                name: 電力広域的運営推進機関', `                name: ${name}`);
    const errors = errorsOf(text).filter((m) => m.ruleId === 'lookalike-name');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: lastLineOf(text, `name: ${name}`), path: 'sections[4].body[0].jointUse.parties.entries[2].name' });
    expect(errors[0]!.reason).toContain(`on line ${lineOf(text, 'name: 一般送配電事業者')}`);
  });

  it('compares full-width and half-width forms as the same', () => {
    expect(visibleForm('ＡＢＣ電力　株式会社')).toBe(visibleForm('ABC電力株式会社'));
    expect(visibleForm('A\u2060B')).toBe('ab');
  });
});

describe('YAML that the parser reads but a policy cannot hold, said in words', () => {
  it('refuses a !!binary value', () => {
    const [error] = errorsOf(seedWith('title: グリーン・市民電力の個人情報の取り扱いについて', 'title: !!binary 44Kw44Oq44O844Oz'));
    expect(error).toMatchObject({ ruleId: 'yaml-tag', line: 18, column: 8 });
    expect(error!.reason).toBe('the value is marked "!!binary", a special YAML type; a policy holds only texts, lists and blocks of keys');
    expect(error!.hint).toBe('remove "!!binary" and write the text itself (not encoded as Base64)');
  });

  it('refuses two documents in one file without naming library functions', () => {
    const [error] = errorsOf(`${seed}---\ntitle: another\n`);
    expect(error!.reason).toBe('a line "---" (or "...") starts a second document in the file; a policy file holds one policy');
    expect(error!.reason + error!.hint).not.toMatch(/parseAllDocuments|YAML\./);
  });

  it.each([
    ['flow brackets', `a: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`],
    ['brackets a stack can hold', `a: ${'['.repeat(100)}${']'.repeat(100)}\n`],
    ['indented blocks', Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n') + ' x\n'],
  ])('refuses nesting too deep (%s) with one message, without a stack overflow', (_what, text) => {
    const errors = errorsOf(text);
    expect(errors.filter((m) => m.ruleId === 'too-deep')).toHaveLength(1);
    expect(errors.map((m) => m.reason).join()).not.toMatch(/call stack|Maximum/);
  });

  it('refuses the "billion laughs" (copies of copies) in words', () => {
    const text = [
      'a: &a ["x","x","x","x","x","x","x","x","x","x"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]',
      '',
    ].join('\n');
    const [error] = errorsOf(text);
    expect(error).toMatchObject({ ruleId: 'yaml-alias', line: 2, column: 8 });
    expect(error!.reason).not.toMatch(/resource exhaustion/i);
    expect(error!.hint).toContain('instead of using "&name" and "*name"');
  });
});

describe('long lists in messages', () => {
  it('names the first ten missing parties and counts the rest', () => {
    const extra = Array.from({ length: 10_000 }, (_, i) => `              - id: extra-${i}\n                name: 追加事業者${i}\n`).join('');
    const text = seedWith('                name: 取次業務委託契約を締結したグリーンコープ生協\n', `                name: 取次業務委託契約を締結したグリーンコープ生協\n${extra}`);
    const warning = loadPolicyText(FILE, text).messages.find((m) => m.ruleId === 'clause-parties')!;
    expect(warning.severity).toBe('warning');
    expect(warning.reason).toBe(
      `the paragraph names 6 of the 10,006 joint users of its table: ${Array.from({ length: 10 }, (_, i) => `extra-${i}`).join(', ')}, … and 9,990 more are not named, so the sentence may read as if the others were all`,
    );
  });
});

describe('the version names files and folders', () => {
  it('refuses a version too long for a file name', () => {
    const text = seed.replace('version: "1.0"\neffectiveDate', `version: "${'1'.repeat(300)}"\neffectiveDate`);
    const errors = errorsOf(text).filter((m) => m.ruleId === 'version-name');
    expect(errors).toMatchObject([{ line: 7, path: 'version', reason: expect.stringContaining('300 characters long') }]);
  });

  it('warns about a version that would share a folder with another', () => {
    const { messages } = loadPolicyText(FILE, seed.replace('version: "1.0"\neffectiveDate', 'version: "1.0/a"\neffectiveDate'));
    expect(messages.filter((m) => m.ruleId === 'version-name')).toMatchObject([{ severity: 'warning', line: 7 }]);
  });
});
