import { hasSlot, noteRefsOf, parseInline } from '../../inline/inline.js';
import type { PathSegment } from '../../load/yaml-source.js';
import type { Rule, RuleContext } from '../context.js';
import { list } from '../context.js';
import { closest } from '../suggest.js';
import { say, t } from '../../i18n/catalogue.js';
import { cappedValues } from '../../i18n/check.js';
import { JOINT_USE_ROWS, nodesOf, rowReferencesOf, stringsOf, tableOfParties, textsOf, type NodeKind } from '../../model/walk.js';

/** Footnote marks, `notes`, manager `groups`, paragraph `parties`, a row's `refers` and a footnote's `section` point at entries that exist. */
export const references: Rule = {
  id: 'unknown-reference',
  description: t('rule.unknown-reference'),
  check(context) {
    const { policy } = context;
    const nodes = nodesOf(policy);
    const ids = (kind: NodeKind, table?: string) => [
      ...new Set(nodes.filter((n) => n.kind === kind && (table === undefined || n.table === table) && n.id !== undefined).map((n) => n.id!)),
    ];
    const footnotes = ids('footnote');
    const parties = ids('party');
    const partySet = new Set(parties);

    for (const { path, text } of textsOf(policy)) {
      for (const id of noteRefsOf(parseInline(text).nodes)) {
        if (!footnotes.includes(id)) {
          unknown(context, path, 'mark', id, footnotes);
        }
      }
    }
    const sections = ids('section');
    for (const r of rowReferencesOf(policy)) {
      if (r.how === 'refers' && !r.section) unknown(context, r.at, 'section', r.sectionId, sections);
    }
    for (const node of nodes) {
      const value = node.value as { notes?: unknown; groups?: unknown; parties?: unknown; section?: unknown } | undefined;
      if (node.kind === 'footnote' && typeof value?.section === 'string' && !sections.includes(value.section)) {
        unknown(context, [...node.path, 'section'], 'section', value.section, sections);
      }
      if (node.kind === 'party') {
        refs(value?.notes).forEach((id, k) =>
          footnotes.includes(id) || unknown(context, [...node.path, 'notes', k], 'footnote', id, footnotes),
        );
      } else if (node.kind === 'manager') {
        const groups = ids('group', node.table);
        if (groups.length === 0 && value?.groups !== undefined) {
          // A table of plain fields has no groups to answer for: its managers answer for every item.
          context.report('unknown-reference', [...node.path, 'groups'], {
            on: 'key',
            ...say('check.unknown-reference.fields', {}, 'check.unknown-reference.fields.hint'),
          });
          continue;
        }
        refs(value?.groups).forEach((id, k) =>
          groups.includes(id) || unknown(context, [...node.path, 'groups', k], 'group', id, groups),
        );
      } else if (node.kind === 'paragraph' && value && typeof value === 'object') {
        refs(value.parties).forEach((id, k) =>
          partySet.has(id) || unknown(context, [...node.path, 'parties', k], 'party', id, parties),
        );
      }
    }
  },
};

/** Words by which a joint-use row points at another part of the policy for its content. */
const POINTS_ELSEWHERE = /記載の|前記|上記|前条|前項|同条|別表|別紙|(?<![法令則律])第[0-9０-９一二三四五六七八九十]+条(?:の[0-9０-９一二三四五六七八九十]+)?/u;


/**
 * A joint-use row whose text points at another part of the policy
 * (「上記の利用目的」, 「別表記載の項目」) without naming it: the diff cannot
 * weigh a change there as a change of the joint use (APPI Art. 27(5)(iii), 27(6)).
 */
export const jointUseReference: Rule = {
  id: 'joint-use-reference',
  description: t('rule.joint-use-reference'),
  check(context) {
    const referred = rowReferencesOf(context.policy);
    for (const node of nodesOf(context.policy).filter((n) => n.kind === 'jointUse')) {
      const ju = node.value as Record<string, unknown>;
      for (const row of JOINT_USE_ROWS) {
        if (!ju[row] || referred.some((r) => r.table === (ju.id ?? '') && r.row === row && r.section)) continue;
        const pointing = stringsOf(ju[row], [...node.path, row]).find(({ path, text }) => path[path.length - 1] !== 'id' && POINTS_ELSEWHERE.test(text));
        if (!pointing) continue;
        context.report('joint-use-reference', pointing.path, {
          severity: 'warning',
          ...say('check.joint-use-reference', { words: POINTS_ELSEWHERE.exec(pointing.text)![0], row }, 'check.joint-use-reference.hint'),
        });
      }
    }
  },
};

/** `{list}` appears exactly where a `list` or `parties` gives its items. */
export const listSlot: Rule = {
  id: 'list-slot',
  description: t('rule.list-slot'),
  check(context) {
    for (const { path, text, slotSource } of textsOf(context.policy)) {
      const owner = ownerOf(context, path);
      const items = slotSource ? owner?.[slotSource] : undefined;
      const slot = hasSlot(parseInline(text).nodes);
      if (slot && items === undefined) {
        context.report(
          'list-slot',
          path,
          slotSource ? say('check.list-slot', { slot: slotSource }, 'check.list-slot.hint') : say('check.list-slot', {}, 'check.list-slot.plain.hint'),
        );
      } else if (!slot && items !== undefined && slotSource) {
        context.report('list-slot', [...path.slice(0, -1), slotSource], {
          on: 'key',
          ...say('check.list-slot.unused', { slot: slotSource }, 'check.list-slot.unused.hint'),
        });
      }
    }
  },
};

/** A paragraph that names the joint users names each party once, and every party of their table (a warning: a sentence may name some). */
export const clauseParties: Rule = {
  id: 'clause-parties',
  description: t('rule.clause-parties'),
  check(context) {
    const nodes = nodesOf(context.policy);
    for (const node of nodes) {
      const value = node.value as { parties?: unknown } | undefined;
      if (node.kind !== 'paragraph' || !value || typeof value !== 'object' || value.parties === undefined) continue;
      const named = refs(value.parties);
      const table = tableOfParties(nodes, named);
      const parties = nodes.filter((n) => n.kind === 'party' && n.table === table && n.id !== undefined).map((n) => n.id!);
      const namedSet = new Set(named);
      const missing = parties.filter((id) => !namedSet.has(id));
      const once = new Set<string>();
      const twice = named.filter((id) => once.size === once.add(id).size);
      if (missing.length > 0) {
        // A sentence may name some of the joint users (the table names them all); it must not seem to name them all.
        context.report('clause-parties', [...node.path, 'parties'], {
          on: 'key',
          severity: 'warning',
          ...say('check.clause-parties', { named: named.length, total: parties.length, ...cappedValues('missing', missing) }, 'check.clause-parties.hint'),
        });
      }
      for (const id of new Set(twice)) {
        context.report('clause-parties', [...node.path, 'parties', named.lastIndexOf(id)], say('check.clause-parties.twice', { id }, 'check.clause-parties.twice.hint'));
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

/** A reference to an id that does not exist, with the closest known id and the ids it may name. */
function unknown(context: RuleContext, path: PathSegment[], kind: 'mark' | 'section' | 'footnote' | 'group' | 'party', id: string, known: string[]): false {
  const guess = closest(id, known);
  context.report('unknown-reference', path, say('check.unknown-reference', { kind, id, ...(guess ? { guess } : {}), ...cappedValues('known', known) }, 'check.unknown-reference.hint'));
  return false;
}
