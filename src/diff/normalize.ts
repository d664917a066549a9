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

/**
 * Items joined as the policy renders a list: 「A、B及びC」 with the
 * conjunction 及び, 「A、B、及びC」 with 、及び, 「A、B、C」 without one.
 */
export function joinList(items: readonly string[], conjunction?: string): string {
  if (items.length < 2 || !conjunction) return items.join('、');
  return items.slice(0, -1).join('、') + conjunction + items[items.length - 1];
}
