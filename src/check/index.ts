import type { Policy } from '../model/schema.js';
import type { YamlSource } from '../load/yaml-source.js';
import type { Message } from '../report/message.js';
import { createContext, type Rule } from './context.js';
import { schemaRule } from './schema-rule.js';
import { duplicateId } from './rules/duplicate-id.js';
import { textContent } from './rules/text-content.js';
import { clauseParties, listSlot, references } from './rules/references.js';
import { dates } from './rules/dates.js';
import { effectiveDateSet, jointUseItems, managerIdentity } from './rules/appi.js';
import { footnoteUsed, httpsLinks, revisionCurrent } from './rules/lint.js';
import { revisionOrder } from './rules/revision-order.js';

/** Validation as a list of small named rules; each sees the whole policy and reports every problem it finds. */
export const rules: readonly Rule[] = [
  schemaRule,
  duplicateId,
  textContent,
  references,
  listSlot,
  clauseParties,
  dates,
  // Warnings: the APPI compliance lint and editorial checks.
  jointUseItems,
  managerIdentity,
  effectiveDateSet,
  footnoteUsed,
  httpsLinks,
  revisionCurrent,
  revisionOrder,
];

/** Check a parsed YAML file. The policy is valid when no message is an error. */
export function checkSource(source: YamlSource, extraRules: readonly Rule[] = []): Message[] {
  const data: unknown = source.doc.toJS({ maxAliasCount: 100 });
  const messages: Message[] = [];
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    messages.push({
      file: source.file,
      line: 1,
      column: 1,
      severity: 'error',
      ruleId: 'not-a-policy',
      reason: 'the file does not hold a policy',
      hint: 'a policy file starts with keys such as "version:", "organization:" and "title:"; see policy/shimin-denryoku.yaml',
    });
    return messages;
  }
  const context = createContext(source, data as Policy, messages);
  for (const rule of [...rules, ...extraRules]) rule.check(context);
  return messages;
}
