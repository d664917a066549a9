/**
 * How the policy's own words are composed wherever they are printed: the
 * numbering used where the YAML gives none, lists of names joined as the
 * language joins them, a party's short name, a phone line's link, dates.
 * The view, its block builders, the diff and the letter read them.
 */
import { isSafeLink } from '../inline/link-scheme.js';
import type { Policy } from '../model/schema.js';

/** The words of a contact block's lines, unless the block gives its own (`labels`). */
export const CONTACT_LABELS = { address: '住所', phone: '電話', fax: 'FAX', email: 'メール', url: 'ウェブ', hours: '受付時間' } as const;

/** A mark a list heading may start with, in place of the 【】 it is otherwise set in. */
export const OWN_MARK = /^[●○◎◆◇■□▲△▼▽★☆※・【〔［「『《〈（(<\[]/u;

/** Numbering used where the YAML gives none. */
export const DEFAULT_NUMBERING = {
  sections: 'decimal',
  subsections: 'paren',
  list: 'bullet',
  purposes: 'paren',
  parties: 'bullet',
  jointPurposes: 'circled',
  groups: 'circled',
  jointUseRows: 'decimal',
} as const;

/** Join items Japanese style: 「A、B、C」, or with a conjunction before the last: 「A、B及びC」 (a translation joins them with its own separator, ", "). */
export function joinItems<T>(items: T[][], conjunction: string | undefined, text: (s: string) => T, separator = '、'): T[] {
  const out: T[] = [];
  items.forEach((item, i) => {
    if (i > 0) out.push(text(i === items.length - 1 && conjunction ? conjunction : separator));
    out.push(...item);
  });
  return out;
}

/** Plain strings joined the same way. */
export function joinTexts(items: readonly string[], conjunction?: string): string {
  return joinItems(
    items.map((s) => [s]),
    conjunction,
    (s) => s,
  ).join('');
}

/** Where a short name is defined after a party's name when the policy sets no `shortNameForm`. */
export const DEFAULT_SHORT_NAME_FORM = '(以下「{name}」という)';

/** How a paragraph names a party: with its short name defined in the policy's form, 「…(以下「グリーンコープ連合」という)」. */
export function partyInProse(shortName: string | undefined, form = DEFAULT_SHORT_NAME_FORM): string {
  return shortName ? form.replaceAll('{name}', shortName) : '';
}

/**
 * A `tel:` link for a phone line that holds one number (「03-0000-0000」,
 * 「TEL. 0120-000-000（通話料無料）」); a line with two numbers or none is shown
 * as written, without a link that would dial a wrong number.
 */
export function telHref(phone: string | undefined): string | undefined {
  const numbers = phone?.normalize('NFKC').match(/\+?\d[\d\-‐−() ]*\d/g)?.filter((n) => n.replace(/\D/g, '').length >= 9) ?? [];
  return numbers.length === 1 ? `tel:${numbers[0]!.replace(/[^\d+]/g, '')}` : undefined;
}

/** A contact line that is one phone number, one e-mail address or one web address links to it. */
export function lineHref(value: string): string | undefined {
  const v = value.normalize('NFKC').trim();
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/u.test(v)) return `mailto:${v}`;
  if (/^(https?:\/\/|\/)\S+$/u.test(v) && isSafeLink(v)) return v;
  return /^[\d\-‐−() +]+$/u.test(v) ? telHref(v) : undefined;
}

/** 2026-12-01 → 2026年12月1日 */
export function japaneseDate(iso: string, padded = false): string {
  const [y, m, d] = iso.split('-').map(Number);
  const two = (n: number | undefined) => (padded ? String(n).padStart(2, '0') : String(n));
  return `${y}年${two(m)}月${two(d)}日`;
}

/** The business's name, address and representative as the policy gives them. */
export function business(policy: Policy): { name: string; address?: string; representative?: string } {
  const o = policy.organization;
  return { name: o.name, ...(o.address ? { address: o.address } : {}), ...(o.representative ? { representative: o.representative } : {}) };
}
