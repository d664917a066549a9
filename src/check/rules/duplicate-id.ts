import type { Rule } from '../context.js';
import { idGroupsOf } from '../../model/walk.js';

export const duplicateId: Rule = {
  id: 'duplicate-id',
  description: 'Ids are unique within each list (parties, purposes, items, managers, footnotes …).',
  check(context) {
    for (const { what, entries } of idGroupsOf(context.policy)) {
      const seen = new Map<string, (typeof entries)[number]>();
      for (const entry of entries) {
        const first = seen.get(entry.id);
        if (first === undefined) {
          seen.set(entry.id, entry);
          continue;
        }
        context.report('duplicate-id', entry.path, {
          reason: `the ${what} id "${entry.id}" is already used on line ${context.lineOf(first.path)}`,
          hint: `give this ${what} an id of its own, e.g. "${entry.id}-2"; versions are compared by id, so never reuse one`,
        });
      }
    }
  },
};
