/**
 * The structured diff of two policy versions: what changed, where, and what
 * the law asks the business to do about it. Formatting lives elsewhere
 * (format-json.ts, format-text.ts), as in jsdiff.
 */

import type { UnitContext, UnitKind } from './units.js';
import type { Reason } from './classify.js';

/** What a change is about; decides the action. Listed in report order. */
export type Category = 'party' | 'item' | 'jointPurpose' | 'manager' | 'provision' | 'usePurpose' | 'editorial';
export const CATEGORIES: readonly Category[] = ['party', 'item', 'jointPurpose', 'manager', 'provision', 'usePurpose', 'editorial'];

export type ChangeKind = 'added' | 'removed' | 'modified' | 'moved';

/** What the business must do before or after publishing the new version. Strongest first. */
export type Action = 'consent' | 'prior-notice' | 'notice-without-delay' | 'notice' | 'none';
export const ACTIONS: readonly Action[] = ['consent', 'prior-notice', 'notice-without-delay', 'notice', 'none'];

export interface Change {
  category: Category;
  change: ChangeKind;
  /**
   * Stable id of the entry. A list entry has its own id (`retailers`); an
   * entry of a nested list is qualified by its parent (`supply-point/power-factor`,
   * `acquisition/applications`); a revision is its version (`1.1`); a scalar
   * text is its YAML path (`title`, `preamble[0]`, `organization.name`).
   */
  id: string;
  /** YAML path of the entry in the new version (the old one for `removed`), e.g. `jointUse.parties.entries[2]`. */
  path: string;
  /**
   * The entry's text as written in the YAML (Markdown and `[^id]` footnote
   * marks kept, whitespace as in the source), composed for entries with
   * several properties (see units.ts); null when the entry is absent.
   */
  before: string | null;
  after: string | null;
  action: Action;
  /** Legal basis cited for the action; '' when the action is `none`. */
  basis: string;
  /** One sentence (English) on what the law requires, or where a moved entry came from. */
  note?: string;
  /** Which rule of classify.ts gave the action, for formatters that explain it in their own words. */
  reason?: Reason;
  /** What the entry is (a party, a field, a section …). */
  kind: UnitKind;
  /** Where the entry is (in the new version; the old one for `removed`), for readers. */
  context: UnitContext;
  /** The YAML path as segments: `sections[4].body[0].jointUse` → ['sections', 4, 'body', 0, 'jointUse']. */
  segments: Array<string | number>;
  /** For `moved`: where it was. */
  from?: { path: string; context: UnitContext };
  /** Place in the document of the version the change is shown in, compared lexicographically. */
  order: number[];
}

export interface PolicyDiff {
  /** True when any change needs an action other than `none`. */
  renotice: boolean;
  /** Ordered by category (CATEGORIES), then by place in the document. */
  changes: Change[];
}
