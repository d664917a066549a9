/**
 * diffPolicies: match the units of two versions by id, report what was
 * added, removed, modified or moved, and classify each change.
 */
import type { Policy } from '../model/schema.js';
import { classify, type ClassifyContext } from './classify.js';
import { matchByKey } from './match.js';
import { extractSections, type Section, type Unit, type UnitKind } from './units.js';
import { nodesOf } from '../model/walk.js';
import { comparableText } from './normalize.js';
import { CATEGORIES, type Category, type Change, type ChangeKind, type PolicyDiff } from './types.js';

interface Ordered {
  change: Change;
  order: number[];
  seq: number;
}

interface Context {
  before: Policy;
  after: Policy;
  out: Ordered[];
  /** The roles of each footnote, from every entry that cites it in either version. */
  footnoteRoles: Map<string, Category[]>;
}

export function diffPolicies(before: Policy, after: Policy): PolicyDiff {
  const oldSections = extractSections(before);
  const newSections = extractSections(after);
  const oldByScope = new Map(oldSections.map((s) => [s.scope, s]));
  const newByScope = new Map(newSections.map((s) => [s.scope, s]));
  const ctx: Context = { before, after, out: [], footnoteRoles: footnoteRoles([...oldSections, ...newSections]) };

  // Entries of nested lists that vanished from one parent and appeared under another.
  const orphans = new Map<UnitKind, { removed: Array<{ unit: Unit; order: number[] }>; added: Unit[] }>();

  const scopes = [...newSections.map((s) => s.scope), ...oldSections.map((s) => s.scope).filter((s) => !newByScope.has(s))];
  for (const scope of scopes) {
    const o = oldByScope.get(scope);
    const n = newByScope.get(scope);
    const section = (n ?? o)!;
    const parent = section.parent;
    // Entries of a nested list are matched by their own id across parents, so that an entry moved to another
    // parent is one move; the entries of an added or removed parent are reported one by one, never hidden in it.
    const bucket = parent ? orphansOf(orphans, section.kind) : undefined;

    const m = matchByKey(o?.units ?? [], n?.units ?? [], (u) => u.key);
    // The same content under a new id: the id was renamed, nothing else changed.
    const renamed = renamedIds(m.removed.map((r) => r.item), m.added.map((a) => a.item));
    for (const [old, now] of renamed) emitRename(ctx, old, now);
    m.removed = m.removed.filter((r) => !renamed.has(r.item));
    m.added = m.added.filter((a) => ![...renamed.values()].includes(a.item));
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
  if (changed.length === 0) return;
  // Only the width of characters, spacing, styling or a variant spelling changed: the wording means the same.
  if (changed.every((k) => comparableText(before.props[k] ?? '') === comparableText(after.props[k] ?? ''))) {
    emit(ctx, 'modified', before, after, { changed, sameMeaning: true });
    return;
  }
  emit(ctx, 'modified', before, after, {
    changed: changed.filter((k) => comparableText(before.props[k] ?? '') !== comparableText(after.props[k] ?? '')),
    formerName: formerNameOf(before, after),
  });
}

/** How the new version's formerName compares with the old name (classify.ts: renamed, or replaced). */
function formerNameOf(before: Unit, after: Unit): 'matches' | 'differs' | 'absent' {
  const declared = after.context.formerName;
  if (declared === undefined) return 'absent';
  return comparableText(declared) === comparableText(before.props.name ?? '') ? 'matches' : 'differs';
}

/** Removed and added entries of one list whose content is the same: the id was renamed. */
function renamedIds(removed: readonly Unit[], added: readonly Unit[]): Map<Unit, Unit> {
  const pairs = new Map<Unit, Unit>();
  const free = new Set(added);
  for (const old of removed) {
    const same = [...free].find((now) => now.kind === old.kind && sameContent(old, now));
    if (same) {
      pairs.set(old, same);
      free.delete(same);
    }
  }
  return pairs;
}

function sameContent(a: Unit, b: Unit): boolean {
  const keys = new Set([...Object.keys(a.props), ...Object.keys(b.props)]);
  return [...keys].every((k) => (a.props[k] ?? '') === (b.props[k] ?? '')) && Object.values(a.props).some((v) => v !== '');
}

function emitRename(ctx: Context, before: Unit, after: Unit) {
  const verdict = classify(after.kind, 'moved', { changed: [], from: before.path });
  const change: Change = {
    category: verdict.category,
    change: 'modified',
    id: after.id,
    path: after.path,
    before: before.text,
    after: after.text,
    action: 'none',
    basis: '',
    note: `The id changed from "${before.id}" to "${after.id}"; the entry itself is the same, so no notice is needed.`,
    reason: 'idRenamed',
    kind: after.kind,
    segments: segmentsOf(after.path),
    context: after.context,
    from: { path: before.path, context: before.context },
    order: after.order,
  };
  ctx.out.push({ change, order: after.order, seq: ctx.out.length });
}

/** The category of what a unit is, for the footnotes it cites. */
function rolesOfUnit(unit: Unit): Category[] {
  switch (unit.kind) {
    case 'party':
      return ['party'];
    case 'group':
    case 'field':
      return ['item'];
    case 'jointPurpose':
      return ['jointPurpose'];
    case 'manager':
      return ['manager'];
    case 'usePurpose':
      return ['usePurpose'];
    default:
      // A text a joint-use row refers to passes that row's role on to the footnotes it cites.
      return [...(unit.context.roles ?? []), ...(unit.context.referredBy ?? [])];
  }
}

const NOTE_MARK = /\[\^([^\]\s]+)\]/g;

/** Every footnote's roles: those of the entries that cite it, by a mark in their text or in a party's notes. */
function footnoteRoles(sections: readonly Section[]): Map<string, Category[]> {
  const roles = new Map<string, Set<Category>>();
  const add = (id: string, of: Category[]) => {
    const set = roles.get(id) ?? new Set<Category>();
    for (const r of of) set.add(r);
    roles.set(id, set);
  };
  for (const section of sections) {
    for (const unit of section.units) {
      if (unit.kind === 'footnote') continue;
      const of = rolesOfUnit(unit);
      if (of.length === 0) continue;
      for (const m of unit.text.matchAll(NOTE_MARK)) add(m[1]!, of);
    }
  }
  return new Map([...roles].map(([id, set]) => [id, [...set]]));
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
  const roles = unit.kind === 'footnote' ? (ctx.footnoteRoles.get(unit.key) ?? []) : unit.context.roles;
  // Referred to by a joint-use row in either version: a reference dropped along with the change still counts.
  const referredBy = [...new Set([...(before?.context.referredBy ?? []), ...(after?.context.referredBy ?? [])])];
  const verdict = classify(unit.kind, kind, {
    ...classifyCtx,
    ...(roles ? { roles } : {}),
    ...(referredBy.length ? { referredBy } : {}),
    ...(unit.context.businessIdentity ? { businessIdentity: true } : {}),
  });
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
    ...(verdict.reason ? { reason: verdict.reason } : {}),
    kind: unit.kind,
    segments: segmentsOf(unit.path),
    context: unit.context,
    ...(kind === 'moved' && before ? { from: { path: before.path, context: before.context } } : {}),
    order: order ?? unit.order,
  };
  ctx.out.push({ change, order: order ?? unit.order, seq: ctx.out.length });
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

/** A unit's path (`a.b[2].c`) as segments; ids are never part of it, so the form is the units' own. */
function segmentsOf(path: string): Array<string | number> {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]!));
}

function compareOrder(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}
