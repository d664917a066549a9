/**
 * What a block builder sees of the policy being built: its words composed
 * in the view's language, the inline text resolved (footnote marks numbered
 * in document order, site links resolved), the anchors of joint-use
 * entries, and the blocks inside a block (built through the same registry).
 */
import type { NodeKind } from '../../model/walk.js';
import type { Party, Policy } from '../../model/schema.js';
import type { BlockView, ViewInline } from '../view.js';
import type { CONTACT_LABELS } from '../words.js';

export interface BuildContext {
  policy: Policy;
  /** The view is of an English translation. */
  en: boolean;
  /** Site paths in links resolve against it (outside the published site). */
  baseUrl?: string;
  numberLabel(numbering: string, n: number): string;
  date(iso: string, padded?: boolean): string;
  /** What stands between the items of a list of names: 「、」, or ", " in English. */
  separator: string;
  joinItems<T>(items: T[][], conjunction: string | undefined, text: (s: string) => T): T[];
  contactLabels: Record<keyof typeof CONTACT_LABELS, string>;
  /** A text's inline Markdown as view nodes; `slot` fills {list}. */
  text(source: string, slot?: ViewInline[]): ViewInline[];
  plain(value: string): ViewInline;
  /** Footnote marks after `nodes` (a party's `notes`). */
  withNotes(nodes: ViewInline[], notes?: string[]): ViewInline[];
  /** The parties of the joint-use table that has the named ones. */
  partiesFor(named: readonly string[]): ReadonlyMap<string, Party>;
  /** The anchor of a joint-use entry: `<prefix><id>`, or `<prefix><table>-<id>` where two tables share the id. */
  entryAnchor(prefix: string, kind: NodeKind, id: string, table: string): string;
  /** Blocks inside a block (a list entry's body, a table cell). */
  blocks(values: readonly unknown[] | undefined): BlockView[];
  /** The policy prints its own signature, or shows the business: the view adds none. */
  signed(): void;
  showsBusiness(): void;
}

export type Obj = Record<string, unknown>;

/** A block kind's own view builder (see index.ts). */
export type BlockBuilder = (block: unknown, cx: BuildContext) => BlockView;
