import { hasSlot, noteRefsOf, parseInline } from '../../inline/inline.js';
import type { PathSegment } from '../../load/yaml-source.js';
import type { Rule, RuleContext } from '../context.js';
import { list } from '../context.js';
import { closest } from '../suggest.js';
import { capList } from '../../report/list.js';
import { nodesOf, tableOfParties, textsOf, type NodeKind } from '../../model/walk.js';

/** Footnote marks, `notes`, manager `groups` and paragraph `parties` point at entries that exist. */
export const references: Rule = {
  id: 'unknown-reference',
  description: 'Every footnote mark, note, manager group and named joint-use party refers to an existing id.',
  check(context) {
    const { policy } = context;
    const nodes = nodesOf(policy);
    const ids = (kind: NodeKind, table?: string) => [
      ...new Set(nodes.filter((n) => n.kind === kind && (table === undefined || n.table === table) && n.id !== undefined).map((n) => n.id!)),
    ];
    const footnotes = ids('footnote');
    const parties = ids('party');

    for (const { path, text } of textsOf(policy)) {
      for (const id of noteRefsOf(parseInline(text).nodes)) {
        if (!footnotes.includes(id)) {
          unknown(context, path, `the footnote mark [^${id}]`, id, footnotes, 'footnotes', `[^${closest(id, footnotes) ?? 'id'}]`);
        }
      }
    }
    for (const node of nodes) {
      const value = node.value as { notes?: unknown; groups?: unknown; parties?: unknown } | undefined;
      if (node.kind === 'party') {
        refs(value?.notes).forEach((id, k) =>
          footnotes.includes(id) || unknown(context, [...node.path, 'notes', k], 'the footnote', id, footnotes, 'footnotes'),
        );
      } else if (node.kind === 'manager') {
        const groups = ids('group', node.table);
        refs(value?.groups).forEach((id, k) =>
          groups.includes(id) || unknown(context, [...node.path, 'groups', k], 'the item group', id, groups, 'the item groups of its table'),
        );
      } else if (node.kind === 'paragraph' && value && typeof value === 'object') {
        refs(value.parties).forEach((id, k) =>
          parties.includes(id) || unknown(context, [...node.path, 'parties', k], 'the joint-use party', id, parties, 'the joint-use tables'),
        );
      }
    }
  },
};

/** `{list}` appears exactly where a `list` or `parties` gives its items. */
export const listSlot: Rule = {
  id: 'list-slot',
  description: 'A text with {list} has a list beside it (`parties` or `list`), and a list has its {list} in the text.',
  check(context) {
    for (const { path, text, slotSource } of textsOf(context.policy)) {
      const owner = ownerOf(context, path);
      const items = slotSource ? owner?.[slotSource] : undefined;
      const slot = hasSlot(parseInline(text).nodes);
      if (slot && items === undefined) {
        context.report('list-slot', path, {
          reason: '{list} is written in the text but there is no list to put there',
          hint: slotSource
            ? `add "${slotSource}:" beside "text:" with the items, or remove {list}`
            : 'remove {list}: this text cannot hold a list',
        });
      } else if (!slot && items !== undefined && slotSource) {
        context.report('list-slot', [...path.slice(0, -1), slotSource], {
          on: 'key',
          reason: `"${slotSource}" is given but the text has no {list} to show it`,
          hint: 'write {list} in the text where the items should appear',
        });
      }
    }
  },
};

/** A paragraph that names the joint users names every party of their table, once. */
export const clauseParties: Rule = {
  id: 'clause-parties',
  description: 'A paragraph that lists the joint-use parties names each party of their table exactly once.',
  check(context) {
    const nodes = nodesOf(context.policy);
    for (const node of nodes) {
      const value = node.value as { parties?: unknown } | undefined;
      if (node.kind !== 'paragraph' || !value || typeof value !== 'object' || value.parties === undefined) continue;
      const named = refs(value.parties);
      const table = tableOfParties(nodes, named);
      const parties = nodes.filter((n) => n.kind === 'party' && n.table === table && n.id !== undefined).map((n) => n.id!);
      const missing = parties.filter((id) => !named.includes(id));
      const twice = named.filter((id, k) => named.indexOf(id) !== k);
      if (missing.length > 0) {
        context.report('clause-parties', [...node.path, 'parties'], {
          on: 'key',
          reason: `the paragraph does not name every joint-use party: ${capList(missing)} ${missing.length === 1 ? 'is' : 'are'} missing`,
          hint: 'add each missing id on its own line "- id", in the order the paragraph should name them',
        });
      }
      for (const id of new Set(twice)) {
        context.report('clause-parties', [...node.path, 'parties', named.lastIndexOf(id)], {
          reason: `the party "${id}" is named twice`,
          hint: 'delete one of the two lines',
        });
      }
    }
  },
};

function refs(value: unknown): string[] {
  return list<unknown>(value).map((v) => (typeof v === 'string' ? v : ''));
}

function ownerOf(context: RuleContext, path: PathSegment[]): Record<string, unknown> | undefined {
  let node: unknown = context.policy;
  for (const seg of path.slice(0, -1)) node = (node as Record<string | number, unknown> | undefined)?.[seg];
  return node && typeof node === 'object' ? (node as Record<string, unknown>) : undefined;
}

function unknown(
  context: RuleContext,
  path: PathSegment[],
  what: string,
  id: string,
  known: string[],
  where: string,
  example?: string,
): false {
  const guess = closest(id, known);
  context.report('unknown-reference', path, {
    reason: `${what} ${example ? '' : `"${id}" `}does not exist`,
    hint:
      (guess ? `did you mean ${example ?? `"${guess}"`}? ` : '') +
      (known.length ? `ids in ${where}: ${capList(known)}` : `there is nothing in ${where} yet`),
  });
  return false;
}
