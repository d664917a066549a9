/**
 * What a change means under the APPI: its category, the action it needs and
 * the legal basis. One place for the rules, so that a lawyer can review them.
 *
 * A text that is not an entry of its own (a section, a footnote, an intro, a
 * paragraph of the preamble) is weighed by its roles (BY_ROLE, keyed by the
 * roles of model/roles.ts and the rows of a joint use): declared, given by a
 * construct, or read from its words; with none, `review` (a lawyer decides),
 * unless it is plainly general. Where a role's facts are weighed (provision,
 * overseas, opt-out, the scope of joint users, the items, the use limitation,
 * sensitive data), the facts of both versions are compared first
 * (model/facts.ts): a fact added or dropped gives the role's action, the same
 * facts in other words `review`, a corrected misspelling of a name `none`. A
 * sensitive category added is consent (Art. 20(2)) whatever the role. The
 * entries of a joint use are weighed as follows:
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
import { STRICTNESS, type Action, type Category, type ChangeKind, type FactDelta, type LegalRole, type Note } from './types.js';
import type { Values } from '../i18n/catalogue.js';
import type { UnitKind } from './units.js';
import { compareFacts, factsOf, nameKey, type Fact, type FactChange, type FactKind } from '../model/facts.js';
import { sameButFor } from './normalize.js';

export interface Verdict {
  category: Category;
  action: Action;
  basis: string;
  /** What the law requires, as the catalogue's notes (one, or a rule's note joined by those it weighed). */
  notes?: Note[];
  /** Which rule gave the verdict (REASONS): formatters say it in their own words. */
  reason?: Reason;
  /** The facts that changed, when they decided. */
  facts?: FactDelta;
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
  roles?: readonly LegalRole[];
  /**
   * The rows of a joint-use table that take this text in by reference (the
   * section it sits in is named by the row's `refers`, or quoted in its text):
   * a change here is also a change of those rows.
   */
  referredBy?: readonly LegalRole[];
  /** `general`: the title, preamble, dates, labels: with no role, a change of it is editorial. `legal` (default): with no role, a lawyer decides. */
  weight?: 'legal' | 'general';
  /** For `modified`: the texts of both versions as compared, for the facts (model/facts.ts). */
  texts?: { before: string; after: string };
  /** The business is a manager of a joint use: its identity is the manager's (Art. 27(6)); else only published (Art. 32(1)(i)). */
  isManager?: boolean;
  /** For a section: only its heading changed, and the new heading names no other part. */
  headingOnly?: boolean;
  /** For a joint-use row's reference: the same words cite another section now. */
  retargeted?: boolean;
  /** The text differs only by the business's identity as changed under `organization:`, which is reported there. */
  identityEcho?: boolean;
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
const OVERSEAS = 'APPI Art. 28(1), (2)';
const OPT_OUT = 'APPI Art. 27(2), (3)';
const ENTRUSTMENT = 'APPI Art. 27(5)(i), 28(1)';
const USE_LIMITATION = 'APPI Art. 18(1)';
const SENSITIVE = 'APPI Art. 20(2), 2(3); Cabinet Order Art. 2';
const PUBLICATION = 'APPI Art. 32(1)';

/**
 * Every rule that gives a verdict (`Verdict.reason`), and the notes that join
 * them (referred, formerNameDiffers): each has its note in the catalogue,
 * `diff.note.<reason>` (src/i18n/diff.ts), which says what the law requires.
 */
export const REASONS = [
  'referred', 'partyAdded', 'partyRemoved', 'partyRenamed', 'itemChanged', 'itemReworded', 'jointPurpose',
  'managerReplaced', 'managerDetails', 'usePurpose', 'sameMeaning', 'partyReplaced', 'formerNameDiffers',
  'itemReplaced', 'managerRenamedAsReplacement', 'scopeText', 'itemText', 'jointPurposeText', 'managerText',
  'businessIdentity', 'provision', 'usePurposeText', 'overseas', 'optOut', 'entrustment', 'useLimitation', 'sensitive',
  'publication', 'businessPublished', 'pseudonymised', 'anonymised', 'heldPurposes', 'noDuty', 'unknownRole',
  'unknownFacts', 'sameFacts', 'identityEcho', 'typoCorrected', 'headingOnly', 'referenceRetargeted', 'renameWidens',
  'renameUnrelated', 'moved', 'idRenamed', 'purposeGives',
] as const;

export type Reason = (typeof REASONS)[number];

/** A rule's note, with the values it is said with. */
const note = (reason: Reason, values?: Values): Note => ({ id: `diff.note.${reason}`, ...(values ? { values } : {}) });

const EDITORIAL: Verdict = { category: 'editorial', action: 'none', basis: '' };

/**
 * What a change of a text with this role needs, and whether its facts are
 * weighed (facts: an edit with the same facts is a rewording for a lawyer to
 * confirm, never a widening).
 */
interface RoleRule extends Verdict {
  weighFacts: boolean;
}

const v = (category: Category, action: Action, basis: string, reason: Reason, weighFacts: boolean): RoleRule => ({
  category,
  action,
  basis,
  notes: [note(reason)],
  reason,
  weighFacts,
});

export const BY_ROLE: Readonly<Record<LegalRole, RoleRule | undefined>> = {
  'jointUse.parties': v('party', 'consent', JOINT_USE, 'scopeText', true),
  jointUse: v('party', 'consent', JOINT_USE, 'scopeText', true),
  'jointUse.items': v('item', 'consent', JOINT_USE, 'itemText', true),
  'jointUse.purposes': v('jointPurpose', 'prior-notice', JOINT_USE_CHANGE, 'jointPurposeText', false),
  'jointUse.managers': v('manager', 'prior-notice', JOINT_USE_CHANGE, 'managerText', false),
  provision: v('provision', 'consent', PROVISION, 'provision', true),
  overseas: v('overseas', 'consent', OVERSEAS, 'overseas', true),
  optOut: v('optOut', 'prior-notice', OPT_OUT, 'optOut', true),
  entrustment: v('entrustment', 'review', ENTRUSTMENT, 'entrustment', false),
  useLimitation: v('usePurpose', 'consent', USE_LIMITATION, 'useLimitation', true),
  sensitive: v('sensitive', 'consent', SENSITIVE, 'sensitive', true),
  purposes: v('usePurpose', 'notice', USE_PURPOSE, 'usePurposeText', false),
  heldPurposes: v('usePurpose', 'notice', 'APPI Art. 32(1)(ii), 21(3)', 'heldPurposes', false),
  pseudonymised: v('usePurpose', 'notice', 'APPI Art. 41(4), 21(3)', 'pseudonymised', false),
  anonymised: v('publication', 'notice', 'APPI Art. 43(3), (4)', 'anonymised', false),
  disclosure: v('publication', 'notice', PUBLICATION, 'publication', false),
  security: v('publication', 'notice', PUBLICATION, 'publication', false),
  complaints: v('publication', 'notice', PUBLICATION, 'publication', false),
  // The business's identity: a manager's (Art. 27(6)) where it is one (see identity()).
  business: v('publication', 'notice', 'APPI Art. 32(1)(i)', 'businessPublished', false),
  signature: v('publication', 'notice', 'APPI Art. 32(1)(i)', 'businessPublished', false),
  acquisition: v('editorial', 'none', '', 'noDuty', false),
  general: v('editorial', 'none', '', 'noDuty', false),
};

const UNKNOWN: Verdict = { category: 'unclassified', action: 'review', basis: 'APPI Art. 17–28, 32', notes: [note('unknownRole')], reason: 'unknownRole' };
const SENSITIVE_VERDICT: Verdict = { category: 'sensitive', action: 'consent', basis: SENSITIVE, notes: [note('sensitive')], reason: 'sensitive' };

const stricter = (a: Verdict, b: Verdict) => (STRICTNESS[b.action] > STRICTNESS[a.action] ? b : a);

/** The business's identity: the manager's where it is a manager of a joint use (Art. 27(6)), else only published (Art. 32(1)(i)). */
function identity(ctx: ClassifyContext): Verdict {
  return ctx.isManager
    ? { category: 'manager', action: 'notice-without-delay', basis: BUSINESS, notes: [note('businessIdentity')], reason: 'businessIdentity' }
    : { category: 'publication', action: 'notice', basis: 'APPI Art. 32(1)(i)', notes: [note('businessPublished')], reason: 'businessPublished' };
}

/** A text that only says who the business is (its signature, its details): one fact wherever it is printed. */
const identityOnly = (roles: readonly LegalRole[] | undefined) =>
  !!roles?.some((r) => r === 'business' || r === 'signature') && roles.every((r) => r === 'business' || r === 'signature' || r === 'general');

/** Facts that give a part with no duty legal weight: who gets the data, where, and what sensitive data. */
const SAFETY_NET: readonly FactKind[] = ['recipient', 'country', 'sensitive', 'method'];
/** The acts of giving data away (not 公開 of a policy, nor 委託 within the purposes). */
const GIVING: readonly string[] = ['提供', '販売', '共同利用', '移転', '共有', '貸与'];

/** Roles that say what the data is used for, not who gets it: a recipient named there may be a provision in disguise. */
const PURPOSE_ROLES: readonly LegalRole[] = ['purposes', 'heldPurposes', 'pseudonymised'];

/** Fact kinds that widen or narrow what is shared: their change is a change of the part. */
const WEIGHED: readonly FactKind[] = ['recipient', 'country', 'item', 'method', 'opener', 'limiter', 'sensitive'];

/**
 * The verdict for a text with these roles: the strictest of the roles'.
 * A role whose facts are weighed (provision, overseas, the scope of joint
 * users …) gives its action only where a fact changed; the same facts in
 * other words are `review`, a corrected misspelling of a name `none`. A
 * sensitive category added is consent (Art. 20(2)), whatever the role. No
 * role: `review` for a legal text, editorial for a general one.
 */
function byRoles(roles: readonly LegalRole[] | undefined, change: ChangeKind, ctx: ClassifyContext): Verdict {
  const rules = (roles ?? []).map((r) => BY_ROLE[r]).filter((r): r is RoleRule => r !== undefined);
  const delta = factDelta(change, ctx);
  // A part with no duty (general, or acquisition) that now names another recipient, country, act of giving
  // data or sensitive category says something with legal weight, whatever its role: a lawyer decides.
  const added = delta ? delta.added : addedFacts(change, ctx);
  const weighty = weightyOf(added);
  const sensitiveOwed = added.some((f) => f.kind === 'sensitive') && !(roles ?? []).every((r) => r === 'general');
  // So does one that drops a promise to ask consent, or now takes consent as given (みなし同意).
  const consent = delta ? consentWeakened(delta) : { added: [], removed: [] };
  if (!sensitiveOwed && rules.every((r) => r.action === 'none') && weighty.length + consent.added.length + consent.removed.length > 0 && (rules.length > 0 || ctx.weight === 'general'))
    return { ...UNKNOWN, notes: [note('unknownFacts')], reason: 'unknownFacts', facts: { added: [...weighty, ...consent.added], removed: consent.removed } };
  if (rules.length === 0) return ctx.weight === 'general' ? EDITORIAL : UNKNOWN;
  const facts = delta && (delta.added.length || delta.removed.length || delta.corrected.length) ? { facts: delta } : {};
  let verdict: Verdict = EDITORIAL;
  for (const rule of rules) {
    const { weighFacts, ...own } = rule;
    let one: Verdict = { ...own, ...facts };
    if (weighFacts && delta && !delta.added.some((f) => WEIGHED.includes(f.kind)) && !delta.removed.some((f) => WEIGHED.includes(f.kind))) {
      one = typoOnly(ctx, delta)
        ? { category: own.category, action: 'none', basis: '', notes: [note('typoCorrected')], reason: 'typoCorrected', ...facts }
        : { category: own.category, action: 'review', basis: own.basis, notes: [note('sameFacts')], reason: 'sameFacts', ...facts };
    }
    verdict = verdict === EDITORIAL ? one : stricter(verdict, one);
  }
  if (sensitiveOwed) verdict = stricter(verdict, { ...SENSITIVE_VERDICT, ...facts });
  return (roles ?? []).some((r) => PURPOSE_ROLES.includes(r)) ? purposeGives(verdict, weighty.filter(namesAnother)) : verdict;
}

/** Another recipient or a country: in a purpose, 提供 alone is mostly of a service or of information to the person (情報提供のため). */
const namesAnother = (f: Fact) => f.kind === 'recipient' || f.kind === 'country';

/**
 * A purpose of use that now names another recipient or a country
 * (「市民電力及び提携先からのご案内のため」) may be a provision to a third party (Art. 27(1)) or a
 * joint use (Art. 27(5)(iii)), not only a new purpose (Art. 21(3)): a lawyer decides.
 */
function purposeGives(verdict: Verdict, weighty: readonly Fact[]): Verdict {
  if (weighty.length === 0) return verdict;
  const basis = [verdict.basis, PROVISION, JOINT_USE].filter(Boolean).join('; ');
  return stricter(verdict, { ...UNKNOWN, category: verdict.category, basis, notes: [...(verdict.notes ?? []), note('purposeGives')], reason: 'purposeGives', facts: { added: [...weighty], removed: [] } });
}

/** A promise to ask consent dropped (同意を得ます), or consent taken as given (みなし同意) added: what a text says of consent has weight anywhere. */
function consentWeakened(delta: FactChange): { added: Fact[]; removed: Fact[] } {
  return {
    added: delta.added.filter((f) => f.kind === 'opener' && f.key === 'みなし同意'),
    removed: delta.removed.filter((f) => f.kind === 'limiter' && f.key === '同意'),
  };
}

/** Of the facts a change adds, those with legal weight wherever they are written: another recipient, a country, an act of giving data, a sensitive category. */
function weightyOf(added: readonly Fact[]): Fact[] {
  return added.filter((f) => SAFETY_NET.includes(f.kind) && (f.kind !== 'method' || GIVING.includes(f.key)));
}

/** The facts of the two versions' texts compared (a modified text). */
function factDelta(change: ChangeKind, ctx: ClassifyContext): FactChange | undefined {
  return change === 'modified' && ctx.texts ? compareFacts(factsOf(ctx.texts.before), factsOf(ctx.texts.after)) : undefined;
}

/** The facts a change brings: all of an added text's, the added ones of a modified text's. */
function addedFacts(change: ChangeKind, ctx: ClassifyContext): Fact[] {
  if (change === 'added') return factsOf(ctx.texts?.after ?? '');
  return factDelta(change, ctx)?.added ?? [];
}

/** Only corrected names differ: the texts agree once the old names are written as the new. */
function typoOnly(ctx: ClassifyContext, delta: FactDelta): boolean {
  if (!delta.corrected?.length || !ctx.texts) return false;
  return sameButFor(ctx.texts.before, ctx.texts.after, delta.corrected.map(({ before, after }) => [before.words, after.words]));
}

export function classify(kind: UnitKind, change: ChangeKind, ctx: ClassifyContext): Verdict {
  const own = classifyOwn(kind, change, ctx);
  if (!ctx.referredBy?.length || change === 'moved' || ctx.sameMeaning) return own;
  // Legal meaning follows what a text does: a text a joint-use row refers to defines that row too.
  const row = byRoles(ctx.referredBy, change, ctx);
  // Where both ask the same, the row names the change: the joint use is what changed.
  if (STRICTNESS[row.action] < STRICTNESS[own.action]) return own;
  // The row's action wins; what the text needs on its own (a purpose of use: Art. 17(2), 18(1), 21(3)) is kept with it.
  return {
    ...row,
    basis: [row.basis, own.basis].filter(Boolean).join('; '),
    notes: [note('referred'), ...(row.notes ?? []), ...(own.notes ?? [])],
  };
}

function classifyOwn(kind: UnitKind, change: ChangeKind, ctx: ClassifyContext): Verdict {
  if (change === 'moved') return moved(kind, ctx);
  if (ctx.sameMeaning) return { category: categoryOf(kind), action: 'none', basis: '', notes: [note('sameMeaning')], reason: 'sameMeaning' };
  if (ctx.identityEcho) return { category: categoryOf(kind), action: 'none', basis: '', notes: [note('identityEcho')], reason: 'identityEcho' };
  const added = change === 'added';
  const removed = change === 'removed';
  const changed = (...props: string[]) => ctx.changed.some((p) => props.includes(p));
  const sensitive = (verdict: Verdict): Verdict => {
    const more = addedFacts(change, ctx).filter((f) => f.kind === 'sensitive');
    return more.length ? stricter(verdict, { ...SENSITIVE_VERDICT, facts: { added: more, removed: [] } }) : verdict;
  };
  switch (kind) {
    case 'party':
      if (added || removed)
        return { category: 'party', action: 'consent', basis: JOINT_USE, notes: [note(added ? 'partyAdded' : 'partyRemoved')], reason: added ? 'partyAdded' : 'partyRemoved' };
      if (changed('name')) return renamed('party', ctx);
      // A note on the party (「ただし、ユーザーは…を利用することはできません。」) says who gets what: the scope's text.
      if (changed('note')) return byRoles(['jointUse.parties'], change, ctx);
      return EDITORIAL; // the short name (an abbreviation in the text) or the footnote marks
    case 'group':
      if (added || removed) return { category: 'item', action: 'consent', basis: JOINT_USE, notes: [note('itemChanged')], reason: 'itemChanged' };
      if (changed('name')) return sensitive({ category: 'item', action: 'prior-notice', basis: JOINT_USE, notes: [note('itemReworded')], reason: 'itemReworded' });
      return EDITORIAL; // the conjunction of a group
    case 'field':
      if (added || removed) return { category: 'item', action: 'consent', basis: JOINT_USE, notes: [note('itemChanged')], reason: 'itemChanged' };
      if (changed('name')) return renamed('item', ctx);
      return EDITORIAL;
    case 'jointPurpose':
      return sensitive({ category: 'jointPurpose', action: 'prior-notice', basis: JOINT_USE_CHANGE, notes: [note('jointPurpose')], reason: 'jointPurpose' });
    case 'manager':
      // Another manager (a new id, another name, or a change of the data it answers for) → in advance;
      // the same manager's name (declared by formerName), address or representative (Art. 27(6), second sentence) → without delay.
      if (added || removed || changed('groups', 'exception'))
        return { category: 'manager', action: 'prior-notice', basis: JOINT_USE_CHANGE, notes: [note('managerReplaced')], reason: 'managerReplaced' };
      if (changed('name')) return renamed('manager', ctx);
      return { category: 'manager', action: 'notice-without-delay', basis: JOINT_USE_CHANGE, notes: [note('managerDetails')], reason: 'managerDetails' };
    case 'usePurpose':
      return purposeGives(
        sensitive({ category: 'usePurpose', action: 'notice', basis: USE_PURPOSE, notes: [note('usePurpose')], reason: 'usePurpose' }),
        weightyOf(addedFacts(change, ctx)).filter(namesAnother),
      );
    case 'scalar':
      if (ctx.retargeted) {
        const row = byRoles(ctx.roles, 'added', { changed: [] });
        return { ...row, notes: [note('referenceRetargeted'), ...(row.notes ?? [])], reason: 'referenceRetargeted' };
      }
      if (ctx.businessIdentity || identityOnly(ctx.roles)) return identity(ctx);
      return byRoles(ctx.roles, change, ctx);
    case 'clause':
      // A section's text; which joint users it names mirrors the table, which reports each party.
      if (!added && !removed && !changed('text', 'heading')) return EDITORIAL;
      if (ctx.headingOnly) return { ...EDITORIAL, notes: [note('headingOnly')], reason: 'headingOnly' };
      if (identityOnly(ctx.roles)) return identity(ctx);
      return byRoles(ctx.roles, change, ctx);
    case 'footnote':
      return byRoles(ctx.roles, change, { ...ctx, weight: ctx.roles?.length ? 'legal' : 'general' });
    default:
      return EDITORIAL;
  }
}

/**
 * Another name under the same id: a replacement, unless `formerName` declares
 * the same entity renamed or succeeded. Even so, a new name that is the old
 * one with more added widens the scope (事例1), and one that shares nothing
 * with the old is for a lawyer to confirm (事例2/3 cover the same business only).
 */
function renamed(category: 'party' | 'item' | 'manager', ctx: ClassifyContext): Verdict {
  const declared = ctx.formerName === 'matches';
  const differs = ctx.formerName === 'differs' ? [note('formerNameDiffers')] : [];
  const relation = declared && ctx.texts ? nameRelation(ctx.texts.before, ctx.texts.after) : 'same';
  if (relation === 'wider') {
    const action = category === 'manager' ? 'prior-notice' : 'consent';
    return { category, action, basis: category === 'manager' ? JOINT_USE_CHANGE : JOINT_USE, notes: [note('renameWidens')], reason: 'renameWidens' };
  }
  if (relation === 'unrelated') return { category, action: 'review', basis: `${category === 'manager' ? JOINT_USE_CHANGE : JOINT_USE}, 事例2/3`, notes: [note('renameUnrelated')], reason: 'renameUnrelated' };
  switch (category) {
    case 'party':
      return declared
        ? { category, action: 'prior-notice', basis: `${JOINT_USE}, 事例2/3`, notes: [note('partyRenamed')], reason: 'partyRenamed' }
        : { category, action: 'consent', basis: JOINT_USE, notes: [note('partyReplaced'), ...differs], reason: 'partyReplaced' };
    case 'item':
      return declared
        ? { category, action: 'prior-notice', basis: `${JOINT_USE}, 事例2/3`, notes: [note('itemReworded')], reason: 'itemReworded' }
        : { category, action: 'consent', basis: JOINT_USE, notes: [note('itemReplaced'), ...differs], reason: 'itemReplaced' };
    case 'manager':
      return declared
        ? { category, action: 'notice-without-delay', basis: `${JOINT_USE_CHANGE}, 事例2/3`, notes: [note('managerDetails')], reason: 'managerDetails' }
        : { category, action: 'prior-notice', basis: JOINT_USE_CHANGE, notes: [note('managerRenamedAsReplacement'), ...differs], reason: 'managerRenamedAsReplacement' };
  }
}

/** Words that add members to a name: 「A」 → 「A及びB」, 「A等」, 「Aグループ各社」. */
const WIDENING = /及び|並びに|および|ならびに|又は|または|等|など|その他|ほか|グループ|各社|関連会社|子会社|、|・/u;

/**
 * How a new name stands to the former one: `wider` when it holds the whole
 * former name and adds members; `unrelated` when their names (without
 * corporate forms) share no two characters in a row; else `same`.
 */
export function nameRelation(before: string, after: string): 'same' | 'wider' | 'unrelated' {
  const [b, a] = [nameKey(before), nameKey(after)];
  if (a !== b && a.includes(b) && WIDENING.test(a.replace(b, ''))) return 'wider';
  // Names that share a member: 「A及びB」 from 「A」, or a group grown from its former name.
  for (let i = 0; i + 1 < b.length; i++) if (a.includes(b.slice(i, i + 2))) return 'same';
  return b.length < 2 || a.length < 2 ? 'same' : 'unrelated';
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
      notes: [{ id: 'diff.note.movedToManager', values: { from: ctx.from ?? '' } }],
      reason: 'managerReplaced',
    };
  }
  const why = ctx.crossParent ? (kind === 'field' ? 'field' : 'entry') : 'order';
  return { category, action: 'none', basis: '', notes: [note('moved', { from: ctx.from ?? '', why })], reason: 'moved' };
}
