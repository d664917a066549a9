/**
 * The catalogue's part for the messages of the check rules: for each, the
 * reason (`check.<rule>…`) and what to write instead (`….hint`), in English
 * and Japanese (catalogue.ts). Values are named as the rule fills them in.
 */
import type { Part } from './types.js';

export const CHECK = {
  'check.invalid-date': {
    en: ({ value }) => `${value} is not a day of the calendar`,
    ja: ({ value }) => `${value} は暦にない日付です`,
  },
  'check.invalid-date.hint': { en: 'check the month and the day', ja: '月と日を確かめてください' },
} as const satisfies Part;
