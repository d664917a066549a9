/**
 * diffPolicies: match the units of two versions by id, report what was
 * added, removed, modified or moved, and classify each change.
 */
import type { Policy } from '../model/schema.js';
import { classify, type ClassifyContext } from './classify.js';
import { matchByKey } from './match.js';
import { extractSections, type Section, type Unit, type UnitKind } from './units.js';
import { nodesOf } from '../model/walk.js';
import { CATEGORIES, type Change, type ChangeKind, type PolicyDiff } from './types.js';

interface Ordered {
  change: Change;
  order: number[];
  seq: number;
}

interface Context {
  before: Policy;
  after: Policy;
  out: Ordered[];
}

export function diffPolicies(before: Policy, after: Policy): PolicyDiff {
  const oldSections = extractSections(before);
  const newSections = extractSections(after);
  const oldByScope = new Map(oldSections.map((s) => [s.scope, s]));
  const newByScope = new Map(newSections.map((s) => [s.scope, s]));
  const oldUnits = unitIndex(oldSections);
  const newUnits = unitIndex(newSections);
  const ctx: Context = { before, after, out: [] };

  // Entries of nested lists that vanished from one parent and appeared under another.
  const orphans = new Map<UnitKind, { removed: Array<{ unit: Unit; order: number[] }>; added: Unit[] }>();

  const scopes = [...newSections.map((s) => s.scope), ...oldSections.map((s) => s.scope).filter((s) => !newByScope.has(s))];
  for (const scope of scopes) {
    const o = oldByScope.get(scope);
    const n = newByScope.get(scope);
    const section = (n ?? o)!;
    const parent = section.parent;
    // Children of an added or removed parent are shown in the parent's text, not one by one.
    if (parent && !(oldUnits.has(unitKey(parent)) && newUnits.has(unitKey(parent)))) continue;
    const bucket = parent ? orphansOf(orphans, section.kind) : undefined;

    const m = matchByKey(o?.units ?? [], n?.units ?? [], (u) => u.key);
    for (const pair of m.pairs) {
      modified(ctx, pair.before, pair.after);
      if (pair.moved && section.ordered) emit(ctx, 'moved', pair.before, pair.after, { changed: [], from: pair.before.path });
    }
    for (const { item } of m.added) {
      if (bucket) bucket.added.push(item);
      else emit(ctx, 'added', null, item, { changed: [] });
    }
    for (const { item, anchor } of m.removed) {
      const order = section.ordered ? [...(n ?? section).prefix, anchor + 0.5] : item.order;
      if (bucket) bucket.removed.push({ unit: item, order });
      else emit(ctx, 'removed', item, null, { changed: [] }, order);
    }
  }

  // Matched by the entry's own id (its key), e.g. `power-factor` of `supply-point/power-factor`.
  for (const [kind, { removed, added }] of orphans) {
    const pending = new Map<string, Unit>();
    for (const unit of added) if (!pending.has(unit.key)) pending.set(unit.key, unit);
    const movedTo = new Set<Unit>();
    for (const { unit, order } of removed) {
      const target = pending.get(unit.key);
      if (target) {
        pending.delete(unit.key);
        movedTo.add(target);
        modified(ctx, unit, target);
        emit(ctx, 'moved', unit, target, {
          changed: [],
          from: unit.path,
          crossParent: true,
          ...(kind === 'field' ? { managerChanged: managersOf(before, unit) !== managersOf(after, target) } : {}),
        });
      } else emit(ctx, 'removed', unit, null, { changed: [] }, order);
    }
    for (const unit of added) if (!movedTo.has(unit)) emit(ctx, 'added', null, unit, { changed: [] });
  }

  const rank = (c: Change) => CATEGORIES.indexOf(c.category);
  const changes = ctx.out
    .sort((a, b) => rank(a.change) - rank(b.change) || compareOrder(a.order, b.order) || a.seq - b.seq)
    .map((o) => o.change);
  return { renotice: changes.some((c) => c.action !== 'none'), changes };
}

function modified(ctx: Context, before: Unit, after: Unit) {
  const changed = Object.keys({ ...before.props, ...after.props }).filter(
    (k) => (before.props[k] ?? '') !== (after.props[k] ?? ''),
  );
  if (changed.length) emit(ctx, 'modified', before, after, { changed });
}

function emit(
  ctx: Context,
  kind: ChangeKind,
  before: Unit | null,
  after: Unit | null,
  classifyCtx: ClassifyContext,
  order?: number[],
) {
  const unit = (after ?? before)!;
  const footnoteCtx = unit.kind === 'footnote' ? { definesParty: definesParty(ctx, unit) } : {};
  const verdict = classify(unit.kind, kind, { ...classifyCtx, ...footnoteCtx });
  const change: Change = {
    category: verdict.category,
    change: kind,
    id: unit.id,
    path: unit.path,
    before: before?.text ?? null,
    after: after?.text ?? null,
    action: verdict.action,
    basis: verdict.basis,
    ...(verdict.note ? { note: verdict.note } : {}),
    kind: unit.kind,
    context: unit.context,
    ...(kind === 'moved' && before ? { from: { path: before.path, context: before.context } } : {}),
    order: order ?? unit.order,
  };
  ctx.out.push({ change, order: order ?? unit.order, seq: ctx.out.length });
}

function unitKey(u: { kind: UnitKind; key: string }): string {
  return `${u.kind}:${u.key}`;
}

function unitIndex(sections: readonly Section[]): Set<string> {
  return new Set(sections.flatMap((s) => s.units.map(unitKey)));
}

function orphansOf(map: Map<UnitKind, { removed: Array<{ unit: Unit; order: number[] }>; added: Unit[] }>, kind: UnitKind) {
  let bucket = map.get(kind);
  if (!bucket) map.set(kind, (bucket = { removed: [], added: [] }));
  return bucket;
}

/** Ids of the managers responsible for the group of a field, e.g. 'supply-point-manager'. */
function managersOf(policy: Policy, field: Unit): string {
  const id = field.id.split('/');
  const group = id[id.length - 2];
  return nodesOf(policy)
    .filter((n) => n.kind === 'manager' && n.table === field.context.table)
    .filter((n) => {
      const groups = (n.value as { groups?: string[] }).groups;
      return groups === undefined || (group !== undefined && groups.includes(group));
    })
    .map((n) => n.id ?? '')
    .sort()
    .join(',');
}

function definesParty(ctx: Context, footnote: Unit): boolean {
  return [ctx.before, ctx.after].some((p) =>
    nodesOf(p).some((n) => n.kind === 'party' && ((n.value as { notes?: string[] }).notes ?? []).includes(footnote.key)),
  );
}

function compareOrder(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}
