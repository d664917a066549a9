/**
 * Plain-text line wrapping for Japanese legal text (e-mail, notice boards).
 *
 * Break opportunities come from UAX #14 (`linebreak`); widths from `get-east-asian-width`,
 * counting East Asian ambiguous characters (①, ※, “ ”, …) as wide, as Japanese fonts show them.
 * On top of UAX #14 we enforce JIS X 4051 kinsoku (no closing punctuation, small kana, ー, ？ etc.
 * at a line start; no opening bracket at a line end) and never break inside a run of non-space
 * ASCII (URLs, numbers). Lines are filled greedily from the remaining opportunities, so a forbidden
 * break moves earlier (追い出し); a line overflows only when it holds a single unbreakable unit.
 */
import LineBreaker from 'linebreak';
import { eastAsianWidth } from 'get-east-asian-width';

export interface WrapOptions {
  /** Maximum display width of a line in columns, prefix included (full-width characters count 2). */
  width: number;
  /** Prefix of the first line, e.g. '1) ' or '  ①' (default ''). */
  firstIndent?: string;
  /** Prefix of every following line, including those after a hard break (default ''). */
  indent?: string;
}

/** 行頭禁則: characters that must not start a line. */
const NO_START =
  /[、。，．,.）)］\]｝}〕〉》」』】〙〗〟’”｠»ゝゞヽヾーァィゥェォッャュョヮヵヶぁぃぅぇぉっゃゅょゎゕゖㇰ-ㇿ々〻‐゠–〜～？！?!‼⁇⁈⁉・:;：；/｡｣､･ｰｧ-ｯ]/u;
/** 行末禁則: characters that must not end a line. */
const NO_END = /[（(［\[｛{〔〈《「『【〘〖〝‘“｟«｢]/u;
const ASCII = /[!-~]/;

/** A piece of text between two allowed breaks. */
interface Unit {
  text: string;
  width: number;
  /** Width without trailing spaces (what it takes up at the end of a line). */
  endWidth: number;
}

/** Control characters and combining marks take no column. */
const ZERO_WIDTH = /[\p{Cc}\p{Mn}\p{Me}\u200B-\u200F\uFE00-\uFE0F]/u;

/** Columns a string takes in a terminal or a monospaced Japanese font. */
export function displayWidth(s: string): number {
  let width = 0;
  for (const char of s) {
    if (!ZERO_WIDTH.test(char)) width += eastAsianWidth(char.codePointAt(0)!, { ambiguousAsWide: true });
  }
  return width;
}

export function wrap(text: string, options: WrapOptions): string {
  const { width, firstIndent = '', indent = '' } = options;
  return text
    .split(/\r\n?|\n/)
    .flatMap((para, i) => wrapParagraph(para, width, i === 0 ? firstIndent : indent, indent))
    .join('\n');
}

function wrapParagraph(para: string, width: number, first: string, rest: string): string[] {
  const units = splitUnits(para);
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

/** Cuts a paragraph at the UAX #14 opportunities that kinsoku and the ASCII-run rule allow. */
function splitUnits(para: string): Unit[] {
  const units: Unit[] = [];
  const breaker = new LineBreaker(para);
  let last = 0;
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
    if (bk.position < para.length && !canBreakAt(para, bk.position)) continue;
    const text = para.slice(last, bk.position);
    const width = displayWidth(text);
    units.push({ text, width, endWidth: width - (text.length - trimSpaces(text).length) });
    last = bk.position;
  }
  return units;
}

function canBreakAt(s: string, p: number): boolean {
  let q = p;
  while (q > 0 && s[q - 1] === ' ') q--; // the line would end before these spaces
  const lineEnd = s[q - 1] ?? '';
  const lineStart = s[p] ?? '';
  if (NO_START.test(lineStart) || NO_END.test(lineEnd)) return false;
  return !(ASCII.test(s[p - 1] ?? '') && ASCII.test(lineStart));
}

function trimSpaces(s: string): string {
  return s.replace(/ +$/, '');
}
