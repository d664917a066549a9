import type { Rule } from '../context.js';
import { idGroupsOf } from '../../model/walk.js';
import { say, t } from '../../i18n/catalogue.js';

export const duplicateId: Rule = {
  id: 'duplicate-id',
  description: t('rule.duplicate-id'),
  check(context) {
    for (const { what, entries } of idGroupsOf(context.policy)) {
      const seen = new Map<string, (typeof entries)[number]>();
      for (const entry of entries) {
        const first = seen.get(entry.id);
        if (first === undefined) {
          seen.set(entry.id, entry);
          continue;
        }
        // `what` is the walk's name for the kind of entry: the catalogue says it in each language.
        context.report('duplicate-id', entry.path, say('check.duplicate-id', { what, id: entry.id, line: context.lineOf(first.path) }, 'check.duplicate-id.hint'));
      }
    }
  },
};
