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
 * Spellings of one word that Japanese legal texts use interchangeably
 * (公用文の表記): an edit from one to the other changes no meaning. The first
 * of each row is the form compared. Only whole words that cannot be part of
 * another word are listed.
 */
export const ORTHOGRAPHIC_VARIANTS: ReadonlyArray<readonly string[]> = [
  ['すべて', '全て'],
  ['および', '及び'],
  ['または', '又は'],
  ['ならびに', '並びに'],
  ['もしくは', '若しくは'],
  ['ただし', '但し'],
  ['あらかじめ', '予め'],
  ['できる', '出来る'],
  ['ください', '下さい'],
  ['お客さま', 'お客様'],
  ['取り扱い', '取扱い', '取扱'],
  ['取り扱う', '取扱う'],
  ['取り扱わ', '取扱わ'],
  ['申し込み', '申込み', '申込'],
  ['問い合わせ', '問合せ', '問い合せ', '問合わせ'],
  ['お問い合わせ', 'お問合せ'],
  ['取り消し', '取消し', '取消'],
  ['受け付け', '受付け'],
  ['引き続き', '引続き'],
  ['差し支え', '差支え'],
];

/**
 * A corporate form and its abbreviation, as written after NFKC (㈱ and （株） are (株)): 株式会社みらい物流
 * and ㈱みらい物流 are one name.
 */
export const CORPORATE_ABBREVIATIONS: ReadonlyArray<readonly string[]> = [
  ['株式会社', '(株)'],
  ['有限会社', '(有)'],
  ['合同会社', '(同)'],
  ['一般社団法人', '(一社)'],
  ['一般財団法人', '(一財)'],
  ['公益社団法人', '(公社)'],
  ['公益財団法人', '(公財)'],
  ['特定非営利活動法人', 'NPO法人'],
];

const VARIANTS: ReadonlyArray<[string, string]> = [...ORTHOGRAPHIC_VARIANTS, ...CORPORATE_ABBREVIATIONS].flatMap(([canonical, ...others]) =>
  others.map((other): [string, string] => [other, canonical!]),
).sort((a, b) => b[0].length - a[0].length);

/** Inline Markdown that only styles words: *emphasis*, **strong**, `code`, an autolink's brackets. */
const MARKUP = /\*\*|\*|__|_(?=\S)|(?<=\S)_|`|<(?=https?:|mailto:)|(?<=<(?:https?:|mailto:)[^>]*)>/g;

/** A postal code with its mark (〒810-0004): it names no other place than the address it stands before. */
const POSTAL_CODE = /〒\s*\d{3}[-‐−ー]?\d{4}\s*/g;

/**
 * The form in which two versions of a text are compared: as normalizeText,
 * and besides, Unicode compatibility forms folded (NFKC: （１） and (1) are
 * one), the styling of inline Markdown removed (a link keeps its address), and
 * the spellings of ORTHOGRAPHIC_VARIANTS and the abbreviated corporate forms made one, and a postal code (〒…)
 * left out. An edit that changes only these is not a change of wording.
 */
/**
 * Whether `after` says what `before` says once each word of `replaced` is
 * written as its new form (a misspelt name corrected, the business's new
 * name): the edit changed those words and nothing else.
 */
export function sameButFor(before: string, after: string, replaced: ReadonlyArray<readonly [string, string]>): boolean {
  let text = before.normalize('NFKC');
  for (const [was, is] of replaced) text = text.split(was.normalize('NFKC')).join(is.normalize('NFKC'));
  return comparableText(text) === comparableText(after.normalize('NFKC'));
}

export function comparableText(text: string): string {
  let out = normalizeText(text.normalize('NFKC')).replace(MARKUP, '').replace(POSTAL_CODE, '');
  for (const [variant, canonical] of VARIANTS) if (out.includes(variant)) out = out.split(variant).join(canonical);
  return normalizeText(out);
}
