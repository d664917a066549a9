import type { Rule } from '../context.js';
import { list } from '../context.js';

/**
 * The 改定履歴 reads as a history: each version once, dates from the oldest
 * to the newest. The published history is how individuals can tell when the
 * joint use or the purposes changed (APPI Art. 21(3), 27(6)), so a repeated
 * version or a date out of order misleads them.
 */
export const revisionOrder: Rule = {
  id: 'revision-order',
  description: 'Each version has one revision entry, and the revision dates go from the oldest to the newest (APPI Art. 21(3), 27(6)).',
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
            reason: `version ${version} has two revision entries (the first at line ${lineOf(['revisions', first])})`,
            hint: 'keep one entry per version: merge the two summaries into one line, or correct the version number of this entry',
          });
        } else seen.set(version, i);
      }
      if (typeof r.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(r.date)) {
        if (latest && r.date < latest.date) {
          report('revision-order', ['revisions', i, 'date'], {
            severity: 'warning',
            reason: `the date ${r.date} is earlier than ${latest.date} of the entry before it (line ${lineOf(['revisions', latest.index])}); the history goes from the oldest to the newest`,
            hint: 'put the entries in the order of their dates, the newest last, or correct this date',
          });
        }
        if (!latest || r.date >= latest.date) latest = { date: r.date, index: i };
      }
    });
  },
};
