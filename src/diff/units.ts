/**
 * A policy flattened into comparable units, grouped in sections (one per list,
 * one per nested list, one for all scalar texts).
 *
 * Each unit has the properties that are compared (normalized) and a display
 * text (as written). Entries with several properties get a composed display:
 *
 * - party:    name(以下「shortName」という)[^note]…
 * - group:    name：field、field及びfield   (the fields joined as rendered)
 * - manager:  group name・group name：name（exception）／住所：address／代表者：representative
 * - clause:   text with {list} filled with the party names, then 【heading】 when it has purposes
 * - footnote: text with {list} filled
 * - revision: version（date）summary
 *
 * Names shown in a composed text (party names in a clause, group names in a
 * manager) are not compared: a renamed party is reported once, as a party.
 */
import type { Clause, Footnote, ItemGroup, Manager, Party, Policy, Revision } from '../model/schema.js';
import { normalizeText } from './normalize.js';
import { joinTexts as joinList, partyInProse } from '../render/view.js';

export type UnitKind =
  | 'scalar'
  | 'revision'
  | 'clause'
  | 'usePurpose'
  | 'party'
  | 'jointPurpose'
  | 'group'
  | 'field'
  | 'manager'
  | 'footnote';

export interface Unit {
  kind: UnitKind;
  /** Matching key within the section: the id (made unique if an id repeats). */
  key: string;
  /** Reported id (see Change.id). */
  id: string;
  path: string;
  /** Place in the document, compared lexicographically. */
  order: number[];
  /** Normalized property values; a unit is modified when one differs. */
  props: Record<string, string>;
  text: string;
}

export interface Section {
  /** Identifies the same list in both versions, e.g. `parties`, `fields:supply-point`. */
  scope: string;
  kind: UnitKind;
  /** Report reordered entries as moved (false for scalars and index-matched paragraphs). */
  ordered: boolean;
  /** Order prefix of the section's entries: an entry's order is [...prefix, index]. */
  prefix: number[];
  /** For a nested list: the unit that owns it. */
  parent?: { kind: UnitKind; key: string };
  units: Unit[];
}

/** Top-level places in document order (YAML key order of the policy). */
const RANK = {
  version: 0,
  effectiveDate: 1,
  revisions: 2,
  organization: 3,
  title: 4,
  preamble: 5,
  clauses: 6,
  jointUseTitle: 7,
  columns: 8,
  parties: 9,
  purposes: 10,
  items: 11,
  managers: 12,
  footnotes: 13,
} as const;

type Field = ItemGroup['fields'][number];
type UsePurpose = NonNullable<Clause['purposes']>['entries'][number];

const SEP = '\u001f';

function norm(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map(norm).join(SEP);
  return normalizeText(str(value));
}

/** A scalar as text; a date parsed by a YAML 1.1 loader is shown as YYYY-MM-DD. */
function str(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

/** Keys for a list: the id, or id#2, id#3 … when an id repeats (the checker reports that). */
function keysOf(ids: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return ids.map((id) => {
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return n === 1 ? id : `${id}#${n}`;
  });
}

interface ListOptions<T> {
  scope: string;
  /** YAML path of the list, e.g. `jointUse.items.groups[1].fields`. */
  path: string;
  kind: UnitKind;
  prefix: number[];
  items: readonly T[] | undefined;
  idOf: (item: T) => string;
  make: (item: T) => { props: Record<string, string>; text: string };
  /** Reported id from the entry's id (nested entries are qualified by their parent). */
  qualify?: (id: string) => string;
  parent?: Section['parent'];
}

function listSection<T>(o: ListOptions<T>): Section {
  const list = o.items ?? [];
  const keys = keysOf(list.map(o.idOf));
  const units = list.map(
    (item, i): Unit => ({
      kind: o.kind,
      key: keys[i]!,
      id: o.qualify ? o.qualify(o.idOf(item)) : o.idOf(item),
      path: `${o.path}[${i}]`,
      order: [...o.prefix, i],
      ...o.make(item),
    }),
  );
  return { scope: o.scope, kind: o.kind, ordered: true, prefix: o.prefix, units, ...(o.parent ? { parent: o.parent } : {}) };
}

export function extractSections(policy: Policy): Section[] {
  const ju = policy.jointUse;
  const partyNames = new Map((ju?.parties.entries ?? []).map((p) => [p.id, p.name + partyInProse(p.shortName)]));
  const groupNames = new Map((ju?.items.groups ?? []).map((g) => [g.id, g.name]));
  const sections: Section[] = [];

  // Scalar texts, each matched by its path.
  const scalars: Unit[] = [];
  const scalar = (path: string, order: number[], value: unknown) => {
    if (value === undefined || value === null) return;
    scalars.push({ kind: 'scalar', key: path, id: path, path, order, props: { text: norm(value) }, text: str(value) });
  };
  scalar('version', [RANK.version], policy.version);
  scalar('effectiveDate', [RANK.effectiveDate], policy.effectiveDate);
  (['name', 'shortName', 'address', 'representative'] as const).forEach((key, i) =>
    scalar(`organization.${key}`, [RANK.organization, i], policy.organization?.[key]),
  );
  scalar('title', [RANK.title], policy.title);
  (policy.preamble ?? []).forEach((text, i) => scalar(`preamble[${i}]`, [RANK.preamble, i], text));
  if (ju) {
    scalar('jointUse.title', [RANK.jointUseTitle], ju.title);
    scalar('jointUse.columns.item', [RANK.columns, 0], ju.columns?.item);
    scalar('jointUse.columns.provision', [RANK.columns, 1], ju.columns?.provision);
    scalar('jointUse.parties.label', [RANK.parties, 0], ju.parties?.label);
    scalar('jointUse.parties.intro', [RANK.parties, 1], ju.parties?.intro);
    scalar('jointUse.purposes.label', [RANK.purposes, 0], ju.purposes?.label);
    scalar('jointUse.items.label', [RANK.items, 0], ju.items?.label);
    scalar('jointUse.managers.label', [RANK.managers, 0], ju.managers?.label);
  }
  sections.push({ scope: 'scalars', kind: 'scalar', ordered: false, prefix: [], units: scalars });

  sections.push(
    listSection({
      scope: 'revisions', path: 'revisions', kind: 'revision', prefix: [RANK.revisions],
      items: policy.revisions, idOf: (r) => str(r.version), make: revision,
    }),
  );

  const clauses = policy.clauses ?? [];
  sections.push(
    listSection({
      scope: 'clauses', path: 'clauses', kind: 'clause', prefix: [RANK.clauses],
      items: clauses, idOf: (c) => c.id, make: (c) => clause(c, partyNames),
    }),
  );
  keysOf(clauses.map((c) => c.id)).forEach((key, i) => {
    const c = clauses[i]!;
    sections.push(
      listSection<UsePurpose>({
        scope: `purposes:${key}`, path: `clauses[${i}].purposes.entries`, kind: 'usePurpose', prefix: [RANK.clauses, i],
        items: c.purposes?.entries, idOf: (p) => p.id, make: (p) => ({ props: { text: norm(p.text) }, text: p.text }),
        qualify: (id) => `${c.id}/${id}`, parent: { kind: 'clause', key },
      }),
    );
  });

  if (ju) {
    sections.push(
      listSection({
        scope: 'parties', path: 'jointUse.parties.entries', kind: 'party', prefix: [RANK.parties, 2],
        items: ju.parties?.entries, idOf: (p) => p.id, make: party,
      }),
      listSection({
        scope: 'jointPurposes', path: 'jointUse.purposes.entries', kind: 'jointPurpose', prefix: [RANK.purposes, 1],
        items: ju.purposes?.entries, idOf: (p) => p.id, make: (p) => ({ props: { text: norm(p.text) }, text: p.text }),
      }),
    );
    const groups = ju.items?.groups ?? [];
    sections.push(
      listSection({
        scope: 'groups', path: 'jointUse.items.groups', kind: 'group', prefix: [RANK.items, 1],
        items: groups, idOf: (g) => g.id, make: group,
      }),
    );
    keysOf(groups.map((g) => g.id)).forEach((key, i) => {
      const g = groups[i]!;
      sections.push(
        listSection<Field>({
          scope: `fields:${key}`, path: `jointUse.items.groups[${i}].fields`, kind: 'field', prefix: [RANK.items, 1, i],
          items: g.fields, idOf: (f) => f.id, make: (f) => ({ props: { name: norm(f.name) }, text: f.name }),
          qualify: (id) => `${g.id}/${id}`, parent: { kind: 'group', key },
        }),
      );
    });
    sections.push(
      listSection({
        scope: 'managers', path: 'jointUse.managers.entries', kind: 'manager', prefix: [RANK.managers, 1],
        items: ju.managers?.entries, idOf: (m) => m.id, make: (m) => manager(m, groupNames),
      }),
    );
  }

  sections.push(
    listSection({
      scope: 'footnotes', path: 'footnotes', kind: 'footnote', prefix: [RANK.footnotes],
      items: policy.footnotes, idOf: (f) => f.id, make: footnote,
    }),
  );
  return sections;
}

function revision(r: Revision) {
  return {
    props: { version: norm(r.version), date: norm(r.date), summary: norm(r.summary) },
    text: `${str(r.version)}（${str(r.date)}）${r.summary}`,
  };
}

function clause(c: Clause, partyNames: ReadonlyMap<string, string>) {
  const list = c.parties ? joinList(c.parties.map((id) => partyNames.get(id) ?? id), c.conjunction) : undefined;
  const text = (list === undefined ? c.text : c.text.replaceAll('{list}', list)) + (c.purposes ? `【${c.purposes.heading}】` : '');
  return {
    props: { text: norm(c.text), heading: norm(c.purposes?.heading), parties: norm(c.parties), conjunction: norm(c.conjunction) },
    text,
  };
}

function party(p: Party) {
  const short = partyInProse(p.shortName);
  const marks = (p.notes ?? []).map((id) => `[^${id}]`).join('');
  return {
    props: { name: norm(p.name), shortName: norm(p.shortName), notes: norm(p.notes) },
    text: p.name + short + marks,
  };
}

function group(g: ItemGroup) {
  return {
    props: { name: norm(g.name), conjunction: norm(g.conjunction) },
    text: `${g.name}：${joinList(g.fields.map((f) => f.name), g.conjunction)}`,
  };
}

function manager(m: Manager, groupNames: ReadonlyMap<string, string>) {
  const groups = m.groups.map((id) => groupNames.get(id) ?? id).join('・');
  let text = `${groups}：${m.name}`;
  if (m.exception) text += `（${m.exception}）`;
  if (m.address) text += `／住所：${m.address}`;
  if (m.representative) text += `／代表者：${m.representative}`;
  return {
    props: {
      groups: norm(m.groups),
      name: norm(m.name),
      exception: norm(m.exception),
      address: norm(m.address),
      representative: norm(m.representative),
    },
    text,
  };
}

function footnote(f: Footnote) {
  const text = f.list ? f.text.replaceAll('{list}', joinList(f.list, f.conjunction)) : f.text;
  return { props: { text: norm(f.text), list: norm(f.list), conjunction: norm(f.conjunction) }, text };
}
