import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_POLICY, cli, tempDir } from '../helpers.js';

const REVISIONS = `revisions:
  - version: "1.0"
    date: 2026-12-01
    summary: 本ポリシーを制定しました。
`;

function policyWith(revisions: string): string {
  const file = path.join(tempDir(), 'p.yaml');
  const seed = readFileSync(SEED_POLICY, 'utf8');
  expect(seed).toContain(REVISIONS);
  writeFileSync(file, seed.replace(REVISIONS, revisions));
  return file;
}

describe('revision-order', () => {
  it('warns of a version with two entries, at the second', async () => {
    const file = policyWith(`${REVISIONS}  - version: "1.0"\n    date: 2026-12-01\n    summary: 誤記を訂正しました。\n`);
    const result = await cli(['check', file]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`${file}:13:14  warning  revisions[1].version: version 1.0 has two revision entries (the first at line 10)  (revision-order)`);
    expect(result.stdout).toContain('hint: keep one entry per version');
  });

  it('warns of a date earlier than the entry before it', async () => {
    const file = policyWith(REVISIONS.replace('revisions:\n', 'revisions:\n  - version: "0.9"\n    date: 2027-01-01\n    summary: 案\n'));
    const result = await cli(['check', file]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`${file}:14:11  warning  revisions[1].date: the date 2026-12-01 is earlier than 2027-01-01 of the entry before it (line 10); the history goes from the oldest to the newest  (revision-order)`);
  });

  it('says nothing of a history in order', async () => {
    const file = policyWith(`${REVISIONS}  - version: "1.1"\n    date: 2026-12-01\n    summary: 追加\n`);
    const result = await cli(['check', file]);
    expect(result.stdout).not.toContain('revision-order');
  });
});

describe('dates-disagree', () => {
  const CLOSING = '\nclosing:\n  - dates:\n      - label: 制定日\n        date: 2026-12-01\n      - label: 最終改定日\n        date: DATE\n';
  const withDates = (date: string) => {
    const file = policyWith(`${REVISIONS}  - version: "1.1"\n    date: 2027-04-01\n    summary: 改定しました。\n`);
    writeFileSync(file, readFileSync(file, 'utf8') + CLOSING.replace('DATE', date));
    return file;
  };

  it('a 最終改定日 typed by hand that contradicts the revisions is an error, at its date', async () => {
    const file = withDates('2027-03-01');
    const result = await cli(['check', file]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/closing\[0\]\.dates\[1\]\.date: 「最終改定日」 is 2027-03-01, but the revisions say 2027-04-01 \(line 10\)/);
    expect(result.stdout).toContain('hint: write date: 2027-04-01, or add the revision of 2027-03-01 to "revisions:"');
  });

  it('a 制定日 after the first revision is an error; one before it is an older history left out', async () => {
    const file = withDates('2027-04-01');
    writeFileSync(file, readFileSync(file, 'utf8').replace('label: 制定日\n        date: 2026-12-01', 'label: 制定日\n        date: 2027-01-01'));
    expect((await cli(['check', file])).stdout).toContain('「制定日」 is 2027-01-01, but the revisions say 2026-12-01');
    writeFileSync(file, readFileSync(file, 'utf8').replace('date: 2027-01-01', 'date: 2016-04-01'));
    expect((await cli(['check', file])).stdout).not.toContain('dates-disagree');
  });

  it('agrees when it is the latest revision\'s date', async () => {
    const result = await cli(['check', withDates('2027-04-01')]);
    expect(result.stdout).not.toContain('dates-disagree');
  });
});
