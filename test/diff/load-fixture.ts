/** Fixture loading for the diff tests (the real loader lives in src/load; these tests need only the parsed object). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { Policy } from '../../src/model/schema.js';

export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

export function fixturePath(name: string): string {
  return `${FIXTURES}${name}`;
}

export function loadFixture(name: string): Policy {
  return parse(readFileSync(fixturePath(`${name}.yaml`), 'utf8')) as Policy;
}

export const FIXTURE_NAMES = [
  'base',
  'party-added',
  'party-removed',
  'party-renamed',
  'field-added',
  'field-removed',
  'joint-purpose-reworded',
  'use-purpose-added',
  'manager-replaced',
  'manager-exception',
  'preamble-typo',
  'reordered',
  'whitespace',
  'v1-1',
] as const;
