import type { Rule } from '../context.js';
import { list } from '../context.js';
import { say, t } from '../../i18n/catalogue.js';

/**
 * The 改定履歴 reads as a history: each version once, dates from the oldest
 * to the newest. The published history is how individuals can tell when the
 * joint use or the purposes changed (APPI Art. 21(3), 27(6)), so a repeated
 * version or a date out of order misleads them.
 */
export const revisionOrder: Rule = {
  id: 'revision-order',
  description: t('rule.revision-order'),
  check({ policy, report, lineOf }) {
    const revisions = list<{ version?: unknown; date?: unknown }>(policy.revisions);
    const seen = new Map<string, number>();
    let latest: { date: string; index: number } | undefined;
    revisions.forEach((r, i) => {
      if (r === null || typeof r !== 'object') return;
      const version = typeof r.version === 'string' || typeof r.version === 'number' ? String(r.version) : undefined;
      if (version !== undefined) {
        const first = seen.get(version);
        if (first !== undefined) {
          report('revision-order', ['revisions', i, 'version'], {
            severity: 'warning',
            ...say('check.revision-order.version', { version, line: lineOf(['revisions', first]) }, 'check.revision-order.version.hint'),
          });
        } else seen.set(version, i);
      }
      if (typeof r.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(r.date)) {
        if (latest && r.date < latest.date) {
          report('revision-order', ['revisions', i, 'date'], {
            severity: 'warning',
            ...say('check.revision-order.date', { date: r.date, before: latest.date, line: lineOf(['revisions', latest.index]) }, 'check.revision-order.date.hint'),
          });
        }
        if (!latest || r.date >= latest.date) latest = { date: r.date, index: i };
      }
    });
  },
};

/** A date line's label that names the latest revision (最終改定日, 改定日) or the first (制定日). */
const LATEST = /最終改[定訂]|^改[定訂]日?[：:]?$|改[定訂]日/u;
const FIRST = /制定/u;

/**
 * A date typed by hand in a `dates:` block (最終改定日 2024年4月1日) says the
 * same as the revisions: a letter, the site and the 改定履歴 are built from
 * the revisions, and a page that prints another date misleads about when the
 * policy changed (APPI Art. 21(3), 27(6)).
 */
export const datesAgree: Rule = {
  id: 'dates-disagree',
  description: t('rule.dates-disagree'),
  check({ policy, report, lineOf }) {
    const revisions = list<{ date?: unknown }>(policy.revisions).filter((r) => typeof r?.date === 'string' || r?.date instanceof Date);
    if (revisions.length === 0) return;
    const day = (d: unknown) => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d));
    const dates = revisions.map((r) => day(r.date)).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort();
    if (dates.length === 0) return;
    const [first, last] = [dates[0]!, dates[dates.length - 1]!];
    const blocks = [
      ...list<unknown>(policy.closing).map((b, i) => ({ block: b, path: ['closing', i] as (string | number)[] })),
      ...list<unknown>(policy.preamble).map((b, i) => ({ block: b, path: ['preamble', i] as (string | number)[] })),
    ];
    for (const { block, path } of blocks) {
      const lines = list<{ label?: unknown; date?: unknown; after?: unknown }>((block as { dates?: unknown } | null)?.dates);
      lines.forEach((line, k) => {
        // 「2023年05月23日　改定」: the words after the date say what it is, as a label before it would.
        const label = typeof line?.label === 'string' ? line.label : typeof line?.after === 'string' ? line.after : '';
        const date = line?.date === undefined ? '' : day(line.date);
        const expected = LATEST.test(label) ? last : FIRST.test(label) ? first : undefined;
        // A placeholder or a malformed date is reported by its own rules.
        if (expected === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(date) || date === expected) return;
        // The history may begin after the policy was made (an older history left out): a 制定日 before it is fine.
        if (!LATEST.test(label) && date < expected) return;
        report('dates-disagree', [...path, 'dates', k, 'date'], say('check.dates-disagree', { label, date, expected, line: lineOf(['revisions']) }, 'check.dates-disagree.hint'));
      });
    }
  },
};
