import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffPolicies, formatDiffJson, formatDiffText, type PolicyDiff } from '../../src/diff/index.js';
import { fixturePath, loadFixture } from './load-fixture.js';

const base = loadFixture('base');
const release = diffPolicies(base, loadFixture('v1-1'));

/** Compare with a golden file; UPDATE_GOLDEN=1 rewrites it (review the change before committing). */
function expectGolden(actual: string, file: string) {
  const path = fixturePath(file);
  if (process.env.UPDATE_GOLDEN) writeFileSync(path, actual);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe('formatDiffJson', () => {
  it('matches the golden file for base → v1-1', () => {
    expectGolden(formatDiffJson(release), 'v1-1.diff.json');
  });

  it('keeps the contract: key order, 2-space indent, trailing newline', () => {
    const json = formatDiffJson(release);
    expect(json.endsWith('}\n')).toBe(true);
    expect(json.startsWith('{\n  "renotice": true,\n  "changes": [\n    {\n      "category"')).toBe(true);
    const parsed = JSON.parse(json) as PolicyDiff;
    for (const c of parsed.changes) {
      expect(Object.keys(c).slice(0, 8)).toEqual(['category', 'change', 'id', 'path', 'before', 'after', 'action', 'basis']);
    }
    const contract = ['category', 'change', 'id', 'path', 'before', 'after', 'action', 'basis', 'note'];
    const projected = release.changes.map((c) => Object.fromEntries(Object.entries(c).filter(([k]) => contract.includes(k))));
    expect(parsed).toEqual({ renotice: release.renotice, changes: projected });
  });

  it('writes an empty list for identical versions', () => {
    expect(formatDiffJson(diffPolicies(base, base))).toBe('{\n  "renotice": false,\n  "changes": []\n}\n');
  });
});

describe('formatDiffText', () => {
  it('matches the golden file for base → v1-1 (no colour)', () => {
    expectGolden(formatDiffText(release), 'v1-1.diff.txt');
  });

  it('marks changed words without colour as [-removed-] and {+added+}', () => {
    const text = formatDiffText(diffPolicies(base, loadFixture('preamble-typo')));
    expect(text).not.toContain('\u001b[');
    expect(text).toContain('個人情報を適切に[-取扱う-]ことが');
    expect(text).toContain('個人情報を適切に{+取り扱う+}ことが');
  });

  it('colours removed words red and struck through, added words green', () => {
    const text = formatDiffText(diffPolicies(base, loadFixture('preamble-typo')), { color: true });
    expect(text).toContain('適切に\u001b[9m\u001b[31m取扱う\u001b[39m\u001b[29mことが');
    expect(text).toContain('適切に\u001b[32m取り扱う\u001b[39mことが');
    expect(text).not.toContain('[-');
  });

  it('summarises what needs action', () => {
    const first = (name: string) => formatDiffText(diffPolicies(base, loadFixture(name))).split('\n')[0];
    expect(first('v1-1')).toBe(
      'Re-notice required: 3 changes need action (1 consent, 1 prior-notice, 1 notice); 5 editorial changes.',
    );
    expect(first('party-renamed')).toBe('Re-notice required: 1 change needs action (1 prior-notice).');
    expect(first('preamble-typo')).toBe('No change needs re-notice: 1 editorial change.');
    expect(first('reordered')).toBe('No change needs re-notice: 2 entries reordered.');
    expect(first('base')).toBe('No change needs re-notice: the two versions are the same.');
  });

  it('groups changes under one heading per category, in category order', () => {
    const text = formatDiffText(diffPolicies(base, loadFixture('reordered')));
    expect(text).toBe(
      [
        'No change needs re-notice: 2 entries reordered.',
        '',
        'Joint users (共同利用する者の範囲) — 1 change',
        '  moved greencoop-coops at sections[4].body[0].jointUse.parties.entries[4]',
        '    action: none',
        '    note:   Moved from sections[4].body[0].jointUse.parties.entries[5]; the order carries no legal meaning, so no notice is needed.',
        '    text:   取次業務委託契約を締結したグリーンコープ生協',
        '',
        'Purposes of the joint use (共同利用の目的) — 1 change',
        '  moved billing at sections[4].body[0].jointUse.purposes.entries[0]',
        '    action: none',
        '    note:   Moved from sections[4].body[0].jointUse.purposes.entries[4]; the order carries no legal meaning, so no notice is needed.',
        '    text:   電気料金の精算、請求、収納業務遂行のため',
        '',
      ].join('\n'),
    );
  });
});
