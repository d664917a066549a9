/**
 * The notice to individuals (本人への通知) of the changes between two policy
 * versions: a formal Japanese letter 「共同利用に関する変更のお知らせ」 with
 * the 新旧対照表 of the changed part attached (別紙).
 *
 * Only changes that need an action are told; editorial changes and moved
 * entries without consequence are left out. The wording is the standard
 * phrasing of a Japanese business letter (拝啓…敬具, 記…以上) around the
 * policy's own texts: nothing is said that the data does not hold (no reason
 * is given unless the new version's revision entry has a summary).
 */
import { parse as parseYaml } from 'yaml';
import type { LoadedSidePolicy } from '../diff/sides.js';
import { readTemplateFile } from '../render/templates.js';
import type { AbroadShape, SectionShape } from '../model/schema.js';
import { comparisonRows, displayText, factsJa, inDocumentOrder, markChanges, omitUnchanged, plainText, type ComparisonRow } from '../diff/comparison.js';
import type { Action, Category, Change, PolicyDiff } from '../diff/types.js';
import type { JointUse, Policy } from '../model/schema.js';
import { numberLabel } from '../model/numbering.js';
import { nodesOf } from '../model/walk.js';
import { DEFAULT_NUMBERING, japaneseDate } from '../render/view.js';

export interface NoticeItem {
  /** （１） */
  number: string;
  /** 共同利用する者の範囲 */
  heading: string;
  /** 共同利用する者に、次の者を加えます。 */
  sentence: string;
  /** The text before and after; null when absent (（なし）, （削除）). */
  before: string | null;
  after: string | null;
  /** Marked for the reader when the change needs consent, not only notice. */
  action: Action;
  /** The facts that changed (「追加：中華人民共和国」), when they decided. */
  facts?: string;
  /** Beside a change that needs consent: 「この変更には、お客さまの同意が必要です。」 */
  mark?: string;
}

/** A section of the letter beyond the changes: the request for consent, the Art. 28(2) information, the contact. */
export interface NoticeNote {
  /** ５． */
  number: string;
  heading: string;
  paragraphs: string[];
  /** Label and value, e.g. ご回答の期限：2027年6月30日; a group of rows per recipient abroad. */
  rows: Array<{ label: string; value: string }>;
  /** Paragraphs after the rows. */
  after: string[];
}

/** What the letter is, by the strongest action of its changes. */
export type NoticeKind = 'notice' | 'prior-notice' | 'consent';

export interface NoticeManager {
  /** ①基本情報 */
  groups: string;
  name: string;
  exception?: string;
  address?: string;
  representative?: string;
}

export interface NoticeSection {
  /** １． */
  number: string;
  heading: string;
}

export interface NoticeView {
  name: string;
  version: string;
  /** お知らせ, 事前のお知らせ or 同意のお願い. */
  kind: NoticeKind;
  /** Days from the letter's date to the 変更日, when both are known. */
  leadDays?: number;
  /** For a request for consent: the last day for an answer (YYYY-MM-DD). */
  replyByIso?: string;
  /** The 変更日 as the letter states it (with the lead time for a letter sent in advance). */
  changeDateLine?: string;
  /** Sections after 改定の概要: the request for consent, the Art. 28(2) information, the opt-out. */
  notes: NoticeNote[];
  /** お問い合わせ先: the policy's contact block, when it has one. */
  contact?: NoticeNote;
  /** The contact block's e-mail address: the sender of the letter by e-mail. */
  contactEmail?: string;
  /** Changes of provision by opt-out: the business files them with the PPC beforehand (Art. 27(3)). */
  optOutChanges: number;
  /** A change on provision abroad told without the Art. 28(2) information (no `abroad:` on its section): where it is. */
  abroadMissing?: Array<string | number>;
  /**
   * Changes that must be told in advance (prior notice, consent) although the
   * letter is dated on or after the effective date: no lead time is left.
   */
  noLeadTime?: number;
  /** The letter's date, 2027年4月1日: the issue date, else the new version's effective date; undefined when neither is known (a blank date line is printed). */
  date?: string;
  dateIso?: string;
  addressee: string;
  sender: { name: string; address?: string; representative?: string };
  /** 共同利用に関する変更のお知らせ */
  title: string;
  policyTitle: string;
  /** 拝啓… paragraphs; the first starts with 拝啓. */
  opening: string[];
  closing: string;
  items: NoticeItem[];
  /** 変更日: the new version's effective date. */
  effectiveDate?: string;
  /** The summary of the new version's revision entry, when there is one. */
  revisionSummary?: string;
  managers: { label: string; entries: NoticeManager[] };
  sections: {
    changes: NoticeSection;
    date?: NoticeSection;
    summary?: NoticeSection;
    /** Only when a joint-use table changed. */
    managers?: NoticeSection;
    annex: NoticeSection;
  };
  annex: { title: string; rows: ComparisonRow[] };
  /** Changes that need the individual's consent: a letter alone does not suffice (told on stderr by the CLI). */
  consentNeeded: number;
}

const JOINT_USE: readonly Category[] = ['party', 'item', 'jointPurpose', 'manager'];

/** The changes a letter tells: every change that needs an action. */
export function noticeChanges(diff: PolicyDiff): Change[] {
  return diff.changes.filter((c) => c.action !== 'none');
}

const FULLWIDTH_DIGITS = '０１２３４５６７８９';
function fullwidth(n: number): string {
  return String(n).replace(/\d/g, (d) => FULLWIDTH_DIGITS[Number(d)]!);
}

// ─── the wording table (templates/notice/wording.yaml) ───────────────────────

interface Topic {
  topic: string;
  about: string;
  annex: string;
}

interface Wording {
  topics: Record<'jointUse' | 'usePurpose' | 'both' | 'other', Topic>;
  kinds: Record<NoticeKind, { title: string; opening: string[]; date: string }>;
  consentMark: string;
  consent: { heading: string; paragraphs?: string[]; rows: Array<{ label: string; value: string }>; after?: string[] };
  abroad: { heading: string; paragraphs?: string[]; country: string; recipient: string; system: string; measures: string };
  optOut: { heading: string; paragraphs: string[] };
  contact: { heading: string; labels: Record<string, string> };
}

/** The letter's words, read from the templates (a project's own replaces the bundled one). */
export function noticeWording(): Wording {
  return parseYaml(readTemplateFile('notice/wording.yaml')) as Wording;
}

/** 「…{name}…」 with the values filled in; a name without a value is kept as written. */
function fill(text: string, values: Readonly<Record<string, string | number | undefined>>): string {
  return text.replace(/\{(\w+)\}/g, (all, name: string) => (values[name] !== undefined ? String(values[name]) : all));
}

/** What the letter is about, from the categories it tells. */
function subject(changes: readonly Change[], wording: Wording): Topic {
  const jointUse = changes.some((c) => JOINT_USE.includes(c.category));
  const usePurpose = changes.some((c) => c.category === 'usePurpose');
  if (changes.some((c) => !JOINT_USE.includes(c.category) && c.category !== 'usePurpose')) return wording.topics.other;
  if (jointUse && usePurpose) return wording.topics.both;
  if (usePurpose) return wording.topics.usePurpose;
  return wording.topics.jointUse;
}

/** The letter's kind: consent when any change needs it, else prior notice when any must be told in advance, else a notice. */
export function noticeKind(changes: readonly Change[]): NoticeKind {
  if (changes.some((c) => c.action === 'consent')) return 'consent';
  if (changes.some((c) => c.action === 'prior-notice')) return 'prior-notice';
  return 'notice';
}

/** The day before an ISO date. */
function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function headingOf(c: Change): string {
  if (c.category === 'editorial') return '';
  // The business's own name, address or representative is named as such, not as a manager of a joint use.
  if (c.context.businessIdentity) return c.context.place;
  return c.context.heading ?? DEFAULT_HEADINGS[c.category];
}

const DEFAULT_HEADINGS: Record<Exclude<Category, 'editorial'>, string> = {
  party: '共同利用する者の範囲',
  item: '共同利用する情報項目',
  jointPurpose: '共同利用の目的',
  manager: '共同利用の管理責任者',
  provision: '第三者提供',
  usePurpose: '利用目的',
  unclassified: '個人情報の取扱い',
  overseas: '外国にある第三者への提供',
  optOut: 'オプトアウトによる第三者提供',
  entrustment: '個人データの取扱いの委託',
  sensitive: '要配慮個人情報の取得',
  publication: '公表事項',
};

const SENTENCES: Record<Exclude<Category, 'editorial'>, { added: string; removed: string; modified: string }> = {
  party: {
    added: '共同利用する者に、次の者を加えます。',
    removed: '共同利用する者から、次の者を除きます。',
    modified: '共同利用する者の名称を、次のとおり変更します。',
  },
  item: {
    added: '共同利用する情報項目に、次の項目を加えます。',
    removed: '共同利用する情報項目から、次の項目を除きます。',
    modified: '共同利用する情報項目の記載を、次のとおり改めます。',
  },
  jointPurpose: {
    added: '共同利用の目的に、次の目的を加えます。',
    removed: '共同利用の目的から、次の目的を除きます。',
    modified: '共同利用の目的の記載を、次のとおり改めます。',
  },
  manager: {
    added: '個人データの管理について責任を有する者を、次のとおり変更します。',
    removed: '個人データの管理について責任を有する者を、次のとおり変更します。',
    modified: '個人データの管理について責任を有する者を、次のとおり変更します。',
  },
  provision: {
    added: '個人データの第三者への提供について、次の定めを加えます。',
    removed: '個人データの第三者への提供について、次の定めを削ります。',
    modified: '個人データの第三者への提供に関する定めを、次のとおり改めます。',
  },
  usePurpose: {
    added: '利用目的に、次の目的を加えます。',
    removed: '利用目的から、次の目的を除きます。',
    modified: '利用目的の記載を、次のとおり改めます。',
  },
  unclassified: {
    added: '個人情報の取扱いについて、次の定めを加えます。',
    removed: '個人情報の取扱いについて、次の定めを削ります。',
    modified: '個人情報の取扱いに関する定めを、次のとおり改めます。',
  },
  overseas: {
    added: '外国にある第三者への個人データの提供について、次の定めを加えます。',
    removed: '外国にある第三者への個人データの提供について、次の定めを削ります。',
    modified: '外国にある第三者への個人データの提供に関する定めを、次のとおり改めます。',
  },
  optOut: {
    added: '本人の求めに応じて提供を停止する第三者提供（オプトアウト）について、次の定めを加えます。',
    removed: '本人の求めに応じて提供を停止する第三者提供（オプトアウト）について、次の定めを削ります。',
    modified: '本人の求めに応じて提供を停止する第三者提供（オプトアウト）に関する定めを、次のとおり改めます。',
  },
  entrustment: {
    added: '個人データの取扱いの委託について、次の定めを加えます。',
    removed: '個人データの取扱いの委託について、次の定めを削ります。',
    modified: '個人データの取扱いの委託に関する定めを、次のとおり改めます。',
  },
  sensitive: {
    added: '要配慮個人情報の取得について、次の定めを加えます。',
    removed: '要配慮個人情報の取得について、次の定めを削ります。',
    modified: '要配慮個人情報の取得に関する定めを、次のとおり改めます。',
  },
  publication: {
    added: '公表事項に、次の定めを加えます。',
    removed: '公表事項から、次の定めを削ります。',
    modified: '公表事項の記載を、次のとおり改めます。',
  },
};

const MANAGER_DETAILS = '個人データの管理について責任を有する者の名称等を、次のとおり変更します。';

/** A data item shown with its group: 「②供給（受電）地点に関する情報：力率」. */
function fieldText(change: Change, side: 'before' | 'after', policy: Policy): string | null {
  const text = displayText(change, side, policy, false);
  if (text === null) return null;
  const context = side === 'before' && change.from ? change.from.context : change.context;
  return context.group ? `${plainText(context.group, policy, false)}：${text}` : text;
}

/** A section's two texts with its unchanged paragraphs left out as （略）, as in the 新旧対照表. */
function sectionTexts(c: Change, before: Policy, after: Policy): { before: string | null; after: string | null } {
  const b = displayText(c, 'before', before, false);
  const a = displayText(c, 'after', after, false);
  if (a === null || b === null || c.change === 'moved') return { before: b, after: a };
  const marked = markChanges(b, a);
  const join = (segments: readonly { text: string }[]) => segments.map((x) => x.text).join('');
  const keep = !!c.context.titled;
  return { before: join(omitUnchanged(marked.before, keep, marked.after)), after: join(omitUnchanged(marked.after, keep, marked.before)) };
}

function itemOf(c: Change, before: Policy, after: Policy): Omit<NoticeItem, 'number'> {
  const heading = headingOf(c);
  const isField = c.kind === 'field';
  const section = c.kind === 'clause' ? sectionTexts(c, before, after) : undefined;
  const text = (side: 'before' | 'after') =>
    section ? section[side] : isField ? fieldText(c, side, side === 'before' ? before : after) : displayText(c, side, side === 'before' ? before : after, false);
  const category = c.category === 'editorial' ? 'item' : c.category;
  let sentence: string;
  if (c.change === 'moved') sentence = `${heading}の記載を、次のとおり改めます。`;
  else if (c.category === 'manager' && c.action === 'notice-without-delay') sentence = MANAGER_DETAILS;
  else sentence = SENTENCES[category][c.change];
  const facts = factsJa(c);
  return { heading, sentence, before: text('before'), after: text('after'), action: c.action, ...(facts ? { facts } : {}) };
}

/** A removed and an added manager answering for the same data are one replacement: 変更前 → 変更後. */
function mergeManagers(changes: readonly Change[]): Array<Change | [Change, Change]> {
  const groupsOf = (c: Change) => new Set(c.context.groups ?? []);
  const out: Array<Change | [Change, Change]> = [];
  const used = new Set<Change>();
  for (const c of changes) {
    if (used.has(c)) continue;
    if (c.category === 'manager' && c.change === 'removed') {
      const groups = groupsOf(c);
      const partner = changes.find(
        (d) => !used.has(d) && d.category === 'manager' && d.change === 'added' && [...groupsOf(d)].some((g) => groups.has(g)),
      );
      if (partner) {
        used.add(partner);
        out.push([c, partner]);
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

/** The managers of the joint-use tables `ids` (every table when `ids` is undefined). */
function managersOf(policy: Policy, ids?: ReadonlySet<string>): NoticeView['managers'] {
  const tables = nodesOf(policy)
    .filter((n) => n.kind === 'jointUse')
    .map((n) => n.value as JointUse)
    .filter((ju) => !ids || ids.has(ju.id));
  const label = tables[0]?.managers.label ?? '共同利用の管理責任者';
  return {
    label,
    entries: tables.flatMap((ju) => {
      const numbering = ju.items.numbering ?? DEFAULT_NUMBERING.groups;
      const groupLabel = new Map((ju.items.groups ?? []).map((g, i) => [g.id, `${numberLabel(numbering, i + 1)}${plainText(g.name, policy, false)}`]));
      return ju.managers.entries.map((m) => ({
      groups: (m.groups ?? []).map((g) => groupLabel.get(g) ?? g).join('、'),
      name: plainText(m.name, policy, false),
      ...(m.exception ? { exception: plainText(m.exception, policy, false) } : {}),
      ...(m.address ? { address: m.address } : {}),
      ...(m.representative ? { representative: m.representative } : {}),
      }));
    }),
  };
}

/** The letter for one policy, or undefined when no change needs telling. */
export interface NoticeOptions {
  /** The date the letter is issued (YYYY-MM-DD); without it, the new version's effective date. */
  issued?: string;
  /** For a request for consent: the last day for an answer (YYYY-MM-DD); without it, the day before the 変更日. */
  replyBy?: string;
}

/** The sections of `policy` along a change's YAML path, outermost first. */
function sectionsAlong(policy: Policy, segments: ReadonlyArray<string | number>): SectionShape[] {
  const out: SectionShape[] = [];
  let list = policy.sections as SectionShape[] | undefined;
  for (let i = 0; i + 1 < segments.length && list; i += 2) {
    if (segments[i] !== 'sections' || typeof segments[i + 1] !== 'number') break;
    const s: SectionShape | undefined = list[segments[i + 1] as number];
    if (!s) break;
    out.push(s);
    list = s.sections;
  }
  return out;
}

/** The Art. 28(2) information for the changes on provision abroad: the `abroad` entries of the sections they are in (the nearest that has them). */
export function abroadOf(policy: Policy, changes: readonly Change[]): AbroadShape[] {
  const found = new Map<string, AbroadShape>();
  for (const c of changes) {
    if (c.category !== 'overseas' && !(c.roles ?? []).includes('overseas')) continue;
    const along = sectionsAlong(policy, c.segments).reverse();
    for (const a of along.find((s) => s.abroad?.length)?.abroad ?? []) found.set(JSON.stringify(a), a);
  }
  return [...found.values()];
}

/** The policy's contact block (the first), as rows of the letter's お問い合わせ先. */
function contactRows(policy: Policy, labels: Record<string, string>): Array<{ label: string; value: string }> | undefined {
  const node = nodesOf(policy).find((n) => n.kind === 'contact');
  if (!node) return undefined;
  const c = node.value as Record<string, string> & { labels?: Record<string, string> };
  const rows: Array<{ label: string; value: string }> = [];
  const name = [c.organization, c.name].filter(Boolean).map((x) => plainText(x!, policy, false)).join('　');
  rows.push({ label: '', value: name });
  for (const key of ['address', 'phone', 'fax', 'email', 'url', 'hours'] as const) {
    if (c[key]) rows.push({ label: c.labels?.[key] ?? labels[key] ?? key, value: plainText(c[key], policy, false) });
  }
  if (c.note) rows.push({ label: '', value: plainText(c.note, policy, false) });
  return rows;
}

export function buildNoticeView(
  name: string,
  oldSide: LoadedSidePolicy,
  newSide: LoadedSidePolicy,
  diff: PolicyDiff,
  options: NoticeOptions = {},
): NoticeView | undefined {
  const before = oldSide.policy;
  const after = newSide.policy;
  const told = inDocumentOrder(noticeChanges(diff));
  if (told.length === 0) return undefined;
  const wording = noticeWording();
  const about = subject(told, wording);
  const kind = noticeKind(told);

  const entries = mergeManagers(told);
  const numbers = new Map<Change, string>();
  const items: NoticeItem[] = entries.map((entry, i) => {
    const number = `（${fullwidth(i + 1)}）`;
    if (Array.isArray(entry)) {
      const [removed, added] = entry;
      numbers.set(removed, number).set(added, number);
      return {
        number,
        heading: headingOf(added),
        sentence: SENTENCES.manager.modified,
        before: displayText(removed, 'before', before, false),
        after: displayText(added, 'after', after, false),
        action: added.action,
        ...(added.action === 'consent' || removed.action === 'consent' ? { mark: wording.consentMark } : {}),
      };
    }
    numbers.set(entry, number);
    return { number, ...itemOf(entry, before, after), ...(entry.action === 'consent' ? { mark: wording.consentMark } : {}) };
  });
  const consentItems = [...new Set(told.filter((c) => c.action === 'consent').map((c) => numbers.get(c)!))].join('、');

  const org = after.organization;
  const shortName = org.shortName ?? org.name;
  const effectiveDate = after.effectiveDate ? japaneseDate(after.effectiveDate) : undefined;
  const issued = options.issued ?? after.effectiveDate;
  // Prior notice, and consent, come before the change takes effect (Art. 27(5)(iii), 27(6)).
  const inAdvance = told.filter((c) => c.action === 'prior-notice' || c.action === 'consent').length;
  const noLeadTime = inAdvance > 0 && issued !== undefined && after.effectiveDate !== undefined && issued >= after.effectiveDate;
  const leadDays = issued !== undefined && after.effectiveDate !== undefined ? daysBetween(issued, after.effectiveDate) : undefined;
  const replyByIso = kind === 'consent' ? options.replyBy ?? (after.effectiveDate ? dayBefore(after.effectiveDate) : undefined) : undefined;
  // The summary of the new version's own revision entry; none when the version number did not change.
  const revision =
    String(after.version) === String(before.version) ? undefined : (after.revisions ?? []).find((r) => String(r.version) === String(after.version));
  const revisionSummary = revision ? plainText(revision.summary, after, false) : undefined;

  // Only the managers of the tables that changed; none when no joint use changed.
  const tables = new Set(told.filter((c) => JOINT_USE.includes(c.category) && c.context.table).map((c) => c.context.table!));
  const managers = managersOf(after, tables);
  const abroad = abroadOf(after, told);
  const overseas = told.filter((c) => c.category === 'overseas' || (c.roles ?? []).includes('overseas'));
  const abroadMissing = overseas.length > 0 && abroad.length === 0 ? overseas[0]!.segments : undefined;
  const optOutChanges = told.filter((c) => c.category === 'optOut').length;
  const contactList = contactRows(after, wording.contact.labels);
  const contactEmail = (nodesOf(after).find((n) => n.kind === 'contact')?.value as { email?: string } | undefined)?.email;

  let n = 0;
  const section = (heading: string): NoticeSection => ({ number: `${fullwidth(++n)}．`, heading });
  const changes = section('変更の内容');
  const date = effectiveDate ? section('変更日') : undefined;
  const summarySection = revisionSummary ? section('改定の概要') : undefined;
  // The information of Art. 28(2) first: consent to a provision abroad is given on it.
  const abroadSection = abroad.length ? section(wording.abroad.heading) : undefined;
  const consentSection = kind === 'consent' ? section(wording.consent.heading) : undefined;
  const optOutSection = optOutChanges ? section(wording.optOut.heading) : undefined;
  const managersSection = tables.size && managers.entries.length ? section(managers.label) : undefined;
  const contactSection = contactList ? section(wording.contact.heading) : undefined;
  const annex = section('新旧対照表');

  const values = {
    shortName,
    policyTitle: plainText(after.title, after, false),
    about: about.about,
    topic: about.topic,
    effectiveDate: effectiveDate ?? '変更日',
    leadDays,
    replyBy: replyByIso ? japaneseDate(replyByIso) : undefined,
    items: consentItems,
    contact: contactSection ? `下記${contactSection.number}` : shortName,
  };
  const words = wording.kinds[kind];
  const fillAll = (list: readonly string[] | undefined) => (list ?? []).map((t) => fill(t, values));
  const notes: NoticeNote[] = [];
  if (abroadSection) {
    notes.push({
      ...abroadSection,
      paragraphs: fillAll(wording.abroad.paragraphs),
      rows: abroad.flatMap((a) => [
        { label: wording.abroad.country, value: plainText(a.country, after, false) },
        ...(a.recipient ? [{ label: wording.abroad.recipient, value: plainText(a.recipient, after, false) }] : []),
        { label: wording.abroad.system, value: plainText(a.system, after, false) },
        { label: wording.abroad.measures, value: plainText(a.measures, after, false) },
      ]),
      after: [],
    });
  }
  if (consentSection) {
    notes.push({
      ...consentSection,
      paragraphs: fillAll(wording.consent.paragraphs),
      rows: wording.consent.rows.map((r) => ({ label: r.label, value: fill(r.value, values) })),
      after: fillAll(wording.consent.after),
    });
  }
  if (optOutSection) notes.push({ ...optOutSection, paragraphs: fillAll(wording.optOut.paragraphs), rows: [], after: [] });

  return {
    name,
    version: after.version ?? '',
    kind,
    ...(leadDays !== undefined ? { leadDays } : {}),
    ...(replyByIso ? { replyByIso } : {}),
    ...(effectiveDate ? { changeDateLine: fill(words.date, values) } : {}),
    ...(issued ? { date: japaneseDate(issued), dateIso: issued } : {}),
    addressee: 'お客さま各位',
    sender: {
      name: org.name,
      ...(org.address ? { address: org.address } : {}),
      ...(org.representative ? { representative: org.representative } : {}),
    },
    title: fill(words.title, values),
    policyTitle: after.title,
    opening: fillAll(words.opening),
    closing: '敬具',
    items,
    ...(effectiveDate ? { effectiveDate } : {}),
    ...(revisionSummary ? { revisionSummary } : {}),
    managers,
    sections: {
      changes,
      ...(date ? { date } : {}),
      ...(summarySection ? { summary: summarySection } : {}),
      ...(managersSection ? { managers: managersSection } : {}),
      annex,
    },
    notes,
    ...(contactSection && contactList ? { contact: { ...contactSection, paragraphs: [], rows: contactList, after: [] } } : {}),
    ...(contactEmail ? { contactEmail } : {}),
    optOutChanges,
    ...(abroadMissing ? { abroadMissing } : {}),
    annex: { title: about.annex, rows: comparisonRows(told, before, after, false) },
    consentNeeded: told.filter((c) => c.action === 'consent').length,
    ...(noLeadTime ? { noLeadTime: inAdvance } : {}),
  };
}

/** `notice-<name>-<version>` with the version made safe for a file name. */
export function noticeFileStem(view: Pick<NoticeView, 'name' | 'version'>): string {
  return `notice-${view.name}-${String(view.version).replace(/[^A-Za-z0-9._-]+/g, '_')}`;
}
