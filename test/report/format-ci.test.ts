/** The reporters for pull requests: GitHub Actions annotations and SARIF for code scanning. */
import { describe, expect, it } from 'vitest';
import { ruleCatalog } from '../../src/check/catalog.js';
import { rules } from '../../src/check/index.js';
import { formatGithub } from '../../src/report/format-github.js';
import { fileUri, formatSarif } from '../../src/report/format-sarif.js';
import type { Message } from '../../src/report/message.js';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SEED_POLICY, cli, tempDir } from '../helpers.js';

const messages: Message[] = [
  {
    file: 'policy/a.yaml',
    line: 12,
    column: 5,
    severity: 'error',
    ruleId: 'unknown-key',
    reason: 'unknown key "intr", 100% wrong: see below',
    path: 'jointUse.parties.intr',
    hint: 'did you mean "intro"?\r\nKeys allowed here: label, intro',
  },
  { file: 'policy/個人情報, v1:b.yaml', line: 0, column: 0, severity: 'warning', ruleId: 'effective-date', reason: 'the policy has no effective date (施行日)' },
];

describe('--format github', () => {
  it('prints one workflow command per problem, escaped as the runner expects', () => {
    expect(formatGithub(messages)).toBe(
      '::error file=policy/a.yaml,line=12,col=5,title=policy check (unknown-key)::jointUse.parties.intr: unknown key "intr", 100%25 wrong: see below%0Ahint: did you mean "intro"?%0D%0AKeys allowed here: label, intro\n' +
        '::warning file=policy/個人情報%2C v1%3Ab.yaml,title=policy check (effective-date)::the policy has no effective date (施行日)\n',
    );
  });

  it('annotates the lines of the policy file, relative to the repository root', async () => {
    const result = await cli(['check', 'test/fixtures/invalid/unknown-key.yaml', '--format', 'github']);
    expect(result.code).toBe(1);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(12);
    // Errors first (GitHub shows the first 10 of each severity).
    expect(lines[0]).toBe(
      '::error file=test/fixtures/invalid/unknown-key.yaml,line=8,col=1,title=policy check (unknown-key)::efective-date: unknown key "efective-date"%0Ahint: did you mean "effectiveDate"? Keys allowed here: version, effectiveDate, revisions, organization, title, overTitle, preamble, numbering, shortNameForm, sections, footnotes, closing',
    );
    expect(lines.filter((l) => l.startsWith('::warning file=test/fixtures/invalid/unknown-key.yaml,line='))).toHaveLength(10);
  });

  it('shows control characters of a YAML key in the place of the problem escaped, never raw', async () => {
    const dir = tempDir();
    const seed = readFileSync(SEED_POLICY, 'utf8');
    writeFileSync(path.join(dir, 'p.yaml'), seed.replace('title: ', '"x\\e[2J\\e]0;owned\\u0007\\u202Ey": 1\ntitle: '));
    const result = await cli(['check', 'p.yaml', '--format', 'github'], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
    expect(result.stdout).toContain('::x\\u001b[2J\\u001b]0;owned\\u0007\\u202ey: unknown key');
  });
});

describe('--format sarif', () => {
  it('writes SARIF 2.1.0: rules with ids and descriptions, results with relative URIs and regions', () => {
    const log = JSON.parse(formatSarif(messages, { name: 'policy', version: '1.2.3', rules: ruleCatalog() }));
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    const run = log.runs[0];
    expect(run.tool.driver).toMatchObject({ name: 'policy', version: '1.2.3' });
    const ids = run.tool.driver.rules.map((r: { id: string }) => r.id);
    for (const rule of rules) expect(ids).toContain(rule.id);
    const unknownKey = run.tool.driver.rules[run.results[0].ruleIndex];
    expect(unknownKey).toMatchObject({ id: 'unknown-key', shortDescription: { text: expect.stringContaining('schema') }, defaultConfiguration: { level: 'error' } });
    expect(run.results[0]).toMatchObject({
      ruleId: 'unknown-key',
      level: 'error',
      message: { text: 'jointUse.parties.intr: unknown key "intr", 100% wrong: see below\nhint: did you mean "intro"?\r\nKeys allowed here: label, intro' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'policy/a.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 12, startColumn: 5 } } }],
    });
    // No place in the file: no region; the URI percent-encoded.
    expect(run.results[1].locations[0].physicalLocation).toEqual({ artifactLocation: { uri: fileUri('policy/個人情報, v1:b.yaml'), uriBaseId: '%SRCROOT%' } });
    expect(fileUri('policy/個人情報, v1:b.yaml')).toBe('policy/%E5%80%8B%E4%BA%BA%E6%83%85%E5%A0%B1%2C%20v1%3Ab.yaml');
    expect(run.results[1].level).toBe('warning');
  });

  it('is printed by policy check --format sarif, with the exit code of the check', async () => {
    const result = await cli(['check', 'test/fixtures/invalid/unknown-key.yaml', '--format', 'sarif']);
    expect(result.code).toBe(1);
    const run = JSON.parse(result.stdout).runs[0];
    expect(run.results).toHaveLength(12);
    expect(run.results[1].locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'test/fixtures/invalid/unknown-key.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 8, startColumn: 1 },
    });
    const clean = await cli(['check', 'policy', '--format', 'sarif']);
    expect(clean.code).toBe(0);
  });

  it('refuses --json with another format', async () => {
    const result = await cli(['check', '--json', '--format', 'sarif']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('use --format json');
  });
});
