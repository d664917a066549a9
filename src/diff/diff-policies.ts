/**
 * diffPolicies: match the units of two versions by id, report what was
 * added, removed, modified or moved, and classify each change.
 */
import { decisionProblems, withDecision } from './decision.js';
import type { Policy } from '../model/schema.js';
import { classify, type ClassifyContext } from './classify.js';
import { matchByKey } from './match.js';
import { extractSections, RANK, ROW_ROLES, type Section, type Unit, type UnitKind } from './units.js';
import { nodesOf, rowReferencesOf, type RowReference } from '../model/walk.js';
import { formatPath } from '../load/yaml-source.js';
import { nameKey } from '../model/facts.js';
import { comparableText, sameButFor } from './normalize.js';
import { sameAddress } from '../model/address.js';
import { CATEGORIES, STRICTNESS, type Change, type ChangeKind, type DiffProblem, type LegalRole, type PolicyDiff } from './types.js';
import { problemWords, withNotes } from './notes.js';

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
  footnoteRoles: Map<string, LegalRole[]>;
  /** The business is a manager of a joint use in either version: its identity is the manager's (Art. 27(6)). */
  isManager: boolean;
  problems: DiffProblem[];
  /** The business's name, address or representative as changed under `organization:` (old → new): one fact, reported there. */
  identity: Array<[string, string]>;
}

export function diffPolicies(before: Policy, after: Policy): PolicyDiff {
  const oldSections = extractSections(before);
  const newSections = extractSections(after);
  const oldByScope = new Map(oldSections.map((s) => [s.scope, s]));
  const newByScope = new Map(newSections.map((s) => [s.scope, s]));
  const ctx: Context = {
    before,
    after,
    out: [],
    footnoteRoles: footnoteRoles([...oldSections, ...newSections]),
    isManager: businessIsManager(before) || businessIsManager(after),
    problems: [],
    identity: (['name', 'address', 'representative'] as const)
      .map((k): [unknown, unknown] => [before.organization?.[k], after.organization?.[k]])
      .filter((p): p is [string, string] => typeof p[0] === 'string' && typeof p[1] === 'string' && p[0] !== p[1]),
  };

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

  retargeted(ctx);

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

  // What a lawyer must decide comes first, then by category.
  const rank = (c: Change) => (c.action === 'review' ? -1 : CATEGORIES.indexOf(c.category));
  const changes = withoutEchoedAbroad(
    ctx.out.sort((a, b) => rank(a.change) - rank(b.change) || compareOrder(a.order, b.order) || a.seq - b.seq).map((o) => o.change),
  );
  const problems = [...ctx.problems, ...versionProblems(before, after, changes), ...decisionProblems(after, changes)];
  const decided = withDecision(after, changes);
  return {
    renotice: changes.some((c) => c.action !== 'none'),
    changes: decided.changes,
    ...(problems.length ? { problems } : {}),
    ...(decided.decision ? { decision: decided.decision } : {}),
  };
}

/**
 * The information of Art. 28(2) changed along with its section's words (a
 * country added to both): one change, the section's, which the letter prints
 * with the section's `abroad:` information. Alone, it is a change of its own.
 */
function withoutEchoedAbroad(changes: Change[]): Change[] {
  const sections = new Map(changes.filter((c) => c.kind === 'clause' && !c.context.abroadOf).map((c) => [c.id, c]));
  return changes.filter((c) => {
    const section = c.context.abroadOf !== undefined ? sections.get(c.context.abroadOf) : undefined;
    return !section || STRICTNESS[section.action] < STRICTNESS[c.action];
  });
}

/**
 * A joint-use row whose words are the same in both versions but cite another
 * section now (「第2条に定める利用目的」 after a section was inserted before
 * 第2条, or a quoted heading given to another section): the row takes its
 * content from elsewhere, a change of the row, weighed by the row's role.
 */
function retargeted(ctx: Context): void {
  const keyOf = (r: RowReference) => `${r.table}\u0000${r.row}\u0000${r.how}\u0000${r.cited}`;
  const before = new Map(rowReferencesOf(ctx.before).filter((r) => r.how !== 'refers').map((r) => [keyOf(r), r]));
  for (const now of rowReferencesOf(ctx.after)) {
    const was = before.get(keyOf(now));
    if (!was || was.sectionId === now.sectionId) continue;
    const heading = (policy: Policy, r: RowReference) => {
      const node = nodesOf(policy).find((n) => n.kind === 'section' && n.id === r.sectionId);
      return String((node?.value as { heading?: unknown } | undefined)?.heading ?? r.sectionId);
    };
    const unit = (policy: Policy, r: RowReference): Unit => ({
      kind: 'scalar',
      key: `${r.table}.${r.row}.reference`,
      id: `${r.table}.${r.row}`,
      path: formatPath(r.at),
      order: [RANK.sections],
      props: { target: r.sectionId },
      text: `${r.cited} → ${heading(policy, r)}`,
      context: { place: rowLabel(policy, r), roles: [ROW_ROLES[r.row]] },
    });
    emit(ctx, 'modified', unit(ctx.before, was), unit(ctx.after, now), { changed: ['target'], retargeted: true });
    ctx.problems.push({
      severity: 'warning',
      rule: 'reference-retargeted',
      path: formatPath(now.at),
      ...problemWords('reference-retargeted', { cited: now.cited, row: rowLabel(ctx.after, now), was: heading(ctx.before, was), now: heading(ctx.after, now) }),
    });
  }
}

/**
 * A text that differs only by the business's identity as changed under
 * `organization:` (its name, address or representative printed in a
 * signature, a table, a manager entry): the same fact, reported once, there.
 */
function echoesIdentity(ctx: Context, before: string, after: string): boolean {
  return ctx.identity.length > 0 && sameButFor(before, after, ctx.identity);
}

/** The row as the policy labels it (「利用する者の利用目的」), with the heading of the section that holds its table where there are several. */
function rowLabel(policy: Policy, r: RowReference): string {
  const nodes = nodesOf(policy);
  const tables = nodes.filter((n) => n.kind === 'jointUse');
  const table = tables.find((n) => (n.value as { id?: unknown }).id === r.table);
  const label = String(((table?.value as Record<string, { label?: unknown }> | undefined)?.[r.row])?.label ?? r.row);
  const section = table && tables.length > 1 ? nodes.find((n) => n.kind === 'section' && JSON.stringify(n.path) === JSON.stringify(table.section)) : undefined;
  const heading = (section?.value as { heading?: unknown } | undefined)?.heading;
  return typeof heading === 'string' ? `${heading}　${label}` : label;
}

/** Whether some joint-use manager is the business itself (by its name or short name, compared as names are). */
function businessIsManager(policy: Policy): boolean {
  const names = [policy.organization?.name, policy.organization?.shortName].filter((n): n is string => typeof n === 'string').map(nameKey);
  return nodesOf(policy).some((n) => n.kind === 'manager' && names.includes(nameKey(String((n.value as { name?: unknown })?.name ?? ''))));
}

/**
 * A change that needs an action while the version and the effective date
 * stay as they were: the customers would be told of a version that does not
 * exist. Reported, never a change of verdict.
 */
function versionProblems(before: Policy, after: Policy, changes: readonly Change[]): DiffProblem[] {
  if (!changes.some((c) => c.action !== 'none')) return [];
  const same = (a: unknown, b: unknown) => String(a ?? '') === String(b ?? '');
  const dateOf = (p: Policy) => {
    const d: unknown = p.effectiveDate;
    return d instanceof Date ? d.toISOString().slice(0, 10) : (d as string | undefined);
  };
  if (!same(before.version, after.version) || !same(dateOf(before), dateOf(after))) return [];
  return [
    {
      severity: 'error',
      rule: 'version-not-bumped',
      path: 'version',
      ...problemWords('version-not-bumped', { version: String(after.version ?? '—'), date: String(dateOf(after) ?? '—') }),
    },
  ];
}

function modified(ctx: Context, before: Unit, after: Unit) {
  const changed = Object.keys({ ...before.props, ...after.props }).filter(
    (k) => (before.props[k] ?? '') !== (after.props[k] ?? ''),
  );
  if (changed.length === 0) return;
  // Only the width of characters, spacing, styling or a variant spelling changed: the wording means the same.
  // An address names the same place with or without its prefecture or postal code, as 一丁目2番3号 or 1-2-3.
  const same = (k: string) =>
    comparableText(before.props[k] ?? '') === comparableText(after.props[k] ?? '') ||
    ((k === 'address' || (k === 'text' && after.key === 'organization.address')) && !!before.props[k] && !!after.props[k] && sameAddress(before.props[k]!, after.props[k]!));
  if (changed.every(same)) {
    emit(ctx, 'modified', before, after, { changed, sameMeaning: true });
    return;
  }
  const formerName = formerNameOf(before, after);
  if (formerName === 'differs') {
    ctx.problems.push({
      severity: 'error',
      rule: 'former-name',
      path: `${after.path}.formerName`,
      ...problemWords('former-name', { formerName: after.context.formerName ?? '', name: before.props.name ?? '', earlier: before.text.split(/[（(\[]/)[0] ?? '' }),
    });
  }
  emit(ctx, 'modified', before, after, {
    changed: changed.filter((k) => comparableText(before.props[k] ?? '') !== comparableText(after.props[k] ?? '')),
    formerName,
    texts: { before: before.text, after: after.text },
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
    ...withNotes([{ id: 'diff.note.idRenamed', values: { from: before.id, to: after.id } }]),
    reason: 'idRenamed',
    kind: after.kind,
    segments: segmentsOf(after.path),
    context: after.context,
    from: { path: before.path, context: before.context },
    order: after.order,
  };
  ctx.out.push({ change, order: after.order, seq: ctx.out.length });
}

/** The roles of what a unit is, for the footnotes it cites. */
function rolesOfUnit(unit: Unit): LegalRole[] {
  switch (unit.kind) {
    case 'party':
      return ['jointUse.parties'];
    case 'group':
    case 'field':
      return ['jointUse.items'];
    case 'jointPurpose':
      return ['jointUse.purposes'];
    case 'manager':
      return ['jointUse.managers'];
    case 'usePurpose':
      return ['purposes'];
    default:
      // A text a joint-use row refers to passes that row's role on to the footnotes it cites.
      return [...(unit.context.roles ?? []), ...(unit.context.referredBy ?? [])];
  }
}

const NOTE_MARK = /\[\^([^\]\s]+)\]/g;

/** Every footnote's roles: those of the entries that cite it, by a mark in their text or in a party's notes. */
function footnoteRoles(sections: readonly Section[]): Map<string, LegalRole[]> {
  const roles = new Map<string, Set<LegalRole>>();
  const add = (id: string, of: LegalRole[]) => {
    const set = roles.get(id) ?? new Set<LegalRole>();
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
  const { roles, headingOnly } = unit.kind === 'footnote' ? { roles: ctx.footnoteRoles.get(unit.key) ?? [], headingOnly: false } : rolesOfChange(kind, before, after);
  // Referred to by a joint-use row in either version: a reference dropped along with the change still counts.
  const referredBy = [...new Set([...(before?.context.referredBy ?? []), ...(after?.context.referredBy ?? [])])];
  const verdict = classify(unit.kind, kind, {
    ...classifyCtx,
    ...(roles ? { roles } : {}),
    ...(referredBy.length ? { referredBy } : {}),
    ...(unit.context.businessIdentity ? { businessIdentity: true } : {}),
    ...(unit.context.weight ? { weight: unit.context.weight } : {}),
    ...(!classifyCtx.texts && kind !== 'moved' ? { texts: { before: before?.text ?? '', after: after?.text ?? '' } } : {}),
    isManager: ctx.isManager,
    ...(headingOnly ? { headingOnly } : {}),
    ...(kind === 'modified' && before && after && !unit.context.businessIdentity && echoesIdentity(ctx, before.text, after.text) ? { identityEcho: true } : {}),
  });
  const weighed = [...new Set([...(roles ?? []), ...referredBy])];
  const change: Change = {
    category: verdict.category,
    change: kind,
    id: unit.id,
    path: unit.path,
    before: before?.text ?? null,
    after: after?.text ?? null,
    action: verdict.action,
    basis: verdict.basis,
    ...(verdict.notes?.length ? withNotes(verdict.notes) : {}),
    ...(verdict.reason ? { reason: verdict.reason } : {}),
    ...(weighed.length && verdict.action !== 'none' ? { roles: weighed } : {}),
    ...(unit.context.inferred || before?.blocks?.some((b) => b.inferred) || after?.blocks?.some((b) => b.inferred) ? { inferred: true } : {}),
    ...(verdict.facts ? { facts: verdict.facts } : {}),
    kind: unit.kind,
    segments: segmentsOf(unit.path),
    context: unit.context,
    ...(kind === 'moved' && before ? { from: { path: before.path, context: before.context } } : {}),
    order: order ?? unit.order,
  };
  ctx.out.push({ change, order: order ?? unit.order, seq: ctx.out.length });
}

/**
 * The roles a change of a unit is weighed by. A section's text: the roles of
 * the blocks the edit touches (a sentence on acquisition added to the section
 * on purposes is weighed as acquisition), and the roles a new heading adds; a
 * heading reworded to name the same part adds none. Anything else: its own.
 */
function rolesOfChange(kind: ChangeKind, before: Unit | null, after: Unit | null): { roles: LegalRole[] | undefined; headingOnly: boolean } {
  const unit = (after ?? before)!;
  if (unit.kind !== 'clause' || kind !== 'modified' || !before?.blocks || !after?.blocks) return { roles: unit.context.roles, headingOnly: false };
  const keys = (u: Unit) => u.blocks!.map((b) => b.key);
  const [was, is] = [keys(before), keys(after)];
  // The new version's blocks first: where two roles ask the same, the one the new text has names the change.
  const touched = [...after.blocks.filter((b) => !was.includes(b.key)), ...before.blocks.filter((b) => !is.includes(b.key))];
  const roles = new Set<LegalRole>(touched.flatMap((b) => b.roles));
  // The edit is in no block of its own (the joint users a paragraph names, its conjunction): the section's roles.
  if (touched.length === 0 && before.props.heading === after.props.heading) return { roles: unit.context.roles, headingOnly: false };
  for (const r of after.headingRoles ?? []) if (!(before.headingRoles ?? []).includes(r)) roles.add(r);
  // Only the heading changed, and it names the same part: no role to weigh (classify: headingOnly).
  return { roles: [...roles], headingOnly: roles.size === 0 && touched.length === 0 };
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
