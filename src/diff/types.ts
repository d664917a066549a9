/**
 * The structured diff of two policy versions: what changed, where, and what
 * the law asks the business to do about it. Formatting lives elsewhere
 * (format-json.ts, format-text.ts), as in jsdiff.
 */

import type { UnitContext, UnitKind } from './units.js';
import type { Reason } from './classify.js';
import type { Role } from '../model/roles.js';
import type { Fact } from '../model/facts.js';
import type { MessageId, Said, Values } from '../i18n/catalogue.js';

/** The rows of a joint-use statement, each a role of its own. */
export type RowRole = 'jointUse.parties' | 'jointUse.purposes' | 'jointUse.items' | 'jointUse.managers';
/** What a text is in law: a role of model/roles.ts, or a row of a joint-use statement. */
export type LegalRole = Role | RowRole;

/** What a change is about; decides the action. Listed in report order. */
export type Category =
  | 'unclassified'
  | 'party'
  | 'item'
  | 'jointPurpose'
  | 'manager'
  | 'provision'
  | 'overseas'
  | 'optOut'
  | 'entrustment'
  | 'sensitive'
  | 'usePurpose'
  | 'publication'
  | 'editorial';
export const CATEGORIES: readonly Category[] = [
  'unclassified',
  'party',
  'item',
  'jointPurpose',
  'manager',
  'provision',
  'overseas',
  'optOut',
  'entrustment',
  'sensitive',
  'usePurpose',
  'publication',
  'editorial',
];

export const CHANGE_KINDS = ['added', 'removed', 'modified', 'moved'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/**
 * What the business must do before or after publishing the new version.
 * `review`: the tool cannot tell, a lawyer decides (listed first). Then strongest first.
 */
export type Action = 'review' | 'consent' | 'prior-notice' | 'notice-without-delay' | 'notice' | 'none';
export const ACTIONS: readonly Action[] = ['review', 'consent', 'prior-notice', 'notice-without-delay', 'notice', 'none'];

/** How strict each action is, to weigh several roles of one text: the strictest wins; `review` above a notice, below what is known to need more. */
export const STRICTNESS: Readonly<Record<Action, number>> = { consent: 5, 'prior-notice': 4, review: 3, 'notice-without-delay': 2, notice: 1, none: 0 };

/** The facts that decided a verdict: what the new version adds and drops (model/facts.ts). */
export interface FactDelta {
  added: Fact[];
  removed: Fact[];
  corrected?: Array<{ before: Fact; after: Fact }>;
}

/** A note of the catalogue (`diff.note.*`, src/i18n/diff.ts) with the values it is said with. */
export interface Note {
  id: Extract<MessageId, `diff.note.${string}`>;
  values?: Values;
}

/** What can be wrong with a new version as a revision: each has its message and hint in the catalogue (`diff.problem.<rule>`). */
export const PROBLEM_RULES = ['former-name', 'version-not-bumped', 'decision-disagrees', 'reference-retargeted'] as const;

/** Something wrong with the comparison itself (a formerName that is not the old name, a version not bumped). */
export interface DiffProblem {
  severity: 'error' | 'warning';
  rule: (typeof PROBLEM_RULES)[number];
  /** The file's entry it is about (a YAML path), if any. */
  path?: string;
  /** In English, as the JSON gives it. */
  message: string;
  hint: string;
  /** The catalogue's ids and values of message and hint: the text report says them in the reader's language. */
  says?: Said;
  /** For `decision-disagrees`: the kind of change, the action it needs, and what the decision records for it. */
  category?: Category;
  required?: Action;
  recorded?: string[];
}

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
  /** What the law requires, or where a moved entry came from, in English (`notes` said in English, for the JSON and programs). */
  note?: string;
  /** The same as the catalogue's notes and their values, in order: the text report says them in the reader's language (notes.ts). */
  notes?: Note[];
  /** Which rule of classify.ts gave the action, for formatters that explain it in their own words. */
  reason?: Reason;
  /** The legal roles the change was weighed by (declared, found from the words, or given by a construct). */
  roles?: LegalRole[];
  /** Whether any of those roles was found from the words rather than declared. */
  inferred?: boolean;
  /** The facts that changed, when the verdict was weighed on them. */
  facts?: FactDelta;
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
  /** What the decision on the new version records as done for this kind of change (`consent 2027-05-01..2027-06-30`), when it records one. */
  recorded?: string[];
  /**
   * For a change needing action, when both versions have an English translation:
   * whether the English of the entry changed in the same revision (`changed`),
   * stayed as it was (`unchanged`), or is not up to date in the new version (`missing`).
   */
  translation?: TranslationChange;
}

export const TRANSLATION_CHANGES = ['changed', 'unchanged', 'missing'] as const;
export type TranslationChange = (typeof TRANSLATION_CHANGES)[number];

export interface PolicyDiff {
  /** True when any change needs an action other than `none`. */
  renotice: boolean;
  /** Ordered by category (CATEGORIES), then by place in the document. */
  changes: Change[];
  /** Problems with the new version as a revision (not changes): listed in every format. */
  problems?: DiffProblem[];
  /** Who decided on the new version, when, and the approval's reference (its revision entry's `decision`). */
  decision?: { reviewer: string; date: string; reference?: string };
}
