/**
 * The rows of a joint use written in prose, by their label: 「利用する者の利用目的：…」. The label
 * before the colon names the row, in the policy's own words (Art. 27(5)(iii) lists the rows). The
 * diff weighs an edit by the row it touches; the check asks the managers row for an address and a
 * representative as it asks a table's.
 */
export type RowKey = 'parties' | 'purposes' | 'items' | 'managers';

/** In this order: 「利用する者の利用目的」 names a purpose, not the users. */
const ROW_LABEL_CUES: ReadonlyArray<[RegExp, RowKey]> = [
  [/管理について責任を有する者|管理責任者/u, 'managers'],
  [/利用目的|利用の目的/u, 'purposes'],
  [/項目/u, 'items'],
  [/利用する者|利用者の範囲|範囲/u, 'parties'],
];

const LABELLED = /^([^：:。]{2,40})[：:]\s*/u;

/** The row a text labels itself as (「共同して利用する者の範囲：…」), and the text after the label. */
export function labelledRow(text: string): { row: RowKey; label: string; rest: string } | undefined {
  const m = LABELLED.exec(text.normalize('NFKC').replace(/^[\s・○●■□◆◇]+/u, ''));
  if (!m) return undefined;
  const row = ROW_LABEL_CUES.find(([re]) => re.test(m[1]!))?.[1];
  return row ? { row, label: m[1]!, rest: text.normalize('NFKC').replace(/^[\s・○●■□◆◇]+/u, '').slice(m[0].length) } : undefined;
}
