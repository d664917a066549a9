import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPolicyText } from '../../src/file/policy-file.js';
import { diffPolicies } from '../../src/diff/index.js';
import { upgradeText } from '../../src/load/upgrade.js';
import { buildView } from '../../src/render/view.js';
import { renderHtmlFragment } from '../../src/render/html.js';
import { renderText } from '../../src/render/text.js';
import { ROOT, SEED_POLICY, cli, tempDir } from '../helpers.js';

const LEGACY = path.join(ROOT, 'test', 'fixtures', 'legacy', 'shimin-denryoku.yaml');
const legacyText = readFileSync(LEGACY, 'utf8');
const legacy = readPolicyText(LEGACY, legacyText);
const seed = readPolicyText(SEED_POLICY, readFileSync(SEED_POLICY, 'utf8'));

describe('a policy file of the former shape (numbered clauses, one top-level joint-use table)', () => {
  it('is read without errors, as the same policy as today\'s seed', () => {
    expect(legacy.messages.filter((m) => m.severity === 'error')).toEqual([]);
    expect(legacy.source?.upgraded).toBe(true);
    expect(seed.source?.upgraded).toBe(false);
    expect(diffPolicies(legacy.policy!, seed.policy!)).toEqual({ renotice: false, changes: [] });
  });

  it('renders exactly as today\'s seed', () => {
    const a = buildView(legacy.policy!);
    const b = buildView(seed.policy!);
    expect(renderText(a)).toBe(renderText(b));
    // The seed marks its clauses on provision to third parties and on the use limitation with their legal roles; the rest is the same.
    expect(renderHtmlFragment(a)).toBe(renderHtmlFragment(b).replace(' pp-role-provision', '').replace(' pp-role-useLimitation', ''));
  });

  it('reports problems at their line and column in the old file', () => {
    const broken = legacyText.replace('      - id: occto\n        name: 電力広域的運営推進機関\n', '      - id: occto\n        name: ""\n');
    const result = readPolicyText('old.yaml', broken);
    const line = broken.split('\n').findIndex((l) => l === '        name: ""') + 1;
    expect(result.messages.filter((m) => m.severity === 'error').map((m) => [m.line, m.column, m.ruleId])).toEqual([[line, 15, 'empty-text']]);
  });

  it('is rewritten into today\'s shape by upgradeText, comments and wording kept', () => {
    const text = upgradeText(legacyText)!;
    expect(text).toContain('sections:\n  - id: acquisition\n');
    expect(text).toContain('# The Japanese text below is the authoritative wording.');
    expect(text).not.toMatch(/^clauses:|^jointUse:/m);
    const upgraded = readPolicyText('new.yaml', text);
    expect(upgraded.source?.upgraded).toBe(false);
    expect(upgraded.messages.map((m) => m.ruleId)).toEqual(legacy.messages.map((m) => m.ruleId));
    expect(diffPolicies(legacy.policy!, upgraded.policy!).changes).toEqual([]);
    expect(upgradeText(text)).toBeUndefined();
  });

  it('is rewritten by "policy upgrade", which leaves files of today\'s shape alone', async () => {
    const dir = tempDir();
    copyFileSync(LEGACY, path.join(dir, 'old.yaml'));
    copyFileSync(SEED_POLICY, path.join(dir, 'new.yaml'));
    const seedBefore = readFileSync(path.join(dir, 'new.yaml'), 'utf8');
    expect(await cli(['upgrade', '--dry-run', dir])).toMatchObject({ code: 0, stdout: `would upgrade ${path.relative(ROOT, path.join(dir, 'old.yaml'))}\n` });
    expect(readFileSync(path.join(dir, 'old.yaml'), 'utf8')).toBe(legacyText);
    const result = await cli(['upgrade', dir]);
    expect(result.code).toBe(0);
    expect(readFileSync(path.join(dir, 'old.yaml'), 'utf8')).toBe(upgradeText(legacyText));
    expect(readFileSync(path.join(dir, 'new.yaml'), 'utf8')).toBe(seedBefore);
    expect((await cli(['upgrade', dir])).stdout).toBe("Every file is already in today's shape.\n");
  });
});
