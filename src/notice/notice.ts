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
import type { LoadedSidePolicy } from '../diff/sides.js';
import { comparisonRows, displayText, factsJa, inDocumentOrder, plainText, type ComparisonRow } from '../diff/comparison.js';
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
}

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
    managers: NoticeSection;
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

/** What the letter is about, from the categories it tells. */
function subject(changes: readonly Change[]): { title: string; about: string; annex: string } {
  const jointUse = changes.some((c) => JOINT_USE.includes(c.category));
  const usePurpose = changes.some((c) => c.category === 'usePurpose');
  if (changes.some((c) => !JOINT_USE.includes(c.category) && c.category !== 'usePurpose')) {
    return { title: '個人情報の取扱いに関する変更のお知らせ', about: '個人情報の取扱い', annex: '新旧対照表' };
  }
  if (jointUse && usePurpose) {
    return {
      title: '個人情報の利用目的及び共同利用に関する変更のお知らせ',
      about: '個人情報の利用目的及び個人データの共同利用',
      annex: '新旧対照表（利用目的及び共同利用に関する部分）',
    };
  }
  if (usePurpose) return { title: '個人情報の利用目的の変更のお知らせ', about: '個人情報の利用目的', annex: '新旧対照表（利用目的に関する部分）' };
  return { title: '共同利用に関する変更のお知らせ', about: '個人データの共同利用', annex: '新旧対照表（共同利用に関する部分）' };
}

function headingOf(c: Change): string {
  if (c.category === 'editorial') return '';
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

function itemOf(c: Change, before: Policy, after: Policy): Omit<NoticeItem, 'number'> {
  const heading = headingOf(c);
  const isField = c.kind === 'field';
  const text = (side: 'before' | 'after') => (isField ? fieldText(c, side, side === 'before' ? before : after) : displayText(c, side, side === 'before' ? before : after, false));
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

function managersOf(policy: Policy): NoticeView['managers'] {
  const tables = nodesOf(policy)
    .filter((n) => n.kind === 'jointUse')
    .map((n) => n.value as JointUse);
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
  const about = subject(told);

  const items: NoticeItem[] = mergeManagers(told).map((entry, i) => {
    const number = `（${fullwidth(i + 1)}）`;
    if (Array.isArray(entry)) {
      const [removed, added] = entry;
      return {
        number,
        heading: headingOf(added),
        sentence: SENTENCES.manager.modified,
        before: displayText(removed, 'before', before, false),
        after: displayText(added, 'after', after, false),
        action: added.action,
      };
    }
    return { number, ...itemOf(entry, before, after) };
  });

  const org = after.organization;
  const shortName = org.shortName ?? org.name;
  const effectiveDate = after.effectiveDate ? japaneseDate(after.effectiveDate) : undefined;
  const issued = options.issued ?? after.effectiveDate;
  // Prior notice, and consent, come before the change takes effect (Art. 27(5)(iii), 27(6)).
  const inAdvance = told.filter((c) => c.action === 'prior-notice' || c.action === 'consent').length;
  const noLeadTime = inAdvance > 0 && issued !== undefined && after.effectiveDate !== undefined && issued >= after.effectiveDate;
  // The summary of the new version's own revision entry; none when the version number did not change.
  const revision =
    String(after.version) === String(before.version) ? undefined : (after.revisions ?? []).find((r) => String(r.version) === String(after.version));
  const revisionSummary = revision ? plainText(revision.summary, after, false) : undefined;

  let n = 0;
  const section = (heading: string): NoticeSection => ({ number: `${fullwidth(++n)}．`, heading });
  const sections: NoticeView['sections'] = {
    changes: section('変更の内容'),
    ...(effectiveDate ? { date: section('変更日') } : {}),
    ...(revisionSummary ? { summary: section('改定の概要') } : {}),
    managers: section(managersOf(after).label),
    annex: section('新旧対照表'),
  };

  return {
    name,
    version: after.version ?? '',
    ...(issued ? { date: japaneseDate(issued), dateIso: issued } : {}),
    addressee: 'お客さま各位',
    sender: {
      name: org.name,
      ...(org.address ? { address: org.address } : {}),
      ...(org.representative ? { representative: org.representative } : {}),
    },
    title: about.title,
    policyTitle: after.title,
    opening: [
      '拝啓　時下ますますご清祥のこととお喜び申し上げます。平素は格別のご高配を賜り、厚く御礼申し上げます。',
      `さて、${shortName}では、「${plainText(after.title, after, false)}」に定める${about.about}について、下記のとおり変更いたしますので、お知らせいたします。`,
      '何とぞご理解を賜りますよう、よろしくお願い申し上げます。',
    ],
    closing: '敬具',
    items,
    ...(effectiveDate ? { effectiveDate } : {}),
    ...(revisionSummary ? { revisionSummary } : {}),
    managers: managersOf(after),
    sections,
    annex: { title: about.annex, rows: comparisonRows(told, before, after, false) },
    consentNeeded: told.filter((c) => c.action === 'consent').length,
    ...(noLeadTime ? { noLeadTime: inAdvance } : {}),
  };
}

/** `notice-<name>-<version>` with the version made safe for a file name. */
export function noticeFileStem(view: Pick<NoticeView, 'name' | 'version'>): string {
  return `notice-${view.name}-${String(view.version).replace(/[^A-Za-z0-9._-]+/g, '_')}`;
}
