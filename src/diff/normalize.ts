/**
 * Text comparison that ignores whitespace-only edits: runs of whitespace are
 * one space, ends are trimmed, and whitespace next to a Japanese character
 * is dropped (a YAML line fold or a full-width space inside a Japanese
 * sentence is not a change of wording). Spaces between Latin words still count.
 */
const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u3000-\\u303f\\u30fc\\uff00-\\uffef';
const SPACE_NEAR_CJK = new RegExp(`\\s+(?=[${CJK}])|(?<=[${CJK}])\\s+`, 'gu');

export function normalizeText(text: string): string {
  return text.replace(/\s+/gu, ' ').trim().replace(SPACE_NEAR_CJK, '');
}

