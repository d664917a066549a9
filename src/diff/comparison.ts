/**
 * The comparison model of two policy versions, as Japanese legal staff read
 * it: the changes in document order with their places, the changed words
 * marked, and the summary in Japanese. It reads only the structured diff
 * (each change's kind, context, order and reason); the 新旧対照表 in HTML,
 * PDF and Word, the notice letter and the site's history are built from it.
 *
 * The texts are shown as a reader sees them: footnote marks as ※1 (numbered
 * in their own version), Markdown as plain text, dates in Japanese.
 */
import { parseInline, type Inline } from '../inline/inline.js';
import type { Policy } from '../model/schema.js';
import { japaneseDate, type ViewInline } from '../render/view.js';
import { inlineToText } from '../render/inline-text.js';
import type { LoadedSidePolicy } from './sides.js';
import { normalizeText } from './normalize.js';
import { wordDiff } from './word-diff.js';
import { ACTIONS, CATEGORIES, CHANGE_KINDS, TRANSLATION_CHANGES, type Action, type Category, type Change, type ChangeKind, type DiffProblem, type PolicyDiff } from './types.js';
import { t, type MessageId } from '../i18n/catalogue.js';
import type { Reason } from './classify.js';
import { decisionOf, recordedFor, type Decision, type DecisionAction } from './decision.js';

// ─── Japanese labels ─────────────────────────────────────────────────────────

/** The names of the catalogue (src/i18n/diff.ts), in Japanese: one table for the text report, the 新旧対照表, the letters and the site. */
const namesJa = <K extends string>(keys: readonly K[], id: (key: K) => MessageId): Readonly<Record<K, string>> =>
  Object.fromEntries(keys.map((k) => [k, t(id(k), 'ja')])) as Record<K, string>;

export const CATEGORY_JA = namesJa(CATEGORIES, (c) => `diff.category.${c}`);

export const ACTION_JA = namesJa(ACTIONS, (a) => `diff.action.${a}`);

/** What each action means, in the words of the Act (shown under the summary). */
export const ACTION_MEANING_JA: ReadonlyArray<{ action: Action; label: string; meaning: string }> = [
  { action: 'review', label: ACTION_JA.review, meaning: 'ツールでは判断できないため、本人への対応の要否を法務担当者が判断すること' },
  { action: 'consent', label: ACTION_JA.consent, meaning: 'あらかじめ本人の同意を得ること' },
  { action: 'prior-notice', label: ACTION_JA['prior-notice'], meaning: 'あらかじめ本人に通知し、又は本人が容易に知り得る状態に置くこと' },
  { action: 'notice-without-delay', label: ACTION_JA['notice-without-delay'], meaning: '遅滞なく本人に通知し、又は本人が容易に知り得る状態に置くこと' },
  { action: 'notice', label: ACTION_JA.notice, meaning: '本人に通知し、又は公表すること' },
];

export const KIND_JA = namesJa(CHANGE_KINDS, (k) => `diff.kind.${k}`);

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10 };

/**
 * A legal basis as cited in Japanese:
 * `APPI Art. 27(5)(iii); PPC Guidelines (General Rules) 3-6-3` →
 * 「個人情報保護法第27条第5項第3号、個人情報保護委員会ガイドライン（通則編）3-6-3」.
 * Anything not recognised is kept as written.
 */
export function basisJa(basis: string): string {
  if (!basis) return '';
  return basis
    .split(/;\s*/)
    .map((part) => {
      const act = /^(APPI|Cabinet Order) Art\.\s*(.+)$/.exec(part);
      if (act) {
        // 「28(1), (2)」: a paragraph written alone belongs to the article before it; 「17–28」 is a range.
        let article = '';
        const refs = act[2]!.split(/,\s*/).map((ref) => {
          const range = /^(\d+)[–-](\d+)$/.exec(ref.trim());
          if (range) return `第${range[1]}条から第${range[2]}条まで`;
          const m = /^(\d+)?(?:\((\d+)\))?(?:\(([ivx]+)\))?$/.exec(ref.trim());
          if (!m || (!m[1] && !m[2])) return null;
          const own = m[1] !== undefined;
          if (own) article = m[1]!;
          if (!article) return null;
          return `${own ? `第${article}条` : ''}${m[2] ? `第${m[2]}項` : ''}${m[3] ? `第${ROMAN[m[3]] ?? m[3]}号` : ''}`;
        });
        if (refs.every((r) => r !== null)) return `${act[1] === 'APPI' ? '個人情報保護法' : '個人情報保護法施行令'}${refs.join('、')}`;
        return part;
      }
      const guideline = /^PPC Guidelines \(General Rules\)\s*(.+)$/.exec(part);
      if (guideline) return `個人情報保護委員会ガイドライン（通則編）${guideline[1]}`;
      return part;
    })
    .join('、');
}

// ─── display texts ───────────────────────────────────────────────────────────

/**
 * Inline Markdown as the reader sees it: footnote marks as ※n of `policy`
 * (or left out with `marks: false`), links as their words.
 */
export function plainText(source: string, policy: Policy | undefined, marks = true): string {
  const { nodes, problems } = parseInline(source);
  if (problems.length > 0) return source; // not a valid policy text: show it as written
  const notes = new Map((policy?.footnotes ?? []).map((f, i) => [f.id, i + 1]));
  const text = (value: string): ViewInline[] => (value ? [{ type: 'text', value }] : []);
  const resolve = (list: readonly Inline[]): ViewInline[] =>
    list.flatMap((n): ViewInline[] => {
      switch (n.type) {
        case 'noteRef':
          return text(!marks ? '' : notes.has(n.id) ? `※${notes.get(n.id)}` : `[^${n.id}]`);
        case 'slot':
          return text('{list}');
        case 'emphasis':
        case 'strong':
        case 'link':
          return [{ ...n, children: resolve(n.children) }];
        default:
          return [n];
      }
    });
  return inlineToText(resolve(nodes));
}

const ISO_DATE = /\b(\d{4}-\d{2}-\d{2})\b/g;

/** The text of one side of a change as shown in the 新旧対照表, or null when absent. */
export function displayText(change: Change, side: 'before' | 'after', policy: Policy | undefined, marks = true): string | null {
  const text = change[side];
  if (text === null) return null;
  let shown = plainText(text, policy, marks);
  if (change.kind === 'scalar' && change.id === 'version') shown = `第${shown}版`;
  if ((change.kind === 'scalar' && change.id === 'effectiveDate') || change.kind === 'revision') shown = shown.replace(ISO_DATE, (d) => japaneseDate(d));
  if (change.kind === 'revision') shown = shown.replace(/^(\S+?)（/, '第$1版（');
  return lines(shown);
}

/** A text's lines, each normalized (normalizeText), empty ones left out: a heading stays on its own line above its body. */
export function lines(text: string): string {
  return text
    .split(/\r\n|[\n\r\u2028\u2029]/)
    .map(normalizeText)
    .filter(Boolean)
    .join('\n');
}

export interface Segment {
  text: string;
  /** Underlined (傍線): the words that differ from the other version. */
  changed: boolean;
}

function pushSegment(out: Segment[], text: string, changed: boolean): void {
  if (!text) return;
  const last = out[out.length - 1];
  if (last && last.changed === changed) last.text += text;
  else out.push({ text, changed });
}

/** What stands for the unchanged parts of an article left out of the 新旧対照表 (法制執務). */
export const OMITTED = '（略）';

/** Segments split at line ends: one list of segments per line. */
function byLine(segments: readonly Segment[]): Segment[][] {
  const out: Segment[][] = [[]];
  for (const s of segments) {
    s.text.split('\n').forEach((part, i) => {
      if (i > 0) out.push([]);
      if (part) out[out.length - 1]!.push({ text: part, changed: s.changed });
    });
  }
  return out;
}

/**
 * An article's text with the lines that did not change left out, each run of
 * them as one 「（略）」 line (the heading, when the text starts with it, is
 * kept). A line is changed when words of it are, or when the other side
 * (`other`) has no line like it; unchanged lines are the same on both sides,
 * so the （略） stand for the same parts.
 */
export function omitUnchanged(segments: readonly Segment[], keepFirst: boolean, other?: readonly Segment[]): Segment[] {
  const all = byLine(segments);
  if (all.length < 3) return [...segments];
  // A line of one side only is changed, though none of its words is (the other side gained words there).
  const otherLines = other ? new Set(byLine(other).map((line) => line.map((s) => s.text).join(''))) : undefined;
  const changed = (line: readonly Segment[]) => line.some((s) => s.changed) || (otherLines !== undefined && !otherLines.has(line.map((s) => s.text).join('')));
  const kept: Segment[][] = [];
  all.forEach((line, i) => {
    if ((keepFirst && i === 0) || changed(line)) kept.push(line);
    else if (kept[kept.length - 1]?.[0]?.text !== OMITTED || kept[kept.length - 1]!.length !== 1) kept.push([{ text: OMITTED, changed: false }]);
  });
  const out: Segment[] = [];
  kept.forEach((line, i) => {
    if (i > 0) pushSegment(out, '\n', false);
    for (const s of line) pushSegment(out, s.text, s.changed);
  });
  return out;
}

/** The two sides of a modified text, with the changed words of each marked. */
export function markChanges(before: string, after: string): { before: Segment[]; after: Segment[] } {
  const out = { before: [] as Segment[], after: [] as Segment[] };
  for (const part of wordDiff(before, after)) {
    if (!part.added) pushSegment(out.before, part.value, !!part.removed);
    if (!part.removed) pushSegment(out.after, part.value, !!part.added);
  }
  return out;
}

// ─── places ──────────────────────────────────────────────────────────────────

/** Where a change is, in Japanese, as the policy numbers it: 「共同利用の目的⑤」, 「第3条（利用目的）(1)②」, 「第7条第2項（…）」. */
export function placeOf(change: Change, side: 'before' | 'after' = change.after !== null ? 'after' : 'before'): string {
  return side === 'before' && change.from ? change.from.context.place : change.context.place;
}

// ─── the model ───────────────────────────────────────────────────────────────

export interface ComparisonCell {
  /** Where the entry is in this version (for an absent entry: where it is in the other). */
  place: string;
  /** The text; null when the entry is absent from this version (「（新設）」 or 「（削除）」). */
  segments: Segment[] | null;
}

export interface ComparisonRow {
  no: number;
  kind: ChangeKind;
  kindLabel: string;
  /** 改正後 (left column). */
  after: ComparisonCell;
  /** 改正前 (right column). */
  before: ComparisonCell;
  moved: boolean;
}

/**
 * Remarks (備考) of the summary, by the rule that gave the action: what a
 * reviewer should know beyond the action itself. One table, for legal staff
 * to reword.
 */
export const REMARK_JA: Readonly<Partial<Record<Reason, string>>> = {
  usePurpose: '変更前の利用目的と関連性を有すると合理的に認められる範囲を超える場合は、本人の同意が必要です（法17条2項、18条1項）。',
  usePurposeText: '利用目的を導く記述の変更です。利用目的の範囲が変わる場合は、関連性の範囲を超えないかを確認してください（法17条2項）。',
  partyReplaced: '同じidで別の名称です。同一事業者の名称変更・承継であれば、formerName に旧名称を記載してください（通則編3-6-3 事例2・3）。',
  itemReplaced: '同じidで別の項目です。同じ項目の表記の変更であれば、formerName に旧表記を記載してください。',
  managerRenamedAsReplacement: '同じidで別の名称のため、管理責任者の変更として扱います。同一の者の名称変更であれば formerName を記載してください。',
  partyRenamed: '同一事業者の名称変更・承継（formerName で確認）。',
  scopeText: '共同利用者の範囲を定める記述の変更です。範囲が変わらない表現の変更であるかを確認してください。',
  itemText: '共同利用する項目を定める記述の変更です。',
  businessIdentity: '事業者の名称・住所・代表者の変更です（法32条1項1号、27条6項）。',
  provision: '第三者提供に関する定めの変更です（法27条1項、28条1項）。',
  sameMeaning: '全角・半角、空白、書式、表記ゆれ、郵便番号又は住所の書き方のみの変更です。',
  idRenamed: 'idのみの変更です（内容は同じ）。',
  unknownFacts: '一般的な記述又は取得に関する記述ですが、提供先、国、提供等の態様若しくは要配慮個人情報が加わり、又は同意についての定めが変わりました。法的な位置付けを法務担当者が判断してください。',
  purposeGives: '利用目的に提供先又は国が加わりました。第三者提供（法27条1項）又は共同利用（法27条5項3号）に当たらないかを法務担当者が判断してください。',
  unknownRole: 'この記述の法的な位置付けをツールでは判断できません。本人への対応の要否を法務担当者が判断し、判断後は role を記載してください。',
  sameFacts: '提供先、国、項目、提供等の態様及び範囲を広げ又は狭める語は同じです。文言のみの変更であることを確認してください。',
  typoCorrected: '誤記の訂正のみです（同一の提供先）。',
  identityEcho: '事業者の名称・住所・代表者の変更のみで、同じ変更は「事業者」の欄で扱います。',
  headingOnly: '見出しのみの変更です（同じ部分を指します）。',
  overseas: '外国にある第三者への提供です。法28条2項の情報（国名、当該国の制度、提供先の措置）を提供した上で同意を得る必要があります（法28条1項）。',
  optOut: 'オプトアウトによる第三者提供です。事前の通知等に加え、個人情報保護委員会への届出が必要です（法27条2項、3項）。',
  entrustment: '委託に関する定めの変更です。利用目的の達成に必要な範囲内かつ国内の委託先への委託であるかを確認してください（法27条5項1号、28条1項）。',
  useLimitation: '利用目的の達成に必要な範囲を超えた取扱いには、あらかじめ本人の同意が必要です（法18条1項）。',
  sensitive: '要配慮個人情報を要する変更です。取得には、あらかじめ本人の同意が必要です（法20条2項）。',
  publication: '公表事項（法32条1項）の変更です。改定後の方針の公表により対応します。',
  businessPublished: '事業者の名称・住所・代表者の変更です（法32条1項1号）。事業者は共同利用の管理責任者ではありません。',
  renameWidens: '新しい名称は旧名称に追加したもので、範囲の拡大です（通則編3-6-3 事例1）。',
  renameUnrelated: '新旧の名称に共通する部分がありません。同一事業者の商号変更・合併・承継であることを確認してください（通則編3-6-3 事例2・3）。',
  referenceRetargeted: '文言は同じですが、引用する条項が別の条項を指すようになりました。',
};

/** A problem of the comparison in Japanese, for the 新旧対照表 and the comment. */
export const PROBLEM_JA: Readonly<Record<DiffProblem['rule'], string>> = {
  'version-not-bumped': '本人への対応を要する変更がありますが、版番号及び施行日が改正前と同じです。版を上げ、施行日を改め、改定履歴を追加してください。',
  'former-name': 'formerName が改正前の名称と一致しません。改正前の名称をそのまま記載してください。',
  'decision-disagrees': '改定履歴に記録された判断（decision）が、変更の区分が求める対応と一致しません。',
  'reference-retargeted': '共同利用の表の行が引用する条項（第N条、「見出し」）が、条項の挿入又は見出しの変更により別の条項を指すようになりました。引用を確認してください。',
};

/** What a decision records as done, in Japanese. */
export const TAKEN_JA: Readonly<Record<DecisionAction['taken'], string>> = {
  consent: '同意取得',
  notified: '本人への通知',
  published: '公表',
  none: '対応不要と判断',
};

/** 「同意取得（2027年5月1日～2027年6月30日、書面）」: one recorded action. */
export function takenJa(a: DecisionAction): string {
  const d = (x: unknown) => japaneseDate(x instanceof Date ? x.toISOString().slice(0, 10) : String(x));
  const when = a.on ? d(a.on) : a.from || a.to ? `${a.from ? d(a.from) : ''}～${a.to ? d(a.to) : ''}` : '';
  const about = [when, a.note ?? ''].filter(Boolean).join('、');
  return `${TAKEN_JA[a.taken]}${about ? `（${about}）` : ''}`;
}

/** A problem in Japanese: the rule's sentence, and for a decision the kind of change, what it needs and what is recorded. */
export function problemJa(p: DiffProblem): string {
  if (p.rule !== 'decision-disagrees' || !p.category || !p.required) return PROBLEM_JA[p.rule];
  const recorded = p.recorded?.length ? p.recorded.map((t) => TAKEN_JA[t as DecisionAction['taken']] ?? t).join('、') : '記録なし';
  return `${PROBLEM_JA[p.rule]}（${CATEGORY_JA[p.category]}：必要な対応は${ACTION_JA[p.required]}、記録は${recorded}）`;
}

/** The decision on the new version as the 新旧対照表 shows it. */
export interface DecisionView {
  reviewer: string;
  date: string;
  reference?: string;
  /** 「判断の記録：法務部 山田花子（2027年4月20日、稟議第2027-045号）」 */
  line: string;
}

export function decisionView(decision: Decision): DecisionView {
  const raw: unknown = decision.date;
  const date = japaneseDate(raw instanceof Date ? raw.toISOString().slice(0, 10) : String(raw));
  return {
    reviewer: decision.reviewer,
    date,
    ...(decision.reference ? { reference: decision.reference } : {}),
    line: `判断の記録：${decision.reviewer}（${[date, decision.reference].filter(Boolean).join('、')}）`,
  };
}

/** 「追加：中華人民共和国／削除：米国」: the facts that decided a change. */
export function factsJa(c: Change): string {
  if (!c.facts) return '';
  const words = (fs: readonly { words: string }[]) => [...new Set(fs.map((f) => f.words))].join('、');
  return [
    c.facts.added.length ? `追加：${words(c.facts.added)}` : '',
    c.facts.removed.length ? `削除：${words(c.facts.removed)}` : '',
    c.facts.corrected?.length ? `訂正：${c.facts.corrected.map((x) => `${x.before.words}→${x.after.words}`).join('、')}` : '',
  ]
    .filter(Boolean)
    .join('／');
}

export interface SummaryRow {
  no: number;
  /** 備考: REMARK_JA of the rule that gave the action, or ''. */
  remark: string;
  /** The facts that decided it (factsJa), or ''. */
  facts: string;
  /** The 備考 column as one text, the same in every format: the facts, then the remark. */
  note: string;
  id: string;
  category: Category;
  categoryLabel: string;
  place: string;
  kind: ChangeKind;
  kindLabel: string;
  action: Action;
  actionLabel: string;
  basis: string;
  /** What the decision on the revision records for this kind of change (「記録：同意取得（…）」), or ''. */
  decided: string;
  /** 英訳: whether the English translation changed in the same revision (when both versions have one). */
  translationLabel?: string;
}

/** The English status of a change, in the report's words. */
export const TRANSLATION_JA = namesJa(TRANSLATION_CHANGES, (c) => `diff.translation.${c}`);

export interface VersionInfo {
  version: string;
  /** 第1.1版 */
  label: string;
  /** 2027年4月1日 */
  effectiveDate?: string;
  /** Where it was read: a file, or `HEAD~1:policy/x.yaml`. */
  source: string;
}

export interface PolicyComparison {
  name: string;
  organization: string;
  /** The policy's title (the new version's). */
  policyTitle: string;
  /** 「<title>　新旧対照表」 */
  heading: string;
  after: VersionInfo | null;
  before: VersionInfo | null;
  renotice: boolean;
  /** One sentence on what must be done, in Japanese. */
  verdict: string;
  summary: SummaryRow[];
  rows: ComparisonRow[];
  /** The policy exists on one side only. */
  only?: 'old' | 'new';
  /** Problems of the new version as a revision, in Japanese (PROBLEM_JA). */
  problems: string[];
  /** The decision recorded on the new version's revision entry. */
  decision?: DecisionView;
}

export interface ComparisonInput {
  name: string;
  old?: LoadedSidePolicy;
  new?: LoadedSidePolicy;
  diff?: PolicyDiff;
}

function versionInfo(loaded: LoadedSidePolicy | undefined): VersionInfo | null {
  if (!loaded) return null;
  const p = loaded.policy;
  return {
    version: p.version ?? '',
    label: p.version ? `第${p.version}版` : p.effectiveDate ? `${japaneseDate(p.effectiveDate)}施行` : loaded.label,
    ...(p.effectiveDate ? { effectiveDate: japaneseDate(p.effectiveDate) } : {}),
    source: loaded.label,
  };
}

function compareOrder(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/** The changes in document order (stable), each with its place in the order. */
export function inDocumentOrder(changes: readonly Change[]): Change[] {
  return changes
    .map((c, i) => ({ c, i, order: c.order }))
    .sort((x, y) => compareOrder(x.order, y.order) || x.i - y.i)
    .map((x) => x.c);
}

/** Rows of the 新旧対照表 for `changes` (already in the order to show), numbered from 1. */
export function comparisonRows(changes: readonly Change[], before: Policy | undefined, after: Policy | undefined, marks = true): ComparisonRow[] {
  return changes.map((c, i) => {
    const no = i + 1;
    const a = displayText(c, 'after', after, marks);
    const b = displayText(c, 'before', before, marks);
    const newPlace = placeOf(c, 'after');
    const oldPlace = placeOf(c, 'before');
    const row = { no, kind: c.change, kindLabel: KIND_JA[c.change], moved: c.change === 'moved' };
    if (a !== null && b !== null && c.change !== 'moved') {
      const marked = markChanges(b, a);
      if (c.kind === 'clause') {
        const keep = !!c.context.titled;
        return {
          ...row,
          after: { place: newPlace, segments: omitUnchanged(marked.after, keep, marked.before) },
          before: { place: oldPlace, segments: omitUnchanged(marked.before, keep, marked.after) },
        };
      }
      return { ...row, after: { place: newPlace, segments: marked.after }, before: { place: oldPlace, segments: marked.before } };
    }
    const whole = (text: string | null): Segment[] | null => (text === null ? null : [{ text, changed: c.change !== 'moved' }]);
    return {
      ...row,
      after: { place: a === null ? oldPlace : newPlace, segments: whole(a) },
      before: { place: b === null ? newPlace : oldPlace, segments: whole(b) },
    };
  });
}

export function summaryRows(changes: readonly Change[], decision?: Decision): SummaryRow[] {
  const decided = (c: Change) => {
    if (!decision || c.action === 'none') return '';
    const taken = recordedFor(decision, c.category);
    return `記録：${taken.length ? taken.map(takenJa).join('、') : 'なし'}`;
  };
  return changes.map((c, i) => ({
    decided: decided(c),
    no: i + 1,
    id: c.id,
    category: c.category,
    categoryLabel: CATEGORY_JA[c.category],
    place: placeOf(c),
    remark: (c.reason && REMARK_JA[c.reason]) || '',
    facts: factsJa(c),
    note: [factsJa(c), (c.reason && REMARK_JA[c.reason]) || ''].filter(Boolean).join('\n'),
    kind: c.change,
    kindLabel: KIND_JA[c.change],
    action: c.action,
    actionLabel: ACTION_JA[c.action],
    basis: basisJa(c.basis),
    ...(c.translation ? { translationLabel: TRANSLATION_JA[c.translation] } : {}),
  }));
}

/** 「本人への対応を要する変更が3件あります（同意取得1件、事前通知等1件…）。このほか編集上の変更が5件あります。」 */
export function verdictJa(diff: PolicyDiff): string {
  const none = diff.changes.filter((c) => c.action === 'none').length;
  const others = none > 0 ? `このほか、本人への対応を要しない変更（編集上の変更・順序の変更）が${none}件あります。` : '';
  if (!diff.renotice) {
    return diff.changes.length === 0
      ? '両版に変更はありません。'
      : `本人への通知等を要する変更はありません。${others.replace(/^このほか、/, '')}`;
  }
  const counts = ACTIONS.filter((a) => a !== 'none')
    .map((a) => [a, diff.changes.filter((c) => c.action === a).length] as const)
    .filter(([, n]) => n > 0)
    .map(([a, n]) => `${ACTION_JA[a]}${n}件`)
    .join('、');
  return `本人への対応を要する変更が${diff.changes.length - none}件あります（${counts}）。${others}`;
}

export function buildComparison(input: ComparisonInput): PolicyComparison {
  const before = input.old?.policy;
  const after = input.new?.policy;
  const policyTitle = plainText((after ?? before)!.title, after ?? before, false);
  const organization = (after ?? before)!.organization.name;
  const base = {
    name: input.name,
    organization,
    policyTitle,
    heading: `${policyTitle}　新旧対照表`,
    after: versionInfo(input.new),
    before: versionInfo(input.old),
  };
  if (!input.old || !input.new || !input.diff) {
    const only = input.old ? 'old' : 'new';
    return {
      ...base,
      only,
      renotice: true,
      verdict:
        only === 'new'
          ? 'このポリシーは改正後にのみ存在します（新設）。新たな公表・通知等の要否を確認してください。'
          : 'このポリシーは改正前にのみ存在します（削除）。廃止に伴う本人への通知等の要否を確認してください。',
      summary: [],
      rows: [],
      problems: [],
    };
  }
  const ordered = inDocumentOrder(input.diff.changes);
  const decision = after ? decisionOf(after)?.decision : undefined;
  return {
    ...base,
    renotice: input.diff.renotice,
    verdict: verdictJa(input.diff),
    summary: summaryRows(ordered, decision),
    rows: comparisonRows(ordered, before, after),
    problems: (input.diff.problems ?? []).map(problemJa),
    ...(decision ? { decision: decisionView(decision) } : {}),
  };
}

