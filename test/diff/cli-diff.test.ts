import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, cli, snapshot, tempDir } from '../helpers.js';
import { fixturePath } from './load-fixture.js';

const F = (name: string) => path.relative(ROOT, fixturePath(`${name}.yaml`));
const BASE = F('base');

interface JsonChange {
  category: string;
  change: string;
  id: string;
  path: string;
  before: string | null;
  after: string | null;
  action: string;
  basis: string;
}

/** For each fixture: the first change (category, change, id, action), the exit code and the summary line. */
const CASES = [
  { name: 'party-added', first: ['party', 'added', 'gas-retailers', 'consent'], code: 1, summary: 'Re-notice required: 1 change needs action (1 consent); 1 editorial change.' },
  { name: 'party-removed', first: ['party', 'removed', 'occto', 'consent'], code: 1, summary: 'Re-notice required: 1 change needs action (1 consent); 1 editorial change.' },
  { name: 'party-renamed', first: ['party', 'modified', 'greencoop-union', 'prior-notice'], code: 1, summary: 'Re-notice required: 1 change needs action (1 prior-notice).' },
  { name: 'field-added', first: ['item', 'added', 'supply-point/interval-usage', 'consent'], code: 1, summary: 'Re-notice required: 1 change needs action (1 consent).' },
  { name: 'field-removed', first: ['item', 'removed', 'supply-point/power-factor', 'consent'], code: 1, summary: 'Re-notice required: 1 change needs action (1 consent).' },
  { name: 'joint-purpose-reworded', first: ['jointPurpose', 'modified', 'billing', 'prior-notice'], code: 1, summary: 'Re-notice required: 1 change needs action (1 prior-notice).' },
  { name: 'use-purpose-added', first: ['usePurpose', 'added', 'acquisition/energy-advice', 'notice'], code: 1, summary: 'Re-notice required: 1 change needs action (1 notice).' },
  { name: 'manager-replaced', first: ['manager', 'removed', 'supply-point-manager', 'prior-notice'], code: 1, summary: 'Re-notice required: 2 changes need action (2 prior-notice).' },
  { name: 'manager-renamed', first: ['manager', 'modified', 'supply-point-manager', 'notice-without-delay'], code: 1, summary: 'Re-notice required: 1 change needs action (1 notice-without-delay).' },
  { name: 'manager-exception', first: ['manager', 'modified', 'basic-manager', 'prior-notice'], code: 1, summary: 'Re-notice required: 1 change needs action (1 prior-notice).' },
  { name: 'preamble-typo', first: ['editorial', 'modified', 'preamble[0]', 'none'], code: 0, summary: 'No change needs re-notice: 1 editorial change.' },
  { name: 'reordered', first: ['party', 'moved', 'greencoop-coops', 'none'], code: 0, summary: 'No change needs re-notice: 2 entries reordered.' },
  { name: 'whitespace', first: null, code: 0, summary: 'No change needs re-notice: the two versions are the same.' },
  { name: 'v1-1', first: ['party', 'added', 'gas-retailers', 'consent'], code: 1, summary: 'Re-notice required: 3 changes need action (1 consent, 1 prior-notice, 1 notice); 5 editorial changes.' },
] as const;

describe('policy diff OLD NEW (files)', () => {
  it.each(CASES)('$name: text summary and exit code $code', async ({ name, code, summary }) => {
    const result = await cli(['diff', BASE, F(name)]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(code);
    expect(result.stdout.split('\n')[0]).toBe(summary);
  });

  it.each(CASES)('$name: json category, action and exit code', async ({ name, first, code }) => {
    const result = await cli(['diff', BASE, F(name), '--format', 'json']);
    expect(result.code).toBe(code);
    const json = JSON.parse(result.stdout) as { renotice: boolean; changes: JsonChange[]; problems?: Array<{ rule: string }> };
    // These fixtures keep the base's version and date: a change that needs action lists that as a problem, additively.
    const bumped = name === 'v1-1';
    expect(Object.keys(json)).toEqual(code === 1 && !bumped ? ['renotice', 'changes', 'problems'] : ['renotice', 'changes']);
    if (code === 1 && !bumped) expect(json.problems?.map((p) => p.rule)).toEqual(['version-not-bumped']);
    expect(json.renotice).toBe(code === 1);
    if (first === null) expect(json.changes).toEqual([]);
    else {
      const c = json.changes[0]!;
      expect([c.category, c.change, c.id, c.action]).toEqual(first);
      expect(Object.keys(c).slice(0, 8)).toEqual(['category', 'change', 'id', 'path', 'before', 'after', 'action', 'basis']);
    }
  });

  it('prints the same report as formatDiffText (golden file of base → v1-1)', async () => {
    const result = await cli(['diff', BASE, F('v1-1')]);
    expect(result.stdout).toBe(readFileSync(fixturePath('v1-1.diff.txt'), 'utf8'));
    const json = await cli(['diff', BASE, F('v1-1'), '--format', 'json']);
    expect(json.stdout).toBe(readFileSync(fixturePath('v1-1.diff.json'), 'utf8'));
  });

  it('says so for identical versions and exits 0', async () => {
    const result = await cli(['diff', BASE, BASE]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe('No change needs re-notice: the two versions are the same.\n');
    expect((await cli(['diff', BASE, BASE, '--format', 'json'])).stdout).toBe('{\n  "renotice": false,\n  "changes": []\n}\n');
  });

  it('colours the text only when asked (FORCE_COLOR), never with NO_COLOR', async () => {
    const plain = await cli(['diff', BASE, F('preamble-typo')]);
    expect(plain.stdout).toContain('[-取扱う-]');
    const colour = await cli(['diff', BASE, F('preamble-typo')], ROOT, { NO_COLOR: undefined, FORCE_COLOR: '1' });
    expect(colour.stdout).toContain('\u001b[32m取り扱う\u001b[39m');
  });

  it('exits 2 for a missing file, naming it', async () => {
    const result = await cli(['diff', BASE, 'policy/nope.yaml']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('policy: policy/nope.yaml: no such file or folder\n    hint: check the path; policies live in policy/\n');
  });

  it('exits 2 for an invalid side, with its positioned messages and the side named', async () => {
    const invalid = 'test/fixtures/invalid/duplicate-id.yaml';
    const result = await cli(['diff', BASE, invalid]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    // The errors as "policy check" reports them (file:line:column, rule, hint); warnings are not repeated.
    const expected = readFileSync(path.join(ROOT, 'test/fixtures/invalid/duplicate-id.expected.txt'), 'utf8').split('\n');
    const errors = expected.flatMap((line, i) => (line.includes('  error  ') ? [line, expected[i + 1]!] : []));
    expect(errors.length).toBeGreaterThan(0);
    expect(result.stderr).toContain(errors.join('\n'));
    expect(result.stderr).toContain('test/fixtures/invalid/duplicate-id.yaml:116:25  error  sections[4].body[0].jointUse.items.groups[0].fields[2].id: the data item id "address" is already used on line 114  (duplicate-id)');
    expect(result.stderr).not.toContain('warning  ');
    expect(result.stderr).toContain(`policy: the new side (${invalid}) has errors, so the versions cannot be compared`);
  });

  it('exits 2 for invalid YAML on the old side, at its line and column', async () => {
    const result = await cli(['diff', 'test/fixtures/invalid/yaml-syntax.yaml', BASE, '--format', 'json']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^test\/fixtures\/invalid\/yaml-syntax\.yaml:\d+:\d+ {2}error {2}.*\(yaml-syntax\)/m);
    expect(result.stderr).toContain('the old side (test/fixtures/invalid/yaml-syntax.yaml) has errors');
  });

  it('exits 2 for wrong usage', async () => {
    expect((await cli(['diff', BASE, BASE, '--format', 'rtf'])).stderr).toBe('policy: --format must be one of text, json, markdown, html, pdf, docx; got "rtf"\n');
    expect((await cli(['diff', BASE, BASE, BASE])).code).toBe(2);
    const pdf = await cli(['diff', BASE, BASE, '--format', 'pdf']);
    expect(pdf).toMatchObject({ code: 2, stderr: 'policy: --format pdf needs --out FILE (a PDF is not written to a terminal)\n' });
  });

  it('has help with examples', async () => {
    const result = await cli(['diff', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: policy diff \[OLD \[NEW\]\]/);
    expect(result.stdout).toContain('policy diff origin/main');
    expect(result.stdout).toContain('Exit codes: 0 no change needs action');
  });

  it('writes the HTML report to --out whole, and keeps the exit code', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'review', 'taisho.html');
    const result = await cli(['diff', BASE, F('party-added'), '--format', 'html', '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(`Re-notice required: 1 change needs action (1 consent); 1 editorial change.\nwrote ${out}\n`);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(Object.keys(snapshot(path.dirname(out)))).toEqual(['taisho.html']); // no staging left behind
  });
});

describe('policy diff FOLDER FOLDER', () => {
  function folders() {
    const dir = tempDir();
    const [a, b] = [path.join(dir, 'old'), path.join(dir, 'new')];
    mkdirSync(a);
    mkdirSync(b);
    copyFileSync(fixturePath('base.yaml'), path.join(a, 'shimin-denryoku.yaml'));
    copyFileSync(fixturePath('joint-purpose-reworded.yaml'), path.join(b, 'shimin-denryoku.yaml'));
    copyFileSync(fixturePath('base.yaml'), path.join(a, 'same.yaml'));
    copyFileSync(fixturePath('base.yaml'), path.join(b, 'same.yaml'));
    copyFileSync(fixturePath('base.yaml'), path.join(b, 'added.yaml'));
    return { dir, a, b };
  }

  it('compares file by file, matched by name, and reports a policy on one side only', async () => {
    const { dir } = folders();
    const result = await cli(['diff', 'old', 'new'], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('== added: only in the new version (new/added.yaml): a new policy; review how to publish and notify it.');
    expect(result.stdout).toContain('== same: old/same.yaml → new/same.yaml\nNo change needs re-notice: the two versions are the same.');
    expect(result.stdout).toContain('== shimin-denryoku: old/shimin-denryoku.yaml → new/shimin-denryoku.yaml\nRe-notice required: 1 change needs action (1 prior-notice).');
    const json = JSON.parse((await cli(['diff', 'old', 'new', '--format', 'json'], dir)).stdout) as {
      renotice: boolean;
      policies: Array<{ name: string; status: string; renotice: boolean; changes: JsonChange[] }>;
    };
    expect(json.renotice).toBe(true);
    expect(json.policies.map((p) => [p.name, p.status, p.renotice, p.changes.length])).toEqual([
      ['added', 'added', true, 0],
      ['same', 'compared', false, 0],
      ['shimin-denryoku', 'compared', true, 1],
    ]);
  });

  it('compares a file with its namesake in a folder, and refuses a file without one', async () => {
    const { dir } = folders();
    const one = await cli(['diff', 'old/shimin-denryoku.yaml', 'new'], dir);
    expect(one.code).toBe(1);
    expect(one.stdout.split('\n')[0]).toBe('Re-notice required: 1 change needs action (1 prior-notice).');
    writeFileSync(path.join(dir, 'other.yaml'), readFileSync(fixturePath('base.yaml')));
    const none = await cli(['diff', 'other.yaml', 'new'], dir);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('other.yaml has no namesake in new/');
  });

  it('is not fooled by an empty folder', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'empty'));
    const result = await cli(['diff', 'empty', path.join(ROOT, BASE)], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no policy files (.yaml) in empty');
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
  });
});
