/**
 * What an English translation of a policy prints in place of the Japanese
 * conventions: numbering (第1条 → Article 1, （1） → (1), ① → (a), ア → (i), ・ → •), dates
 * (2026年12月1日 → December 1, 2026) and the default labels.
 */
import { COUNTERS, patternOf } from '../model/numbering.js';

const ENGLISH_PRESETS: Record<string, string> = {
  article: 'Article {1}',
  decimal: '{1}.',
  paren: '({1})',
  'half-paren': '{1})',
  circled: '({a})',
  katakana: '({i})',
  iroha: '({i})',
  bullet: '•',
  none: '',
  paragraph: '{1}',
};

const COUNTER = /\{([^{}]*)\}/g;

/** A numbering pattern as English sets it: half-width, 第{1}条 as Article {1}, kana and kanji counters as letters and digits. */
function englishPattern(numbering: string): string {
  const preset = ENGLISH_PRESETS[numbering];
  if (preset !== undefined) return preset;
  return patternOf(numbering)
    .replace(/第\{([^{}]*)\}条/u, 'Article {$1}')
    .replace(/\{①\}/u, '({a})')
    .normalize('NFKC')
    .replace(/\{[アイ]\}/gu, '{i}')
    .replace(/\{[一１]\}/gu, '{1}')
    .replace(/・/gu, '•')
    .replace(/[、。]/gu, '.');
}

/** The mark of the n-th entry (from 1), in English. */
export function englishNumberLabel(numbering: string, n: number): string {
  if (numbering === 'paragraph' && n === 1) return '';
  return englishPattern(numbering).replace(COUNTER, (_, token: string) => (COUNTERS[token] ?? COUNTERS['1']!)(n));
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** 2026-12-01 → December 1, 2026 */
export function englishDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${MONTHS[(m ?? 1) - 1]} ${d}, ${y}`;
}

export const ENGLISH_CONTACT_LABELS = { address: 'Address', phone: 'Phone', fax: 'Fax', email: 'Email', url: 'Website', hours: 'Hours' } as const;

/** How a paragraph names a party with its short name when the translation gives no form of its own. */
export const ENGLISH_SHORT_NAME_FORM = ' ("{name}")';
