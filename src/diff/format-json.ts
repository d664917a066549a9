/**
 * The JSON contract of `policy diff --format json`:
 * {"renotice": bool, "changes": [{category, change, id, path, before, after, action, basis, note?}]},
 * keys in this order, 2-space indent, trailing newline.
 */
import type { PolicyDiff } from './types.js';
import { visibleJson } from '../report/visible.js';

export function formatDiffJson(diff: PolicyDiff): string {
  const changes = diff.changes.map((c) => ({
    category: c.category,
    change: c.change,
    id: c.id,
    path: c.path,
    before: c.before,
    after: c.after,
    action: c.action,
    basis: c.basis,
    ...(c.note !== undefined ? { note: c.note } : {}),
  }));
  return visibleJson({ renotice: diff.renotice, changes });
}
