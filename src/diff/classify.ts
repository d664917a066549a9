/**
 * What a change means under the APPI: its category, the action it needs and
 * the legal basis. One place for the rules, so that a lawyer can review them.
 *
 *   party         scope of joint users      added/removed → consent; another name under the same id → consent
 *                                           (a new joint user), unless `formerName` declares the same entity
 *                                           renamed or succeeded → prior-notice (Guidelines 3-6-3 事例2/3);
 *                                           the sentences that define the scope (the parties' intro, a paragraph
 *                                           naming the joint users, a footnote they cite) → consent
 *   item          data items (group, field) added/removed → consent; a field renamed → consent (another item),
 *                                           unless `formerName` declares the same item → prior-notice;
 *                                           a group's name → prior-notice
 *   jointPurpose  joint users' purposes     → prior-notice (Art. 27(6))
 *   manager       manager responsible       replaced (a new id, another name without `formerName`, other groups
 *                                           or exceptions) → prior-notice; the same manager's name, address or
 *                                           representative, and the business's own (Art. 32(1)(i)) → notice-without-delay
 *   provision     provision to third parties (a section with role provision or overseas) → consent (Art. 27(1), 28(1))
 *   usePurpose    purposes of use (利用目的) and the text that introduces them → notice (Art. 21(3))
 *   editorial     everything else           → none
 *
 * Roles flow along references: a footnote takes the role of every entry
 * that cites it, and the strictest action wins. Texts are compared in the
 * form of comparableText (normalize.ts): width, spacing, styling and the
 * usual variant spellings are not changes. A moved entry keeps its category
 * and needs no action: the order carries no meaning.
 */
import type { Action, Category, ChangeKind } from './types.js';
import type { UnitKind } from './units.js';

export interface Verdict {
  category: Category;
  action: Action;
  basis: string;
  note?: string;
  /** Which rule gave the verdict (a key of NOTES, or `moved`): formatters say it in their own words. */
  reason?: Reason;
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
  /**
   * The legal role of a text that is not an entry of its own: a section (by
   * its role or the blocks it holds), a scalar (the parties' intro, the
   * business's name), a footnote (the roles of everything that cites it).
   */
  roles?: readonly Category[];
  /**
   * The rows of a joint-use table that take this text in by reference (the
   * section it sits in is named by the row's `refers`, or quoted in its text):
   * a change here is also a change of those rows.
   */
  referredBy?: readonly Category[];
  /** For `modified`: only the width of characters, spacing, styling or a variant spelling changed (comparableText). */
  sameMeaning?: boolean;
  /** For a scalar: it is the business's own name, address or representative (Art. 27(6), 32(1)(i)). */
  businessIdentity?: boolean;
  /** For a renamed party, field or manager: how the new version's `formerName` compares with the old name. */
  formerName?: 'matches' | 'differs' | 'absent';
}

const JOINT_USE = 'APPI Art. 27(5)(iii); PPC Guidelines (General Rules) 3-6-3';
const JOINT_USE_CHANGE = 'APPI Art. 27(6); PPC Guidelines (General Rules) 3-6-3';
const USE_PURPOSE = 'APPI Art. 17(2), 18(1), 21(3)';
const PROVISION = 'APPI Art. 27(1), 28(1)';
const BUSINESS = 'APPI Art. 27(6), 32(1)(i)';

const NOTES = {
  referred:
    'The joint-use table refers to this part of the policy for its content (its `refers`, its text quoting this heading or article, or the group of companies it names), so this text is part of the joint use.',
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
  sameMeaning:
    'Only the width of characters, spacing, styling, a variant spelling (全て/すべて, 取扱い/取り扱い …) or a postal code changed: the wording means the same, so no notice is needed.',
  partyReplaced:
    'Another name under the same id is a new joint user unless it is the same entity renamed or succeeded; the scope of joint users cannot in principle change without the consent of the principal (Guidelines 3-6-3). If it is the same entity, write its former name as formerName.',
  formerNameDiffers:
    'formerName does not match the name in the earlier version, so the entity is not shown to be the same: treated as a replacement.',
  itemReplaced:
    'Another item under the same id changes the jointly used data, which needs the consent of the principal (Guidelines 3-6-3). If only the wording of the same item changed, write the former wording as formerName.',
  managerRenamedAsReplacement:
    'Another name for the manager under the same id is treated as another manager (Art. 27(6): notified in advance). If it is the same manager renamed or succeeded, write its former name as formerName.',
  scopeText:
    'This text defines who the joint users are: a change to it may widen or narrow the scope of joint users, which needs the consent of the principal (Guidelines 3-6-3). If only the wording changed, a reviewer can confirm that the scope stays the same.',
  itemText:
    'This text defines the jointly used items: a change to it may change which data are used, which needs the consent of the principal (Guidelines 3-6-3).',
  jointPurposeText:
    "This text belongs to the joint users' purposes, which may change only within what the principal can reasonably expect, notified or made readily accessible in advance (Art. 27(6)).",
  managerText:
    'This text belongs to the manager responsible, whose change must be notified or made readily accessible in advance (Art. 27(6)).',
  businessIdentity:
    "The business's name, address or representative is published (Art. 32(1)(i)) and, as the manager of its customers' data in a joint use, must be notified or made readily accessible without delay when it changes (Art. 27(6)).",
  provision:
    'Provision of personal data to third parties needs the consent of the principal in advance (Art. 27(1)); to a third party in a foreign country, consent given with the information of Art. 28(2) (Art. 28(1)).',
  usePurposeText:
    'This text introduces the purposes of use: a change may change what the data are used for, which must stay within what is reasonably relevant to the former purposes and be notified or published (Art. 17(2), 21(3)); beyond that, consent (Art. 18(1)).',
} as const;

export type Reason = keyof typeof NOTES | 'moved' | 'idRenamed';

/** How strict each action is: the strictest of several roles wins. */
const STRICTNESS: Record<Action, number> = { consent: 4, 'prior-notice': 3, 'notice-without-delay': 2, notice: 1, none: 0 };

/** What a change of a text with this role needs. */
const BY_ROLE: Readonly<Partial<Record<Category, Verdict>>> = {
  party: { category: 'party', action: 'consent', basis: JOINT_USE, note: NOTES.scopeText, reason: 'scopeText' },
  item: { category: 'item', action: 'consent', basis: JOINT_USE, note: NOTES.itemText, reason: 'itemText' },
  jointPurpose: { category: 'jointPurpose', action: 'prior-notice', basis: JOINT_USE_CHANGE, note: NOTES.jointPurposeText, reason: 'jointPurposeText' },
  manager: { category: 'manager', action: 'prior-notice', basis: JOINT_USE_CHANGE, note: NOTES.managerText, reason: 'managerText' },
  provision: { category: 'provision', action: 'consent', basis: PROVISION, note: NOTES.provision, reason: 'provision' },
  usePurpose: { category: 'usePurpose', action: 'notice', basis: USE_PURPOSE, note: NOTES.usePurposeText, reason: 'usePurposeText' },
};

function byRole(role: Category): Verdict {
  return BY_ROLE[role] ?? EDITORIAL;
}

/** The strictest verdict of the roles of a text (editorial when it has none). */
function strictest(roles: readonly Category[] | undefined): Verdict {
  return (roles ?? []).map(byRole).reduce((a, b) => (STRICTNESS[b.action] > STRICTNESS[a.action] ? b : a), EDITORIAL);
}

const EDITORIAL: Verdict = { category: 'editorial', action: 'none', basis: '' };

export function classify(kind: UnitKind, change: ChangeKind, ctx: ClassifyContext): Verdict {
  const own = classifyOwn(kind, change, ctx);
  if (!ctx.referredBy?.length || change === 'moved' || ctx.sameMeaning) return own;
  // Legal meaning follows what a text does: a text a joint-use row refers to defines that row too.
  const row = strictest(ctx.referredBy);
  if (STRICTNESS[row.action] <= STRICTNESS[own.action]) return own;
  // The row's action wins; what the text needs on its own (a purpose of use: Art. 17(2), 18(1), 21(3)) is kept with it.
  return {
    ...row,
    basis: [row.basis, own.basis].filter(Boolean).join('; '),
    note: [NOTES.referred, row.note, own.note].filter(Boolean).join(' '),
  };
}

function classifyOwn(kind: UnitKind, change: ChangeKind, ctx: ClassifyContext): Verdict {
  if (change === 'moved') return moved(kind, ctx);
  if (ctx.sameMeaning) return { category: categoryOf(kind), action: 'none', basis: '', note: NOTES.sameMeaning, reason: 'sameMeaning' };
  const added = change === 'added';
  const removed = change === 'removed';
  const changed = (...props: string[]) => ctx.changed.some((p) => props.includes(p));
  switch (kind) {
    case 'party':
      if (added || removed)
        return { category: 'party', action: 'consent', basis: JOINT_USE, note: added ? NOTES.partyAdded : NOTES.partyRemoved, reason: added ? 'partyAdded' : 'partyRemoved' };
      if (changed('name')) return renamed('party', ctx.formerName);
      return EDITORIAL; // the short name (an abbreviation in the text) or the footnote marks
    case 'group':
      if (added || removed) return { category: 'item', action: 'consent', basis: JOINT_USE, note: NOTES.itemChanged, reason: 'itemChanged' };
      if (changed('name')) return { category: 'item', action: 'prior-notice', basis: JOINT_USE, note: NOTES.itemReworded, reason: 'itemReworded' };
      return EDITORIAL; // the conjunction of a group
    case 'field':
      if (added || removed) return { category: 'item', action: 'consent', basis: JOINT_USE, note: NOTES.itemChanged, reason: 'itemChanged' };
      if (changed('name')) return renamed('item', ctx.formerName);
      return EDITORIAL;
    case 'jointPurpose':
      return { category: 'jointPurpose', action: 'prior-notice', basis: JOINT_USE_CHANGE, note: NOTES.jointPurpose, reason: 'jointPurpose' };
    case 'manager':
      // Another manager (a new id, another name, or a change of the data it answers for) → in advance;
      // the same manager's name (declared by formerName), address or representative (Art. 27(6), second sentence) → without delay.
      if (added || removed || changed('groups', 'exception'))
        return { category: 'manager', action: 'prior-notice', basis: JOINT_USE_CHANGE, note: NOTES.managerReplaced, reason: 'managerReplaced' };
      if (changed('name')) return renamed('manager', ctx.formerName);
      return { category: 'manager', action: 'notice-without-delay', basis: JOINT_USE_CHANGE, note: NOTES.managerDetails, reason: 'managerDetails' };
    case 'usePurpose':
      return { category: 'usePurpose', action: 'notice', basis: USE_PURPOSE, note: NOTES.usePurpose, reason: 'usePurpose' };
    case 'scalar':
      if (ctx.businessIdentity)
        return { category: 'manager', action: 'notice-without-delay', basis: BUSINESS, note: NOTES.businessIdentity, reason: 'businessIdentity' };
      return strictest(ctx.roles);
    case 'clause':
      // A section's text; which joint users it names mirrors the table, which reports each party.
      if (!added && !removed && !changed('text', 'heading')) return EDITORIAL;
      return strictest(ctx.roles);
    case 'footnote':
      return strictest(ctx.roles);
    default:
      return EDITORIAL;
  }
}

/** Another name under the same id: a replacement, unless `formerName` declares the same entity renamed or succeeded. */
function renamed(category: 'party' | 'item' | 'manager', formerName: ClassifyContext['formerName']): Verdict {
  const declared = formerName === 'matches';
  const differs = formerName === 'differs' ? ` ${NOTES.formerNameDiffers}` : '';
  switch (category) {
    case 'party':
      return declared
        ? { category, action: 'prior-notice', basis: `${JOINT_USE}, 事例2/3`, note: NOTES.partyRenamed, reason: 'partyRenamed' }
        : { category, action: 'consent', basis: JOINT_USE, note: NOTES.partyReplaced + differs, reason: 'partyReplaced' };
    case 'item':
      return declared
        ? { category, action: 'prior-notice', basis: `${JOINT_USE}, 事例2/3`, note: NOTES.itemReworded, reason: 'itemReworded' }
        : { category, action: 'consent', basis: JOINT_USE, note: NOTES.itemReplaced + differs, reason: 'itemReplaced' };
    case 'manager':
      return declared
        ? { category, action: 'notice-without-delay', basis: `${JOINT_USE_CHANGE}, 事例2/3`, note: NOTES.managerDetails, reason: 'managerDetails' }
        : { category, action: 'prior-notice', basis: JOINT_USE_CHANGE, note: NOTES.managerRenamedAsReplacement + differs, reason: 'managerRenamedAsReplacement' };
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
      reason: 'managerReplaced',
    };
  }
  const why = ctx.crossParent
    ? kind === 'field'
      ? 'the field stays a jointly used item under the same manager'
      : 'the entry itself is unchanged'
    : 'the order carries no legal meaning';
  return { category, action: 'none', basis: '', note: `Moved from ${ctx.from}; ${why}, so no notice is needed.`, reason: 'moved' };
}
