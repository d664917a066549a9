/**
 * The small helpers the parts of the catalogue share to say values: counts,
 * lists and numbers, in English and in Japanese.
 */

/** A count in English: "1 error", "2 errors"; `many` where the plural is not word + s; grouped as 1,234 when `grouped`. */
export const plural = (n: number | string | undefined, word: string, { many = `${word}s`, grouped = false }: { many?: string; grouped?: boolean } = {}) =>
  `${grouped ? number(n) : n} ${Number(n) === 1 ? word : many}`;

/** A number grouped by thousands (1,234), as in both languages. */
export const number = (n: number | string | undefined) => Number(n).toLocaleString('en-US');

/** A list value given one item a line: its items. */
export const lines = (value: string | number | undefined): string[] => String(value ?? '').split('\n').filter(Boolean);

/** A list the code joined with ", " (text, json, github), joined as Japanese lists are: text、json、github. */
export const listJa = (list: string | number | undefined) => String(list ?? '').split(', ').join('、');
