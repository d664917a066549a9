import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { STARTER_POLICY } from '../../src/init/init.js';
import { cli, snapshot, tempDir } from '../helpers.js';

describe('policy init NAME', () => {
  it('writes a complete policy whose placeholders check reports, one by one, until they are filled in', async () => {
    const dir = tempDir();
    const result = await cli(['init', 'acme-denki'], dir);
    expect(result.code).toBe(0);
    const file = path.join(dir, 'policy', 'acme-denki.yaml');
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(STARTER_POLICY, 'utf8'));
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
