/**
 * The names of the characters a text must not hide (Unicode's own names,
 * kept in Latin in both languages, as a reader would search for them), and
 * a code point described by them: `U+202E RIGHT-TO-LEFT OVERRIDE`.
 */
import type { Locale } from '../i18n/types.js';

const NAMES: Record<number, string> = {
  0x061c: 'ARABIC LETTER MARK',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0x00ad: 'SOFT HYPHEN',
  0x034f: 'COMBINING GRAPHEME JOINER',
  0x115f: 'HANGUL CHOSEONG FILLER',
  0x1160: 'HANGUL JUNGSEONG FILLER',
  0x17b4: 'KHMER VOWEL INHERENT AQ',
  0x17b5: 'KHMER VOWEL INHERENT AA',
  0x180e: 'MONGOLIAN VOWEL SEPARATOR',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x2028: 'LINE SEPARATOR',
  0x2029: 'PARAGRAPH SEPARATOR',
  0x2060: 'WORD JOINER',
  0x2061: 'FUNCTION APPLICATION',
  0x2062: 'INVISIBLE TIMES',
  0x2063: 'INVISIBLE SEPARATOR',
  0x2064: 'INVISIBLE PLUS',
  0x3164: 'HANGUL FILLER',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
  0xffa0: 'HALFWIDTH HANGUL FILLER',
  0xfff9: 'INTERLINEAR ANNOTATION ANCHOR',
  0xfffa: 'INTERLINEAR ANNOTATION SEPARATOR',
  0xfffb: 'INTERLINEAR ANNOTATION TERMINATOR',
  0xe0001: 'LANGUAGE TAG',
  0x7f: 'DELETE',
  0x85: 'NEXT LINE',
  0x9b: 'CONTROL SEQUENCE INTRODUCER',
};

const C0 = 'NULL,START OF HEADING,START OF TEXT,END OF TEXT,END OF TRANSMISSION,ENQUIRY,ACKNOWLEDGE,BELL,BACKSPACE,CHARACTER TABULATION,LINE FEED,LINE TABULATION,FORM FEED,CARRIAGE RETURN,SHIFT OUT,SHIFT IN,DATA LINK ESCAPE,DEVICE CONTROL ONE,DEVICE CONTROL TWO,DEVICE CONTROL THREE,DEVICE CONTROL FOUR,NEGATIVE ACKNOWLEDGE,SYNCHRONOUS IDLE,END OF TRANSMISSION BLOCK,CANCEL,END OF MEDIUM,SUBSTITUTE,ESCAPE,FILE SEPARATOR,GROUP SEPARATOR,RECORD SEPARATOR,UNIT SEPARATOR'.split(',');

/** What a code point without a name of its own is, in each language. */
const KINDS = {
  surrogate: { en: 'half of a character (a lone surrogate)', ja: '（文字の半分：対になっていないサロゲート）' },
  c1: { en: 'a C1 control character', ja: '（C1 制御文字）' },
  deprecated: { en: 'a deprecated format character', ja: '（使われなくなった書式文字）' },
  bom: { en: ' (byte order mark)', ja: '（バイト順マーク）' },
} as const satisfies Record<string, Record<Locale, string>>;

/** The kind of a code point that has no name in the tables above. */
function unnamedKind(cp: number): keyof typeof KINDS | undefined {
  if (cp >= 0xd800 && cp <= 0xdfff) return 'surrogate';
  if (NAMES[cp] !== undefined) return undefined;
  if (cp >= 0x80 && cp <= 0x9f) return 'c1';
  if (cp >= 0x206a && cp <= 0x206f) return 'deprecated';
  return undefined;
}

/** `U+202E RIGHT-TO-LEFT OVERRIDE`; a character without a name is said in the reader's language. */
export function describeCodePoint(cp: number, locale: Locale = 'en'): string {
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  const kind = unnamedKind(cp);
  if (kind) return locale === 'en' ? `${hex} ${KINDS[kind].en}` : `${hex}${KINDS[kind].ja}`;
  const name = cp < 0x20 ? C0[cp] : (NAMES[cp] ?? (cp >= 0xe0000 ? 'TAG CHARACTER' : ''));
  const bom = cp === 0xfeff ? KINDS.bom[locale] : '';
  return `${hex}${name ? ` ${name}` : ''}${bom}`;
}
