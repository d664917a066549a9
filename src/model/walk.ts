/**
 * The one walk over a policy's tree: every section, block, list entry, table
 * cell, joint-use entry and footnote, in document order, with its YAML path,
 * the legal role of the section it sits in and the joint-use table it belongs
 * to. The rules, the view and the diff all read the policy through it, and it
 * tolerates a policy that failed the schema (anything may be missing).
 */
import { BLOCK_KEYS, NUMBERING_PRESETS, type BlockKey, type Policy, type Role } from './schema.js';
import { sectionNumbers } from './numbering.js';
import type { PathSegment } from '../load/yaml-source.js';

export type NodeKind =
  | 'section'
  | 'paragraph'
  | 'list'
  | 'item'
  | 'purposes'
  | 'purpose'
  | 'table'
  | 'jointUse'
  | 'party'
  | 'jointPurpose'
  | 'group'
  | 'field'
  | 'manager'
  | 'contact'
  | 'dates'
  | 'signature'
  | 'show'
  | 'footnote'
  | 'revision';

export interface PolicyNode {
  kind: NodeKind;
  path: PathSegment[];
  /** The node as written: a string (a paragraph or a list entry written as text) or an object. */
  value: unknown;
  /** The id written on the node, if any. */
  id?: string;
  /** Legal role of the nearest enclosing section that has one (written, or implied by a typed block in it). */
  role?: Role;
  /** Id of the joint-use table a joint-use entry belongs to. */
  table?: string;
  /** Path of the enclosing section, if any. */
  section?: PathSegment[];
  /** Nesting depth of sections (top level 0) for sections; of lists for list entries. */
  depth: number;
}

type Obj = Record<string, unknown>;

/** Arrays in a policy that failed the schema may be anything: iterate only real arrays. */
function list<T>(value: unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}

const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** What kind of block a value is: a string is a paragraph; an object is told by its key. */
export function blockKind(value: unknown): BlockKey | undefined {
  if (typeof value === 'string') return 'text';
  if (!isObj(value)) return undefined;
  return BLOCK_KEYS.find((k) => k in value);
}

/** The role a section's own blocks imply: a purposes list or a joint-use table. */
function impliedRole(section: Obj): Role | undefined {
  for (const block of list<unknown>(section.body)) {
    const kind = blockKind(block);
    if (kind === 'purposes') return 'purposes';
    if (kind === 'jointUse') return 'jointUse';
    if (kind === 'text' && isObj(block) && block.parties !== undefined) return 'jointUse';
  }
  return undefined;
}

/** Walks already made: every rule, the view and the diff ask for the same policy's nodes. */
const walked = new WeakMap<object, PolicyNode[]>();

/** Every node of the policy in document order (the policy must not change after it is walked). */
export function nodesOf(policy: Policy | Obj): PolicyNode[] {
  let nodes = walked.get(policy);
  if (!nodes) {
    nodes = walk(policy);
    walked.set(policy, nodes);
  }
  return nodes;
}

function walk(policy: Policy | Obj): PolicyNode[] {
  const p = policy as Obj;
  const out: PolicyNode[] = [];
  const add = (node: Omit<PolicyNode, 'id'>) => {
    const id = isObj(node.value) ? str(node.value.id) : undefined;
    out.push(id !== undefined ? { ...node, id } : node);
  };

  interface Ctx {
    role?: Role;
    section?: PathSegment[];
    depth: number;
  }

  const items = (base: PathSegment[], entries: unknown, kind: 'item' | 'purpose', ctx: Ctx) => {
    list<unknown>(entries).forEach((entry, i) => {
      const path = [...base, i];
      add({ kind, path, value: entry, ...scope(ctx), depth: ctx.depth });
      if (isObj(entry)) {
        items([...path, 'list'], entry.list, kind, { ...ctx, depth: ctx.depth + 1 });
        blocks([...path, 'body'], entry.body, ctx);
      }
    });
  };

  const scope = (ctx: Ctx) => ({ ...(ctx.role ? { role: ctx.role } : {}), ...(ctx.section ? { section: ctx.section } : {}) });

  const blocks = (base: PathSegment[], values: unknown, ctx: Ctx) => {
    list<unknown>(values).forEach((block, i) => {
      const path = [...base, i];
      const kind = blockKind(block);
      const at = { path, value: block, ...scope(ctx), depth: 0 };
      switch (kind) {
        case 'text':
          add({ kind: 'paragraph', ...at });
          break;
        case 'list':
          add({ kind: 'list', ...at });
          items([...path, 'list'], (block as Obj).list, 'item', { ...ctx, depth: 0 });
          break;
        case 'purposes':
          add({ kind: 'purposes', ...at });
          items([...path, 'purposes'], (block as Obj).purposes, 'purpose', { ...ctx, role: 'purposes', depth: 0 });
          break;
        case 'table':
          add({ kind: 'table', ...at });
          list<unknown>((block as Obj).table).forEach((row, r) =>
            list<unknown>(row).forEach((cell, c) => {
              if (Array.isArray(cell)) blocks([...path, 'table', r, c], cell, ctx);
            }),
          );
          break;
        case 'jointUse':
          jointUse([...path, 'jointUse'], (block as Obj).jointUse, { ...ctx, role: 'jointUse' });
          break;
        case 'contact':
          add({ kind: 'contact', ...at, path: [...path, 'contact'], value: (block as Obj).contact });
          break;
        case 'dates':
        case 'signature':
        case 'show':
          add({ kind, ...at });
          break;
        default:
          break;
      }
    });
  };

  const jointUse = (base: PathSegment[], value: unknown, ctx: Ctx) => {
    if (!isObj(value)) return;
    const table = str(value.id) ?? '';
    add({ kind: 'jointUse', path: base, value, ...scope(ctx), depth: 0 });
    const entries = (row: string, key: string, kind: NodeKind) =>
      list<unknown>(isObj(value[row]) ? (value[row] as Obj)[key] : undefined).forEach((entry, i) =>
        add({ kind, path: [...base, row, key, i], value: entry, ...scope(ctx), table, depth: 0 }),
      );
    entries('parties', 'entries', 'party');
    entries('purposes', 'entries', 'jointPurpose');
    const itemsRow = isObj(value.items) ? value.items : {};
    list<unknown>(itemsRow.groups).forEach((group, g) => {
      add({ kind: 'group', path: [...base, 'items', 'groups', g], value: group, ...scope(ctx), table, depth: 0 });
      list<unknown>(isObj(group) ? group.fields : undefined).forEach((field, f) =>
        add({ kind: 'field', path: [...base, 'items', 'groups', g, 'fields', f], value: field, ...scope(ctx), table, depth: 1 }),
      );
    });
    entries('items', 'fields', 'field');
    entries('managers', 'entries', 'manager');
  };

  const sections = (base: PathSegment[], values: unknown, ctx: Ctx) => {
    list<unknown>(values).forEach((section, i) => {
      const path = [...base, i];
      if (!isObj(section)) return;
      const written = str(section.role) as Role | undefined;
      const role = written ?? impliedRole(section) ?? ctx.role;
      add({ kind: 'section', path, value: section, ...scope({ ...ctx, ...(role ? { role } : {}) }), depth: ctx.depth });
      const inner: Ctx = { ...(role ? { role } : {}), section: path, depth: ctx.depth + 1 };
      blocks([...path, 'body'], section.body, inner);
      sections([...path, 'sections'], section.sections, inner);
    });
  };

  list<unknown>(p.revisions).forEach((r, i) => add({ kind: 'revision', path: ['revisions', i], value: r, depth: 0 }));
  blocks(['preamble'], p.preamble, { depth: 0 });
  sections(['sections'], p.sections, { depth: 0 });
  list<unknown>(p.footnotes).forEach((f, i) => add({ kind: 'footnote', path: ['footnotes', i], value: f, depth: 0 }));
  blocks(['closing'], p.closing, { depth: 0 });
  return out;
}

export interface TextAt {
  path: PathSegment[];
  text: string;
  /** The field may use {list}: it has a `list` or `parties` beside it. */
  slotSource?: 'parties' | 'list';
}

/**
 * Every text field published with its inline Markdown (emphasis, links,
 * footnote marks), with its YAML path. Headings, labels, addresses and the
 * like are published as plain text and are not listed.
 */
export function textsOf(policy: Policy | Obj): TextAt[] {
  const out: TextAt[] = [];
  const add = (path: PathSegment[], text: unknown, slotSource?: TextAt['slotSource']) => {
    if (typeof text === 'string') out.push({ path, text, ...(slotSource ? { slotSource } : {}) });
  };
  const fields = (node: PolicyNode, keys: readonly string[]) => {
    if (isObj(node.value)) for (const k of keys) add([...node.path, k], node.value[k]);
  };
  const p = policy as Obj;
  add(['title'], p.title);
  for (const node of nodesOf(policy)) {
    const v = node.value;
    switch (node.kind) {
      case 'paragraph':
        if (typeof v === 'string') add(node.path, v);
        else if (isObj(v)) add([...node.path, 'text'], v.text, 'parties');
        break;
      case 'item':
      case 'purpose':
        if (typeof v === 'string') add(node.path, v);
        else fields(node, ['title', 'text']);
        break;
      case 'table':
        if (isObj(v)) {
          list<unknown>(v.table).forEach((row, r) => list<unknown>(row).forEach((cell, c) => add([...node.path, 'table', r, c], cell)));
        }
        break;
      case 'jointUse':
        if (isObj(v)) {
          for (const row of ['parties', 'purposes', 'items', 'managers']) {
            const r = v[row];
            if (isObj(r)) add([...node.path, row, 'intro'], r.intro);
          }
          if (isObj(v.items)) add([...node.path, 'items', 'text'], v.items.text);
          list<unknown>(v.more).forEach((row, k) => isObj(row) && add([...node.path, 'more', k, 'text'], row.text));
        }
        break;
      case 'party':
        fields(node, ['name', 'note']);
        break;
      case 'group':
      case 'field':
        fields(node, ['name']);
        break;
      case 'jointPurpose':
        fields(node, ['text']);
        break;
      case 'manager':
        fields(node, ['name', 'exception']);
        break;
      case 'contact':
        fields(node, ['note']);
        break;
      case 'footnote':
        if (isObj(v)) {
          add([...node.path, 'text'], v.text, 'list');
          list<unknown>(v.list).forEach((t, k) => add([...node.path, 'list', k], t));
        }
        break;
      case 'revision':
        fields(node, ['summary']);
        break;
      default:
        break;
    }
  }
  return out;
}

export interface IdAt {
  id: string;
  path: PathSegment[];
}

/** The name of each kind of entry in messages about its id; null for entries without one. */
const ID_GROUPS: Partial<Record<NodeKind, string | null>> = {
  section: 'section',
  purpose: 'purpose of use',
  jointUse: 'joint-use table',
  party: 'joint-use party',
  jointPurpose: 'joint-use purpose',
  group: 'item group',
  field: 'data item',
  manager: 'manager',
  footnote: 'footnote',
  revision: null,
};

/** Each group of entries whose ids must be unique, with a name for messages. */
export function idGroupsOf(policy: Policy | Obj): Array<{ what: string; entries: IdAt[] }> {
  const groups = new Map<string, { what: string; entries: IdAt[] }>();
  const add = (what: string, node: PolicyNode) => {
    if (node.id === undefined) return;
    // Entries of a joint-use table are unique within their table.
    const key = node.table !== undefined ? `${what}\u0000${node.table}` : what;
    const group = groups.get(key) ?? { what, entries: [] };
    group.entries.push({ id: node.id, path: [...node.path, 'id'] });
    groups.set(key, group);
  };
  for (const node of nodesOf(policy)) {
    const what = ID_GROUPS[node.kind];
    // Paragraphs, list entries, tables and contact blocks that carry an id share one set; revisions have none.
    if (what !== null) add(what ?? 'entry', node);
  }
  return [...groups.values()];
}

/** Every string value in `value` (a policy, valid or not), with its path: for the rules that look at all of them. */
export function stringsOf(value: unknown, path: PathSegment[] = []): Array<{ path: PathSegment[]; text: string }> {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringsOf(v, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => stringsOf(v, [...path, k]));
  return [];
}

/** Whether `path` is `ancestor` or lies inside it. */
export function isUnder(path: readonly PathSegment[], ancestor: readonly PathSegment[]): boolean {
  return ancestor.length <= path.length && ancestor.every((seg, i) => path[i] === seg);
}

/**
 * The joint-use table whose parties a paragraph names: the one that has every
 * named id (else the one that has most of them), so that the same party may
 * appear in several tables.
 */
export function tableOfParties(nodes: readonly PolicyNode[], named: readonly string[]): string | undefined {
  const byTable = new Map<string, Set<string>>();
  for (const n of nodes) {
    if (n.kind !== 'party') continue;
    const table = n.table ?? '';
    if (!byTable.has(table)) byTable.set(table, new Set());
    if (n.id !== undefined) byTable.get(table)!.add(n.id);
  }
  // One set of ids per table: a lookup per named id, not a search through every party.
  return tableNaming([...byTable.keys()], (table, id) => byTable.get(table)!.has(id), named);
}

/** Of `tables`, the first that has the most of the `named` ids (none when it has none of them). */
export function tableNaming<T>(tables: readonly T[], has: (table: T, id: string) => boolean, named: readonly string[]): T | undefined {
  let best: T | undefined;
  let most = 0;
  for (const table of tables) {
    const count = named.filter((id) => has(table, id)).length;
    if (count > most) [best, most] = [table, count];
  }
  return best;
}

/** Text of a section and everything in it, for rules that look for words (e.g. 手数料). */
export function plainTextUnder(policy: Policy | Obj, path: readonly PathSegment[]): string {
  return textsOf(policy)
    .filter((t) => isUnder(t.path, path))
    .map((t) => t.text)
    .join('\n');
}

export const JOINT_USE_ROWS = ['parties', 'purposes', 'items', 'managers'] as const;
export type JointUseRow = (typeof JOINT_USE_ROWS)[number];

/** A joint-use row that takes its content from a section: named in its `refers`, or quoted in its text. */
export interface RowReference {
  /** The joint-use table and its row. */
  table: string;
  row: JointUseRow;
  /** Where the row is (its `refers` list, or the text that quotes the section). */
  at: PathSegment[];
  /** The section referred to: its path and id (the id as written under `refers`, whether or not it exists). */
  section?: PathSegment[];
  sectionId: string;
  how: 'refers' | 'heading' | 'number' | 'group';
  /** The words that cite it (「１. 取得する個人情報」, 第2条), or the id under `refers`. */
  cited: string;
}

/** Words by which the parties row names a group of companies, and the heading of a section that lists one. */
const GROUP = /各社|グループ会社|子会社|関連会社/u;
const GROUP_LIST = /(?:グループ|関連|子)会社.*一覧|会社一覧|グループ各社/u;

/** Quoted text: 「…」 or 『…』. */
const QUOTED = /[「『]([^「」『』]+)[」』]/g;
/** A number set before a heading that is quoted with it: 1. 取得する個人情報, 第2条 利用目的, ① … */
const LEADING_LABEL = /^(?:第[0-9一二三四五六七八九十百]+[条章節項]|\(?[0-9]+[).、]?|[①-⑳])\s*/u;
/** A heading, or a quoted heading, as compared: without spaces, its number, and the brackets around it ([…], ＜…＞, 【…】, (…)). */
const headingKey = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(LEADING_LABEL, '')
    .replace(/^[[(<【〔《〈](.*)[\])>】〕》〉]$/u, '$1');

/**
 * The sections whose text a joint-use row is made of, beyond its own
 * entries: those it names under `refers`, a section whose heading its text
 * quotes (「「１. 取得する個人情報」記載の情報」), a top-level section its text
 * names by article number (「第2条に定める利用目的」), and, for the parties row
 * that names a group (グループ各社), a section that lists the group's companies.
 */
export function rowReferencesOf(policy: Policy | Obj): RowReference[] {
  let found = referencesFound.get(policy);
  if (!found) referencesFound.set(policy, (found = findRowReferences(policy)));
  return found;
}

/** References already found: the check's rules and the diff ask for the same policy's. */
const referencesFound = new WeakMap<object, RowReference[]>();

function findRowReferences(policy: Policy | Obj): RowReference[] {
  const nodes = nodesOf(policy);
  const sections = nodes.filter((n) => n.kind === 'section');
  const byHeading = new Map<string, PolicyNode>();
  for (const s of sections) {
    const key = headingKey(str((s.value as Obj).heading) ?? '');
    if (key !== '' && !byHeading.has(key)) byHeading.set(key, s);
  }
  // 第N条: the top-level sections, counted as the article numbering counts them.
  const articles = new Map<string, PolicyNode>();
  const numbering = str((policy as Obj).numbering);
  if (numbering === 'article') {
    const top = sections.filter((x) => x.depth === 0);
    sectionNumbers(top.map((s) => s.value as Obj), NUMBERING_PRESETS.article).forEach(({ number }, i) => number && articles.set(number, top[i]!));
  }
  // A list of group companies (＜グループ会社一覧＞): the parties row that names the group (グループ各社) takes its members from it.
  const groupLists = sections.filter((s) => GROUP_LIST.test(str((s.value as Obj).heading) ?? ''));
  const out: RowReference[] = [];
  for (const node of nodes.filter((n) => n.kind === 'jointUse')) {
    const ju = node.value as Obj;
    const table = str(ju.id) ?? '';
    for (const row of JOINT_USE_ROWS) {
      const value = ju[row];
      if (!isObj(value)) continue;
      const base = [...node.path, row];
      list<unknown>(value.refers).forEach((id, k) => {
        if (typeof id !== 'string') return;
        const section = sections.find((s) => s.id === id);
        out.push({ table, row, at: [...base, 'refers', k], sectionId: id, how: 'refers', cited: id, ...(section ? { section: section.path } : {}) });
      });
      for (const { path, text } of stringsOf(value, base)) {
        if (path[path.length - 1] === 'id' || path.includes('refers')) continue;
        // A section that holds the table itself is not another part of the policy.
        const add = (section: PolicyNode | undefined, how: RowReference['how'], cited: string) =>
          section?.id && !isUnder(node.path, section.path) && out.push({ table, row, at: path, section: section.path, sectionId: section.id, how, cited });
        for (const m of text.matchAll(QUOTED)) add(byHeading.get(headingKey(m[1]!)), 'heading', m[0]);
        if (row === 'parties' && GROUP.test(text)) groupLists.forEach((s) => add(s, 'group', text.match(GROUP)![0]));
        // 第2条 (or 第二条, 第2条第1項, a branch article 第6条の2) of this policy; not an article of a law (個人情報保護法第27条, 施行令第10条).
        const num = (d: string) => (/^[0-9]+$/.test(d) ? Number(d) : kanjiNumber(d));
        for (const m of text.normalize('NFKC').matchAll(/(?<![法令則律])第([0-9]+|[一二三四五六七八九十]+)条(?:の([0-9]+|[一二三四五六七八九十]+))?/g)) {
          add(articles.get(`第${num(m[1]!)}条${m[2] ? `の${num(m[2])}` : ''}`), 'number', m[0]);
        }
      }
    }
  }
  return out;
}

/** 一 … 九十九 as a number (the numerals an article number is written in). */
function kanjiNumber(kanji: string): number {
  const digit = (c: string | undefined) => (c ? '一二三四五六七八九'.indexOf(c) + 1 : 0);
  const [tens, ones] = kanji.includes('十') ? kanji.split('十') : ['', kanji];
  return (kanji.includes('十') ? (tens ? digit(tens) : 1) * 10 : 0) + digit(ones || undefined);
}
