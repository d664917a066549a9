/**
 * Plain-text line wrapping for Japanese legal text (e-mail, notice boards).
 *
 * Widths come from `get-east-asian-width`, counting East Asian ambiguous characters (①, ※, “ ”, …)
 * as wide, as Japanese fonts show them. A line may break between any two full-width characters and
 * after a space, except where JIS X 4051 kinsoku forbids it (no closing punctuation, small kana, ー,
 * ？ etc. at a line start; no opening bracket at a line end), inside a run of half-width characters
 * (words, URLs, numbers), or inside a run of ……/——. Lines are filled greedily from the remaining
 * opportunities, so a forbidden break moves earlier (追い出し); a line overflows only when it holds
 * a single unbreakable unit.
 *
 * Text is cut only between grapheme clusters (Intl.Segmenter): an emoji made of several code points
 * (👩‍👩‍👧, 👍🏽, 🇯🇵), a letter with combining marks or a kanji with its variation selector stays whole.
 */
import { eastAsianWidth } from 'get-east-asian-width';

export interface WrapOptions {
  /** Maximum display width of a line in columns, prefix included (full-width characters count 2). */
  width: number;
  /** Prefix of the first line, e.g. '1) ' or '  ①' (default ''). */
  firstIndent?: string;
  /** Prefix of every following line, including those after a hard break (default ''). */
  indent?: string;
  /**
   * Text of a language written with spaces between words (an English translation): a line breaks
   * only after a space or beside a Japanese character, never inside a word, whatever the width of
   * its characters (’ “ ” – é count as wide in a Japanese font).
   */
  words?: boolean;
}

/** 行頭禁則: characters that must not start a line. */
const NO_START =
  /[、。，．,.）)］\]｝}〕〉》」』】〙〗〟’”｠»ゝゞヽヾーァィゥェォッャュョヮヵヶぁぃぅぇぉっゃゅょゎゕゖㇰ-ㇿ々〻‐゠–〜～？！?!‼⁇⁈⁉・:;：；/｡｣､･ｰｧ-ｯ]/u;
/** 行末禁則: characters that must not end a line. */
const NO_END = /[（(［\[｛{〔〈《「『【〘〖〝‘“｟«｢]/u;
/** Characters that stay together when repeated (二倍ダーシ, 三点リーダ). */
const INSEPARABLE = /[…‥—―]/u;

/** A piece of text between two allowed breaks. */
interface Unit {
  text: string;
  width: number;
  /** Width without trailing spaces (what it takes up at the end of a line). */
  endWidth: number;
}

/** Control characters and combining marks take no column. */
const ZERO_WIDTH = /[\p{Cc}\p{Mn}\p{Me}\u200B-\u200F\uFE00-\uFE0F]/u;
const charWidths = new Map<string, number>();

/** An emoji drawn as one picture, two columns wide: a pictograph or a flag (two regional indicators). */
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;

/** Columns of one user-perceived character (a grapheme cluster). */
function charWidth(char: string): number {
  let width = charWidths.get(char);
  if (width === undefined) {
    const first = char.codePointAt(0)!;
    const single = char.length === (first > 0xffff ? 2 : 1);
    if (single) width = ZERO_WIDTH.test(char) ? 0 : eastAsianWidth(first, { ambiguousAsWide: true });
    else if (EMOJI.test(char) || char.includes('\uFE0F')) width = 2;
    else width = [...char].reduce((w, c) => w + charWidth(c), 0);
    charWidths.set(char, width);
  }
  return width;
}

/** Code points that may join the one before into one grapheme: marks, joiners, selectors, astral characters, Hangul jamo. */
const MAY_JOIN = /[\p{M}\u200D\u1100-\u11FF\u{10000}-\u{10FFFF}]/u;
/** Made when first needed: building a segmenter takes some 20 ms, and most text never needs one. */
let graphemeSegmenter: Intl.Segmenter | undefined;

/** The user-perceived characters of `s` (grapheme clusters); most Japanese text takes the fast path. */
export function graphemes(s: string): string[] {
  if (!MAY_JOIN.test(s)) return [...s];
  graphemeSegmenter ??= new Intl.Segmenter('ja', { granularity: 'grapheme' });
  return Array.from(graphemeSegmenter.segment(s), (g) => g.segment);
}

/** Columns a string takes in a terminal or a monospaced Japanese font. */
export function displayWidth(s: string): number {
  let width = 0;
  for (const char of graphemes(s)) width += charWidth(char);
  return width;
}

export function wrap(text: string, options: WrapOptions): string {
  const { width, firstIndent = '', indent = '', words = false } = options;
  return text
    .split(/\r\n?|\n/)
    .flatMap((para, i) => wrapParagraph(para, width, i === 0 ? firstIndent : indent, indent, words))
    .join('\n');
}

function wrapParagraph(para: string, width: number, first: string, rest: string, words: boolean): string[] {
  const units = splitUnits(para, words);
  const lines: string[] = [];
  let prefix = first;
  let i = 0;
  do {
    const avail = width - displayWidth(prefix);
    let used = 0;
    let filled = false; // the line has visible text, so it may end here
    let j = i;
    for (; j < units.length; j++) {
      const unit = units[j]!;
      if (filled && used + unit.endWidth > avail) break;
      used += unit.width;
      filled ||= unit.endWidth > 0;
    }
    lines.push(trimSpaces(prefix + units.slice(i, j).map((u) => u.text).join('')));
    prefix = rest;
    i = j;
  } while (i < units.length);
  return lines;
}

/** Cuts a paragraph at every position where a line may break. */
function splitUnits(para: string, words: boolean): Unit[] {
  const units: Unit[] = [];
  const chars = graphemes(para);
  // Each character's width, once; a unit's width is the sum of its characters'.
  const widths = chars.map(charWidth);
  let text = '';
  let width = 0;
  let spaces = 0; // width of the spaces that end the unit so far
  for (let i = 0; i < chars.length; i++) {
    if (text !== '' && canBreakBetween(chars, widths, i, words)) {
      units.push({ text, width, endWidth: width - spaces });
      text = '';
      width = 0;
    }
    const char = chars[i]!;
    text += char;
    width += widths[i]!;
    spaces = char === ' ' ? spaces + 1 : 0;
  }
  if (text) units.push({ text, width, endWidth: width - spaces });
  return units;
}

/** Whether a character is one of a class, remembered per character (most text repeats a few hundred characters). */
function memo(pattern: RegExp): (char: string) => boolean {
  const known = new Map<string, boolean>();
  return (char) => {
    let yes = known.get(char);
    if (yes === undefined) known.set(char, (yes = pattern.test(char)));
    return yes;
  };
}
const noStart = memo(NO_START);
const noEnd = memo(NO_END);
const inseparable = memo(INSEPARABLE);
/** Japanese characters, between which a line of a translation may still break (a name left in Japanese). */
const japanese = memo(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u);

/** May a line end after chars[0 … i-1] and the next start with chars[i]? */
function canBreakBetween(chars: readonly string[], widths: readonly number[], i: number, words: boolean): boolean {
  const next = chars[i]!;
  if (next === ' ') return false; // break after the spaces, not before them
  let q = i;
  while (q > 0 && chars[q - 1] === ' ') q--; // the line would end before these spaces
  const lineEnd = chars[q - 1] ?? '';
  if (noStart(next) || noEnd(lineEnd)) return false;
  if (q < i) return true; // after a space
  if (words) return japanese(lineEnd) || japanese(next);
  if (inseparable(next) && next === lineEnd) return false;
  // Not inside a run of half-width, visible characters: a word, a number or a URL.
  return !(q > 0 && widths[q - 1] === 1 && widths[i] === 1);
}

function trimSpaces(s: string): string {
  return s.replace(/ +$/, '');
}
