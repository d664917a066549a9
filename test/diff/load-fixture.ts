/** Fixture loading for the diff tests, through the real loader (the fixtures have the shape of policies written before sections). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseYamlSource } from '../../src/load/yaml-source.js';
import type { Policy } from '../../src/model/schema.js';

export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

export function fixturePath(name: string): string {
  return `${FIXTURES}${name}`;
}

export function loadFixture(name: string): Policy {
  const file = fixturePath(`${name}.yaml`);
  return parseYamlSource(file, readFileSync(file, 'utf8')).source.doc.toJS() as Policy;
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
