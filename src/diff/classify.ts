/**
 * What a change means under the APPI: its category, the action it needs and
 * the legal basis. One place for the rules, so that a lawyer can review them.
 *
 *   party         scope of joint users      added/removed → consent; name/shortName → prior-notice
 *   item          data items (group, field) added/removed → consent; reworded → prior-notice
 *   jointPurpose  joint users' purposes     → prior-notice (Art. 27(6))
 *   manager       manager responsible       replaced (a new id, or other groups or exceptions) → prior-notice;
 *                                           name/address/representative of the same manager → notice-without-delay
 *   usePurpose    purposes of use (利用目的) → notice (Art. 21(3))
 *   editorial     everything else           → none
 *
 * A moved entry keeps its category and needs no action: the order carries no
 * meaning. The clause that names the joint users (clauses[].parties) mirrors
 * the table, so changes there are editorial; the table reports the party.
 */
import type { Action, Category, ChangeKind } from './types.js';
import type { UnitKind } from './units.js';

export interface Verdict {
  category: Category;
  action: Action;
  basis: string;
  note?: string;
}

export interface ClassifyContext {
  /** Properties whose (normalized) value differs, for `modified`. */
  changed: readonly string[];
  /** For `moved`: the old path. */
  from?: string;
  /** For an entry moved to another parent (a field to another group, a purpose to another clause). */
  crossParent?: boolean;
  /** For a field moved to another group: whether the managers responsible for it differ. */
  managerChanged?: boolean;
  /** For a footnote: whether a joint-use party refers to it. */
  definesParty?: boolean;
}

const JOINT_USE = 'APPI Art. 27(5)(iii); PPC Guidelines (General Rules) 3-6-3';
const JOINT_USE_CHANGE = 'APPI Art. 27(6); PPC Guidelines (General Rules) 3-6-3';
const USE_PURPOSE = 'APPI Art. 17(2), 18(1), 21(3)';

const NOTES = {
  partyAdded:
    'Adding a joint user widens the scope of joint users, which needs the consent of the principal (or a new joint use announced in advance) (Guidelines 3-6-3).',
  partyRemoved:
    'Removing a joint user changes the scope of joint users, which needs the consent of the principal (or a new joint use announced in advance) (Guidelines 3-6-3).',
  partyRenamed:
    "A joint user's new name, with the scope of joint users unchanged, is notified to the principal or made readily accessible in advance (Guidelines 3-6-3).",
  itemChanged:
    'The jointly used data items may not in principle be changed: adding or removing an item needs the consent of the principal (Guidelines 3-6-3).',
  itemReworded:
    'A rewording that keeps the same data is notified or made readily accessible in advance; if it changes which data are used, treat it as a new item needing consent (Guidelines 3-6-3).',
  jointPurpose:
    "The joint users' purposes may change only within what the principal can reasonably expect, notified or made readily accessible in advance (Art. 27(6)).",
  managerReplaced:
    'Changing the person responsible for managing the data must be notified to the principal or made readily accessible in advance (Art. 27(6)).',
  managerDetails:
    "A change of the manager's name, address or representative must be notified to the principal or made readily accessible without delay (Art. 27(6)).",
  usePurpose:
    'A new or changed purpose of use must stay within what is reasonably relevant to the former purposes and be notified or published (Art. 17(2), 21(3)); a purpose beyond that needs consent (Art. 18(1)).',
  definesParty:
    'This footnote defines a joint user: if the change widens or narrows who the joint users are, treat it as a change of scope needing consent (Guidelines 3-6-3).',
} as const;

const EDITORIAL: Verdict = { category: 'editorial', action: 'none', basis: '' };

export function classify(kind: UnitKind, change: ChangeKind, ctx: ClassifyContext): Verdict {
  if (change === 'moved') return moved(kind, ctx);
  const added = change === 'added';
  const removed = change === 'removed';
  const changed = (...props: string[]) => ctx.changed.some((p) => props.includes(p));
  switch (kind) {
    case 'party':
      if (added || removed)
        return { category: 'party', action: 'consent', basis: JOINT_USE, note: added ? NOTES.partyAdded : NOTES.partyRemoved };
      if (changed('name', 'shortName'))
        return { category: 'party', action: 'prior-notice', basis: JOINT_USE, note: NOTES.partyRenamed };
      return EDITORIAL; // only the footnote marks changed
    case 'group':
    case 'field':
      if (added || removed) return { category: 'item', action: 'consent', basis: JOINT_USE, note: NOTES.itemChanged };
      if (changed('name')) return { category: 'item', action: 'prior-notice', basis: JOINT_USE, note: NOTES.itemReworded };
      return EDITORIAL; // the conjunction of a group
    case 'jointPurpose':
      return { category: 'jointPurpose', action: 'prior-notice', basis: JOINT_USE_CHANGE, note: NOTES.jointPurpose };
    case 'manager':
      // Another manager (a new id, or a change of the data it answers for) → in advance;
      // the same manager's name, address or representative (Art. 27(6), second sentence) → without delay.
      // To record a replacement, the new manager gets a new id.
      if (added || removed || changed('groups', 'exception'))
        return { category: 'manager', action: 'prior-notice', basis: JOINT_USE_CHANGE, note: NOTES.managerReplaced };
      return { category: 'manager', action: 'notice-without-delay', basis: JOINT_USE_CHANGE, note: NOTES.managerDetails };
    case 'usePurpose':
      return { category: 'usePurpose', action: 'notice', basis: USE_PURPOSE, note: NOTES.usePurpose };
    case 'footnote':
      return ctx.definesParty ? { ...EDITORIAL, note: NOTES.definesParty } : EDITORIAL;
    default:
      return EDITORIAL;
  }
}

function categoryOf(kind: UnitKind): Category {
  switch (kind) {
    case 'party':
      return 'party';
    case 'group':
    case 'field':
      return 'item';
    case 'jointPurpose':
      return 'jointPurpose';
    case 'manager':
      return 'manager';
    case 'usePurpose':
      return 'usePurpose';
    default:
      return 'editorial';
  }
}

function moved(kind: UnitKind, ctx: ClassifyContext): Verdict {
  const category = categoryOf(kind);
  if (kind === 'field' && ctx.managerChanged) {
    return {
      category,
      action: 'prior-notice',
      basis: JOINT_USE_CHANGE,
      note: `Moved from ${ctx.from} to a group with another manager responsible, which must be notified or made readily accessible in advance (Art. 27(6)).`,
    };
  }
  const why = ctx.crossParent
    ? kind === 'field'
      ? 'the field stays a jointly used item under the same manager'
      : 'the entry itself is unchanged'
    : 'the order carries no legal meaning';
  return { category, action: 'none', basis: '', note: `Moved from ${ctx.from}; ${why}, so no notice is needed.` };
}
