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
 *
 * The same letter in English (`options.english`, english.ts) restates the
 * same changes with the English of each version's translation, in the
 * English words of the same wording table, under a note that the Japanese
 * prevails.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { LoadedSidePolicy } from '../diff/sides.js';
import { readTemplateFile, TEMPLATES_DIR } from '../render/templates.js';
import type { AbroadShape, SectionShape } from '../model/schema.js';
import { comparisonRows, displayText, factsJa, inDocumentOrder, markChanges, OMITTED, omitUnchanged, plainText, type ComparisonRow, type Segment } from '../diff/comparison.js';
import type { Action, Category, Change, PolicyDiff } from '../diff/types.js';
import type { JointUse, Policy } from '../model/schema.js';
import { numberLabel as japaneseNumberLabel } from '../model/numbering.js';
import { nodesOf } from '../model/walk.js';
import { DEFAULT_NUMBERING, japaneseDate } from '../render/view.js';
import { englishDate, englishNumberLabel } from '../render/english.js';
import { englishChanges, englishFacts, quotedNames, quotedPaths, type EnglishFacts, type EnglishPlaces, type Versions } from './english.js';

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

/** The languages a letter is written in: the Japanese original, and its English translation for reference. */
export const LETTER_LANGS = ['ja', 'en'] as const;
export type LetterLang = (typeof LETTER_LANGS)[number];

export interface NoticeView {
  name: string;
  version: string;
  /** The English translation of the letter (absent: the Japanese original). */
  lang?: 'en';
  /** The fixed words of the letter's frame, in its language (wording.yaml `letter`). */
  words: LetterWords;
  /** An English letter's note that the Japanese original prevails. */
  prevails?: string;
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

/** The fixed words of the letter's frame (wording.yaml `letter`). */
export interface LetterWords {
  addressee: string;
  closing: string;
  ki: string;
  end: string;
  blankDate: string;
  annexLabel: string;
  seeAnnex: string;
  annexFile: string;
  before: string;
  after: string;
  facts: string;
  none: string;
  address: string;
  representative: string;
  contactRef: string;
  colon: string;
  separator: string;
  prevails?: string;
  comparison: { caption: string; after: string; before: string; deleted: string; added: string; moved: string; omitted: string };
}

type Telling = Exclude<Category, 'editorial'>;

export interface Wording {
  topics: Record<'jointUse' | 'usePurpose' | 'both' | 'other', Topic>;
  kinds: Record<NoticeKind, { title: string; opening: string[]; date: string }>;
  consentMark: string;
  consent: { heading: string; paragraphs?: string[]; rows: Array<{ label: string; value: string }>; after?: string[] };
  abroad: { heading: string; paragraphs?: string[]; country: string; recipient: string; system: string; measures: string };
  optOut: { heading: string; paragraphs: string[] };
  contact: { heading: string; labels: Record<string, string> };
  letter: LetterWords;
  sections: { changes: string; date: string; summary: string; annex: string };
  headings: Record<Telling, string>;
  sentences: Record<Telling, { added: string; removed: string; modified: string }> & { managerDetails: string; moved: string };
  /** The English letter's names of the places the policy does not number. */
  places?: EnglishPlaces;
  /** How the English letter says the facts that decided a change (the Japanese letter says them as the diff does). */
  facts?: EnglishFacts;
}

type WordingFile = Wording & { en?: Partial<Wording> };

/** `own` over `base`: a table a project wrote keeps the bundled words it leaves out. */
function over<T>(base: T, own: unknown): T {
  if (own === undefined || own === null) return base;
  if (typeof base !== 'object' || base === null || Array.isArray(base) || typeof own !== 'object' || Array.isArray(own)) return own as T;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(own as Record<string, unknown>)) out[k] = over(out[k], v);
  return out as T;
}

let bundled: WordingFile | undefined;

/** The letter's words in `lang`, read from the templates (a project's own table over the bundled one). */
export function noticeWording(lang: LetterLang = 'ja'): Wording {
  bundled ??= parseYaml(readFileSync(path.join(TEMPLATES_DIR, 'notice', 'wording.yaml'), 'utf8')) as WordingFile;
  const file = over(bundled, parseYaml(readTemplateFile('notice/wording.yaml')) as unknown);
  const { en, ...ja } = file;
  return lang === 'en' ? over(over(ja as Wording, bundled.en), en) : (ja as Wording);
}

/** How a letter writes numbers and dates in its language. */
interface Style {
  /** （１） or (1). */
  item: (n: number) => string;
  /** １． or 1. */
  section: (n: number) => string;
  date: (iso: string) => string;
  numberLabel: (numbering: string, n: number) => string;
  /** Between the name of a desk and its organisation. */
  space: string;
}

const STYLES: Record<LetterLang, Style> = {
  ja: { item: (n) => `（${fullwidth(n)}）`, section: (n) => `${fullwidth(n)}．`, date: (iso) => japaneseDate(iso), numberLabel: japaneseNumberLabel, space: '　' },
  en: { item: (n) => `(${n})`, section: (n) => `${n}.`, date: englishDate, numberLabel: (numbering, n) => englishNumberLabel(numbering, n), space: ' ' },
};

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

function headingOf(c: Change, wording: Wording): string {
  if (c.category === 'editorial') return '';
  // The business's own name, address or representative is named as such, not as a manager of a joint use.
  if (c.context.businessIdentity) return c.context.place;
  return c.context.heading ?? wording.headings[c.category];
}

/** A data item shown with its group: 「②供給（受電）地点に関する情報：力率」. */
function fieldText(change: Change, side: 'before' | 'after', policy: Policy, colon: string): string | null {
  const text = displayText(change, side, policy, false);
  if (text === null) return null;
  const context = side === 'before' && change.from ? change.from.context : change.context;
  return context.group ? `${plainText(context.group, policy, false)}${colon}${text}` : text;
}

/** A section's two texts with its unchanged paragraphs left out as （略）, as in the 新旧対照表. */
function sectionTexts(c: Change, before: Policy, after: Policy, omitted: string): { before: string | null; after: string | null } {
  const b = displayText(c, 'before', before, false);
  const a = displayText(c, 'after', after, false);
  // A translation may read the same before and after (the Japanese changed, the English did not): shown whole, not all left out.
  if (a === null || b === null || c.change === 'moved' || a === b) return { before: b, after: a };
  const marked = markChanges(b, a);
  const join = (segments: readonly Segment[]) => sayOmitted(segments, omitted).map((x) => x.text).join('');
  const keep = !!c.context.titled;
  return { before: join(omitUnchanged(marked.before, keep, marked.after)), after: join(omitUnchanged(marked.after, keep, marked.before)) };
}

/** The parts of an article left out (（略）) in the words of the letter's language. */
function sayOmitted<T extends Segment>(segments: readonly T[], omitted: string): T[] {
  return omitted === OMITTED ? [...segments] : segments.map((x) => (x.changed ? x : { ...x, text: x.text.replaceAll(OMITTED, omitted) }));
}

/** The facts that decided a change as the letter says them (「追加：中華人民共和国」), or ''. */
type SayFacts = (c: Change) => string;

function itemOf(c: Change, before: Policy, after: Policy, wording: Wording, sayFacts: SayFacts): Omit<NoticeItem, 'number'> {
  const heading = headingOf(c, wording);
  const isField = c.kind === 'field';
  const section = c.kind === 'clause' ? sectionTexts(c, before, after, wording.letter.comparison.omitted) : undefined;
  const text = (side: 'before' | 'after') =>
    section
      ? section[side]
      : isField
        ? fieldText(c, side, side === 'before' ? before : after, wording.letter.colon)
        : displayText(c, side, side === 'before' ? before : after, false);
  const category = c.category === 'editorial' ? 'item' : c.category;
  let sentence: string;
  if (c.change === 'moved') sentence = fill(wording.sentences.moved, { heading });
  else if (c.category === 'manager' && c.action === 'notice-without-delay') sentence = wording.sentences.managerDetails;
  else sentence = wording.sentences[category][c.change];
  const facts = sayFacts(c);
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
function managersOf(policy: Policy, wording: Wording, style: Style, ids?: ReadonlySet<string>): NoticeView['managers'] {
  const tables = nodesOf(policy)
    .filter((n) => n.kind === 'jointUse')
    .map((n) => n.value as JointUse)
    .filter((ju) => !ids || ids.has(ju.id));
  const label = tables[0]?.managers.label ?? wording.headings.manager;
  return {
    label,
    entries: tables.flatMap((ju) => {
      const numbering = ju.items.numbering ?? DEFAULT_NUMBERING.groups;
      const mark = (n: number) => (style === STYLES.en ? `${style.numberLabel(numbering, n)} ` : style.numberLabel(numbering, n));
      const groupLabel = new Map((ju.items.groups ?? []).map((g, i) => [g.id, `${mark(i + 1)}${plainText(g.name, policy, false)}`]));
      return ju.managers.entries.map((m) => ({
      groups: (m.groups ?? []).map((g) => groupLabel.get(g) ?? g).join(wording.letter.separator),
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
  /**
   * The letter in English: the two versions with their texts in English
   * (translatedPolicy of each version's translation, complete for what the
   * letter quotes: english.ts, quotedPaths).
   */
  english?: Versions;
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

/** Where the Art. 28(2) information `abroadOf` gives is: the paths of those sections. */
export function abroadSectionsOf(policy: Policy, changes: readonly Change[]): Array<Array<string | number>> {
  const out = new Map<string, Array<string | number>>();
  for (const c of changes) {
    if (c.category !== 'overseas' && !(c.roles ?? []).includes('overseas')) continue;
    const along = sectionsAlong(policy, c.segments);
    for (let depth = along.length; depth > 0; depth--) {
      if (!along[depth - 1]!.abroad?.length) continue;
      const at = c.segments.slice(0, depth * 2);
      out.set(JSON.stringify(at), at);
      break;
    }
  }
  return [...out.values()];
}

/** The tables whose managers a letter names: those of the joint uses that changed. */
export function changedTables(told: readonly Change[]): Set<string> {
  return new Set(told.filter((c) => JOINT_USE.includes(c.category) && c.context.table).map((c) => c.context.table!));
}

/** The policy's contact block (the first), as rows of the letter's お問い合わせ先. */
function contactRows(policy: Policy, labels: Record<string, string>, space: string): Array<{ label: string; value: string }> | undefined {
  const node = nodesOf(policy).find((n) => n.kind === 'contact');
  if (!node) return undefined;
  const c = node.value as Record<string, string> & { labels?: Record<string, string> };
  const rows: Array<{ label: string; value: string }> = [];
  const name = [c.organization, c.name].filter(Boolean).map((x) => plainText(x!, policy, false)).join(space);
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
  const toldJa = inDocumentOrder(noticeChanges(diff));
  if (toldJa.length === 0) return undefined;
  const en = options.english;
  const lang: LetterLang = en ? 'en' : 'ja';
  const style = STYLES[lang];
  const wording = noticeWording(lang);
  // The English letter tells the same changes, in the words of each version's translation.
  const english = en ? englishChanges(toldJa, { before: oldSide.policy, after: newSide.policy }, en, wording.places!) : undefined;
  const told = english ? toldJa.map((c) => english.get(c)!) : toldJa;
  const sayFacts = english ? englishFactsOf(toldJa, english, { before: oldSide.policy, after: newSide.policy }, en!, wording) : (c: Change) => (c.facts ? factsJa(c) : '');
  const before = en ? en.before : oldSide.policy;
  const after = en ? en.after : newSide.policy;
  const letter = wording.letter;
  const about = subject(told, wording);
  const kind = noticeKind(told);

  const entries = mergeManagers(told);
  const numbers = new Map<Change, string>();
  const items: NoticeItem[] = entries.map((entry, i) => {
    const number = style.item(i + 1);
    if (Array.isArray(entry)) {
      const [removed, added] = entry;
      numbers.set(removed, number).set(added, number);
      return {
        number,
        heading: headingOf(added, wording),
        sentence: wording.sentences.manager.modified,
        before: displayText(removed, 'before', before, false),
        after: displayText(added, 'after', after, false),
        action: added.action,
        ...(added.action === 'consent' || removed.action === 'consent' ? { mark: wording.consentMark } : {}),
      };
    }
    numbers.set(entry, number);
    return { number, ...itemOf(entry, before, after, wording, sayFacts), ...(entry.action === 'consent' ? { mark: wording.consentMark } : {}) };
  });
  const consentItems = [...new Set(told.filter((c) => c.action === 'consent').map((c) => numbers.get(c)!))].join(letter.separator);

  const org = after.organization;
  const shortName = org.shortName ?? org.name;
  const effectiveDate = after.effectiveDate ? style.date(after.effectiveDate) : undefined;
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
  const tables = changedTables(told);
  const managers = managersOf(after, wording, style, tables);
  const abroad = abroadOf(after, told);
  const overseas = told.filter((c) => c.category === 'overseas' || (c.roles ?? []).includes('overseas'));
  const abroadMissing = overseas.length > 0 && abroad.length === 0 ? overseas[0]!.segments : undefined;
  const optOutChanges = told.filter((c) => c.category === 'optOut').length;
  const contactList = contactRows(after, wording.contact.labels, style.space);
  const contactEmail = (nodesOf(after).find((n) => n.kind === 'contact')?.value as { email?: string } | undefined)?.email;

  let n = 0;
  const section = (heading: string): NoticeSection => ({ number: style.section(++n), heading });
  const changes = section(wording.sections.changes);
  const date = effectiveDate ? section(wording.sections.date) : undefined;
  const summarySection = revisionSummary ? section(wording.sections.summary) : undefined;
  // The information of Art. 28(2) first: consent to a provision abroad is given on it.
  const abroadSection = abroad.length ? section(wording.abroad.heading) : undefined;
  const consentSection = kind === 'consent' ? section(wording.consent.heading) : undefined;
  const optOutSection = optOutChanges ? section(wording.optOut.heading) : undefined;
  const managersSection = tables.size && managers.entries.length ? section(managers.label) : undefined;
  const contactSection = contactList ? section(wording.contact.heading) : undefined;
  const annex = section(wording.sections.annex);

  const values = {
    shortName,
    policyTitle: plainText(after.title, after, false),
    about: about.about,
    topic: about.topic,
    effectiveDate: effectiveDate ?? wording.sections.date,
    leadDays,
    replyBy: replyByIso ? style.date(replyByIso) : undefined,
    items: consentItems,
    contact: contactSection ? fill(letter.contactRef, { number: contactSection.number, digits: contactSection.number.replace(/[.．]$/, '') }) : shortName,
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
    ...(en ? { lang: 'en' as const } : {}),
    words: letter,
    ...(en && letter.prevails ? { prevails: letter.prevails } : {}),
    ...(issued ? { date: style.date(issued), dateIso: issued } : {}),
    addressee: letter.addressee,
    sender: {
      name: org.name,
      ...(org.address ? { address: org.address } : {}),
      ...(org.representative ? { representative: org.representative } : {}),
    },
    title: fill(words.title, values),
    policyTitle: after.title,
    opening: fillAll(words.opening),
    closing: letter.closing,
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
    annex: { title: about.annex, rows: annexRows(told, before, after, letter, en !== undefined) },
    consentNeeded: told.filter((c) => c.action === 'consent').length,
    ...(noLeadTime ? { noLeadTime: inAdvance } : {}),
  };
}

/**
 * The facts of each change of an English letter, said in English from the
 * facts of its Japanese change (the diff reads them in the Japanese); a
 * change whose facts cannot all be said in English has none.
 */
function englishFactsOf(toldJa: readonly Change[], english: ReadonlyMap<Change, Change>, ja: Versions, en: Versions, wording: Wording): SayFacts {
  const japaneseOf = new Map([...english].map(([j, e]) => [e, j]));
  const said = wording.facts;
  if (!said) return () => '';
  const names = quotedNames(toldJa, ja, en, abroadSectionsOf(ja.after, toldJa));
  return (c) => {
    const delta = japaneseOf.get(c)?.facts;
    return (delta && englishFacts(delta, names, said, wording.letter.separator)) || '';
  };
}

/** The texts of each version a letter on `diff` quotes: what their translations must hold for a letter in English. */
export function letterQuotes(oldSide: LoadedSidePolicy, newSide: LoadedSidePolicy, diff: PolicyDiff): ReturnType<typeof quotedPaths> {
  const told = inDocumentOrder(noticeChanges(diff));
  return quotedPaths(told, { before: oldSide.policy, after: newSide.policy }, { tables: changedTables(told), abroadSections: abroadSectionsOf(newSide.policy, told) });
}

/**
 * The rows of the 新旧対照表. In a translation, a text that reads the same
 * before and after (its Japanese changed, its English did not) is shown
 * whole on both sides rather than left out as unchanged.
 */
function annexRows(told: readonly Change[], before: Policy, after: Policy, letter: LetterWords, translation: boolean): ComparisonRow[] {
  return comparisonRows(told, before, after, false).map((r, i) => {
    const c = told[i]!;
    const [b, a] = [displayText(c, 'before', before, false), displayText(c, 'after', after, false)];
    if (translation && c.change === 'modified' && a !== null && a === b) {
      return { ...r, after: { ...r.after, segments: [{ text: a, changed: false }] }, before: { ...r.before, segments: [{ text: b!, changed: false }] } };
    }
    const said = { after: saidCell(r.after, letter), before: saidCell(r.before, letter) };
    return translation ? { ...r, after: wordsUnderlined(said.after), before: wordsUnderlined(said.before) } : { ...r, ...said };
  });
}

/**
 * A cell of the English comparison with only the changed words underlined,
 * not the spaces around them (「electricity charges, and」, not 「… and 」):
 * Japanese has no spaces between words, English does.
 */
function wordsUnderlined<T extends { segments: Segment[] | null }>(cell: T): T {
  if (!cell.segments) return cell;
  const segments = cell.segments.flatMap((x) => {
    if (!x.changed) return [x];
    const [, lead = '', words = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(x.text)!;
    return [
      ...(lead ? [{ text: lead, changed: false }] : []),
      ...(words ? [{ ...x, text: words }] : []),
      ...(trail ? [{ text: trail, changed: false }] : []),
    ];
  });
  return { ...cell, segments };
}

/** A cell of the 新旧対照表 with the parts left out said in the letter's language. */
function saidCell<T extends { segments: Segment[] | null }>(cell: T, letter: LetterWords): T {
  return cell.segments ? { ...cell, segments: sayOmitted(cell.segments, letter.comparison.omitted) } : cell;
}

/** `notice-<name>-<version>` with the version made safe for a file name. */
export function noticeFileStem(view: Pick<NoticeView, 'name' | 'version'>): string {
  return `notice-${view.name}-${String(view.version).replace(/[^A-Za-z0-9._-]+/g, '_')}`;
}
