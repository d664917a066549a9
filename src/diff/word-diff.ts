/**
 * Word-level diff of two texts. Japanese has no spaces, so the texts are
 * segmented with Intl.Segmenter ('ja', word) — Node's full ICU segments
 * Japanese with a dictionary (供給|（|受電|）|地点|に関する|情報) — and the
 * segment arrays are diffed with jsdiff's diffArrays.
 *
 * Without the dictionary (a small-ICU build) ICU falls back to the Unicode
 * word rules, which split Han and hiragana into single characters and keep
 * katakana runs: coarse-to-fine but never a whole sentence. As a safeguard, a
 * segment longer than MAX_SEGMENT CJK characters is split into characters.
 */
import { diffArrays } from 'diff';

export interface WordPart {
  value: string;
  added?: boolean;
  removed?: boolean;
}

const MAX_SEGMENT = 12;
const CJK_RUN = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc]+$/u;

let segmenter: Intl.Segmenter | undefined;

export function segmentWords(text: string): string[] {
  segmenter ??= new Intl.Segmenter('ja', { granularity: 'word' });
  const out: string[] = [];
  for (const { segment } of segmenter.segment(text)) {
    if (segment.length > MAX_SEGMENT && CJK_RUN.test(segment)) out.push(...Array.from(segment));
    else out.push(segment);
  }
  return out;
}

export function wordDiff(before: string, after: string): WordPart[] {
  const parts: WordPart[] = [];
  for (const part of diffArrays(segmentWords(before), segmentWords(after))) {
    const value = part.value.join('');
    if (!value) continue;
    const last = parts[parts.length - 1];
    if (last && !!last.added === part.added && !!last.removed === part.removed) last.value += value;
    else parts.push({ value, ...(part.added ? { added: true } : {}), ...(part.removed ? { removed: true } : {}) });
  }
  return cleanupSemantic(parts);
}

/** A particle or a mark of punctuation, one or two characters: what two edits of one rewording may share. */
const PARTICLE = /^[\p{Script=Hiragana}、。・，．]{1,2}$/u;

/** A run of changed parts (removed and added, in either order) and what it removes and adds. */
interface Edit {
  removed: string;
  added: string;
}

/**
 * A particle or a mark between two edits no shorter than itself (「の」,
 * 「を」, 「、」) is folded into them, as
 * diff-match-patch's semantic clean-up does: one rewording reads as one
 * change, not as pieces around a repeated particle.
 */
function cleanupSemantic(parts: WordPart[]): WordPart[] {
  // Groups: an unchanged part, or an edit made of the changed parts that stand together.
  const groups: Array<string | Edit> = [];
  for (const p of parts) {
    const last = groups[groups.length - 1];
    if (!p.added && !p.removed) groups.push(p.value);
    else if (typeof last === 'object') p.removed ? (last.removed += p.value) : (last.added += p.value);
    else groups.push({ removed: p.removed ? p.value : '', added: p.added ? p.value : '' });
  }
  // An insertion (or a deletion) whose end repeats the unchanged words before it is the same edit moved left:
  // 「のため{+の分析のため+}」 is 「{+のための分析+}のため」, which joins the edit before it.
  for (let i = 1; i < groups.length; i++) {
    const [same, edit] = [groups[i - 1], groups[i]];
    if (typeof same !== 'string' || typeof edit !== 'object' || (edit.removed && edit.added)) continue;
    const text = edit.added || edit.removed;
    let k = 0;
    while (k < Math.min(same.length, text.length) && same[same.length - 1 - k] === text[text.length - 1 - k]) k++;
    // Only where the move joins it to the edit before: otherwise the edit stays where the diff put it.
    if (k < same.length || typeof groups[i - 2] !== 'object') continue;
    const moved = text.slice(text.length - k) + text.slice(0, text.length - k);
    groups[i - 1] = same.slice(0, same.length - k);
    groups[i] = edit.added ? { removed: '', added: moved } : { removed: moved, added: '' };
    const after = groups[i + 1];
    if (typeof after === 'string') groups[i + 1] = text.slice(text.length - k) + after;
    else groups.splice(i + 1, 0, text.slice(text.length - k));
  }
  // Edits that now stand together are one.
  for (let i = 0; i + 2 < groups.length; i++) {
    const [a, gap, b] = [groups[i], groups[i + 1], groups[i + 2]];
    if (typeof a === 'object' && gap === '' && typeof b === 'object') {
      groups.splice(i, 3, { removed: a.removed + b.removed, added: a.added + b.added });
      i--;
    }
  }
  const longest = (e: Edit) => Math.max(e.removed.length, e.added.length);
  for (let i = 1; i + 1 < groups.length; i++) {
    const [prev, same, next] = [groups[i - 1], groups[i], groups[i + 1]];
    if (typeof prev !== 'object' || typeof same !== 'string' || typeof next !== 'object') continue;
    if (!PARTICLE.test(same) || same.length > Math.min(longest(prev), longest(next))) continue;
    groups.splice(i - 1, 3, { removed: prev.removed + same + next.removed, added: prev.added + same + next.added });
    i = Math.max(0, i - 2);
  }
  return groups.flatMap((g): WordPart[] =>
    typeof g === 'string'
      ? g ? [{ value: g }] : []
      : [...(g.removed ? [{ value: g.removed, removed: true as const }] : []), ...(g.added ? [{ value: g.added, added: true as const }] : [])],
  );
}
