/**
 * Checks the policy against the JSON Schema (src/model/schema.ts) and turns
 * each violation into a message that says what to write instead.
 */
import { Value } from '@sinclair/typebox/value';
import { ValueErrorType, type ValueError } from '@sinclair/typebox/errors';
import type { TSchema } from '@sinclair/typebox';
import { BLOCK_KEYS, Block, ListItem, Policy, Section, Text } from '../model/schema.js';
import { pointerToPath } from '../load/yaml-source.js';
import type { Rule, Report, RuleContext } from './context.js';
import { closest } from './suggest.js';
import { PLACEHOLDER } from './rules/placeholder.js';

export const schemaRule: Rule = {
  id: 'schema',
  description: 'Keys, types and required fields follow schema/policy.schema.json.',
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
        return {
          ruleId: 'unknown-key',
          on: 'key',
          reason: `unknown key "${key}"`,
          hint: 'the key holds a full-width space (　) or colon (：): indent with half-width spaces and write ": " after the key',
        };
      }
      const guess = closest(key, allowed);
      return {
        ruleId: 'unknown-key',
        on: 'key',
        reason: `unknown key "${key}"`,
        hint: (guess ? `did you mean "${guess}"? ` : '') + `Keys allowed here: ${allowed.join(', ')}`,
      };
    }
    case ValueErrorType.ObjectRequiredProperty: {
      const about = schema === Text || schema.description === Text.description ? undefined : schema.description;
      return {
        ruleId: 'missing-key',
        reason: `"${key}" is missing`,
        hint: `add a line "${key}: …" to this block` + (about ? ` (${about})` : ''),
      };
    }
    case ValueErrorType.StringMinLength:
      return { ruleId: 'empty-text', reason: 'the text is empty', hint: 'write the text after the colon, or remove the line if it is optional' };
    case ValueErrorType.ArrayMinItems:
      return { ruleId: 'empty-list', reason: 'the list is empty', hint: 'add at least one entry, each on its own line starting with "- "' };
    case ValueErrorType.StringPattern:
      return patternProblem(schema, value);
    case ValueErrorType.Union: {
      const choices = ((schema as { anyOf?: Array<{ const?: unknown }> }).anyOf ?? []).map((s) => s.const);
      if (choices.length > 0 && choices.every((c) => typeof c === 'string')) {
        return { ruleId: 'wrong-value', reason: `"${String(value)}" is not one of ${choices.join(', ')}`, hint: `write one of: ${choices.join(', ')}` };
      }
      return unknownBlock(value);
    }
    case ValueErrorType.String:
      return typeProblem('text', value, key, written, 'write the text after the colon' + (typeof value === 'number' ? `, in quotes: ${key}: "${written}"` : ''));
    case ValueErrorType.Array:
      return typeProblem('a list', value, key, written, `write each entry on its own line under "${key}:", starting with "- "`);
    case ValueErrorType.Object:
      return typeProblem('a block of keys', value, key, written, `write the keys on the lines under "${key}:", indented by two more spaces`);
    case ValueErrorType.Boolean:
      return typeProblem('true or false', value, key, written, `write ${key}: true or ${key}: false`);
    default:
      return { ruleId: 'schema', reason: error.message };
  }
}

function unknownBlock(value: unknown): Found {
  const keys = value && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value) : [];
  const guess = keys.map((k) => closest(k, [...BLOCK_KEYS])).find(Boolean);
  return {
    ruleId: 'unknown-block',
    reason: keys.length ? `this block has none of the keys that say what it is (found ${keys.join(', ')})` : `expected a text or a block, found ${kindOf(value, String(value))}`,
    hint:
      (guess ? `did you mean "${guess}"? ` : '') +
      'a block is a text, or has one of the keys ' + BLOCK_KEYS.join(', ') + ' (e.g. "- list:" followed by its entries)',
  };
}

function patternProblem(schema: TSchema, value: unknown): Found {
  const pattern = (schema as { pattern?: string }).pattern ?? '';
  if (pattern.includes('\\d{4}')) {
    return { ruleId: 'invalid-date', reason: `"${String(value)}" is not a date`, hint: 'write the date as YYYY-MM-DD, e.g. 2026-12-01' };
  }
  const slug = slugify(String(value));
  return {
    ruleId: 'invalid-id',
    reason: `"${String(value)}" is not a valid id`,
    hint: 'an id uses lower-case ASCII letters, digits and single hyphens' + (slug ? `, e.g. ${slug}` : ', e.g. retail-contract'),
  };
}

function typeProblem(expected: string, value: unknown, key: string, written: string, hint: string): Found {
  return { ruleId: 'wrong-type', reason: `expected ${expected}, found ${kindOf(value, written)}`, hint: key ? hint : undefined };
}

function kindOf(value: unknown, written: string): string {
  if (value === null) return 'nothing (an empty value)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a block of keys';
  if (typeof value === 'number') return `the number ${written}`;
  if (typeof value === 'boolean') return `the word ${written} (read as yes/no)`;
  return 'text';
}

function slugify(value: string): string {
  return value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

