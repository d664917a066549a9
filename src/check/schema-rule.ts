/**
 * Checks the policy against the JSON Schema (src/model/schema.ts) and turns
 * each violation into a message that says what to write instead.
 */
import { Value } from '@sinclair/typebox/value';
import { ValueErrorType, type ValueError } from '@sinclair/typebox/errors';
import type { TSchema } from '@sinclair/typebox';
import { BLOCK_KEYS, Block, DESCRIPTION_JA, ID_PATTERN, ListItem, PATTERN_MESSAGE_JA, Policy, Section, Text } from '../model/schema.js';
import { pointerToPath } from '../load/yaml-source.js';
import type { Rule, Report, RuleContext } from './context.js';
import { closest } from './suggest.js';
import { PLACEHOLDER } from './rules/placeholder.js';
import { say, t, type MessageId } from '../i18n/catalogue.js';
import { listValue } from '../i18n/check.js';

export const schemaRule: Rule = {
  id: 'schema',
  description: t('rule.schema'),
  check(context) {
    checkSchema(Policy, context);
  },
};

/** Report every way `context.policy` (any parsed YAML data) breaks `schema`, at its place, with what to write instead. */
export function checkSchema(schema: TSchema, { policy, report, source }: Pick<RuleContext, 'policy' | 'report' | 'source'>): void {
  {
    const errors = errorsOf(schema, policy, '')
      // A missing key is reported once, as missing; TypeBox also reports its type.
      .filter((e) => e.value !== undefined || e.type === ValueErrorType.ObjectRequiredProperty);
    // A misspelt key is reported once, as unknown with its correction, not also as missing.
    const misspelt = new Set(errors.filter((e) => e.type === ValueErrorType.ObjectAdditionalProperties).map(correctedPointer));
    for (const error of errors) {
      if (error.type === ValueErrorType.ObjectRequiredProperty && misspelt.has(error.path)) continue;
      const path = pointerToPath(error.path);
      // A placeholder left by `policy init` is reported once, by its own rule; a misspelt key holding one is still reported.
      if (typeof error.value === 'string' && error.value.includes(PLACEHOLDER) && error.type !== ValueErrorType.ObjectAdditionalProperties) continue;
      const written = (source.doc.getIn(path, true) as { source?: string } | undefined)?.source;
      const found = describe(error, written);
      // A missing key has no place of its own: report it on the block that lacks it.
      if (found) report(found.ruleId, found.ruleId === 'missing-key' ? path.slice(0, -1) : path, found);
    }
  }
}

/** Schema errors, with a union (a block, a list entry, a cell) checked against the variant the value was meant to be. */
function errorsOf(schema: TSchema, value: unknown, prefix: string): ValueError[] {
  const out: ValueError[] = [];
  for (const error of Value.Errors(schema, REFERENCES, value)) {
    if (error.type === ValueErrorType.Union) {
      const variant = variantOf(error.schema, error.value);
      if (variant) {
        out.push(...errorsOf(variant, error.value, prefix + error.path));
        continue;
      }
    }
    out.push({ ...error, path: prefix + error.path });
  }
  return out;
}

const REFERENCES: TSchema[] = [Block, Section, ListItem];

function resolve(schema: TSchema): TSchema {
  const ref = (schema as { $ref?: string }).$ref;
  return (ref && REFERENCES.find((r) => r.$id === ref)) || schema;
}

/** The member of a union a value was written as: a text, a list, or the block whose key it has. */
function variantOf(union: TSchema, value: unknown): TSchema | undefined {
  const members = ((union as { anyOf?: TSchema[] }).anyOf ?? []).map(resolve);
  // A choice among fixed words (paper: A4, A5 …) is reported as such, not as one of its words.
  if (members.every((m) => (m as { const?: unknown }).const !== undefined)) return undefined;
  const typeOf = (s: TSchema) => (s as { type?: string }).type;
  if (typeof value === 'string') return members.find((m) => typeOf(m) === 'string');
  if (Array.isArray(value)) return members.find((m) => typeOf(m) === 'array');
  if (value === null || typeof value !== 'object') return undefined;
  const objects = members.filter((m) => typeOf(m) === 'object');
  if (objects.length === 1) return objects[0];
  const keys = Object.keys(value);
  // A block is told by its key (list, table, contact …); `text` last, since a list entry may have one too.
  const kind = BLOCK_KEYS.filter((k) => k !== 'text').find((k) => keys.includes(k)) ?? (keys.includes('text') ? 'text' : undefined);
  return kind ? objects.find((m) => kind in (((m as unknown as { properties?: object }).properties) ?? {})) : undefined;
}

function correctedPointer(error: ValueError): string {
  const key = error.path.slice(error.path.lastIndexOf('/') + 1);
  const guess = closest(key, Object.keys((error.schema as { properties?: object }).properties ?? {}));
  return `${error.path.slice(0, error.path.lastIndexOf('/'))}/${guess ?? ''}`;
}

interface Found extends Report {
  ruleId: string;
}

function describe(error: ValueError, written = String(error.value)): Found | undefined {
  const { schema, value } = error;
  const path = pointerToPath(error.path);
  const key = String(path[path.length - 1] ?? '');
  switch (error.type) {
    case ValueErrorType.ObjectAdditionalProperties: {
      const allowed = Object.keys((schema as { properties?: object }).properties ?? {});
      if (/^\u3000|\u3000$|：/.test(key)) {
        return { ruleId: 'unknown-key', on: 'key', ...say('check.unknown-key', { key }, 'check.unknown-key.space.hint') };
      }
      const guess = closest(key, allowed);
      return { ruleId: 'unknown-key', on: 'key', ...say('check.unknown-key', { key, ...(guess ? { guess } : {}), allowed: listValue(allowed) }, 'check.unknown-key.hint') };
    }
    case ValueErrorType.ObjectRequiredProperty: {
      // What the key is for, as the schema describes it in each language (model/schema.ts), unless it is any text.
      const about = schema === Text || schema.description === Text.description ? undefined : schema.description;
      const aboutJa = about ? (schema as { [DESCRIPTION_JA]?: string })[DESCRIPTION_JA] : undefined;
      return { ruleId: 'missing-key', ...say('check.missing-key', { key, ...(about ? { about } : {}), ...(aboutJa ? { aboutJa } : {}) }, 'check.missing-key.hint') };
    }
    case ValueErrorType.StringMinLength:
      return { ruleId: 'empty-text', ...say('check.empty-text', {}, 'check.empty-text.hint') };
    case ValueErrorType.ArrayMinItems:
      return { ruleId: 'empty-list', ...say('check.empty-list', {}, 'check.empty-list.hint') };
    case ValueErrorType.StringPattern:
      return patternProblem(schema, value);
    case ValueErrorType.Union: {
      const choices = ((schema as { anyOf?: Array<{ const?: unknown }> }).anyOf ?? []).map((s) => s.const);
      if (choices.length > 0 && choices.every((c) => typeof c === 'string')) {
        return { ruleId: 'wrong-value', ...say('check.wrong-value', { value: String(value), choices: listValue(choices as string[]) }, 'check.wrong-value.hint') };
      }
      return unknownBlock(value);
    }
    case ValueErrorType.String:
      return typeProblem('text', value, key, written, typeof value === 'number' ? 'check.wrong-type.number.hint' : 'check.wrong-type.text.hint');
    case ValueErrorType.Array:
      return typeProblem('list', value, key, written, 'check.wrong-type.list.hint');
    case ValueErrorType.Object:
      return typeProblem('block', value, key, written, 'check.wrong-type.block.hint');
    case ValueErrorType.Boolean:
      return typeProblem('boolean', value, key, written, 'check.wrong-type.boolean.hint');
    default:
      return { ruleId: 'schema', ...say('check.schema', { error: error.message }) };
  }
}

function unknownBlock(value: unknown): Found {
  const keys = value && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value) : [];
  const guess = keys.map((k) => closest(k, [...BLOCK_KEYS])).find(Boolean);
  const hint = { ...(guess ? { guess } : {}), blockKeys: listValue(BLOCK_KEYS) };
  return {
    ruleId: 'unknown-block',
    ...(keys.length
      ? say('check.unknown-block', { keys: listValue(keys), ...hint }, 'check.unknown-block.hint')
      : say('check.unknown-block.kind', { ...kindOf(value, String(value)), ...hint }, 'check.unknown-block.hint')),
  };
}

function patternProblem(schema: TSchema, value: unknown): Found {
  const pattern = (schema as { pattern?: string }).pattern ?? '';
  if (pattern.includes('\\d{4}')) {
    return { ruleId: 'invalid-date', ...say('check.invalid-date.format', { value: String(value) }, 'check.invalid-date.format.hint') };
  }
  // Another form (a site's address …): the schema's own words say what to write.
  const { patternErrorMessage: en, [PATTERN_MESSAGE_JA]: ja } = schema as { patternErrorMessage?: string; [PATTERN_MESSAGE_JA]?: string };
  if (pattern !== ID_PATTERN && en) return { ruleId: 'wrong-value', ...say('check.pattern', { value: String(value), en, ja: ja ?? en }) };
  return { ruleId: 'invalid-id', ...say('check.invalid-id', { value: String(value), example: slugify(String(value)) || 'retail-contract' }, 'check.invalid-id.hint') };
}

/** A value of another type than the schema asks for: what was expected (an id the catalogue says) and what was found. */
function typeProblem(expected: 'text' | 'list' | 'block' | 'boolean', value: unknown, key: string, written: string, hint: MessageId): Found {
  return { ruleId: 'wrong-type', ...say('check.wrong-type', { expected, ...kindOf(value, written), key, written }, key ? hint : undefined) };
}

/** What a value is, as an id the catalogue says (`found`), with the words it was written as. */
function kindOf(value: unknown, written: string): { found: string; written: string } {
  if (value === null) return { found: 'nothing', written };
  if (Array.isArray(value)) return { found: 'list', written };
  if (typeof value === 'object') return { found: 'block', written };
  if (typeof value === 'number') return { found: 'number', written };
  if (typeof value === 'boolean') return { found: 'boolean', written };
  return { found: 'text', written };
}

function slugify(value: string): string {
  return value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

