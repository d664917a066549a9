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
import type { AbroadShape, Footnote, ItemGroup, JointUse, ListItemShape, Manager, Party, Policy, Revision, SectionShape } from '../model/schema.js';
import { numberLabel, sectionNumbers } from '../model/numbering.js';
import { blockKind, rowReferencesOf, tableNaming } from '../model/walk.js';
import { formatPath } from '../load/yaml-source.js';
import { normalizeText } from './normalize.js';
import type { LegalRole, RowRole } from './types.js';
import { labelledRow } from '../model/rows.js';
import { readBlock, readLoose, readSection, type PartReading } from '../model/reading.js';
import { inferRoles, type Role } from '../model/roles.js';
import { DEFAULT_NUMBERING, DEFAULT_SHORT_NAME_FORM, joinTexts as joinList, partyInProse } from '../render/view.js';
import { LEGACY_JOINT_USE_ID } from '../load/upgrade.js';

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

/** Where a unit is, for the people who read the 新旧対照表 and the notice. */
export interface UnitContext {
  /** The place in Japanese, as the policy numbers it: 「1.【利用目的】8)」, 「第7条第2項（グループ会社との共同利用）」, 「共同利用の目的⑤」. */
  place: string;
  /** A section's text that starts with its heading on a line of its own. */
  titled?: boolean;
  /** The heading a notice sets above the entry: the row label of a joint-use table, the heading of the purposes. */
  heading?: string;
  /** A data item's group as shown: 「②供給（受電）地点に関する情報」. */
  group?: string;
  /** A manager's item groups (ids). */
  groups?: string[];
  /** The joint-use table of an entry. */
  table?: string;
  /** The legal role of a section, as written in the YAML (or of the section it is in). */
  role?: string;
  /**
   * What a text that is not an entry of its own is about in law: a section's
   * text (by its role, the joint users it names, the purposes it holds), the
   * parties' intro of a joint-use table, the business's name (classify.ts).
   */
  roles?: LegalRole[];
  /** Some of `roles` were found from the words, not declared. */
  inferred?: boolean;
  /** `general` (the title, preamble, dates, labels): with no role, a change is editorial; else a lawyer decides. */
  weight?: 'legal' | 'general';
  /** The business's own name, address or representative: published (Art. 32(1)(i)), and the manager of its customers' data. */
  businessIdentity?: boolean;
  /** The rows of a joint-use table that take this text in by reference (it sits in a section a row refers to): what it is part of in law. */
  referredBy?: LegalRole[];
  /** For the information of Art. 28(2) (`abroad:`): the id of the section that gives it. */
  abroadOf?: string;
  /** The name before this version, as the YAML declares it (a party, a field or a manager renamed or succeeded). */
  formerName?: string;
}

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
  context: UnitContext;
  /** A section's own blocks, each with its roles: a change is weighed by the roles of the blocks it touches. */
  blocks?: BlockRoles[];
  /** The roles a section's heading reads like. */
  headingRoles?: Role[];
}

export interface BlockRoles {
  /** The block's text as compared. */
  key: string;
  roles: LegalRole[];
  inferred: boolean;
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

/** Top-level places in document order; the version, dates and revisions last (as 附則). */
export const RANK = {
  title: 0,
  organization: 1,
  preamble: 2,
  sections: 3,
  footnotes: 4,
  closing: 5,
  version: 100,
  effectiveDate: 101,
  revisions: 102,
  shortNameForm: 103,
} as const;

type Field = ItemGroup['fields'][number];

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

interface Entry {
  id: string;
  path: string;
  props: Record<string, string>;
  text: string;
  context: UnitContext;
  blocks?: BlockRoles[];
  headingRoles?: Role[];
}

function listSection(
  scope: string,
  kind: UnitKind,
  prefix: number[],
  entries: readonly Entry[],
  qualify?: (id: string) => string,
  parent?: Section['parent'],
): Section {
  const keys = keysOf(entries.map((e) => e.id));
  const units = entries.map(
    (e, i): Unit => ({
      kind, key: keys[i]!, id: qualify ? qualify(e.id) : e.id, path: e.path, order: [...prefix, i], props: e.props, text: e.text, context: e.context,
      ...(e.blocks ? { blocks: e.blocks } : {}), ...(e.headingRoles ? { headingRoles: e.headingRoles } : {}),
    }),
  );
  return { scope, kind, ordered: true, prefix, units, ...(parent ? { parent } : {}) };
}

type Obj = Record<string, unknown>;

/** The labels of the information of Art. 28(2), as a letter prints them. */
const ABROAD_LABELS = { country: '外国の名称', recipient: '提供先', system: '当該外国の個人情報の保護に関する制度', measures: '提供先が講ずる措置' } as const;

/**
 * The information of Art. 28(2) a section gives on each recipient abroad
 * (`abroad:`): what the individual is told before consenting, weighed as a
 * part on provision abroad (a country added is consent; the same facts in
 * other words, review). Matched by country and recipient. Where the
 * section's own words changed too, that change carries it (diff-policies.ts).
 */
function abroadSection(sectionId: string, abroad: readonly AbroadShape[], path: string, place: string, prefix: number[]): Section {
  const entries = abroad.map((a, i): Entry => ({
    id: [a.country, a.recipient].filter(Boolean).join('／'),
    path: `${path}.abroad[${i}]`,
    props: { text: norm([a.country, a.recipient, a.system, a.measures].join('\n')) },
    text: (Object.keys(ABROAD_LABELS) as Array<keyof typeof ABROAD_LABELS>)
      .filter((k) => a[k])
      .map((k) => `${ABROAD_LABELS[k]}：${a[k]}`)
      .join('\n'),
    context: { place: `${place}【外国にある第三者への提供に関する情報】`, roles: ['overseas'], abroadOf: sectionId },
  }));
  return listSection(`abroad:${sectionId}`, 'clause', prefix, entries, (id) => `${sectionId}/abroad/${id}`, { kind: 'clause', key: sectionId });
}

/** The text of a block as a reader sees it (a paragraph's party list filled in, a list's entries on lines). */
/** The names of the parties a paragraph names, from their table (see tableOfParties). */
type PartyNames = (named: readonly string[]) => ReadonlyMap<string, string>;

/** For the compared text of a section: a paragraph naming the joint users is compared as written, {list} and all. */
const noNames: PartyNames = () => new Map();

function blockText(block: unknown, partyNames: PartyNames): string {
  const b = block as Obj;
  switch (blockKind(block)) {
    case 'text':
      if (typeof block === 'string') return block;
      if (!b.parties || partyNames === noNames) return b.text as string;
      {
        const named = b.parties as string[];
        const names = partyNames(named);
        return (b.text as string).replaceAll('{list}', joinList(named.map((id) => names.get(id) ?? id), b.conjunction as string | undefined));
      }
    case 'list': {
      // Each entry on a line of its own, under the list's heading; a list without one starts with its first entry.
      const items = itemsText(b.list as unknown[], (b.numbering as string | undefined) ?? DEFAULT_NUMBERING.list, partyNames);
      return b.heading ? `【${b.heading as string}】${items}` : items.replace(/^\n/, '');
    }
    case 'purposes':
      return b.heading ? `【${b.heading as string}】` : '';
    case 'table':
      return [
        b.caption as string | undefined,
        (b.header as string[] | undefined)?.join('／'),
        ...(b.table as unknown[][]).map((row) => row.map((c) => (typeof c === 'string' ? c : (c as unknown[]).map((x) => blockText(x, partyNames)).join(''))).join('／')),
      ]
        .filter(Boolean)
        .join('\n');
    case 'contact': {
      const c = b.contact as Record<string, string> & { labels?: Record<string, string> };
      // A line's own label (labels:) is wording too: 「連絡先：…」.
      const lines = ((b.contact as { lines?: unknown[] }).lines ?? []).map((l) =>
        typeof l === 'string' ? l : `${(l as { label?: string }).label ?? ''}${(l as { label?: string }).label ? '：' : ''}${(l as { text: string }).text}`,
      );
      return [
        ...['organization', 'name', 'address', 'phone', 'fax', 'email', 'url', 'hours'].map((k) => c[k] && (c.labels?.[k] ? `${c.labels[k]}：${c[k]}` : c[k])),
        ...lines,
        c.note,
      ]
        .filter(Boolean)
        .join('／');
    }
    case 'dates':
      return (b.dates as Array<{ label: string; date: string }>).map((d) => `${d.label}　${str(d.date)}`).join('\n');
    case 'signature':
      return (b.signature as string[]).join('\n');
    case 'show':
      return '';
    default:
      return '';
  }
}

function itemsText(items: readonly unknown[], numbering: string, partyNames: PartyNames): string {
  return items
    .map((item, i) => {
      const mark = numberLabel(numbering, i + 1);
      if (typeof item === 'string') return `\n${mark}${item}`;
      const e = item as ListItemShape;
      const own = [e.title, e.text].filter(Boolean).join('：');
      const nested = e.list ? itemsText(e.list, e.numbering ?? DEFAULT_NUMBERING.list, partyNames) : '';
      const body = (e.body ?? []).map((x) => blockText(x, partyNames)).join('\n');
      return `\n${mark}${own}${nested}${body ? `\n${body}` : ''}`;
    })
    .join('');
}

const ARTICLE = /^第.*[条章節款]$/;
const STATUTE_NUMBER = /^第.*[条項号章節款](の[0-9０-９]+)?$/u;

/**
 * How the policy cites a numbered section: its number as printed, after the
 * number of the section it is in. A subsection numbered with digits under an
 * article (第7条 (2), 2., ２) is its paragraph: 「第7条第2項」; a policy
 * numbered 「1.」 cites 「1.」, nested 「1.(3)③」.
 */
export function sectionCite(parent: string, number: string, counter: number): string {
  const own = number.trim();
  if (own === '') return parent;
  if (STATUTE_NUMBER.test(own)) return parent + own;
  const digits = own.normalize('NFKC').replace(/^\(?(\d+)[).．.]?$/, '$1');
  if (ARTICLE.test(parent) && /^\d+$/.test(digits) && Number(digits) === counter) return `${parent}第${counter}項`;
  return parent + own;
}

/** The place of a section as readers know it: 「第3条（利用目的）」, 「第7条第2項（グループ会社との共同利用）」, 「1.(3)」, or its heading. */
function sectionPlace(cite: string, heading: string | undefined): string {
  if (heading) return cite ? `${cite}（${bareHeading(heading)}）` : heading;
  return cite || '本文';
}

/** A heading without the parentheses it may be written in: （利用目的） → 利用目的. */
export function bareHeading(heading: string): string {
  return heading.trim().replace(/^[（(](.*)[）)]$/, '$1').replace(/^【(.*)】$/, '$1');
}

/** Whether a block's heading only repeats the heading of its section (【利用目的】 under 第3条（利用目的）). */
function repeatsHeading(blockHeading: string | undefined, sectionHeading: string | undefined): boolean {
  return !!blockHeading && !!sectionHeading && normalizeText(bareHeading(blockHeading)) === normalizeText(bareHeading(sectionHeading));
}

export function extractSections(policy: Policy): Section[] {
  const sections: Section[] = [];
  const scalars: Unit[] = [];
  const scalar = (key: string, path: string, order: number[], value: unknown, place: string, text?: string, context?: Partial<UnitContext>) => {
    if (value === undefined || value === null) return;
    scalars.push({ kind: 'scalar', key, id: key, path, order, props: { text: norm(value) }, text: text ?? str(value), context: { place, ...context } });
  };

  // Parties by id across every table, for the paragraphs that name them.
  const partyTables: Array<Map<string, string>> = [];
  const partyNames: PartyNames = (named) => tableNaming(partyTables, (t, id) => t.has(id), named) ?? new Map();
  const tables: Array<{ ju: JointUse; path: string; order: number[] }> = [];
  const purposesBlocks: Array<{ sectionKey: string; place: string; block: Obj; path: string; order: number[]; ownHeading: boolean }> = [];
  /** Each section's place by its YAML path, for the joint-use tables it holds. */
  const sectionPlaces = new Map<string, string>();

  scalar('title', 'title', [RANK.title], policy.title, '表題', undefined, GENERAL);
  (['name', 'shortName', 'address', 'representative'] as const).forEach((key, i) =>
    // The business's identity: published (Art. 32(1)(i)) and, for its customers' data, the manager's (Art. 27(6)).
    scalar(`organization.${key}`, `organization.${key}`, [RANK.organization, i], policy.organization?.[key], ORGANIZATION_PLACES[key], undefined, key === 'shortName' ? GENERAL : { roles: ['business'], businessIdentity: true }),
  );
  scalar('version', 'version', [RANK.version], policy.version, '版', policy.version, GENERAL);
  scalar('effectiveDate', 'effectiveDate', [RANK.effectiveDate], policy.effectiveDate, '施行日', undefined, GENERAL);
  // The wording that defines a party's short name: its text changes, its meaning does not.
  scalar('shortNameForm', 'shortNameForm', [RANK.shortNameForm], policy.shortNameForm ?? DEFAULT_SHORT_NAME_FORM, '略称を定める文言', undefined, GENERAL);

  const collectTables = (blocks: readonly unknown[] | undefined, base: string, order: number[]) =>
    (blocks ?? []).forEach((b, i) => {
      if (blockKind(b) !== 'jointUse') return;
      const ju = (b as { jointUse: JointUse }).jointUse;
      partyTables.push(new Map((ju.parties?.entries ?? []).map((p) => [p.id, p.name + partyInProse(p.shortName, policy.shortNameForm)])));
      tables.push({ ju, path: `${base}[${i}].jointUse`, order: [...order, i] });
    });

  const preamble = policy.preamble ?? [];
  collectTables(preamble, 'preamble', [RANK.preamble]);
  const walkTables = (list: readonly SectionShape[] | undefined, base: string, order: number[]) =>
    (list ?? []).forEach((s, i) => {
      collectTables(s.body, `${base}[${i}].body`, [...order, i, 0]);
      walkTables(s.sections, `${base}[${i}].sections`, [...order, i, 1]);
    });
  walkTables(policy.sections as SectionShape[] | undefined, 'sections', [RANK.sections]);

  // The preamble and the closing are general, unless their own words say what they are (a sentence on provision in the preamble).
  const loose = (b: unknown): Partial<UnitContext> => ({ ...rolesOf(readLoose(b)), weight: 'general' });
  preamble.forEach((b, i) =>
    scalar(`preamble[${i}]`, `preamble[${i}]`, [RANK.preamble, i], blockText(b, partyNames) || null, preamble.length > 1 ? `前文（第${i + 1}段落）` : '前文', undefined, loose(b)),
  );
  (policy.closing ?? []).forEach((b, i) => scalar(`closing[${i}]`, `closing[${i}]`, [RANK.closing, i], blockText(b, partyNames) || null, '末尾', undefined, loose(b)));

  // Sections, each a unit with its heading and the text of its own blocks; nested sections are lists of their own.
  const sectionList = (
    list: readonly SectionShape[] | undefined,
    base: string,
    prefix: number[],
    numbering: string,
    scope: string,
    parent?: Section['parent'],
    enclosing: Role[] = [],
    parentCite = '',
  ) => {
    const entries: Entry[] = [];
    const numbers = sectionNumbers(list ?? [], numbering);
    (list ?? []).forEach((s, i) => {
      const numbered = s.numbered !== false;
      const { number: printed, counter } = numbers[i]!;
      // A 項 numbered as statutes number it (１, ２ … with no mark on the first) is cited 第n項.
      const number = !numbered ? '' : numbering === 'paragraph' ? `第${counter}項` : printed;
      const cite = sectionCite(parentCite, number, counter);
      const place = sectionPlace(cite, s.heading);
      const path = `${base}[${i}]`;
      sectionPlaces.set(path, place);
      // The text as a reader sees it: the heading on a line of its own, then each block; a list's heading that repeats the section's is left out.
      const own = (s.body ?? [])
        .map((b) => (repeatsHeading((b as Obj).heading as string | undefined, s.heading) ? blockText({ ...(b as Obj), heading: undefined }, partyNames) : blockText(b, partyNames)))
        .filter(Boolean);
      const paragraphs = (s.body ?? []).filter((b) => blockKind(b) === 'text') as Array<string | Obj>;
      const first = paragraphs[0];
      const reading = readSection(s, enclosing);
      entries.push({
        id: s.id,
        path,
        props: {
          heading: norm(s.heading),
          // Compared without the party names: a renamed party is reported once, as a party.
          text: norm((s.body ?? []).map((b) => blockText(b, noNames)).filter(Boolean).join('\n')),
          parties: norm(paragraphs.flatMap((p) => (typeof p === 'object' && p.parties ? (p.parties as string[]) : []))),
          conjunction: norm(typeof first === 'object' ? first?.conjunction : undefined),
          numbered: numbered ? '' : 'no',
        },
        text: (s.heading ? `${s.heading}\n` : '') + own.join('\n'),
        context: { place, ...(s.heading ? { titled: true } : {}), ...(reading.declared[0] ? { role: reading.declared[0] } : {}), ...rolesOf(reading) },
        blocks: (s.body ?? []).flatMap((b) => blocksOf(b, readBlock(b, reading))),
        headingRoles: s.heading ? inferRoles(s.heading, '').filter((x) => x.strength === 'strong').map((x) => x.role) : [],
      });
      (s.body ?? []).forEach((b, k) => {
        if (blockKind(b) === 'purposes') {
          purposesBlocks.push({ sectionKey: s.id, place, block: b as Obj, path: `${path}.body[${k}]`, order: [...prefix, i, 0, k], ownHeading: repeatsHeading((b as Obj).heading as string | undefined ?? '利用目的', s.heading) });
        }
      });
      if (s.abroad?.length) sections.push(abroadSection(s.id, s.abroad, path, place, [...prefix, i, 2]));
      if (s.sections) {
        sectionList(s.sections, `${path}.sections`, [...prefix, i, 1], s.numbering ?? DEFAULT_NUMBERING.subsections, `sections:${s.id}`, { kind: 'clause', key: s.id }, reading.declared, cite);
      }
    });
    sections.push(listSection(scope, 'clause', prefix, entries, undefined, parent));
  };
  sectionList(policy.sections as SectionShape[] | undefined, 'sections', [RANK.sections], policy.numbering ?? DEFAULT_NUMBERING.sections, 'clauses');

  // Purposes of use: every entry of a section's purposes lists, nested ones included, matched by id.
  const bySection = new Map<string, typeof purposesBlocks>();
  for (const p of purposesBlocks) bySection.set(p.sectionKey, [...(bySection.get(p.sectionKey) ?? []), p]);
  for (const [key, blocks] of bySection) {
    const entries: Entry[] = [];
    for (const { block, path, place, ownHeading } of blocks) {
      const heading = (block.heading as string | undefined) ?? '利用目的';
      // 「第3条（利用目的）(1)②」: no 【利用目的】 where the article's own heading says it.
      const at = ownHeading ? place : `${place}【${heading}】`;
      const walk = (items: readonly unknown[], numbering: string, base: string, marks: string) =>
        items.forEach((item, i) => {
          const mark = `${marks}${numberLabel(numbering, i + 1)}`;
          const e = (typeof item === 'string' ? { text: item } : item) as ListItemShape;
          const text = [e.title, e.text].filter(Boolean).join('：');
          entries.push({
            id: e.id ?? `${base}[${i}]`,
            path: `${base}[${i}]`,
            props: { text: norm(e.text), title: norm(e.title) },
            text,
            context: { place: `${at}${mark}`, heading },
          });
          if (e.list) walk(e.list, e.numbering ?? DEFAULT_NUMBERING.list, `${base}[${i}].list`, mark);
        });
      walk(block.purposes as unknown[], (block.numbering as string | undefined) ?? DEFAULT_NUMBERING.purposes, `${path}.purposes`, '');
    }
    sections.push(listSection(`purposes:${key}`, 'usePurpose', blocks[0]!.order, entries, (id) => `${key}/${id}`, { kind: 'clause', key }));
  }

  // Joint-use tables, matched by their id; entries reported by their own id (qualified by the table when there are several).
  for (const { ju, path, order } of tables) {
    const t = ju.id;
    const q = (id: string) => (tables.length > 1 ? `${t}/${id}` : id);
    // With several tables, the place names the table by the section that holds it (its heading): which table changed decides the action.
    const holder = tables.length > 1 ? sectionPlaces.get(path.replace(/\.body\[\d+\]\.jointUse$/, '')) ?? (path.startsWith('preamble') ? '前文' : undefined) : undefined;
    const tablePlace = tables.length > 1 ? `${holder ?? `共同利用の表「${t}」`}の表` : '共同利用の表';
    const rowLabel = (row: 'parties' | 'purposes' | 'items' | 'managers') => (ju[row] as { label?: string } | undefined)?.label ?? ROW_LABELS[row];
    const rowPlace = (row: 'parties' | 'purposes' | 'items' | 'managers') => (holder ? `${holder}　${rowLabel(row)}` : rowLabel(row));
    (ju.header ?? []).forEach((h, i) => scalar(`${t}.header[${i}]`, `${path}.header[${i}]`, [...order, -1, i], h, `${tablePlace}の列見出し`, undefined, GENERAL));
    (['parties', 'purposes', 'items', 'managers'] as const).forEach((row, r) => {
      const value = ju[row] as { label?: string; intro?: string } | undefined;
      scalar(`${t}.${row}.label`, `${path}.${row}.label`, [...order, r, 0], value?.label, `${tablePlace}の行見出し`, undefined, GENERAL);
      scalar(`${t}.${row}.intro`, `${path}.${row}.intro`, [...order, r, 1], value?.intro, `${rowPlace(row)}（前文）`, undefined, { roles: [ROW_ROLES[row]] });
    });
    // The items in prose: the diff reads the items from its words (facts), weighed as the items row.
    scalar(`${t}.items.text`, `${path}.items.text`, [...order, 2, 4], ju.items?.text, rowPlace('items'), undefined, { roles: [ROW_ROLES.items] });
    // Rows of the policy's own (取得方法 …): weighed by what their words say, else a lawyer decides.
    (ju.more ?? []).forEach((row, k) => {
      const reading = readLoose(row.role ? { role: row.role, text: row.text } : row.text);
      scalar(`${t}.more.${row.id}`, `${path}.more[${k}]`, [...order, 4, k], `${row.label}：${row.text}`, row.label, undefined, rolesOf(reading));
    });
    const scope = (name: string) => (t === LEGACY_JOINT_USE_ID ? name : `${name}:${t}`);
    sections.push(
      listSection(
        scope('parties'), 'party', [...order, 0, 2],
        (ju.parties?.entries ?? []).map((p: Party, i) => ({
          id: p.id, path: `${path}.parties.entries[${i}]`, ...party(p, policy.shortNameForm),
          context: { place: rowPlace('parties'), heading: rowLabel('parties'), table: t, ...(p.formerName ? { formerName: p.formerName } : {}) },
        })),
        q,
      ),
    );
    const purposeNumbering = ju.purposes?.numbering ?? DEFAULT_NUMBERING.jointPurposes;
    sections.push(
      listSection(
        scope('jointPurposes'), 'jointPurpose', [...order, 1, 2],
        (ju.purposes?.entries ?? []).map((p, i) => ({
          id: p.id, path: `${path}.purposes.entries[${i}]`, props: { text: norm(p.text) }, text: p.text,
          context: { place: `${rowPlace('purposes')}${numberLabel(purposeNumbering, i + 1)}`, heading: rowLabel('purposes'), table: t },
        })),
        q,
      ),
    );
    const groupNumbering = ju.items?.numbering ?? DEFAULT_NUMBERING.groups;
    const groups = ju.items?.groups ?? [];
    const groupLabels = new Map(groups.map((g, i) => [g.id, `${numberLabel(groupNumbering, i + 1)}${g.name}`]));
    const groupNames = new Map(groups.map((g) => [g.id, g.name]));
    sections.push(
      listSection(
        scope('groups'), 'group', [...order, 2, 2],
        groups.map((g, i) => ({
          id: g.id, path: `${path}.items.groups[${i}]`, ...group(g),
          context: { place: `${rowPlace('items')}${numberLabel(groupNumbering, i + 1)}`, heading: rowLabel('items'), table: t },
        })),
        q,
      ),
    );
    keysOf(groups.map((g) => g.id)).forEach((key, i) => {
      const g = groups[i]!;
      const label = groupLabels.get(g.id)!;
      sections.push(
        listSection(
          scope(`fields:${key}`), 'field', [...order, 2, 2, i],
          g.fields.map((f: Field, k) => ({
            id: f.id, path: `${path}.items.groups[${i}].fields[${k}]`, props: { name: norm(f.name) }, text: f.name,
            context: { place: `${rowPlace('items')}${label}`, heading: rowLabel('items'), group: label, table: t, ...(f.formerName ? { formerName: f.formerName } : {}) },
          })),
          (id) => q(`${g.id}/${id}`),
          { kind: 'group', key },
        ),
      );
    });
    if (ju.items?.fields) {
      sections.push(
        listSection(
          scope('fields'), 'field', [...order, 2, 3],
          ju.items.fields.map((f: Field, k) => ({
            id: f.id, path: `${path}.items.fields[${k}]`, props: { name: norm(f.name) }, text: f.name,
            context: { place: rowPlace('items'), heading: rowLabel('items'), table: t, ...(f.formerName ? { formerName: f.formerName } : {}) },
          })),
          q,
        ),
      );
    }
    sections.push(
      listSection(
        scope('managers'), 'manager', [...order, 3, 2],
        (ju.managers?.entries ?? []).map((m, i) => ({
          id: m.id, path: `${path}.managers.entries[${i}]`, ...manager(m, groupNames),
          context: { place: rowPlace('managers'), heading: rowLabel('managers'), groups: m.groups ?? [], table: t, ...(m.formerName ? { formerName: m.formerName } : {}) },
        })),
        q,
      ),
    );
  }

  sections.unshift({ scope: 'scalars', kind: 'scalar', ordered: false, prefix: [], units: scalars });
  markReferred(policy, sections);
  sections.push(
    listSection(
      'revisions', 'revision', [RANK.revisions],
      (policy.revisions ?? []).map((r, i) => ({ id: str(r.version), path: `revisions[${i}]`, ...revision(r), context: { place: '改定履歴' } })),
    ),
    listSection(
      'footnotes', 'footnote', [RANK.footnotes],
      (policy.footnotes ?? []).map((f, i) => ({ id: f.id, path: `footnotes[${i}]`, ...footnote(f), context: { place: `注記※${i + 1}` } })),
    ),
  );
  return sections;
}

/**
 * A section that a joint-use row refers to for its content (rowReferencesOf)
 * is part of that row in law, wherever it sits: every text in it is marked
 * with the row's role.
 */
function markReferred(policy: Policy, sections: readonly Section[]): void {
  const referred = new Map<string, Set<LegalRole>>();
  for (const r of rowReferencesOf(policy)) {
    if (!r.section) continue;
    const key = formatPath(r.section);
    referred.set(key, (referred.get(key) ?? new Set()).add(ROW_ROLES[r.row]));
  }
  if (referred.size === 0) return;
  for (const unit of sections.flatMap((s) => s.units)) {
    const roles = new Set<LegalRole>();
    for (const [path, of] of referred) if (unit.path === path || unit.path.startsWith(`${path}.`)) of.forEach((r) => roles.add(r));
    if (roles.size > 0) unit.context.referredBy = [...roles];
  }
}

/** A part's roles as a unit's context says them. */
function rolesOf(reading: PartReading): Pick<UnitContext, 'roles' | 'inferred'> {
  return { roles: reading.roles, ...(reading.fromWords ? { inferred: true } : {}) };
}

function blockRoles(reading: PartReading): Pick<BlockRoles, 'roles' | 'inferred'> {
  return { roles: reading.roles, inferred: reading.fromWords };
}

/**
 * The blocks of a section as the diff weighs an edit: each block with its roles. In a joint use,
 * each entry of a list stands on its own, so that an edit is weighed by the entry it touches, and
 * an entry labelled as a row (「利用する者の利用目的：…」) is weighed as that row.
 */
function blocksOf(block: unknown, reading: PartReading): BlockRoles[] {
  const own = { key: norm(blockText(block, noNames)), ...blockRoles(reading) };
  if (blockKind(block) !== 'list' || !reading.roles.includes('jointUse')) return [own];
  const entries = ((block as Obj).list as unknown[]).map((e) => (typeof e === 'string' ? e : [(e as ListItemShape).title, (e as ListItemShape).text].filter(Boolean).join('：')));
  return entries.map((text) => {
    const row = labelledRow(text)?.row;
    return { key: norm(text), ...(row ? { roles: [ROW_ROLES[row]], inferred: true } : blockRoles(reading)) };
  });
}

const GENERAL: Partial<UnitContext> = { weight: 'general' };

const ORGANIZATION_PLACES = { name: '事業者の名称', shortName: '事業者の略称', address: '事業者の住所', representative: '事業者の代表者' } as const;
export const ROW_ROLES: Readonly<Record<'parties' | 'purposes' | 'items' | 'managers', RowRole>> = {
  parties: 'jointUse.parties',
  purposes: 'jointUse.purposes',
  items: 'jointUse.items',
  managers: 'jointUse.managers',
};
const ROW_LABELS = { parties: '共同利用する者の範囲', purposes: '共同利用の目的', items: '共同利用する情報項目', managers: '共同利用の管理責任者' } as const;

function revision(r: Revision) {
  return {
    props: { version: norm(r.version), date: norm(r.date), summary: norm(r.summary) },
    text: `${str(r.version)}（${str(r.date)}）${r.summary}`,
  };
}

function party(p: Party, form: string | undefined) {
  const short = partyInProse(p.shortName, form);
  const marks = (p.notes ?? []).map((id) => `[^${id}]`).join('');
  return {
    props: { name: norm(p.name), shortName: norm(p.shortName), notes: norm(p.notes), note: norm(p.note) },
    text: p.name + short + marks + (p.note ? `　${p.note}` : ''),
  };
}

function group(g: ItemGroup) {
  return {
    props: { name: norm(g.name), conjunction: norm(g.conjunction) },
    text: `${g.name}：${joinList(g.fields.map((f) => f.name), g.conjunction)}`,
  };
}

function manager(m: Manager, groupNames: ReadonlyMap<string, string>) {
  const groups = (m.groups ?? []).map((id) => groupNames.get(id) ?? id).join('・');
  let text = groups ? `${groups}：${m.name}` : m.name;
  if (m.exception) text += `（${m.exception}）`;
  if (m.address) text += `／住所：${m.address}`;
  if (m.representative) text += `／代表者：${m.representative}`;
  for (const l of m.lines ?? []) text += `／${l.label}：${l.text}`;
  return {
    props: {
      groups: norm(m.groups),
      name: norm(m.name),
      exception: norm(m.exception),
      address: norm(m.address),
      representative: norm(m.representative),
      lines: norm((m.lines ?? []).map((l) => `${l.label}：${l.text}`)),
    },
    text,
  };
}

function footnote(f: Footnote) {
  const text = f.list ? f.text.replaceAll('{list}', joinList(f.list, f.conjunction)) : f.text;
  return { props: { text: norm(f.text), list: norm(f.list), conjunction: norm(f.conjunction) }, text };
}

// ─── the policy as a document, line by line ──────────────────────────────────

/** A line of the policy as a document: a heading or a paragraph, its text as written (Markdown kept). */
export interface DocumentLine {
  /** Title, a heading of a top-level section (1) or of a nested one (2), or body text. */
  style: 'title' | 'heading1' | 'heading2' | 'body';
  text: string;
}

/**
 * The policy as a reader reads it, one line per heading, paragraph, list
 * entry, table row and joint-use entry, in document order: what the Word
 * 見え消し compares. Numbers are those the policy prints (第3条, (1), ①).
 */
export function documentLines(policy: Policy): DocumentLine[] {
  const out: DocumentLine[] = [];
  const body = (text: string) => text.split('\n').filter((t) => t.trim() !== '').forEach((t) => out.push({ style: 'body', text: t }));
  const partyTables: Array<Map<string, string>> = [];
  const collect = (blocks: readonly unknown[] | undefined) =>
    (blocks ?? []).forEach((b) => {
      if (blockKind(b) !== 'jointUse') return;
      const ju = (b as { jointUse: JointUse }).jointUse;
      partyTables.push(new Map((ju.parties?.entries ?? []).map((p) => [p.id, p.name + partyInProse(p.shortName, policy.shortNameForm)])));
    });
  const walkCollect = (list: readonly SectionShape[] | undefined) => (list ?? []).forEach((s) => (collect(s.body), walkCollect(s.sections)));
  collect(policy.preamble);
  walkCollect(policy.sections as SectionShape[] | undefined);
  const names: PartyNames = (named) => tableNaming(partyTables, (t, id) => t.has(id), named) ?? new Map();

  const purposes = (items: readonly unknown[], numbering: string, marks: string) =>
    items.forEach((item, i) => {
      const e = (typeof item === 'string' ? { text: item } : item) as ListItemShape;
      const mark = `${marks}${numberLabel(numbering, i + 1)}`;
      body(`${numberLabel(numbering, i + 1)}${[e.title, e.text].filter(Boolean).join('：')}`);
      if (e.list) purposes(e.list, e.numbering ?? DEFAULT_NUMBERING.list, mark);
    });
  const blocks = (list: readonly unknown[] | undefined) =>
    (list ?? []).forEach((b) => {
      const o = b as Obj;
      switch (blockKind(b)) {
        case 'purposes':
          if (o.heading) body(`【${o.heading as string}】`);
          purposes(o.purposes as unknown[], (o.numbering as string | undefined) ?? DEFAULT_NUMBERING.purposes, '');
          return;
        case 'jointUse': {
          const ju = o.jointUse as JointUse;
          const groupNames = new Map((ju.items?.groups ?? []).map((g) => [g.id, g.name]));
          const row = (key: 'parties' | 'purposes' | 'items' | 'managers', lines: string[]) => {
            const value = ju[key] as { label?: string; intro?: string } | undefined;
            if (!value) return;
            body(`【${value.label ?? ROW_LABELS[key]}】`);
            if (value.intro) body(value.intro);
            lines.forEach(body);
          };
          row('parties', (ju.parties?.entries ?? []).map((p) => party(p, policy.shortNameForm).text));
          row('purposes', (ju.purposes?.entries ?? []).map((p, i) => `${numberLabel(ju.purposes?.numbering ?? DEFAULT_NUMBERING.jointPurposes, i + 1)}${p.text}`));
          row('items', [
            ...(ju.items?.groups ?? []).map((g, i) => `${numberLabel(ju.items?.numbering ?? DEFAULT_NUMBERING.groups, i + 1)}${group(g).text}`),
            ...(ju.items?.fields ? [joinList(ju.items.fields.map((f) => f.name), ju.items.conjunction)] : []),
          ]);
          row('managers', (ju.managers?.entries ?? []).map((m) => manager(m, groupNames).text));
          return;
        }
        case 'show':
          if (o.show === 'revisions') (policy.revisions ?? []).forEach((r) => body(revision(r).text));
          return;
        default:
          body(blockText(b, names));
      }
    });

  out.push({ style: 'title', text: policy.title });
  blocks(policy.preamble);
  const sections = (list: readonly SectionShape[] | undefined, numbering: string, depth: number, parentCite: string) => {
    let counter = 0;
    (list ?? []).forEach((s) => {
      const numbered = s.numbered !== false;
      if (numbered) counter++;
      const number = !numbered ? '' : numbering === 'paragraph' ? (counter === 1 ? '' : numberLabel(numbering, counter)) : numberLabel(numbering, counter);
      const head = [number, s.heading].filter(Boolean).join(/^第.*[条章節款]$/.test(number) ? '　' : ' ');
      if (s.heading) out.push({ style: depth === 0 ? 'heading1' : 'heading2', text: head });
      const start = out.length;
      blocks(s.body);
      // A section without a heading: its number stands before its first paragraph.
      if (!s.heading && number && out[start]) out[start] = { ...out[start]!, text: `${number}${out[start]!.text}` };
      sections(s.sections, s.numbering ?? DEFAULT_NUMBERING.subsections, depth + 1, sectionCite(parentCite, number, counter));
    });
  };
  sections(policy.sections as SectionShape[] | undefined, policy.numbering ?? DEFAULT_NUMBERING.sections, 0, '');
  (policy.footnotes ?? []).forEach((f, i) => body(`※${i + 1}　${footnote(f).text}`));
  blocks(policy.closing);
  return out;
}
