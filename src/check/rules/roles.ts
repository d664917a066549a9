/**
 * Roles read from the words against roles declared (model/reading.ts):
 *
 *   role-undeclared  a section reads like a role (its heading or its words) that neither it nor an
 *                    enclosing section declares: the diff weighs its changes by that role all the same,
 *                    and says so; declaring it makes the reading explicit
 *   role-mismatch    a declared role and a heading that reads like another, unrelated role (a section
 *                    declared `security` headed 第三者提供)
 *
 * Warnings: a lawyer confirms the role once, by writing it.
 */
import type { Rule } from '../context.js';
import { nodesOf } from '../../model/walk.js';
import { declaredIn, readSection } from '../../model/reading.js';
import { ROLES, related, type Role } from '../../model/roles.js';
import type { PathSegment } from '../../load/yaml-source.js';
import { say, t } from '../../i18n/catalogue.js';
import { listValue } from '../../i18n/check.js';

export const roleUndeclared: Rule = {
  id: 'role-undeclared',
  description: t('rule.role-undeclared'),
  check(context) {
    const declaredAt = new Map<string, Role[]>();
    for (const node of nodesOf(context.policy)) {
      if (node.kind !== 'section') continue;
      const parentKey = JSON.stringify(node.path.slice(0, -2));
      const enclosing = declaredAt.get(parentKey) ?? [];
      const reading = readSection(node.value, enclosing);
      declaredAt.set(JSON.stringify(node.path), reading.declared);
      // Roles written on its blocks and list entries are declared too (【Ⅱ】公表事項 with an entry on security).
      const known = new Set<Role>([...reading.declared, ...reading.construct, ...declaredIn((node.value as { body?: unknown }).body)]);
      for (const inference of reading.inferred) {
        if (inference.strength !== 'strong' && !reading.roles.includes(inference.role)) continue;
        if (inference.role === 'general' || inference.role === 'signature') continue;
        const evidence = inference.evidence[0]!;
        const at: PathSegment[] = evidence.cue === 'heading' ? [...node.path, 'heading'] : node.path;
        if (known.size === 0 || [...known].every((r) => !related(r, inference.role))) {
          // A declared section may well mention other parts (security measures name 委託先 and servers abroad): only its heading contradicts it.
          if (known.size > 0 && reading.declared.length > 0 && evidence.cue === 'heading') {
            // The role is given by its id: the catalogue names it and cites its article in each language.
            context.report('role-mismatch', at, {
              severity: 'warning',
              ...say('check.role-mismatch', { declared: listValue(reading.declared), words: evidence.words, role: inference.role }, 'check.role-mismatch.hint'),
            });
          } else if (known.size === 0) {
            context.report('role-undeclared', at, {
              severity: 'warning',
              ...say(
                'check.role-undeclared',
                { role: inference.role, cue: evidence.cue, words: evidence.words, section: String(node.id ?? '') },
                'check.role-undeclared.hint',
              ),
            });
          }
        } else if (!known.has(inference.role) && (ROLES[inference.role] as { qualifies?: readonly string[] }).qualifies) {
          context.report('role-undeclared', at, {
            severity: 'warning',
            ...say('check.role-undeclared.also', { declared: listValue([...known]), role: inference.role, words: evidence.words }, 'check.role-undeclared.also.hint'),
          });
        }
      }
    }
  },
};
