/**
 * The view: a policy made ready for presentation, shared by every format.
 * Numbers (1., 1), ①, ※1) are given here, lists are joined, footnote marks
 * are resolved, and the clause's party list is taken from the table's party
 * entries, so the templates only lay things out.
 */
import { parseInline, type Inline } from '../inline/inline.js';
import type { Policy } from '../model/schema.js';

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

export interface PolicyView {
  title: ViewInline[];
  titleText: string;
  organization: Policy['organization'];
  version: string;
  effectiveDate?: { iso: string; ja: string };
  preamble: ViewInline[][];
  clauses: Array<NumberedText & { purposes?: { heading: string; entries: NumberedText[] } }>;
  jointUse?: {
    title: ViewInline[];
    titleText: string;
    columns: { item: string; provision: string };
    parties: { label: string; intro?: ViewInline[]; entries: Array<{ id: string; name: ViewInline[] }> };
    purposes: { label: string; entries: NumberedText[] };
    items: { label: string; groups: Array<NumberedText & { name: ViewInline[] }> };
    managers: { label: string; entries: Array<{ id: string; groups: string; name: ViewInline[]; exception?: ViewInline[] }> };
  };
  footnotes: Array<{ id: string; mark: string; anchor: string; refAnchors: string[]; text: ViewInline[] }>;
  signature: string;
}

const CIRCLED_FROM = [
  [1, 0x2460],
  [21, 0x3251],
  [36, 0x32b1],
] as const;

/** ① … ⑳, ㉑ … ㊿; beyond 50, (51). */
export function circled(n: number): string {
  for (let i = CIRCLED_FROM.length - 1; i >= 0; i--) {
    const [from, code] = CIRCLED_FROM[i]!;
    if (n >= from && n <= 50) return String.fromCodePoint(code + n - from);
  }
  return `(${n})`;
}

/** Join items Japanese style: 「A、B、C」, or with a conjunction before the last: 「A、B及びC」. */
export function joinItems<T>(items: T[][], conjunction: string | undefined, text: (s: string) => T): T[] {
  const out: T[] = [];
  items.forEach((item, i) => {
    if (i > 0) out.push(text(i === items.length - 1 && conjunction ? conjunction : '、'));
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

/** How a clause names a party: with its short name defined, 「…(以下「グリーンコープ連合」という)」. */
export function partyInProse(shortName: string | undefined): string {
  return shortName ? `(以下「${shortName}」という)` : '';
}

/** 2026-12-01 → 2026年12月1日 */
export function japaneseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

export function buildView(policy: Policy): PolicyView {
  const footnotes = policy.footnotes ?? [];
  const noteNumber = new Map(footnotes.map((f, i) => [f.id, i + 1]));
  const refCount = new Map<string, number>();
  const refAnchors = new Map<string, string[]>();

  const noteRef = (id: string): ViewInline => {
    const count = (refCount.get(id) ?? 0) + 1;
    refCount.set(id, count);
    const refAnchor = count === 1 ? `fnref-${id}` : `fnref-${id}-${count}`;
    refAnchors.set(id, [...(refAnchors.get(id) ?? []), refAnchor]);
    return { type: 'noteRef', id, mark: `※${noteNumber.get(id)}`, anchor: `fn-${id}`, refAnchor };
  };

  const resolve = (nodes: readonly Inline[], slot: ViewInline[] = []): ViewInline[] =>
    nodes.flatMap((n): ViewInline[] => {
      switch (n.type) {
        case 'noteRef':
          return [noteRef(n.id)];
        case 'slot':
          return slot;
        case 'emphasis':
        case 'strong':
        case 'link':
          return [{ ...n, children: resolve(n.children, slot) }];
        default:
          return [n];
      }
    });
  const text = (source: string, slot?: ViewInline[]) => resolve(parseInline(source).nodes, slot);
  const plain = (value: string): ViewInline => ({ type: 'text', value });
  const withNotes = (nodes: ViewInline[], notes: string[] = []) => [...nodes, ...notes.map(noteRef)];

  const jointUse = policy.jointUse;
  const parties = new Map((jointUse?.parties.entries ?? []).map((p) => [p.id, p]));

  const clauses = policy.clauses.map((clause, i) => {
    // The clause names the parties in prose: 「…(以下「グリーンコープ連合」という)」, from the same entries as the table.
    const slot = clause.parties
      ? joinItems(
          clause.parties.map((id) => {
            const party = parties.get(id)!;
            return [...text(party.name), plain(partyInProse(party.shortName))];
          }),
          clause.conjunction,
          plain,
        )
      : undefined;
    return {
      id: clause.id,
      number: `${i + 1}.`,
      text: text(clause.text, slot),
      ...(clause.purposes
        ? {
            purposes: {
              heading: clause.purposes.heading,
              entries: clause.purposes.entries.map((p, k) => ({ id: p.id, number: `${k + 1})`, text: text(p.text) })),
            },
          }
        : {}),
    };
  });

  const groupLabel = new Map((jointUse?.items.groups ?? []).map((g, i) => [g.id, `${circled(i + 1)}${g.name}`]));

  const view: PolicyView = {
    title: text(policy.title),
    titleText: policy.title,
    organization: policy.organization,
    version: policy.version,
    ...(policy.effectiveDate ? { effectiveDate: { iso: policy.effectiveDate, ja: japaneseDate(policy.effectiveDate) } } : {}),
    preamble: policy.preamble.map((p) => text(p)),
    clauses,
    ...(jointUse
      ? {
          jointUse: {
            title: text(jointUse.title),
            titleText: jointUse.title,
            columns: jointUse.columns,
            parties: {
              label: jointUse.parties.label,
              ...(jointUse.parties.intro ? { intro: text(jointUse.parties.intro) } : {}),
              entries: jointUse.parties.entries.map((p) => ({ id: p.id, name: withNotes(text(p.name), p.notes) })),
            },
            purposes: {
              label: jointUse.purposes.label,
              entries: jointUse.purposes.entries.map((p, i) => ({ id: p.id, number: circled(i + 1), text: text(p.text) })),
            },
            items: {
              label: jointUse.items.label,
              groups: jointUse.items.groups.map((g, i) => ({
                id: g.id,
                number: circled(i + 1),
                name: text(g.name),
                text: joinItems(
                  g.fields.map((f) => text(f.name)),
                  g.conjunction,
                  plain,
                ),
              })),
            },
            managers: {
              label: jointUse.managers.label,
              entries: jointUse.managers.entries.map((m) => ({
                id: m.id,
                groups: m.groups.map((g) => groupLabel.get(g)).join('、'),
                name: text(m.name),
                ...(m.exception ? { exception: text(m.exception) } : {}),
              })),
            },
          },
        }
      : {}),
    footnotes: [],
    signature: policy.organization.name,
  };
  // Footnotes last: their marks are numbered by list order, their back links by the references made above.
  view.footnotes = footnotes.map((f, i) => ({
    id: f.id,
    mark: `※${i + 1}`,
    anchor: `fn-${f.id}`,
    refAnchors: refAnchors.get(f.id) ?? [],
    text: text(f.text, f.list ? joinItems(f.list.map((item) => text(item)), f.conjunction, plain) : undefined),
  }));
  return view;
}
