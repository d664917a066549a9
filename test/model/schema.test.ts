import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchema } from '../../src/model/schema.js';
import { ROOT } from '../helpers.js';

describe('the JSON Schema', () => {
  it('committed in schema/ is the one the model gives (run "npm run schema" after changing the model)', () => {
    const committed = JSON.parse(readFileSync(path.join(ROOT, 'schema', 'policy.schema.json'), 'utf8'));
    expect(committed).toEqual(jsonSchema());
  });

  it('forbids unknown keys everywhere, so an editor underlines typos', () => {
    const objects: Array<Record<string, unknown>> = [];
    const walk = (node: unknown) => {
      if (!node || typeof node !== 'object') return;
      const record = node as Record<string, unknown>;
      if (record.type === 'object') objects.push(record);
      Object.values(record).forEach(walk);
    };
    walk(jsonSchema());
    expect(objects.length).toBeGreaterThan(10);
    expect(objects.filter((o) => o.additionalProperties !== false)).toEqual([]);
  });

  it('is named by a modeline in every policy file, for the YAML language server', () => {
    // The policy files (beside them, their translations: policy/NAME.en.po).
    for (const name of readdirSync(path.join(ROOT, 'policy')).filter((n) => /\.ya?ml$/.test(n))) {
      const first = readFileSync(path.join(ROOT, 'policy', name), 'utf8').split('\n')[0];
      expect(first).toBe('# yaml-language-server: $schema=../schema/policy.schema.json');
    }
  });
});
