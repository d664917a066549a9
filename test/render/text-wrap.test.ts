import { describe, expect, it } from 'vitest';
import { displayWidth, graphemes, wrap } from '../../src/render/text-wrap.js';

const PREAMBLE =
  '一般社団法人グリーン・市民電力（以下、市民電力）は、電力小売業務を行う小売電気事業者として、利用者に個人情報をご提供いただくにあたり、個人情報保護の重要性を認識し、個人情報を適切に取扱うことが、市民電力にとって社会的責務であると考えます。';
const PURPOSES =
  '市民電力は、取得した個人情報を「電気需給契約の締結・履行」、「料金の請求・収納」、「設備の保守点検」、「省エネルギーに関するご案内」及び「アンケート調査の実施」のために利用します。ただし、法令に基づく場合（警察・裁判所等からの照会を含みます。）は、この限りではありません。';
const KATAKANA =
  'ウェブサイトのアクセスログ、クッキー（Cookie）等の情報は、サービスの改善のためにのみ利用し、ショッピングやキャッシュレス決済のデータとは照合しません。';
const URL = 'http://www.enecho.meti.go.jp/category/electricity_and_gas/electric/summary/retailers_list/';
const SENTENCES = [PREAMBLE, PURPOSES, KATAKANA];

const NO_START = [...'、。，．,.）)］]｝}〕〉》」』】〙〗〟’”｠»ゝゞーァィゥェォッャュョヮヵヶぁぃぅぇぉっゃゅょゎゕゖ々〻‐゠–〜～？！?!‼⁇⁈⁉・:;：；/'];
const NO_END = [...'（(［[｛{〔〈《「『【〘〖〝‘“｟«'];

const lines = (text: string, width: number, firstIndent = '', indent = '') =>
  wrap(text, { width, firstIndent, indent }).split('\n');

/** Fills lines character by character, ignoring every rule: where naive wrapping would break. */
function naiveLines(text: string, width: number): string[] {
  const out = [''];
  for (const ch of text) {
    if (displayWidth(out[out.length - 1]! + ch) > width) out.push('');
    out[out.length - 1] += ch;
  }
  return out;
}

describe('displayWidth', () => {
  it('counts full-width characters as 2 and ASCII as 1', () => {
    expect(displayWidth('個人情報')).toBe(8);
    expect(displayWidth('（、。）')).toBe(8);
    expect(displayWidth('abc 1)')).toBe(6);
    expect(displayWidth('市民電力 URL')).toBe(12);
  });
});

describe('wrap: Japanese text', () => {
  it('fits exactly 5 full-width characters in width 10', () => {
    expect(wrap('あいうえおかきくけこさ', { width: 10 })).toBe('あいうえお\nかきくけこ\nさ');
    expect(wrap('あいうえおかきくけこさ', { width: 9 })).toBe('あいうえ\nおかきく\nけこさ');
  });

  it('never exceeds the width, from 10 to 80 columns', () => {
    for (const text of SENTENCES) {
      for (let width = 10; width <= 80; width++) {
        for (const line of lines(text, width)) expect(displayWidth(line), `${width}: ${line}`).toBeLessThanOrEqual(width);
      }
    }
  });

  it('keeps kinsoku: no closing character at a line start, no opening one at a line end', () => {
    for (const text of SENTENCES) {
      for (let width = 6; width <= 80; width++) {
        const out = lines(text, width, '1) ', '   ').map((l) => l.slice(3));
        out.slice(1).forEach((l) => expect(NO_START, `${width}: ${l}`).not.toContain(l[0]));
        out.forEach((l) => expect(NO_END, `${width}: ${l}`).not.toContain(l.at(-1)));
      }
    }
  });

  it('moves the break earlier where naive wrapping would start a line with 、 or 。', () => {
    const tested: number[] = [];
    for (let width = 10; width <= 80; width++) {
      const naive = naiveLines(PREAMBLE, width);
      if (!naive.slice(1).some((l) => l.startsWith('、') || l.startsWith('。'))) continue;
      tested.push(width);
      const out = lines(PREAMBLE, width);
      expect(out.some((l) => l.startsWith('、') || l.startsWith('。'))).toBe(false);
      out.forEach((l) => expect(displayWidth(l)).toBeLessThanOrEqual(width));
    }
    expect(tested.length).toBeGreaterThan(0);
    // Width 12: naive wrapping gives 民電力（以下 / 、市民電力）; 追い出し carries 下 over with the 、.
    expect(naiveLines(PREAMBLE, 12).slice(2, 4)).toEqual(['民電力（以下', '、市民電力）']);
    expect(lines(PREAMBLE, 12).slice(2, 4)).toEqual(['民電力（以', '下、市民電']);
  });

  it('keeps small kana, ー and ～ off the line start even where UAX #14 allows it', () => {
    expect(wrap('月曜日～金曜日', { width: 6 })).toBe('月曜\n日～金\n曜日');
    expect(wrap('ちょっとコーヒー', { width: 4 })).toBe('ちょっ\nと\nコー\nヒー');
  });

  it('overflows only when no legal break exists in the line', () => {
    expect(wrap('あ。', { width: 2 })).toBe('あ。');
    expect(wrap('（あ）', { width: 2 })).toBe('（あ）');
  });

  it('gives back the original text when the lines are joined', () => {
    for (const text of SENTENCES) {
      for (let width = 10; width <= 80; width += 3) {
        expect(lines(text, width, '  ①', '    ').map((l) => l.slice(l.startsWith('  ①') ? 3 : 4)).join('')).toBe(text);
      }
    }
  });
});

describe('wrap: ASCII', () => {
  it('wraps words at spaces and trims them', () => {
    expect(lines('The quick brown fox jumps over the lazy dog', 10)).toEqual([
      'The quick',
      'brown fox',
      'jumps over',
      'the lazy',
      'dog',
    ]);
    expect(wrap('word   word   ', { width: 6 })).toBe('word\nword');
  });

  it('never splits a URL or a number', () => {
    const text = `詳しくは資源エネルギー庁の登録小売電気事業者一覧（${URL}）をご覧ください。手数料は1,000,000円です。`;
    for (let width = 10; width <= 120; width++) {
      const out = lines(text, width);
      expect(out.some((l) => l.includes(URL)), `${width}`).toBe(true);
      expect(out.some((l) => l.includes('1,000,000')), `${width}`).toBe(true);
    }
    expect(lines(`See ${URL} for details.`, 20)).toEqual(['See', URL, 'for details.']);
  });
});

describe('wrap: prefixes and line breaks', () => {
  it('uses firstIndent on the first line and indent on the rest', () => {
    const out = lines(PREAMBLE, 30, '1) ', '   ');
    expect(out[0]!.startsWith('1) 一般社団法人')).toBe(true);
    out.slice(1).forEach((l) => expect(l).toMatch(/^ {3}\S/));
    out.forEach((l) => expect(displayWidth(l)).toBeLessThanOrEqual(30));
  });

  it('counts the prefix toward the width', () => {
    expect(wrap('あいうえおかきくけこ', { width: 10, firstIndent: '  ①', indent: '    ' })).toBe(
      '  ①あいう\n    えおか\n    きくけ\n    こ',
    );
  });

  it('treats \\n as a hard break followed by indent', () => {
    expect(wrap('第1条\n目的\n\n附則', { width: 20, firstIndent: '・', indent: '  ' })).toBe('・第1条\n  目的\n\n  附則');
    expect(wrap('a\r\nb', { width: 20 })).toBe('a\nb');
  });

  it('returns the trimmed firstIndent for empty text', () => {
    expect(wrap('', { width: 10, firstIndent: '1) ' })).toBe('1)');
    expect(wrap('', { width: 10 })).toBe('');
  });
});

describe('wrap: speed', () => {
  it('wraps a ~7 KB policy in a few milliseconds', () => {
    const policy = [PREAMBLE, PURPOSES, KATAKANA, `詳しくは ${URL} をご覧ください。`].join('\n').repeat(10);
    expect(policy.length).toBeGreaterThan(2500);
    wrap('ウォームアップ', { width: 20 });
    const start = performance.now();
    const out = wrap(policy, { width: 72, firstIndent: '1) ', indent: '   ' });
    const ms = performance.now() - start;
    expect(out.length).toBeGreaterThan(policy.length);
    expect(ms).toBeLessThan(50);
  });
});

describe('wrapping emoji and combined characters', () => {
  it.each([
    ['a family (ZWJ sequence)', '👩‍👩‍👧'],
    ['a skin tone', '👍🏽'],
    ['a flag', '🇯🇵'],
    ['a kanji with its variation selector', '葛󠄀'],
    ['a keycap', '1️⃣'],
  ])('never splits %s across lines', (_what, char) => {
    const text = `あいうえお${char}`.repeat(20);
    for (const width of [10, 11, 12, 13]) {
      const lines = wrap(text, { width }).split('\n');
      for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
      expect(lines.join('')).toBe(text);
      // Each line holds whole characters only.
      for (const line of lines) expect(graphemes(line).join('')).toBe(line);
      expect(lines.every((line) => !line.startsWith('\u200D') && !/^[\u{1F3FB}-\u{1F3FF}\uFE0F\u{E0100}-\u{E01EF}\u20E3]/u.test(line))).toBe(true);
    }
  });

  it('counts an emoji as two columns', () => {
    expect(displayWidth('👩‍👩‍👧')).toBe(2);
    expect(displayWidth('👍🏽')).toBe(2);
    expect(displayWidth('🇯🇵')).toBe(2);
  });
});

describe('wrapping a translation by words', () => {
  const english = 'The Company’s “member website” provides Disclosure, etc. to the customer’s agent — and 生活協同組合連合会 stays readable.';

  it('breaks only between words, whatever the width of their characters', () => {
    const lines = wrap(english, { width: 24, words: true }).split('\n');
    const words = new Set(english.split(' '));
    for (const line of lines) for (const w of line.trim().split(' ')) expect(words.has(w) || /[\p{Script=Han}]/u.test(w)).toBe(true);
    expect(lines.join('').replace(/ /g, '')).toBe(english.replace(/ /g, ''));
  });

  it('a Japanese name left in the translation still breaks between its characters', () => {
    const lines = wrap('Union 生活協同組合連合会グリーンコープ連合 (the Union)', { width: 16, words: true }).split('\n');
    expect(lines.every((l) => displayWidth(l) <= 16)).toBe(true);
  });
});
