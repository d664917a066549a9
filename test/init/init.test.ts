import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishedSchema, schemaReference, STARTER_POLICY, withSchema } from '../../src/init/init.js';
import { cli, ROOT, snapshot, tempDir } from '../helpers.js';

describe('policy init NAME', () => {
  it('writes a complete policy whose placeholders check reports, one by one, until they are filled in', async () => {
    const dir = tempDir();
    const result = await cli(['init', 'acme-denki'], dir);
    expect(result.code).toBe(0);
    const file = path.join(dir, 'policy', 'acme-denki.yaml');
    // The tool is not installed in this folder: the editor reads the schema published with this version.
    expect(readFileSync(file, 'utf8')).toBe(withSchema(readFileSync(STARTER_POLICY, 'utf8'), publishedSchema()));
    expect(readFileSync(file, 'utf8')).toMatch(/^# yaml-language-server: \$schema=https:\/\/unpkg\.com\/@shimin-policy\/policy@\d+\.\d+\.\d+[^/]*\/schema\/policy\.schema\.json\n/);
    const count = Number(/(\d+) placeholders/.exec(result.stdout)?.[1]);
    expect(result.stdout).toBe(`wrote policy/acme-denki.yaml\n${count} placeholders 【要記入：…】 to fill in: run "policy check policy/acme-denki.yaml" to list them\n`);
    expect(count).toBeGreaterThan(10);

    const check = await cli(['check', 'policy/acme-denki.yaml'], dir);
    expect(check.code).toBe(1);
    const errors = check.stdout.split('\n').filter((l) => l.includes('  error  '));
    expect(errors).toHaveLength(count);
    expect(errors.every((l) => /^policy\/acme-denki\.yaml:\d+:\d+  error  .*a placeholder is still here: 【要記入：[^】]+】  \(placeholder\)$/.test(l))).toBe(true);
    expect(check.stdout).toMatch(/policy\/acme-denki\.yaml:\d+:\d+  error  organization\.name: a placeholder is still here: 【要記入：[^】]+】/);
    expect(check.stdout).not.toContain('  warning  ');

    // Nothing is built while a placeholder is left.
    const out = path.join(dir, 'out');
    expect((await cli(['build', '--format', 'html,txt'], dir)).code).toBe(1);
    expect(existsSync(out)).toBe(false);

    // Filled in (each with a text of its own: two joint users may not share a name), the policy is clean and builds.
    let filledIn = 0;
    const filled = readFileSync(file, 'utf8')
      .replace(/"?【要記入：[^】]*(?:YYYY-MM-DD)[^】]*】"?/g, '2027-04-01')
      .replace(/email: 【要記入：[^】]*】/g, 'email: privacy@example.jp')
      .replace(/【要記入：[^】]*】/g, () => `記入済み${++filledIn}`);
    writeFileSync(file, filled);
    expect(await cli(['check', 'policy/acme-denki.yaml'], dir)).toEqual({ code: 0, stdout: 'No problems found.\n', stderr: '' });
    expect((await cli(['build', '--format', 'html,txt'], dir)).code).toBe(0);
    expect(readFileSync(path.join(out, 'acme-denki.txt'), 'utf8')).toContain('第1条');
  });

  it('never overwrites a policy, and refuses a name that cannot name output files', async () => {
    const dir = tempDir();
    expect((await cli(['init', 'acme'], dir)).code).toBe(0);
    writeFileSync(path.join(dir, 'policy', 'acme.yaml'), 'edited');
    const before = snapshot(dir);
    const again = await cli(['init', 'acme'], dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toBe('policy: policy/acme.yaml already exists; nothing was written\n    hint: choose another name, or edit the existing file\n');
    expect(snapshot(dir)).toEqual(before);
    const bad = await cli(['init', 'Acme Denki'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^policy: "Acme Denki" cannot name a policy: use lower-case ASCII letters, digits and hyphens/);
    expect((await cli(['init'], dir)).code).toBe(2);
  });
});

describe('the schema named on the first line of a new policy', () => {
  it('is the installed package\'s schema, relative to the policy, when the tool is installed in the project', () => {
    const project = '/srv/team-policy';
    const installed = path.join(project, 'node_modules', '@shimin-policy', 'policy');
    expect(schemaReference(path.join(project, 'policy'), project, installed)).toBe('../node_modules/@shimin-policy/policy/schema/policy.schema.json');
    expect(schemaReference(path.join(project, 'policies', 'group'), project, installed)).toBe('../../node_modules/@shimin-policy/policy/schema/policy.schema.json');
    // In this repository, the schema beside the policies.
    expect(schemaReference(path.join(ROOT, 'policy'), ROOT)).toBe('../schema/policy.schema.json');
  });

  it('is the published copy of this version when the tool runs from elsewhere (npx, a global install)', () => {
    expect(schemaReference('/srv/team-policy/policy', '/srv/team-policy', ROOT)).toBe(publishedSchema(ROOT));
  });

  it('in this repository, the starter policy names the schema that exists', () => {
    const line = readFileSync(STARTER_POLICY, 'utf8').split('\n')[0]!;
    const schema = /\$schema=(\S+)/.exec(line)![1]!;
    expect(existsSync(path.resolve(ROOT, 'policy', schema))).toBe(true);
  });
});

describe('messages about a new policy', () => {
  it('a misspelt key holding a placeholder is reported as unknown, with the key meant, besides the placeholder', async () => {
    const dir = tempDir();
    await cli(['init', 'acme'], dir);
    const file = path.join(dir, 'policy', 'acme.yaml');
    const text = readFileSync(file, 'utf8');
    const misspelt = text.replace(/^(\s+)address: (【要記入：[^】]*】)/m, '$1adress: $2');
    expect(misspelt).not.toBe(text);
    writeFileSync(file, misspelt);
    const check = await cli(['check', 'policy/acme.yaml'], dir);
    expect(check.stdout).toMatch(/  error  organization\.adress: unknown key "adress"  \(unknown-key\)\n    hint: did you mean "address"\?/);
    expect(check.stdout).toMatch(/  error  organization\.adress: a placeholder is still here: 【要記入：/);
  });

  it('a date left as a placeholder is explained in the editor by the schema, not by its pattern', () => {
    const schema = readFileSync(path.join(ROOT, 'schema', 'policy.schema.json'), 'utf8');
    const dates = [...schema.matchAll(/"pattern": "\^\\\\d\{4\}[^"]*",\s*"patternErrorMessage": "([^"]+)"/g)];
    expect(dates.length).toBeGreaterThan(0);
    for (const [, message] of dates) expect(message).toMatch(/^Write the date as YYYY-MM-DD, e\.g\. 2027-04-01/);
  });
});
