import type { Rule } from '../context.js';
import { idGroupsOf } from '../../model/walk.js';

export const duplicateId: Rule = {
  id: 'duplicate-id',
  description: 'Ids are unique within each list (parties, purposes, items, managers, footnotes …).',
  check(context) {
    for (const { what, entries } of idGroupsOf(context.policy)) {
      const seen = new Map<string, number>();
      for (const entry of entries) {
        const firstLine = seen.get(entry.id);
        if (firstLine === undefined) {
          seen.set(entry.id, context.lineOf(entry.path));
          continue;
        }
        context.report('duplicate-id', entry.path, {
          reason: `the ${what} id "${entry.id}" is already used on line ${firstLine}`,
          hint: `give this ${what} an id of its own, e.g. "${entry.id}-2"; versions are compared by id, so never reuse one`,
        });
      }
    }
  },
};
