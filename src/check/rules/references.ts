import { hasSlot, noteRefsOf, parseInline } from '../../inline/inline.js';
import type { PathSegment } from '../../load/yaml-source.js';
import type { Rule, RuleContext } from '../context.js';
import { list } from '../context.js';
import { closest } from '../suggest.js';
import { capList } from '../../report/list.js';
import { idGroupsOf, textsOf } from '../walk.js';

/** Footnote marks, `notes`, manager `groups` and clause `parties` point at entries that exist. */
export const references: Rule = {
  id: 'unknown-reference',
  description: 'Every footnote mark, note, manager group and clause party refers to an existing id.',
  check(context) {
    const { policy } = context;
    const idGroups = idGroupsOf(policy);
    const known = (what: string) => [...new Set(idGroups.find((g) => g.what === what)!.entries.map((e) => e.id))];
    const footnotes = known('footnote');
    const parties = known('joint-use party');
    const groups = known('item group');

    for (const { path, text } of textsOf(policy)) {
      for (const id of noteRefsOf(parseInline(text).nodes)) {
        if (!footnotes.includes(id)) {
          unknown(context, path, `the footnote mark [^${id}]`, id, footnotes, 'footnotes', `[^${closest(id, footnotes) ?? 'id'}]`);
        }
      }
    }
    list<{ notes?: unknown }>(policy.jointUse?.parties?.entries).forEach((party, i) =>
      refs(party?.notes).forEach((id, k) =>
        footnotes.includes(id) || unknown(context, ['jointUse', 'parties', 'entries', i, 'notes', k], 'the footnote', id, footnotes, 'footnotes'),
      ),
    );
    list<{ groups?: unknown }>(policy.jointUse?.managers?.entries).forEach((manager, i) =>
      refs(manager?.groups).forEach((id, k) =>
        groups.includes(id) || unknown(context, ['jointUse', 'managers', 'entries', i, 'groups', k], 'the item group', id, groups, 'jointUse.items.groups'),
      ),
    );
    list<{ parties?: unknown }>(policy.clauses).forEach((clause, i) =>
      refs(clause?.parties).forEach((id, k) =>
        parties.includes(id) || unknown(context, ['clauses', i, 'parties', k], 'the joint-use party', id, parties, 'jointUse.parties.entries'),
      ),
    );
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

/** The clause that names the joint-use parties names every one of them, once. */
export const clauseParties: Rule = {
  id: 'clause-parties',
  description: 'A clause that lists the joint-use parties names each party of the table exactly once.',
  check(context) {
    const parties = list<{ id?: unknown }>(context.policy.jointUse?.parties?.entries)
      .map((p) => p?.id)
      .filter((id): id is string => typeof id === 'string');
    list<{ parties?: unknown }>(context.policy.clauses).forEach((clause, i) => {
      if (clause?.parties === undefined) return;
      const named = refs(clause.parties);
      const missing = parties.filter((id) => !named.includes(id));
      const twice = named.filter((id, k) => named.indexOf(id) !== k);
      if (missing.length > 0) {
        context.report('clause-parties', ['clauses', i, 'parties'], {
          on: 'key',
          reason: `the clause does not name every joint-use party: ${capList(missing)} ${missing.length === 1 ? 'is' : 'are'} missing`,
          hint: 'add each missing id on its own line "- id", in the order the clause should name them',
        });
      }
      for (const id of new Set(twice)) {
        context.report('clause-parties', ['clauses', i, 'parties', named.lastIndexOf(id)], {
          reason: `the party "${id}" is named twice`,
          hint: 'delete one of the two lines',
        });
      }
    });
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
