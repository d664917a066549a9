/**
 * Every rule id a check can report, with one sentence on what it checks:
 * the rules of index.ts, and the ids that the loader and the schema rule
 * report under more precise names. For the SARIF rule list.
 */
import { rules } from './index.js';

const MORE: Readonly<Record<string, string>> = {
  'yaml-syntax': 'The file is valid YAML.',
  encoding: 'The file is saved as UTF-8.',
  'not-a-policy': 'The file holds a policy (a mapping with version, organization, title …).',
  'unknown-key': 'Every key is one the schema knows (schema/policy.schema.json).',
  'missing-key': 'Every required key is present.',
  'wrong-type': 'Every value has the type the schema asks for (text, list, date …).',
  'invalid-id': 'Ids are lower-case letters, digits and hyphens.',
  'empty-text': 'Texts are not blank.',
  'empty-list': 'Lists that must hold entries are not empty.',
};

export function ruleCatalog(extra: readonly { id: string; description: string }[] = []): Map<string, string> {
  const out = new Map<string, string>(Object.entries(MORE));
  for (const rule of [...rules, ...extra]) out.set(rule.id, rule.description);
  return out;
}
