/**
 * Characters that make a text display differently from what it says
 * ("Trojan Source"): bidirectional controls that reorder what is shown,
 * invisible characters, control characters, and halves of characters (lone
 * surrogates). A legal text must read as it is written (APPI Art. 21(1) and
 * 27(5): what individuals are told, or what is put where they can easily
 * know it, must be the text itself), so each is an error.
 *
 * The rule reads the file's text, not the parsed policy, so it covers every
 * field, key and comment whatever the shape of the policy; characters written
 * as escapes in "double-quoted" texts (\u202E) are found in the parsed values.
 *
 * A second rule refuses two joint users (or two managers) whose names look
 * the same: identical, or different only by invisible characters, spaces or
 * full-width/half-width forms. Individuals must be able to tell who the joint
 * users are (APPI Art. 27(5)(iii)).
 */
import { isScalar, visit } from 'yaml';
import type { PathSegment } from '../../load/yaml-source.js';
import type { Rule, RuleContext } from '../context.js';
import { PLACEHOLDER } from './placeholder.js';

/** At most this many characters are reported one by one per file; the rest are counted. */
const MAX_REPORTS = 20;

type Kind = 'bidi' | 'invisible' | 'control' | 'surrogate';

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
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE (byte order mark)',
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

/** `U+202E RIGHT-TO-LEFT OVERRIDE` */
export function describeCodePoint(cp: number): string {
  const hex = cp.toString(16).toUpperCase().padStart(4, '0');
  const name = cp < 0x20 ? C0[cp] : cp >= 0xd800 && cp <= 0xdfff ? 'half of a character (a lone surrogate)' : (NAMES[cp] ?? (cp >= 0x80 && cp <= 0x9f ? 'a C1 control character' : cp >= 0xe0000 ? 'TAG CHARACTER' : cp >= 0x206a && cp <= 0x206f ? 'a deprecated format character' : ''));
  return `U+${hex}${name ? ` ${name}` : ''}`;
}

const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const INVISIBLE = /[\u00AD\u034F\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200D\u2060-\u2064\u206A-\u206F\u3164\uFEFF\uFFA0\uFFF9-\uFFFB]|\uDB40[\uDC01\uDC20-\uDC7F]/;
const CONTROL = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\u2028\u2029]/;
const SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Every character looked at, in one pass (no `u` flag, so that lone surrogates match). */
const SUSPECT = new RegExp([BIDI, INVISIBLE, CONTROL, SURROGATE].map((r) => r.source).join('|'), 'g');

const PICTOGRAPH = /\p{Extended_Pictographic}/u;
/** Skin tones and the emoji variation selector, which may stand between a pictograph and a joiner. */
const EMOJI_MODIFIER = /[\u{1F3FB}-\u{1F3FF}\uFE0F]/u;
const TAG_SEQUENCE_START = 0x1f3f4; // 🏴, the flags of England, Scotland, Wales

function kindOf(char: string): Kind {
  if (SURROGATE.test(char) && char.length === 1) return 'surrogate';
  if (BIDI.test(char)) return 'bidi';
  if (CONTROL.test(char)) return 'control';
  return 'invisible';
}

/**
 * Whether the character at `at` is part of an emoji rather than hidden text:
 * a joiner between two pictographs (👨‍👩‍👧), or the tags of a flag (🏴󠁧󠁢󠁳󠁣󠁴󠁿).
 */
function partOfEmoji(text: string, at: number, char: string): boolean {
  if (char === '\u200D') {
    let i = at;
    let before = '';
    while (i > 0) {
      const cp = text.codePointAt(i - 1)!;
      const start = cp >= 0xdc00 && cp <= 0xdfff && i >= 2 ? i - 2 : i - 1;
      before = String.fromCodePoint(text.codePointAt(start)!);
      if (!EMOJI_MODIFIER.test(before)) break;
      i = start;
    }
    const after = String.fromCodePoint(text.codePointAt(at + 1) ?? 0);
    return PICTOGRAPH.test(before) && PICTOGRAPH.test(after);
  }
  if (char.length === 2) {
    // A tag character: allowed after 🏴 and other tag characters.
    let i = at;
    while (i >= 2 && text.charCodeAt(i - 2) === 0xdb40) i -= 2;
    return i >= 2 && text.codePointAt(i - 2) === TAG_SEQUENCE_START;
  }
  return false;
}

function explain(kind: Kind, cp: number, escaped: boolean): { reason: string; hint: string } {
  const what = describeCodePoint(cp);
  const written = escaped ? ` (written as an escape such as "\\u${cp.toString(16).toUpperCase().padStart(4, '0')}")` : '';
  switch (kind) {
    case 'bidi':
      return {
        reason: `the text holds the invisible character ${what}${written}, which changes the order in which the text is displayed: readers would see words in a different order from what is written`,
        hint: 'delete this character: the preview shows it as \\u' + cp.toString(16).padStart(4, '0') + ' at this place; if the text should contain Arabic or Hebrew words, write them without direction controls',
      };
    case 'invisible':
      return {
        reason: `the text holds the invisible character ${what}${written}: it is not shown, but it makes the text differ from what readers see (a search or a comparison would not find the word)`,
        hint: 'delete this character; it usually comes from copying text out of a web page or a word processor',
      };
    case 'control':
      return {
        reason: `the text holds the control character ${what}${written}, which is not text and can disturb how the page, the text file or a terminal shows it`,
        hint: 'delete this character; it usually comes from copying text out of another program. For a line break inside a text, use a YAML block (text: |)',
      };
    case 'surrogate':
      return {
        reason: `the text holds ${what}${written}: half of a character (an emoji or a rare kanji) that cannot be shown`,
        hint: 'write the whole character, or delete the half: a pair such as "\\uD83D\\uDE00" must be written together, better as the character itself',
      };
  }
}

/**
 * Every character of a file's text that makes it read differently from its
 * bytes (a byte order mark at the start and the joiners of emoji excepted):
 * the one scan of every text that reaches an output, whatever file it is in.
 */
export function* suspectCharacters(text: string): Generator<{ at: number; char: string }> {
  for (const m of text.matchAll(SUSPECT)) {
    const char = m[0];
    const at = m.index;
    if (at === 0 && char === '\uFEFF') continue; // a byte order mark at the start of the file
    if (partOfEmoji(text, at, char)) continue;
    yield { at, char };
  }
}

/** The rule id, reason and hint of a character found by `suspectCharacters`. */
export function suspectMessage(char: string): { ruleId: string; reason: string; hint: string } {
  const cp = char.length === 1 ? char.charCodeAt(0) : char.codePointAt(0)!;
  const kind = kindOf(char);
  return { ruleId: ruleIdOf(kind), ...explain(kind, cp, false) };
}

export const characters: Rule = {
  id: 'characters',
  description: 'Texts hold no bidirectional controls, invisible or control characters, and no halves of characters (APPI Art. 21(1), 27(5)).',
  check(context) {
    const { text } = context.source;
    let reported = 0;
    let more = 0;
    let firstMore = -1;
    const report = (offset: number, char: string, escaped: boolean, path?: readonly PathSegment[]) => {
      if (reported >= MAX_REPORTS) {
        if (firstMore < 0) firstMore = offset;
        more++;
        return;
      }
      reported++;
      const cp = char.length === 1 ? char.charCodeAt(0) : char.codePointAt(0)!;
      const kind = kindOf(char);
      context.reportAt(ruleIdOf(kind), offset, { ...explain(kind, cp, escaped), ...(path ? { path } : {}) });
    };

    for (const { at, char } of suspectCharacters(text)) report(at, char, false);

    // Escapes in double-quoted texts ("\u202E", "\x1b", "\uD800") are characters only once parsed.
    if (text.includes('\\')) {
      visit(context.source.doc, {
        Scalar(_key, node) {
          if (!isScalar(node) || node.type !== 'QUOTE_DOUBLE' || typeof node.value !== 'string' || !node.range) return;
          const raw = text.slice(node.range[0], node.range[1]);
          if (!raw.includes('\\')) return;
          for (const m of node.value.matchAll(SUSPECT)) {
            if (raw.includes(m[0]) || partOfEmoji(node.value, m.index, m[0])) continue; // found in the text already
            report(node.range[0], m[0], true);
            break; // one message per text is enough to find it
          }
        },
      });
    }

    if (more > 0) {
      context.reportAt('invisible-character', firstMore, {
        reason: `… and ${more.toLocaleString('en-US')} more such characters in this file`,
        hint: 'delete them all: search the file for them, e.g. in VS Code with the regular expression [\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2069\\uFEFF\\u00AD]',
      });
    }
  },
};

function ruleIdOf(kind: Kind): string {
  return kind === 'bidi' ? 'bidi-control' : kind === 'surrogate' ? 'lone-surrogate' : kind === 'control' ? 'control-character' : 'invisible-character';
}

/** A name as people see it: invisible characters and spaces removed, NFKC (full-width Ａ = A), case ignored. */
export function visibleForm(name: string): string {
  return name
    .replace(/\p{Default_Ignorable_Code_Point}|\p{Cf}|\p{Cc}/gu, '')
    .normalize('NFKC')
    .replace(/\s+/gu, '')
    .toLowerCase();
}

interface NameAt {
  name: string;
  path: PathSegment[];
}

/**
 * Every list of named entries under a `jointUse` key, wherever it is: lists
 * held by a `parties` or `entries` key whose items have a `name`.
 */
function namedLists(value: unknown): NameAt[][] {
  const lists: NameAt[][] = [];
  const stack: Array<{ value: unknown; path: PathSegment[]; inJointUse: boolean }> = [{ value, path: [], inJointUse: false }];
  while (stack.length > 0) {
    const { value: v, path, inJointUse } = stack.pop()!;
    if (Array.isArray(v)) {
      const key = path[path.length - 1];
      if (inJointUse && (key === 'parties' || key === 'entries')) {
        const named = v.flatMap((item, i) =>
          item && typeof item === 'object' && typeof (item as { name?: unknown }).name === 'string' ? [{ name: (item as { name: string }).name, path: [...path, i, 'name'] }] : [],
        );
        if (named.length > 1) lists.push(named);
      }
      v.forEach((item, i) => stack.push({ value: item, path: [...path, i], inJointUse }));
    } else if (v && typeof v === 'object') {
      for (const [k, item] of Object.entries(v)) stack.push({ value: item, path: [...path, k], inJointUse: inJointUse || k === 'jointUse' });
    }
  }
  return lists;
}

export const lookalikeNames: Rule = {
  id: 'lookalike-names',
  description: 'Two joint users (or managers) do not have names that look the same (APPI Art. 27(5)(iii): individuals must be able to tell who they are).',
  check(context: RuleContext) {
    for (const list of namedLists(context.policy)) {
      const seen = new Map<string, NameAt>();
      for (const entry of list) {
        const form = visibleForm(entry.name);
        if (form === '') continue; // blank names are the schema's concern
        if (entry.name.includes(PLACEHOLDER)) continue; // a placeholder is reported by its own rule
        const first = seen.get(form);
        if (!first) {
          seen.set(form, entry);
          continue;
        }
        const same = first.name === entry.name;
        context.report('lookalike-name', entry.path, {
          reason: same
            ? `the name "${entry.name}" is already used on line ${context.lineOf(first.path)}`
            : `the name "${entry.name}" looks the same as "${first.name}" on line ${context.lineOf(first.path)}; they differ only by invisible characters, spaces or full-width/half-width forms`,
          hint: 'each joint user must be told apart by its name: write each name once, as in its register of companies; remove invisible characters',
        });
      }
    }
  },
};

/** Both rules, registered together. */
export const characterRules: readonly Rule[] = [characters, lookalikeNames];
