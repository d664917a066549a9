import type { Rule } from '../context.js';
import { list } from '../context.js';
import { say, t } from '../../i18n/catalogue.js';

/** YYYY-MM-DD that is a real calendar day (the schema checks only the shape). */
export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === value;
}

export const dates: Rule = {
  id: 'invalid-date',
  description: t('rule.invalid-date'),
  check(context) {
    const candidates: Array<[(string | number)[], unknown]> = [
      [['effectiveDate'], context.policy.effectiveDate],
      ...list<{ date?: unknown }>(context.policy.revisions).map((r, i): [(string | number)[], unknown] => [['revisions', i, 'date'], r?.date]),
    ];
    for (const [path, value] of candidates) {
      if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !isCalendarDate(value)) {
        context.report('invalid-date', path, say('check.invalid-date', { value }, 'check.invalid-date.hint'));
      }
    }
  },
};
