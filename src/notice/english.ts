/**
 * The letter in English (`policy notice --lang en`): each change told, with
 * the English of its texts and of the place it is in, read from the
 * translation of each version (the policy with its texts replaced by those of
 * its PO file, translate/translation.ts). The diff itself, and so what is
 * told and what the law asks, is always that of the Japanese: the English
 * only restates it.
 *
 * A letter quotes the changed entries, the headings and labels above them,
 * the business's name, the contact block, the managers and the Art. 28(2)
 * information: `quotedPaths` lists them, and `translationGaps` says which of
 * them the translation of a version lacks or has out of date. An English
 * letter is written only when there is none.
 */
import { bareHeading, extractSections, type UnitContext } from '../diff/units.js';
import type { Change, FactDelta } from '../diff/types.js';
import { nameKey, type Fact, type FactKind } from '../model/facts.js';
import { sectionNumbers } from '../model/numbering.js';
import type { JointUse, Policy, SectionShape } from '../model/schema.js';
import { blockKind, isUnder, nodesOf, tableNaming } from '../model/walk.js';
import { englishDate, englishNumberLabel, ENGLISH_SHORT_NAME_FORM } from '../render/english.js';
import { DEFAULT_NUMBERING, joinItems, partyInProse } from '../render/words.js';
import { formatPath, type PathSegment } from '../load/yaml-source.js';
import type { Message } from '../report/message.js';

type Obj = Record<string, unknown>;
type Segments = Array<string | number>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The places the English letter names where the policy numbers nothing (wording.yaml, en.places). */
export interface EnglishPlaces {
  section: string;
  title: string;
  preamble: string;
  preambleParagraph: string;
  closing: string;
  body: string;
  version: string;
  effectiveDate: string;
  shortNameForm: string;
  revisions: string;
  footnote: string;
  businessName: string;
  businessShortName: string;
  businessAddress: string;
  businessRepresentative: string;
  purposes: string;
  tableHeader: string;
  rowLabel: string;
  intro: string;
}

/**
 * How the English letter says the facts that decided a change (wording.yaml,
 * en.facts): what the new version adds, drops or corrects, each fact in
 * English by the key the diff knows it by (`words`).
 */
export interface EnglishFacts {
  added: string;
  removed: string;
  corrected: string;
  /** Between the added, the removed and the corrected. */
  between: string;
  /** Between a name as it was and as it is corrected. */
  arrow: string;
  /** The English of each fact by its kind and key (a recipient by its words). */
  words: Partial<Record<FactKind, Record<string, string>>>;
}

const fill = (text: string, values: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (all, k: string) => (values[k] !== undefined ? String(values[k]) : all));

/** The node at `segments` of `value`, or undefined. */
function at(value: unknown, segments: readonly PathSegment[]): unknown {
  let node = value;
  for (const seg of segments) {
    if (Array.isArray(node) && typeof seg === 'number') node = node[seg];
    else if (isObj(node) && typeof seg === 'string') node = node[seg];
    else return undefined;
  }
  return node;
}

/** `a.b[2].c` as segments (the form of a change's `path`). */
function segmentsOf(path: string): Segments {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]!));
}

/** Items joined as a translation joins them: 「A, B and C」 with the translated conjunction. */
function joinEnglish(items: readonly string[], conjunction?: string): string {
  return joinItems(
    items.map((s) => [s]),
    conjunction,
    (s) => s,
    ', ',
  ).join('');
}

// ─── the English of a changed entry ──────────────────────────────────────────

/** The parties of every joint-use table of `policy`, for the paragraphs that name them. */
function partyTables(policy: Policy): Array<Map<string, { name: string; shortName?: string }>> {
  return nodesOf(policy)
    .filter((n) => n.kind === 'jointUse')
    .map((n) => new Map((n.value as JointUse).parties.entries.map((p) => [p.id, { name: p.name, ...(p.shortName ? { shortName: p.shortName } : {}) }])));
}

/** A party as a paragraph names it in English: its name and the short name it is given. */
function partyName(policy: Policy, p: { name: string; shortName?: string }): string {
  return p.name + partyInProse(p.shortName, policy.shortNameForm ?? ENGLISH_SHORT_NAME_FORM);
}

/** A block's text in English, as units.ts composes the Japanese one: a paragraph's {list} filled, a list's entries on lines of their own. */
function blockText(block: unknown, policy: Policy): string {
  const b = block as Obj;
  switch (blockKind(block)) {
    case 'text': {
      if (typeof block === 'string') return block;
      const named = b.parties as string[] | undefined;
      if (!named) return b.text as string;
      const table = tableNaming(partyTables(policy), (t, id) => t.has(id), named) ?? new Map();
      const names = named.map((id) => (table.get(id) ? partyName(policy, table.get(id)!) : id));
      return (b.text as string).replaceAll('{list}', joinEnglish(names, b.conjunction as string | undefined));
    }
    case 'list': {
      const items = itemsText(b.list as unknown[], (b.numbering as string | undefined) ?? DEFAULT_NUMBERING.list, policy);
      return b.heading ? `${b.heading as string}${items}` : items.replace(/^\n/, '');
    }
    case 'purposes':
      return (b.heading as string | undefined) ?? '';
    case 'table':
      return [
        b.caption as string | undefined,
        (b.header as string[] | undefined)?.join(' / '),
        ...(b.table as unknown[][]).map((row) => row.map((c) => (typeof c === 'string' ? c : (c as unknown[]).map((x) => blockText(x, policy)).join(''))).join(' / ')),
      ]
        .filter(Boolean)
        .join('\n');
    case 'contact': {
      const c = b.contact as Record<string, string> & { labels?: Record<string, string>; lines?: unknown[] };
      const lines = (c.lines ?? []).map((l) => (typeof l === 'string' ? l : `${(l as { label?: string }).label ? `${(l as { label: string }).label}: ` : ''}${(l as { text: string }).text}`));
      return [...['organization', 'name', 'address', 'phone', 'fax', 'email', 'url', 'hours'].map((k) => c[k] && (c.labels?.[k] ? `${c.labels[k]}: ${c[k]}` : c[k])), ...lines, c.note]
        .filter(Boolean)
        .join(' / ');
    }
    case 'dates':
      return (b.dates as Array<{ label: string; date: string }>).map((d) => `${d.label} ${englishDate(String(d.date))}`).join('\n');
    case 'signature':
      return (b.signature as string[]).join('\n');
    default:
      return '';
  }
}

function itemsText(items: readonly unknown[], numbering: string, policy: Policy): string {
  return items
    .map((item, i) => {
      const mark = englishNumberLabel(numbering, i + 1);
      const lead = mark ? `${mark} ` : '';
      if (typeof item === 'string') return `\n${lead}${item}`;
      const e = item as Obj;
      const own = [e.title, e.text].filter(Boolean).join(': ');
      const nested = e.list ? itemsText(e.list as unknown[], (e.numbering as string | undefined) ?? DEFAULT_NUMBERING.list, policy) : '';
      const body = ((e.body as unknown[] | undefined) ?? []).map((x) => blockText(x, policy)).join('\n');
      return `\n${lead}${own}${nested}${body ? `\n${body}` : ''}`;
    })
    .join('');
}

/** The joint-use table that holds the entry at `segments`. */
function tableAlong(policy: Policy, segments: readonly PathSegment[]): JointUse | undefined {
  const i = segments.indexOf('jointUse');
  return i < 0 ? undefined : (at(policy, segments.slice(0, i + 1)) as JointUse | undefined);
}

/** The English of the entry at `segments`, composed as the diff composes the Japanese (units.ts); null when there is none. */
export function englishText(kind: Change['kind'], segments: readonly PathSegment[], policy: Policy): string | null {
  const node = at(policy, segments);
  if (node === undefined || node === null) return null;
  const e = node as Obj;
  switch (kind) {
    case 'party': {
      const marks = ((e.notes as string[] | undefined) ?? []).map((id) => `[^${id}]`).join('');
      return partyName(policy, e as { name: string; shortName?: string }) + marks + (e.note ? `  ${e.note as string}` : '');
    }
    case 'jointPurpose':
      return e.text as string;
    case 'usePurpose':
      return typeof node === 'string' ? node : [e.title, e.text].filter(Boolean).join(': ');
    case 'group':
      return `${e.name as string}: ${joinEnglish(((e.fields as Array<{ name: string }>) ?? []).map((f) => f.name), e.conjunction as string | undefined)}`;
    case 'field':
      return e.name as string;
    case 'manager': {
      const groups = new Map((tableAlong(policy, segments)?.items.groups ?? []).map((g) => [g.id, g.name]));
      const named = ((e.groups as string[] | undefined) ?? []).map((id) => groups.get(id) ?? id).join(', ');
      let text = named ? `${named}: ${e.name as string}` : (e.name as string);
      if (e.exception) text += ` (${e.exception as string})`;
      if (e.address) text += ` / Address: ${e.address as string}`;
      if (e.representative) text += ` / Representative: ${e.representative as string}`;
      for (const l of (e.lines as Array<{ label: string; text: string }> | undefined) ?? []) text += ` / ${l.label}: ${l.text}`;
      return text;
    }
    case 'footnote':
      return e.list ? (e.text as string).replaceAll('{list}', joinEnglish(e.list as string[], e.conjunction as string | undefined)) : (e.text as string);
    case 'revision':
      return `${String(e.version)} (${englishDate(String(e.date))}) ${e.summary as string}`;
    case 'clause': {
      const s = node as SectionShape;
      const own = (s.body ?? [])
        .map((b) => {
          // A list whose heading repeats the section's is shown without it, as in the Japanese.
          const heading = isObj(b) ? (b.heading as string | undefined) : undefined;
          return heading && s.heading && bareHeading(heading).toLowerCase() === bareHeading(s.heading).toLowerCase() ? blockText({ ...(b as Obj), heading: undefined }, policy) : blockText(b, policy);
        })
        .filter(Boolean);
      return (s.heading ? `${s.heading}\n` : '') + own.join('\n');
    }
    case 'scalar': {
      const [first] = segments;
      if (first === 'preamble' || first === 'closing') return blockText(node, policy) || null;
      if (first === 'version') return `Version ${String(node)}`;
      if (first === 'effectiveDate') return englishDate(String(node));
      return typeof node === 'string' ? node : String(node);
    }
  }
}

// ─── where an entry is, in English ───────────────────────────────────────────

/** Where an entry is, as the English letter cites it: its place, the heading set above it, its item group. */
export type EnglishContext = Pick<UnitContext, 'place' | 'heading' | 'group' | 'titled'>;

/** A section's citation under its parent's: Article 7 and (2) make Article 7(2); 1 and (3) make 1(3). */
function cite(parent: string, own: string): string {
  const number = own.trim().replace(/\.$/, '');
  if (number === '') return parent;
  if (parent === '') return number;
  return /^\(/.test(number) ? `${parent}${number}` : `${parent}(${number})`;
}

/** Whether a list heading only repeats its section's (Japanese, as units.ts decides it). */
function repeats(blockHeading: string | undefined, sectionHeading: string | undefined): boolean {
  const bare = (s: string) => bareHeading(s).replace(/\s+/g, '');
  return !!blockHeading && !!sectionHeading && bare(blockHeading) === bare(sectionHeading);
}

/** The place of the entry at `segments`: `en` gives the words, `ja` the structure the Japanese place is made from. */
export function englishContext(segments: readonly PathSegment[], en: Policy, ja: Policy, places: EnglishPlaces): EnglishContext {
  const tables = nodesOf(en).filter((n) => n.kind === 'jointUse').length;
  const [first] = segments;
  if (first === 'title') return { place: places.title };
  if (first === 'version') return { place: places.version };
  if (first === 'effectiveDate') return { place: places.effectiveDate };
  if (first === 'shortNameForm') return { place: places.shortNameForm };
  if (first === 'revisions') return { place: places.revisions };
  if (first === 'footnotes') return { place: fill(places.footnote, { n: Number(segments[1]) + 1 }) };
  if (first === 'closing') return { place: places.closing };
  if (first === 'organization') {
    const key = segments[1];
    const place = key === 'shortName' ? places.businessShortName : key === 'address' ? places.businessAddress : key === 'representative' ? places.businessRepresentative : places.businessName;
    return { place };
  }
  if (first === 'preamble') {
    const holder = (en.preamble ?? []).length > 1 ? fill(places.preambleParagraph, { n: Number(segments[1]) + 1 }) : places.preamble;
    if (segments[2] === 'jointUse') return tableContext(en, segments.slice(0, 3), segments.slice(3), tables > 1 ? places.preamble : undefined, places);
    return { place: holder };
  }
  if (first !== 'sections') return { place: places.body };

  let i = 0;
  let citation = '';
  let place = '';
  let list = en.sections as SectionShape[] | undefined;
  let jaList = ja.sections as SectionShape[] | undefined;
  let numbering = en.numbering ?? DEFAULT_NUMBERING.sections;
  let section: SectionShape | undefined;
  let jaSection: SectionShape | undefined;
  while (segments[i] === 'sections' && typeof segments[i + 1] === 'number' && list) {
    const index = segments[i + 1] as number;
    section = list[index];
    jaSection = jaList?.[index];
    if (!section) break;
    const { number, counter } = sectionNumbers(list, numbering, englishNumberLabel)[index]!;
    const own = section.numbered === false ? '' : numbering === 'paragraph' ? String(counter) : number;
    citation = cite(citation, own);
    // A citation of bare numbers (1, 1(3)) is named a section; Article 7(2) names itself.
    const named = /^\d/.test(citation) ? fill(places.section, { number: citation }) : citation;
    place = section.heading ? (named ? `${named} (${bareHeading(section.heading)})` : section.heading) : named || places.body;
    numbering = section.numbering ?? DEFAULT_NUMBERING.subsections;
    list = section.sections;
    jaList = jaSection?.sections;
    i += 2;
  }
  if (!section || segments[i] !== 'body' || typeof segments[i + 1] !== 'number') return { place, ...(section?.heading && i === segments.length ? { titled: true } : {}) };
  const k = segments[i + 1] as number;
  const block = section.body?.[k] as Obj | undefined;
  i += 2;
  if (segments[i] === 'purposes' && block) {
    const jaBlock = jaSection?.body?.[k] as Obj | undefined;
    const heading = (block.heading as string | undefined) ?? places.purposes;
    const own = repeats((jaBlock?.heading as string | undefined) ?? '利用目的', jaSection?.heading);
    let marks = '';
    let items = block.purposes as unknown[];
    let n = (block.numbering as string | undefined) ?? DEFAULT_NUMBERING.purposes;
    while ((segments[i] === 'purposes' || segments[i] === 'list') && typeof segments[i + 1] === 'number') {
      const j = segments[i + 1] as number;
      marks += englishNumberLabel(n, j + 1);
      const item = items?.[j] as Obj | undefined;
      n = (item?.numbering as string | undefined) ?? DEFAULT_NUMBERING.list;
      items = (item?.list as unknown[]) ?? [];
      i += 2;
    }
    return { place: `${own ? place : `${place}, ${heading}`}${marks ? ` ${marks}` : ''}`, heading };
  }
  if (segments[i] === 'jointUse') return tableContext(en, segments.slice(0, i + 1), segments.slice(i + 1), tables > 1 ? place : undefined, places);
  return { place };
}

/** The place of an entry of a joint-use table: its row (named by the section that holds the table when there are several), its mark. */
function tableContext(policy: Policy, tablePath: readonly PathSegment[], rest: readonly PathSegment[], holder: string | undefined, places: EnglishPlaces): EnglishContext {
  const ju = at(policy, tablePath) as JointUse;
  const row = rest[0] as string;
  if (row === 'header') return { place: places.tableHeader };
  if (row === 'more') {
    const label = (ju.more ?? [])[rest[1] as number]?.label ?? '';
    return { place: holder ? `${holder}, ${label}` : label };
  }
  const value = (ju as unknown as Record<string, { label?: string; numbering?: string } | undefined>)[row];
  const label = value?.label ?? '';
  const rowPlace = holder ? `${holder}, ${label}` : label;
  if (rest[1] === 'label') return { place: places.rowLabel };
  if (rest[1] === 'intro') return { place: fill(places.intro, { row: rowPlace }) };
  if (row === 'purposes' && rest[1] === 'entries' && typeof rest[2] === 'number') {
    return { place: `${rowPlace} ${englishNumberLabel(ju.purposes.numbering ?? DEFAULT_NUMBERING.jointPurposes, rest[2] + 1)}`, heading: label };
  }
  if (row === 'items' && rest[1] === 'groups' && typeof rest[2] === 'number') {
    const g = ju.items.groups?.[rest[2]];
    const mark = englishNumberLabel(ju.items.numbering ?? DEFAULT_NUMBERING.groups, rest[2] + 1);
    if (rest[3] === 'fields' && g) {
      const group = `${mark} ${g.name}`;
      return { place: `${rowPlace} ${group}`, heading: label, group };
    }
    return { place: `${rowPlace} ${mark}`, heading: label };
  }
  return { place: rowPlace, heading: label };
}

// ─── the changes in English ──────────────────────────────────────────────────

export interface Versions {
  before: Policy;
  after: Policy;
}

const extracted = new WeakMap<Policy, ReturnType<typeof extractSections>>();

/** Where a change's entry is in the earlier version: it may have moved within its list while it changed. */
export function earlierSegments(change: Change, before: Policy): Segments {
  if (change.change === 'removed') return change.segments;
  if (change.from) return segmentsOf(change.from.path);
  let sections = extracted.get(before);
  if (!sections) extracted.set(before, (sections = extractSections(before)));
  const units = sections.flatMap((s) => s.units).filter((u) => u.kind === change.kind && u.id === change.id);
  const unit = units.find((u) => u.text === change.before) ?? units[0];
  return unit ? segmentsOf(unit.path) : change.segments;
}

/**
 * The changes told, restated in English: the same change (its kind, action,
 * order), with the English of its two texts and of its place. The facts that
 * decided it are words of the Japanese: left out here, they are said in
 * English from the Japanese change (englishFacts).
 */
export function englishChanges(told: readonly Change[], ja: Versions, en: Versions, places: EnglishPlaces): Map<Change, Change> {
  const out = new Map<Change, Change>();
  for (const c of told) {
    const old = earlierSegments(c, ja.before);
    const before = c.before === null ? null : englishText(c.kind, old, en.before);
    const after = c.after === null ? null : englishText(c.kind, c.segments, en.after);
    const context = c.change === 'removed' ? englishContext(c.segments, en.before, ja.before, places) : englishContext(c.segments, en.after, ja.after, places);
    const { facts: _facts, ...rest } = c;
    out.set(c, {
      ...rest,
      before,
      after,
      context: { ...c.context, ...context },
      ...(c.from ? { from: { ...c.from, context: { ...c.from.context, ...englishContext(old, en.before, ja.before, places) } } } : {}),
    });
  }
  return out;
}

// ─── what the letter quotes ──────────────────────────────────────────────────

/** The headings above the entry at `segments`: each enclosing section's, a purposes list's, a joint-use row's label, an item group's name. */
function headingsAlong(policy: Policy, segments: readonly PathSegment[]): Segments[] {
  const out: Segments[] = [];
  for (let i = 0; i < segments.length; i++) {
    const prefix = segments.slice(0, i + 1) as Segments;
    if (typeof segments[i] === 'number' && segments[i - 1] === 'sections') out.push([...prefix, 'heading']);
    if (segments[i] === 'purposes' && typeof segments[i + 1] === 'number') out.push([...(segments.slice(0, i) as Segments), 'heading']);
    if (segments[i - 1] === 'jointUse' && typeof segments[i] === 'string') out.push([...prefix, 'label']);
    if (segments[i - 1] === 'groups' && typeof segments[i] === 'number') out.push([...prefix, 'name']);
  }
  // A manager names its item groups.
  const node = at(policy, segments);
  if (isObj(node) && Array.isArray(node.groups)) {
    const t = segments.indexOf('jointUse');
    const groups = tableAlong(policy, segments)?.items.groups ?? [];
    if (t >= 0) for (const id of node.groups as string[]) {
      const g = groups.findIndex((x) => x.id === id);
      if (g >= 0) out.push([...(segments.slice(0, t + 1) as Segments), 'items', 'groups', g, 'name']);
    }
  }
  return out;
}

/**
 * The texts of each version the letter quotes: the changed entries (their
 * earlier text from the earlier version), the headings above them, and, from
 * the new version, the title, the business, the contact block, the managers
 * of the tables that changed, the Art. 28(2) information and the revision's
 * summary.
 */
export function quotedPaths(told: readonly Change[], ja: Versions, extra: { tables: ReadonlySet<string>; abroadSections: readonly Segments[] }): { before: Segments[]; after: Segments[] } {
  const before: Segments[] = [];
  const after: Segments[] = [['title'], ['organization']];
  // A section's text is its heading and its own blocks, not its subsections'.
  const own = (c: Change, at: Segments): Segments[] => (c.kind === 'clause' ? [[...at, 'heading'], [...at, 'body']] : [at]);
  for (const c of told) {
    if (c.before !== null) {
      const old = earlierSegments(c, ja.before);
      // The earlier place is cited where the entry is gone or moved.
      before.push(...own(c, old), ...(c.after === null || c.from ? headingsAlong(ja.before, old) : []));
    }
    if (c.after !== null) after.push(...own(c, c.segments), ...headingsAlong(ja.after, c.segments));
  }
  const contact = nodesOf(ja.after).find((n) => n.kind === 'contact');
  if (contact) after.push(contact.path as Segments);
  for (const n of nodesOf(ja.after)) {
    if (n.kind !== 'jointUse' || !extra.tables.has((n.value as JointUse).id)) continue;
    after.push([...(n.path as Segments), 'managers'], [...(n.path as Segments), 'items', 'groups']);
  }
  for (const s of extra.abroadSections) after.push([...s, 'abroad']);
  const revision = (ja.after.revisions ?? []).findIndex((r) => String(r.version) === String(ja.after.version));
  if (revision >= 0) after.push(['revisions', revision]);
  return { before, after };
}

/** The problems of a translation (policy check's drift messages) that fall on the texts the letter quotes. */
export function gapsIn(messages: readonly Message[], quoted: readonly Segments[], units: ReadonlyArray<{ path: PathSegment[] }>): Message[] {
  const at = new Set(units.filter((u) => quoted.some((q) => isUnder(u.path, q))).map((u) => formatPath(u.path)));
  return messages.filter((m) => m.ruleId !== 'translation-obsolete' && m.path !== undefined && at.has(m.path));
}

// ─── the facts that decided a change, in English ─────────────────────────────

const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** The strings of a node and of its translation at the same places: a Japanese text and its English. */
function pairsOf(ja: unknown, en: unknown, out: Map<string, string>): void {
  if (typeof ja === 'string') {
    if (typeof en === 'string' && en !== ja && !JAPANESE.test(en)) out.set(ja.normalize('NFKC').trim(), en);
    return;
  }
  if (Array.isArray(ja)) ja.forEach((x, i) => pairsOf(x, Array.isArray(en) ? en[i] : undefined, out));
  else if (isObj(ja)) for (const [k, v] of Object.entries(ja)) pairsOf(v, isObj(en) ? en[k] : undefined, out);
}

/**
 * The English of the texts the letter quotes, by their Japanese: a name the
 * policy writes as a text of its own (a joint user, a recipient abroad, its
 * country) is said as its translation writes it. Only the changed entries
 * and the Art. 28(2) information, whose translations the letter needs up to
 * date anyway.
 */
export function quotedNames(told: readonly Change[], ja: Versions, en: Versions, abroadSections: readonly Segments[] = []): Map<string, string> {
  const out = new Map<string, string>();
  for (const c of told) {
    if (c.before !== null) {
      const old = earlierSegments(c, ja.before);
      pairsOf(at(ja.before, old), at(en.before, old), out);
    }
    if (c.after !== null) pairsOf(at(ja.after, c.segments), at(en.after, c.segments), out);
  }
  for (const s of abroadSections) pairsOf(at(ja.after, [...s, 'abroad']), at(en.after, [...s, 'abroad']), out);
  return out;
}

/** A business named with its corporate form (株式会社 …): a name, said as written where the translation has no English of it. */
function isCompany(words: string): boolean {
  return nameKey(words) !== words.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

/** One fact in English, or undefined when the letter cannot say it in English. */
function factInEnglish(fact: Fact, names: ReadonlyMap<string, string>, words: EnglishFacts['words']): string | undefined {
  const table = words[fact.kind] ?? {};
  if (fact.kind === 'recipient') return names.get(fact.words.normalize('NFKC').trim()) ?? table[fact.words] ?? (isCompany(fact.words) ? fact.words : undefined);
  return table[fact.key] ?? names.get(fact.words.normalize('NFKC').trim());
}

/**
 * The facts that decided a change, in English: 「Added: the Philippines」,
 * 「Added: Acme Insurance Services Co., Ltd. / Removed: "only"」. A business's
 * name is a name: said as the translation writes it, else as the Japanese
 * does. Undefined when any fact has no English (wording.yaml, en.facts.words):
 * the row is left out rather than told in part.
 */
export function englishFacts(delta: FactDelta, names: ReadonlyMap<string, string>, said: EnglishFacts, separator: string): string | undefined {
  const say = (facts: readonly Fact[]) => facts.map((f) => factInEnglish(f, names, said.words));
  const added = say(delta.added);
  const removed = say(delta.removed);
  const corrected = (delta.corrected ?? []).map(({ before, after }) => {
    const [b, a] = say([before, after]);
    return b === undefined || a === undefined ? undefined : `${b}${said.arrow}${a}`;
  });
  if ([...added, ...removed, ...corrected].some((x) => x === undefined)) return undefined;
  const list = (xs: Array<string | undefined>) => [...new Set(xs as string[])].join(separator);
  const parts = [
    added.length ? fill(said.added, { facts: list(added) }) : '',
    removed.length ? fill(said.removed, { facts: list(removed) }) : '',
    corrected.length ? fill(said.corrected, { facts: list(corrected) }) : '',
  ].filter(Boolean);
  return parts.length ? parts.join(said.between) : undefined;
}
