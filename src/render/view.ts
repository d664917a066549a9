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
import { numberLabel as japaneseNumberLabel, sectionNumbers } from '../model/numbering.js';
import { englishDate, englishNumberLabel, ENGLISH_CONTACT_LABELS } from './english.js';
import type { Footnote, JointUse, Party, Policy, Role, SectionShape } from '../model/schema.js';
import { resolveLink } from '../inline/link-scheme.js';
import { blockKind, nodesOf, tableNaming, type NodeKind } from '../model/walk.js';
import { business, CONTACT_LABELS, DEFAULT_NUMBERING, japaneseDate, joinItems } from './words.js';
import { BUILDERS } from './blocks/index.js';
import type { BuildContext } from './blocks/context.js';

export { DEFAULT_NUMBERING, DEFAULT_SHORT_NAME_FORM, japaneseDate, joinItems, joinTexts, partyInProse, telHref } from './words.js';


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

  // Each kind of block brings its own builder (./blocks): they read the policy through this context.
  const cx: BuildContext = {
    policy,
    en,
    ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
    numberLabel,
    date: japaneseDate,
    separator,
    joinItems,
    contactLabels,
    text,
    plain,
    withNotes,
    partiesFor,
    entryAnchor,
    blocks: (values) => blockViews(values),
    signed: () => void (signed = true),
    showsBusiness: () => void (showsBusiness = true),
  };
  const blockViews = (blocks: readonly unknown[] | undefined): BlockView[] =>
    (blocks ?? []).map((block): BlockView => {
      const kind = blockKind(block);
      return kind ? BUILDERS[kind](block, cx) : { type: 'paragraph', text: [] };
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

