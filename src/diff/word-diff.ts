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
  return parts;
}
