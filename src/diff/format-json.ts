/**
 * The JSON contract of `policy diff --format json`:
 * {"renotice": bool, "changes": [{category, change, id, path, before, after, action, basis, note?, facts?, recorded?, translation?}], "problems"?: [...], "decision"?: {...}},
 * keys in this order, 2-space indent, trailing newline. `facts`: the words of the facts the change
 * adds and drops ({"added": [...], "removed": [...]}); `problems`: what is wrong with the new version
 * as a revision ({severity, rule, path?, message, hint}); `recorded` (per change) and `decision`: what the
 * new version's revision entry records as decided and done (`decision-disagrees` where it falls short);
 * `translation`: for a change needing action when both versions have an English translation, whether
 * its English changed in the same revision ("changed", "unchanged", "missing").
 * Notes and problems are in English whatever the reader's language: the JSON is read by programs.
 */
import type { PolicyDiff } from './types.js';
import { visibleJson } from '../report/visible.js';
import { factWords } from '../model/facts.js';
import { problemJson } from './notes.js';

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
    ...(c.facts ? { facts: { added: factWords(c.facts.added), removed: factWords(c.facts.removed) } } : {}),
    ...(c.recorded ? { recorded: c.recorded } : {}),
    ...(c.translation ? { translation: c.translation } : {}),
  }));
  return visibleJson({
    renotice: diff.renotice,
    changes,
    ...(diff.problems?.length ? { problems: diff.problems.map(problemJson) } : {}),
    ...(diff.decision ? { decision: diff.decision } : {}),
  });
}
