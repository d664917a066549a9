/**
 * Numbering styles: a preset name or a pattern with one counter in braces.
 *
 *   {1} 1 2 3   {１} １ ２ ３   {①} ① ② ③   {ア} ア イ ウ   {イ} イ ロ ハ
 *   {a} a b c   {A} A B C       {i} i ii iii   {I} I II III   {一} 一 二 三
 *
 * A pattern without a counter is a fixed mark (・, ■, ※); the empty pattern
 * (preset `none`) gives no mark. Presets are listed in schema.ts.
 */
import { NUMBERING_PRESETS } from './schema.js';
import { t, type Values } from '../i18n/catalogue.js';

const KATAKANA = 'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン';
const IROHA = 'イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス';

const CIRCLED_FROM = [
  [1, 0x2460],
  [21, 0x3251],
  [36, 0x32b1],
] as const;

/** ① … ⑳, ㉑ … ㊿; beyond 50, (51). */
export function circled(n: number): string {
  for (let i = CIRCLED_FROM.length - 1; i >= 0; i--) {
    const [from, code] = CIRCLED_FROM[i]!;
    if (n >= from && n <= 50) return String.fromCodePoint(code + n - from);
  }
  return `(${n})`;
}

function roman(n: number): string {
  const table: Array<[number, string]> = [
    [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
    [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
  ];
  let out = '';
  for (const [value, letters] of table) while (n >= value) (out += letters), (n -= value);
  return out;
}

function kanji(n: number): string {
  const digits = '〇一二三四五六七八九';
  if (n < 10) return digits[n]!;
  if (n < 100) {
    const tens = Math.floor(n / 10);
    return (tens > 1 ? digits[tens]! : '') + '十' + (n % 10 ? digits[n % 10]! : '');
  }
  return String(n);
}

function sequence(chars: string, n: number): string {
  return n >= 1 && n <= chars.length ? chars[n - 1]! : String(n);
}

export const COUNTERS: Record<string, (n: number) => string> = {
  '1': (n) => String(n),
  '１': (n) => String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))),
  '①': circled,
  'ア': (n) => sequence(KATAKANA, n),
  'イ': (n) => sequence(IROHA, n),
  a: (n) => (n <= 26 ? String.fromCharCode(96 + n) : String(n)),
  A: (n) => (n <= 26 ? String.fromCharCode(64 + n) : String(n)),
  i: roman,
  I: (n) => roman(n).toUpperCase(),
  '一': kanji,
};

const COUNTER = /\{([^{}]*)\}/g;

/** The pattern of a numbering value (a preset's pattern, or the value itself). */
export function patternOf(numbering: string): string {
  return (NUMBERING_PRESETS as Record<string, string>)[numbering] ?? numbering;
}

/** What is wrong with a numbering value, as the catalogue's id and values (i18n/check.ts), or undefined. */
export function numberingFault(
  numbering: string,
): { id: 'check.numbering.counters' | 'check.numbering.counter' | 'check.numbering.style'; values: Values } | undefined {
  if (numbering in NUMBERING_PRESETS) return undefined;
  const pattern = patternOf(numbering);
  const counters = [...pattern.matchAll(COUNTER)];
  if (counters.length > 1) return { id: 'check.numbering.counters', values: {} };
  const unknown = counters.find((m) => !(m[1]! in COUNTERS));
  if (unknown) return { id: 'check.numbering.counter', values: { counter: unknown[1]! } };
  if (/^[a-z-]+$/.test(numbering)) return { id: 'check.numbering.style', values: { numbering } };
  return undefined;
}

/** What is wrong with a numbering value, in English, or undefined. */
export function numberingProblem(numbering: string): string | undefined {
  const fault = numberingFault(numbering);
  return fault && t(fault.id, 'en', fault.values);
}

/** Whether entries numbered this way are counted (an ordered list) or only marked (a bulleted one). */
export function isOrdered(numbering: string): boolean {
  return /\{[^{}]*\}/.test(patternOf(numbering));
}

/** The mark of the n-th entry (from 1). The preset `paragraph` numbers 項 as statutes do: the first has none, then ２, ３ … */
export function numberLabel(numbering: string, n: number): string {
  if (numbering === 'paragraph' && n === 1) return '';
  return patternOf(numbering).replace(COUNTER, (_, token: string) => (COUNTERS[token] ?? COUNTERS['1']!)(n));
}

/** A section as numbering reads it: counted unless `numbered: false`; a branch (第6条の2) follows the one before it. */
interface Numbered {
  numbered?: boolean;
  branch?: boolean;
}

/**
 * The numbers of a list of sections, as printed: each counted section gets
 * the next number; a section with `numbered: false` none; a branch section
 * the number of the section before it with の2, の3 … (第6条の2, 6の2.), as
 * statutes insert an article without renumbering the rest. `counter` is the
 * count the number stands for (a branch keeps its parent's).
 */
export function sectionNumbers(
  sections: readonly Numbered[],
  numbering: string,
  label: (numbering: string, n: number) => string = numberLabel,
): Array<{ number: string; counter: number }> {
  let counter = 0;
  let branch = 1;
  return sections.map((s) => {
    if (s.numbered === false) return { number: '', counter };
    if (s.branch && counter > 0) {
      branch++;
      const parent = label(numbering, counter);
      const number = /第[^条項章節]*[条項章節]/u.test(parent)
        ? parent.replace(/(第[^条項章節]*[条項章節])/u, `$1の${branch}`)
        : parent.replace(/(\d+|[０-９]+)(?!.*(\d|[０-９]))/u, `$1${/[A-Za-z]/.test(parent) ? '-' : 'の'}${branch}`); // Article 6-2 in a translation
      return { number, counter };
    }
    branch = 1;
    counter++;
    return { number: label(numbering, counter), counter };
  });
}
