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
import { say, t, type MessageId, type Said } from '../../i18n/catalogue.js';

/** At most this many characters are reported one by one per file; the rest are counted. */
const MAX_REPORTS = 20;

type Kind = 'bidi' | 'invisible' | 'control' | 'surrogate';

export { describeCodePoint } from '../code-points.js';

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

/** The catalogue's words for each kind of character: the reason names the character, the hint says what to do. */
const WORDS = {
  bidi: ['check.bidi-control', 'check.bidi-control.hint'],
  invisible: ['check.invisible-character', 'check.invisible-character.hint'],
  control: ['check.control-character', 'check.control-character.hint'],
  surrogate: ['check.lone-surrogate', 'check.lone-surrogate.hint'],
} as const satisfies Record<Kind, readonly [MessageId, MessageId]>;

function explain(kind: Kind, cp: number, escaped: boolean) {
  const [reason, hint] = WORDS[kind];
  return say(reason, { cp, ...(escaped ? { escaped: 1 } : {}) }, hint);
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
export function suspectMessage(char: string): { ruleId: string; reason: string; hint: string; says: Said } {
  const cp = char.length === 1 ? char.charCodeAt(0) : char.codePointAt(0)!;
  const kind = kindOf(char);
  const { reason, hint = '', says } = explain(kind, cp, false);
  return { ruleId: ruleIdOf(kind), reason, hint, says };
}

export const characters: Rule = {
  id: 'characters',
  description: t('rule.characters'),
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
        ...say('check.more-characters', { more }, 'check.more-characters.hint'),
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
  description: t('rule.lookalike-names'),
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
        const line = context.lineOf(first.path);
        context.report(
          'lookalike-name',
          entry.path,
          same
            ? say('check.lookalike-name.same', { name: entry.name, line }, 'check.lookalike-name.hint')
            : say('check.lookalike-name', { name: entry.name, first: first.name, line }, 'check.lookalike-name.hint'),
        );
      }
    }
  },
};

/** Both rules, registered together. */
export const characterRules: readonly Rule[] = [characters, lookalikeNames];
