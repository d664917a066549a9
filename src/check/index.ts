import { visit } from 'yaml';
import type { Policy } from '../model/schema.js';
import type { YamlSource } from '../load/yaml-source.js';
import type { Message } from '../report/message.js';
import { createContext, type Rule } from './context.js';
import { schemaRule } from './schema-rule.js';
import { duplicateId } from './rules/duplicate-id.js';
import { textContent } from './rules/text-content.js';
import { characterRules } from './rules/characters.js';
import { fontCoverage } from './rules/font-coverage.js';
import { versionName } from './rules/version-name.js';
import { shortNameForm } from './rules/short-name-form.js';
import { clauseParties, jointUseReference, listSlot, references } from './rules/references.js';
import { dates } from './rules/dates.js';
import {
  businessIdentity,
  complaintsDesk,
  disclosureProcedure,
  effectiveDateSet,
  jointUseItems,
  managerIdentity,
  overseasInformation,
  securityMeasures,
  usePurposes,
} from './rules/appi.js';
import { placeholderLeft } from './rules/placeholder.js';
import { numberingPattern } from './rules/numbering.js';
import { contactEmail, contactName, contactUrl, footnoteUsed, httpsLinks, revisionCurrent } from './rules/lint.js';
import { datesAgree, revisionOrder } from './rules/revision-order.js';
import { roleUndeclared } from './rules/roles.js';
import { say } from '../i18n/catalogue.js';

/** Validation as a list of small named rules; each sees the whole policy and reports every problem it finds. */
export const rules: readonly Rule[] = [
  schemaRule,
  duplicateId,
  textContent,
  ...characterRules,
  references,
  listSlot,
  clauseParties,
  jointUseReference,
  dates,
  numberingPattern,
  placeholderLeft,
  // Warnings: the APPI compliance lint and editorial checks.
  businessIdentity,
  usePurposes,
  jointUseItems,
  managerIdentity,
  disclosureProcedure,
  securityMeasures,
  complaintsDesk,
  overseasInformation,
  effectiveDateSet,
  footnoteUsed,
  httpsLinks,
  contactName,
  contactEmail,
  contactUrl,
  revisionCurrent,
  fontCoverage,
  versionName,
  shortNameForm,
  revisionOrder,
  datesAgree,
  roleUndeclared,
];

/** Check a parsed YAML file. The policy is valid when no message is an error. */
export function checkSource(source: YamlSource, extraRules: readonly Rule[] = []): Message[] {
  const messages: Message[] = [];
  const { data, message } = dataOf(source);
  if (message) {
    messages.push(message);
    return messages;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    messages.push({
      file: source.file,
      line: 1,
      column: 1,
      severity: 'error',
      ruleId: 'not-a-policy',
      ...say('check.not-a-policy', {}, 'check.not-a-policy.hint'),
    });
    return messages;
  }
  const context = createContext(source, data as Policy, messages);
  for (const rule of [...rules, ...extraRules]) rule.check(context);
  return messages;
}

/**
 * The data of a parsed YAML file (a policy or policy.config.yaml), or the
 * message of a file that copies copies of copies.
 */
export function dataOf(source: YamlSource): { data: unknown; message?: undefined } | { data?: undefined; message: Message } {
  try {
    return { data: source.doc.toJS({ maxAliasCount: 100 }) };
  } catch (error) {
    return { message: aliasProblem(source, error) };
  }
}

/**
 * The YAML library refuses to expand aliases (`*name`) that copy copies of
 * copies (the "billion laughs"): it would take all memory. Said in words.
 */
function aliasProblem(source: YamlSource, error: unknown): Message {
  let offset = 0;
  visit(source.doc, {
    Alias(_key, node) {
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  const pos = source.lineCounter.linePos(offset);
  const aliases = /alias/i.test((error as Error)?.message ?? '');
  return {
    file: source.file,
    line: pos.line,
    column: pos.col,
    severity: 'error',
    ruleId: 'yaml-alias',
    ...(aliases
      ? say('check.yaml-alias', {}, 'check.yaml-alias.hint')
      : say('check.yaml-alias.unreadable', { error: (error as Error)?.message ?? String(error) }, 'check.yaml-alias.hint')),
  };
}
