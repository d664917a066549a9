/**
 * The policies of one folder compared as one: an entry that left one file
 * and stands, with the same id and the same words, in another file of the
 * same side (a policy split into two, a joint-use table moved to a file of
 * its own) is moved, not removed here and added there. Each pair keeps its
 * own diff; only the entries that crossed are rewritten.
 */
import type { Policy } from '../model/schema.js';
import { diffPolicies } from './diff-policies.js';
import { comparableText } from './normalize.js';
import type { Change, PolicyDiff } from './types.js';
import { withNotes } from './notes.js';

/** A policy's two versions, as the sides of a comparison give them (sides.ts PolicyPair). */
export interface SidePair {
  name: string;
  old?: { policy: Policy };
  new?: { policy: Policy };
}

/** An entry's identity across files: its kind, its table (joint-use entries) and its id. */
const keyOf = (c: Change) => `${c.kind}\u0000${c.context.table ?? ''}\u0000${c.id}`;
const same = (a: string | null, b: string | null) => a !== null && b !== null && comparableText(a) === comparableText(b);
/** Kinds that have ids of their own; scalars and revisions are the file's own. */
const CROSSING = new Set<Change['kind']>(['clause', 'usePurpose', 'party', 'jointPurpose', 'group', 'field', 'manager', 'footnote']);

/**
 * The diff of each pair with both sides, entries that crossed files marked
 * moved. A policy found on one side only lends its entries to the matching
 * (an entry of a new file may have come from an old one) but gets no diff.
 */
export function diffAcross(pairs: readonly SidePair[]): Map<string, PolicyDiff> {
  const diffs = new Map<string, PolicyDiff>();
  for (const p of pairs) if (p.old && p.new) diffs.set(p.name, diffPolicies(p.old.policy, p.new.policy));
  if (pairs.length < 2) return diffs;
  // What each one-sided policy holds, as the changes of a comparison with nothing.
  const empty = {} as Policy;
  const lone = pairs.filter((p) => !p.old !== !p.new).map((p) => ({ name: p.name, diff: diffPolicies(p.old?.policy ?? empty, p.new?.policy ?? empty) }));
  const pool = (kind: 'added' | 'removed') =>
    [...[...diffs].map(([name, diff]) => ({ name, diff })), ...lone].flatMap(({ name, diff }) =>
      diff.changes.filter((c) => c.change === kind && CROSSING.has(c.kind)).map((c) => ({ name, change: c })),
    );
  const added = pool('added');
  const taken = new Set<Change>();
  for (const { name, change: removed } of pool('removed')) {
    const twin = added.find((a) => a.name !== name && !taken.has(a.change) && keyOf(a.change) === keyOf(removed) && same(a.change.after, removed.before));
    if (!twin) continue;
    taken.add(twin.change).add(removed);
    const note = (other: string, direction: 'to' | 'from') => withNotes([{ id: 'diff.note.movedAcross', values: { direction, other } }]);
    rewrite(diffs.get(name), removed, { action: 'none', basis: '', reason: 'moved', change: 'moved', ...note(twin.name, 'to') });
    rewrite(diffs.get(twin.name), twin.change, { action: 'none', basis: '', reason: 'moved', change: 'moved', ...note(name, 'from'), from: { path: `${name}: ${removed.path}`, context: removed.context } });
  }
  return diffs;
}

function rewrite(diff: PolicyDiff | undefined, change: Change, patch: Partial<Change>): void {
  if (!diff) return;
  const i = diff.changes.indexOf(change);
  if (i < 0) return;
  const { roles: _roles, facts: _facts, ...rest } = change;
  diff.changes[i] = { ...rest, ...patch };
  diff.renotice = diff.changes.some((c) => c.action !== 'none');
  const problems = (diff.problems ?? []).filter((p) => diff.renotice || p.rule !== 'version-not-bumped');
  if (problems.length) diff.problems = problems;
  else delete diff.problems;
}
