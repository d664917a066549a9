/**
 * The view: a policy made ready for presentation, shared by every format.
 * Numbers (第1条, 1., (1), ①, ※1) are given here, lists are joined, footnote
 * marks are resolved, and a paragraph's party list is taken from the
 * joint-use table's entries, so the templates only lay things out.
 *
 * Each block has a `type` naming the partial that renders it
 * (templates/html/partials/block-<type>.hbs, templates/text/partials/…).
 */
import { parseInline, type Inline } from '../inline/inline.js';
import { isOrdered, numberLabel as japaneseNumberLabel, sectionNumbers } from '../model/numbering.js';
import { englishDate, englishNumberLabel, ENGLISH_CONTACT_LABELS, ENGLISH_SHORT_NAME_FORM } from './english.js';
import type { Footnote, JointUse, ListItemShape, Manager, Party, Policy, Role, SectionShape } from '../model/schema.js';
import { isSafeLink, resolveLink } from '../inline/link-scheme.js';
import { blockKind, nodesOf, tableNaming, type NodeKind } from '../model/walk.js';


export type ViewInline =
  | Exclude<Inline, { type: 'noteRef' | 'slot' | 'emphasis' | 'strong' | 'link' }>
  | { type: 'emphasis' | 'strong'; children: ViewInline[] }
  | { type: 'link'; url: string; children: ViewInline[] }
  | { type: 'noteRef'; id: string; mark: string; anchor: string; refAnchor: string };

export interface NumberedText {
  id: string;
  number: string;
  text: ViewInline[];
}

export interface ItemView {
  id?: string;
  anchor?: string;
  number: string;
  title?: ViewInline[];
  text?: ViewInline[];
  /** A nested list and further blocks. */
  blocks: BlockView[];
}

export interface ListView {
  type: 'list';
  id?: string;
  heading?: string;
  /** The heading starts with a mark of its own (● 行動指針, 【利用目的】): printed as written, without 【】. */
  headingMarked?: true;
  /** Numbered entries (an `ol`) or marked ones (a `ul`). */
  ordered: boolean;
  /** The entries carry a mark (a number or a bullet). */
  marked: boolean;
  /** The purposes of use (利用目的). */
  purposes: boolean;
  items: ItemView[];
}

export interface CellView {
  header: boolean;
  text?: ViewInline[];
  blocks?: BlockView[];
}

export interface JointUseRowView {
  kind: 'parties' | 'purposes' | 'items' | 'managers' | 'more';
  anchor: string;
  /** The row's number when the table is laid out as a list (1., (1) …). */
  number?: string;
  label: string;
  intro?: ViewInline[];
  /** parties and purposes: the entries, marked or numbered. */
  entries?: Array<{ id: string; anchor: string; number: string; text: ViewInline[]; note?: ViewInline[] }>;
  ordered?: boolean;
  /** items in groups: ①基本情報：氏名、住所… */
  groups?: Array<{ id: string; anchor: string; number: string; name: ViewInline[]; text: ViewInline[] }>;
  /** items not grouped: 氏名、住所… */
  fields?: ViewInline[];
  /** A row in prose: the items written as a sentence, or a row of the policy's own (more). */
  prose?: ViewInline[];
  managers?: Array<{
    id: string;
    anchor: string;
    groups?: string;
    name: ViewInline[];
    exception?: ViewInline[];
    address?: string;
    representative?: string;
    /** The labels printed before the name, address and representative (「会社名：」, 「住所：」, 「代表者：」). */
    labels: { name?: string; address: string; representative: string };
    lines?: Array<{ label: string; text: string }>;
  }>;
}

export interface JointUseView {
  type: 'jointUse';
  id: string;
  anchor: string;
  header?: string[];
  /** Laid out as a numbered list of its rows instead of a table (layout: list). */
  list?: true;
  rows: JointUseRowView[];
}

export interface ContactView {
  type: 'contact';
  id?: string;
  name?: string;
  organization?: string;
  /** The lines in the page's order; `lead`: the first line of a block without a desk name. */
  lines: Array<{ label?: string; value: string; href?: string; lead?: true }>;
  note?: ViewInline[];
}

export type BlockView =
  | { type: 'paragraph'; id?: string; text: ViewInline[] }
  | ListView
  | { type: 'table'; id?: string; caption?: string; header?: string[]; rows: CellView[][] }
  | JointUseView
  | ContactView
  | { type: 'dates'; lines: Array<{ label?: string; after?: string; iso: string; ja: string }> }
  | { type: 'signature'; lines: string[] }
  | { type: 'business'; name: string; address?: string; representative?: string }
  | { type: 'revisions'; entries: Array<{ version: string; iso: string; ja: string; summary: ViewInline[] }> };

export interface SectionView {
  id: string;
  anchor: string;
  number?: string;
  heading?: string;
  role?: Role;
  /** The heading starts with a full-width opening bracket and is set close to its number: 第1条（目的）. */
  tight?: true;
  /** Heading level: 2 for a top-level section, 3 below it … (at most 6). */
  level: number;
  blocks: BlockView[];
  sections: SectionView[];
  /** The footnotes printed at the end of this section (their `section`), numbered as all footnotes are. */
  notes?: FootnoteView[];
}

export interface FootnoteView {
  id: string;
  mark: string;
  anchor: string;
  refAnchors: string[];
  text: ViewInline[];
}

/** The words of a contact block's lines, unless the block gives its own (`labels`). */
const CONTACT_LABELS = { address: '住所', phone: '電話', fax: 'FAX', email: 'メール', url: 'ウェブ', hours: '受付時間' } as const;

/** A mark a list heading may start with, in place of the 【】 it is otherwise set in. */
const OWN_MARK = /^[●○◎◆◇■□▲△▼▽★☆※・【〔［「『《〈（(<\[]/u;

/** A full-width opening bracket carries its own space: no space is set between a number and a heading that starts with one. */
const OPENING_BRACKET = /^[（〔［｛〈《「『【〘〖〝‘“｟]/u;

export interface PolicyView {
  /** The language of a translation (absent: the Japanese original). */
  lang?: 'en';
  /** A translation's notice that the Japanese version prevails, at the top. */
  translationNotice?: string;
  title: ViewInline[];
  titleText: string;
  /** A line over the title (PRIVACY POLICY), with its language. */
  overTitle?: { text: string; lang?: string };
  organization: Policy['organization'];
  version?: string;
  effectiveDate?: { iso: string; ja: string };
  preamble: BlockView[];
  sections: SectionView[];
  /** The footnotes printed after the last section (those without a `section` of their own). */
  footnotes: FootnoteView[];
  closing: BlockView[];
  /** The business's name, address and representative set at the end, unless a `show: business` block or a signature block of the YAML stands there. */
  signature?: { name: string; address?: string; representative?: string };
  /** Heading of the first joint-use section, for the PDF's subject. */
  jointUseTitle?: string;
}

/** Numbering used where the YAML gives none. */
export const DEFAULT_NUMBERING = {
  sections: 'decimal',
  subsections: 'paren',
  list: 'bullet',
  purposes: 'paren',
  parties: 'bullet',
  jointPurposes: 'circled',
  groups: 'circled',
  jointUseRows: 'decimal',
} as const;

/** Join items Japanese style: 「A、B、C」, or with a conjunction before the last: 「A、B及びC」 (a translation joins them with its own separator, ", "). */
export function joinItems<T>(items: T[][], conjunction: string | undefined, text: (s: string) => T, separator = '、'): T[] {
  const out: T[] = [];
  items.forEach((item, i) => {
    if (i > 0) out.push(text(i === items.length - 1 && conjunction ? conjunction : separator));
    out.push(...item);
  });
  return out;
}

/** Plain strings joined the same way. */
export function joinTexts(items: readonly string[], conjunction?: string): string {
  return joinItems(
    items.map((s) => [s]),
    conjunction,
    (s) => s,
  ).join('');
}

/** Where a short name is defined after a party's name when the policy sets no `shortNameForm`. */
export const DEFAULT_SHORT_NAME_FORM = '(以下「{name}」という)';

/** How a paragraph names a party: with its short name defined in the policy's form, 「…(以下「グリーンコープ連合」という)」. */
export function partyInProse(shortName: string | undefined, form = DEFAULT_SHORT_NAME_FORM): string {
  return shortName ? form.replaceAll('{name}', shortName) : '';
}

/**
 * A `tel:` link for a phone line that holds one number (「03-0000-0000」,
 * 「TEL. 0120-000-000（通話料無料）」); a line with two numbers or none is shown
 * as written, without a link that would dial a wrong number.
 */
export function telHref(phone: string | undefined): string | undefined {
  const numbers = phone?.normalize('NFKC').match(/\+?\d[\d\-‐−() ]*\d/g)?.filter((n) => n.replace(/\D/g, '').length >= 9) ?? [];
  return numbers.length === 1 ? `tel:${numbers[0]!.replace(/[^\d+]/g, '')}` : undefined;
}

/** A contact line that is one phone number, one e-mail address or one web address links to it. */
function lineHref(value: string): string | undefined {
  const v = value.normalize('NFKC').trim();
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/u.test(v)) return `mailto:${v}`;
  if (/^(https?:\/\/|\/)\S+$/u.test(v) && isSafeLink(v)) return v;
  return /^[\d\-‐−() +]+$/u.test(v) ? telHref(v) : undefined;
}

/** 2026-12-01 → 2026年12月1日 */
export function japaneseDate(iso: string, padded = false): string {
  const [y, m, d] = iso.split('-').map(Number);
  const two = (n: number | undefined) => (padded ? String(n).padStart(2, '0') : String(n));
  return `${y}年${two(m)}月${two(d)}日`;
}

type Obj = Record<string, unknown>;

const joinItemsWith = joinItems;
const japaneseDateOf = japaneseDate;

export interface ViewOptions {
  /** The language of a translated policy: English numbering (Article 1, (1)), dates and labels. */
  lang?: 'en';
  /** Resolve links written as site paths (/ir/inquiry) against this address (a standalone page, the leaflet, the text). */
  baseUrl?: string;
}

export function buildView(policy: Policy, options: ViewOptions = {}): PolicyView {
  const en = options.lang === 'en';
  const numberLabel = en ? englishNumberLabel : japaneseNumberLabel;
  const japaneseDate: (iso: string, padded?: boolean) => string = en ? (iso) => englishDate(iso) : japaneseDateOf;
  const separator = en ? ', ' : '、';
  const joinItems = <T>(items: T[][], conjunction: string | undefined, text: (s: string) => T) => joinItemsWith(items, conjunction, text, separator);
  const contactLabels: Record<keyof typeof CONTACT_LABELS, string> = en ? ENGLISH_CONTACT_LABELS : CONTACT_LABELS;
  const noteMark = en ? '*' : '※';
  const footnotes = policy.footnotes ?? [];
  const noteNumber = new Map(footnotes.map((f, i) => [f.id, i + 1]));
  const refCount = new Map<string, number>();
  const refAnchors = new Map<string, string[]>();

  const noteRef = (id: string): ViewInline => {
    const count = (refCount.get(id) ?? 0) + 1;
    refCount.set(id, count);
    const refAnchor = count === 1 ? `fnref-${id}` : `fnref-${id}-${count}`;
    refAnchors.set(id, [...(refAnchors.get(id) ?? []), refAnchor]);
    return { type: 'noteRef', id, mark: `${noteMark}${noteNumber.get(id)}`, anchor: `fn-${id}`, refAnchor };
  };

  const resolve = (nodes: readonly Inline[], slot: ViewInline[] = []): ViewInline[] =>
    nodes.flatMap((n): ViewInline[] => {
      switch (n.type) {
        case 'noteRef':
          return [noteRef(n.id)];
        case 'slot':
          return slot;
        case 'link':
          return [{ ...n, url: resolveLink(n.url, options.baseUrl), children: resolve(n.children, slot) }];
        case 'emphasis':
        case 'strong':
          return [{ ...n, children: resolve(n.children, slot) }];
        default:
          return [n];
      }
    });
  const text = (source: string, slot?: ViewInline[]) => resolve(parseInline(source).nodes, slot);
  const plain = (value: string): ViewInline => ({ type: 'text', value });
  const withNotes = (nodes: ViewInline[], notes: string[] = []) => [...nodes, ...notes.map(noteRef)];

  // The parties of every joint-use table; a paragraph names those of the table that has them (tableNaming).
  const partyTables = nodesOf(policy)
    .filter((n) => n.kind === 'jointUse')
    .map((n) => new Map((n.value as JointUse).parties.entries.map((p) => [p.id, p])));
  const partiesFor = (named: readonly string[]) => tableNaming(partyTables, (t, id) => t.has(id), named) ?? new Map<string, Party>();

  // The anchor of a joint-use entry is `<prefix><id>`; an id that entries of the same kind in two
  // tables share (the same partner in two joint uses) is told apart by its table: `<prefix><table>-<id>`.
  const tablesOf = new Map<string, Set<string>>();
  for (const n of nodesOf(policy)) {
    if (n.table === undefined || n.id === undefined || n.kind === 'jointUse') continue;
    const key = `${n.kind}:${n.id}`;
    tablesOf.set(key, (tablesOf.get(key) ?? new Set()).add(n.table));
  }
  const entryAnchor = (prefix: string, kind: NodeKind, id: string, table: string) =>
    (tablesOf.get(`${kind}:${id}`)?.size ?? 0) > 1 ? `${prefix}${table}-${id}` : `${prefix}${id}`;

  let showsBusiness = false;
  let signed = false;
  let jointUseTitle: string | undefined;

  const items = (entries: unknown[], numbering: string, prefix: string): ItemView[] =>
    entries.map((entry, i) => {
      const number = numberLabel(numbering, i + 1);
      if (typeof entry === 'string') return { number, text: text(entry), blocks: [] };
      const e = entry as ListItemShape;
      const blocks: BlockView[] = [];
      if (e.list) blocks.push(listView({ list: e.list, ...(e.numbering ? { numbering: e.numbering } : {}) }, 'list', prefix));
      if (e.body) blocks.push(...blockViews(e.body));
      return {
        ...(e.id ? { id: e.id, anchor: `${prefix}${e.id}` } : {}),
        number,
        ...(e.title ? { title: text(e.title) } : {}),
        ...(e.text ? { text: text(e.text) } : {}),
        blocks,
      };
    });

  const listView = (block: Obj, key: 'list' | 'purposes', prefix: string): ListView => {
    const numbering = (block.numbering as string | undefined) ?? DEFAULT_NUMBERING[key];
    const ordered = isOrdered(numbering);
    return {
      type: 'list',
      ...(block.id ? { id: block.id as string } : {}),
      ...(block.heading ? { heading: block.heading as string } : {}),
      ...(typeof block.heading === 'string' && OWN_MARK.test(block.heading) ? { headingMarked: true as const } : {}),
      ordered,
      marked: numberLabel(numbering, 1) !== '' || numberLabel(numbering, 2) !== '',
      purposes: key === 'purposes',
      items: items(block[key] as unknown[], numbering, key === 'purposes' ? 'purpose-' : prefix),
    };
  };

  const jointUseView = (ju: JointUse): JointUseView => {
    const rows: JointUseRowView[] = [];
    const groupLabel = new Map((ju.items.groups ?? []).map((g, i) => [g.id, `${numberLabel(ju.items.numbering ?? DEFAULT_NUMBERING.groups, i + 1)}${en ? ' ' : ''}${g.name}`]));
    for (const key of Object.keys(ju)) {
      if (key === 'parties') {
        const numbering = ju.parties.numbering ?? DEFAULT_NUMBERING.parties;
        rows.push({
          kind: 'parties',
          anchor: `${ju.id}-parties`,
          label: ju.parties.label,
          ...(ju.parties.intro ? { intro: text(ju.parties.intro) } : {}),
          ordered: isOrdered(numbering),
          entries: ju.parties.entries.map((p, i) => ({
            id: p.id,
            anchor: entryAnchor('party-', 'party', p.id, ju.id),
            number: numberLabel(numbering, i + 1),
            text: withNotes(text(p.name), p.notes),
            ...(p.note ? { note: text(p.note) } : {}),
          })),
        });
      } else if (key === 'purposes') {
        const numbering = ju.purposes.numbering ?? DEFAULT_NUMBERING.jointPurposes;
        rows.push({
          kind: 'purposes',
          anchor: `${ju.id}-purposes`,
          label: ju.purposes.label,
          ...(ju.purposes.intro ? { intro: text(ju.purposes.intro) } : {}),
          ordered: isOrdered(numbering),
          entries: ju.purposes.entries.map((p, i) => ({ id: p.id, anchor: entryAnchor('joint-purpose-', 'jointPurpose', p.id, ju.id), number: numberLabel(numbering, i + 1), text: text(p.text) })),
        });
      } else if (key === 'items') {
        const numbering = ju.items.numbering ?? DEFAULT_NUMBERING.groups;
        rows.push({
          kind: 'items',
          anchor: `${ju.id}-items`,
          label: ju.items.label,
          ...(ju.items.intro ? { intro: text(ju.items.intro) } : {}),
          ...(ju.items.groups
            ? {
                groups: ju.items.groups.map((g, i) => ({
                  id: g.id,
                  anchor: entryAnchor('items-', 'group', g.id, ju.id),
                  number: numberLabel(numbering, i + 1),
                  name: text(g.name),
                  text: joinItems(
                    g.fields.map((f) => text(f.name)),
                    g.conjunction,
                    plain,
                  ),
                })),
              }
            : {}),
          ...(ju.items.fields
            ? {
                fields: joinItems(
                  ju.items.fields.map((f) => text(f.name)),
                  ju.items.conjunction,
                  plain,
                ),
              }
            : {}),
          ...(ju.items.text ? { prose: text(ju.items.text) } : {}),
        });
      } else if (key === 'more') {
        for (const row of ju.more ?? []) rows.push({ kind: 'more', anchor: `${ju.id}-${row.id}`, label: row.label, prose: text(row.text) });
      } else if (key === 'managers') {
        rows.push({
          kind: 'managers',
          anchor: `${ju.id}-managers`,
          label: ju.managers.label,
          ...(ju.managers.intro ? { intro: text(ju.managers.intro) } : {}),
          managers: ju.managers.entries.map((m: Manager) => ({
            id: m.id,
            anchor: entryAnchor('manager-', 'manager', m.id, ju.id),
            ...(m.groups ? { groups: m.groups.map((g) => groupLabel.get(g)).join(separator) } : {}),
            name: text(m.name),
            ...(m.exception ? { exception: text(m.exception) } : {}),
            ...(m.address ? { address: m.address } : {}),
            ...(m.representative ? { representative: m.representative } : {}),
            labels: { ...(m.labels?.name ? { name: m.labels.name } : {}), address: m.labels?.address ?? (en ? 'Address: ' : '住所：'), representative: m.labels?.representative ?? (en ? 'Representative: ' : '代表者：') },
            ...(m.lines ? { lines: m.lines.map((l) => ({ label: l.label, text: l.text })) } : {}),
          })),
        });
      }
    }
    if (ju.layout === 'list') {
      rows.forEach((row, i) => (row.number = numberLabel(ju.numbering ?? DEFAULT_NUMBERING.jointUseRows, i + 1)));
      return { type: 'jointUse', id: ju.id, anchor: `joint-use-${ju.id}`, list: true, rows };
    }
    return { type: 'jointUse', id: ju.id, anchor: `joint-use-${ju.id}`, ...(ju.header ? { header: ju.header } : {}), rows };
  };

  const blockViews = (blocks: readonly unknown[] | undefined): BlockView[] =>
    (blocks ?? []).map((block): BlockView => {
      const b = block as Obj;
      switch (blockKind(block)) {
        case 'text': {
          if (typeof block === 'string') return { type: 'paragraph', text: text(block) };
          // A paragraph naming the joint users: 「…(以下「グリーンコープ連合」という)」, from the same entries as the table.
          const parties = b.parties ? partiesFor(b.parties as string[]) : new Map();
          const slot = b.parties
            ? joinItems(
                (b.parties as string[]).map((id) => {
                  const party = parties.get(id)!;
                  return [...text(party.name), plain(partyInProse(party.shortName, policy.shortNameForm ?? (en ? ENGLISH_SHORT_NAME_FORM : undefined)))];
                }),
                b.conjunction as string | undefined,
                plain,
              )
            : undefined;
          return { type: 'paragraph', ...(b.id ? { id: b.id as string } : {}), text: text(b.text as string, slot) };
        }
        case 'list':
          return listView(b, 'list', 'item-');
        case 'purposes':
          return listView(b, 'purposes', 'purpose-');
        case 'table': {
          const rowHeaders = b.rowHeaders === true;
          return {
            type: 'table',
            ...(b.id ? { id: b.id as string } : {}),
            ...(b.caption ? { caption: b.caption as string } : {}),
            ...(b.header ? { header: b.header as string[] } : {}),
            rows: (b.table as unknown[][]).map((row) =>
              row.map((cell, c) => ({
                header: rowHeaders && c === 0,
                ...(typeof cell === 'string' ? { text: text(cell) } : { blocks: blockViews(cell as unknown[]) }),
              })),
            ),
          };
        }
        case 'jointUse':
          return jointUseView(b.jointUse as JointUse);
        case 'contact': {
          const c = b.contact as Record<string, string> & { labels?: Partial<Record<keyof typeof CONTACT_LABELS, string>> };
          const lines: ContactView['lines'] = [];
          const line = (key: keyof typeof CONTACT_LABELS, href?: string) =>
            c[key] && lines.push({ label: c.labels?.[key] ?? contactLabels[key], value: c[key], ...(href ? { href } : {}) });
          line('address');
          line('phone', telHref(c.phone));
          line('fax');
          line('email', c.email ? `mailto:${c.email}` : undefined);
          line('url', c.url && isSafeLink(c.url) ? resolveLink(c.url, options.baseUrl) : undefined);
          line('hours');
          // Lines as the page sets them: its order, its labels and their separators.
          for (const l of (b.contact as { lines?: Array<string | { label?: string; text: string }> }).lines ?? []) {
            const { label, text: value } = typeof l === 'string' ? { label: undefined, text: l } : l;
            const href = lineHref(value);
            lines.push({ ...(label ? { label } : {}), value, ...(href ? { href: resolveLink(href, options.baseUrl) } : {}) });
          }
          // A block without a desk name starts with its first line.
          if (!c.name && lines[0]) lines[0].lead = true;
          return {
            type: 'contact',
            ...(c.id ? { id: c.id } : {}),
            ...(c.name ? { name: c.name } : {}),
            ...(c.organization ? { organization: c.organization } : {}),
            lines,
            ...(c.note ? { note: text(c.note) } : {}),
          };
        }
        case 'dates':
          return {
            type: 'dates',
            lines: (b.dates as Array<{ label?: string; date: string; after?: string; padded?: boolean }>).map((d) => ({
              ...(d.label ? { label: d.label } : {}),
              ...(d.after ? { after: d.after } : {}),
              iso: d.date,
              ja: japaneseDate(d.date, d.padded),
            })),
          };
        case 'signature':
          signed = true;
          return { type: 'signature', lines: b.signature as string[] };
        case 'show':
          if (b.show === 'business') {
            showsBusiness = true;
            return { type: 'business', ...business(policy) };
          }
          return {
            type: 'revisions',
            entries: (policy.revisions ?? []).map((r) => ({ version: r.version, iso: r.date, ja: japaneseDate(r.date), summary: text(r.summary) })),
          };
        default:
          return { type: 'paragraph', text: [] };
      }
    });

  const sectionViews = (sections: readonly SectionShape[] | undefined, numbering: string, level: number): SectionView[] => {
    const numbers = sectionNumbers(sections ?? [], numbering, numberLabel);
    return (sections ?? []).map((s, i) => {
      const { number } = numbers[i]!;
      if (!jointUseTitle && s.heading && (s.body ?? []).some((b) => blockKind(b) === 'jointUse')) jointUseTitle = s.heading;
      return {
        id: s.id,
        anchor: `section-${s.id}`,
        ...(number ? { number } : {}),
        ...(s.heading ? { heading: s.heading } : {}),
        ...(number && s.heading && OPENING_BRACKET.test(s.heading) ? { tight: true as const } : {}),
        ...(s.role ? { role: s.role } : {}),
        level: Math.min(6, level),
        blocks: blockViews(s.body),
        sections: sectionViews(s.sections, s.numbering ?? DEFAULT_NUMBERING.subsections, level + 1),
      };
    });
  };

  const preamble = blockViews(policy.preamble);
  const sections = sectionViews(policy.sections as SectionShape[] | undefined, policy.numbering ?? DEFAULT_NUMBERING.sections, 2);
  const closing = blockViews(policy.closing);

  const view: PolicyView = {
    ...(en ? { lang: 'en' as const } : {}),
    title: text(policy.title),
    titleText: policy.title,
    ...(policy.overTitle ? { overTitle: { text: policy.overTitle.text, ...(policy.overTitle.lang ? { lang: policy.overTitle.lang } : {}) } } : {}),
    organization: policy.organization,
    ...(policy.version !== undefined ? { version: policy.version } : {}),
    ...(policy.effectiveDate ? { effectiveDate: { iso: policy.effectiveDate, ja: japaneseDate(policy.effectiveDate) } } : {}),
    preamble,
    sections,
    footnotes: [],
    closing,
    // The business's name, address and representative close the policy, unless the YAML places them itself.
    ...(showsBusiness || signed ? {} : { signature: business(policy) }),
    ...(jointUseTitle ? { jointUseTitle } : {}),
  };
  // Footnotes after the body: their marks are numbered by list order, their back links by the references made above.
  // One with a `section` is printed at the end of that section; the others after the last section.
  const bySection = new Map<string, SectionView>();
  const index = (list: readonly SectionView[]) => list.forEach((s) => (bySection.set(s.id, s), index(s.sections)));
  index(sections);
  footnotes.forEach((f: Footnote, i) => {
    const note: FootnoteView = {
      id: f.id,
      mark: `${noteMark}${i + 1}`,
      anchor: `fn-${f.id}`,
      refAnchors: refAnchors.get(f.id) ?? [],
      text: text(f.text, f.list ? joinItems(f.list.map((item) => text(item)), f.conjunction, plain) : undefined),
    };
    const section = f.section !== undefined ? bySection.get(f.section) : undefined;
    if (section) (section.notes ??= []).push(note);
    else view.footnotes.push(note);
  });
  return view;
}

function business(policy: Policy): { name: string; address?: string; representative?: string } {
  const o = policy.organization;
  return { name: o.name, ...(o.address ? { address: o.address } : {}), ...(o.representative ? { representative: o.representative } : {}) };
}
