/**
 * Where the texts and the ids of a policy are: the one list the rules, the
 * renderers' tests and the diff can all rely on.
 */
import type { Policy } from '../model/schema.js';
import type { PathSegment } from '../load/yaml-source.js';
import { list } from './context.js';

export interface TextAt {
  path: PathSegment[];
  text: string;
  /** The field may use {list}: it has a `list` or `parties` beside it. */
  slotSource?: 'parties' | 'list';
}

/** Every text field that is published, with its YAML path. */
export function textsOf(policy: Policy): TextAt[] {
  const out: TextAt[] = [];
  const add = (path: PathSegment[], text: unknown, slotSource?: TextAt['slotSource']) => {
    if (typeof text === 'string') out.push({ path, text, ...(slotSource ? { slotSource } : {}) });
  };
  add(['title'], policy.title);
  list<string>(policy.preamble).forEach((t, i) => add(['preamble', i], t));
  list<Policy['clauses'][number]>(policy.clauses).forEach((c, i) => {
    add(['clauses', i, 'text'], c?.text, 'parties');
    list<{ text: string }>(c?.purposes?.entries).forEach((p, j) => add(['clauses', i, 'purposes', 'entries', j, 'text'], p?.text));
  });
  const j = policy.jointUse;
  if (j && typeof j === 'object') {
    add(['jointUse', 'title'], j.title);
    add(['jointUse', 'parties', 'intro'], j.parties?.intro);
    list<{ name: string }>(j.parties?.entries).forEach((p, i) => add(['jointUse', 'parties', 'entries', i, 'name'], p?.name));
    list<{ text: string }>(j.purposes?.entries).forEach((p, i) => add(['jointUse', 'purposes', 'entries', i, 'text'], p?.text));
    list<{ name: string; fields: unknown }>(j.items?.groups).forEach((g, i) => {
      add(['jointUse', 'items', 'groups', i, 'name'], g?.name);
      list<{ name: string }>(g?.fields).forEach((f, k) => add(['jointUse', 'items', 'groups', i, 'fields', k, 'name'], f?.name));
    });
    list<{ name: string; exception?: string }>(j.managers?.entries).forEach((m, i) => {
      add(['jointUse', 'managers', 'entries', i, 'name'], m?.name);
      add(['jointUse', 'managers', 'entries', i, 'exception'], m?.exception);
    });
  }
  list<{ text: string; list?: unknown }>(policy.footnotes).forEach((f, i) => {
    add(['footnotes', i, 'text'], f?.text, 'list');
    list<string>(f?.list).forEach((t, k) => add(['footnotes', i, 'list', k], t));
  });
  list<{ summary: string }>(policy.revisions).forEach((r, i) => add(['revisions', i, 'summary'], r?.summary));
  return out;
}

export interface IdAt {
  id: string;
  path: PathSegment[];
}

/** Each group of entries whose ids must be unique, with a name for messages. */
export function idGroupsOf(policy: Policy): Array<{ what: string; entries: IdAt[] }> {
  const ids = (base: PathSegment[], entries: unknown): IdAt[] =>
    list<{ id?: unknown }>(entries).flatMap((e, i) => (typeof e?.id === 'string' ? [{ id: e.id, path: [...base, i, 'id'] }] : []));
  const clauses = list<Policy['clauses'][number]>(policy.clauses);
  const j = policy.jointUse;
  const groups = list<{ fields?: unknown }>(j?.items?.groups);
  return [
    { what: 'clause', entries: ids(['clauses'], clauses) },
    { what: 'purpose of use', entries: clauses.flatMap((c, i) => ids(['clauses', i, 'purposes', 'entries'], c?.purposes?.entries)) },
    { what: 'joint-use party', entries: ids(['jointUse', 'parties', 'entries'], j?.parties?.entries) },
    { what: 'joint-use purpose', entries: ids(['jointUse', 'purposes', 'entries'], j?.purposes?.entries) },
    { what: 'item group', entries: ids(['jointUse', 'items', 'groups'], groups) },
    { what: 'data item', entries: groups.flatMap((g, i) => ids(['jointUse', 'items', 'groups', i, 'fields'], g?.fields)) },
    { what: 'manager', entries: ids(['jointUse', 'managers', 'entries'], j?.managers?.entries) },
    { what: 'footnote', entries: ids(['footnotes'], policy.footnotes) },
  ];
}
