/** The decision recorded on a revision: in the internal 改定履歴 (publish --internal), never in the public one. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, htmlText, tempDir } from '../helpers.js';
import { git, versionedRepo } from './repo.js';

const NAME = 'shimin-denryoku';
const ENTRY = '    summary: 共同利用する者にガス小売事業者を加えました。\n';
const DECISION = [
  '    decision:',
  '      reviewer: 法務部 山田花子',
  '      date: 2027-02-10',
  '      reference: 稟議第2027-012号',
  '      actions:',
  '        - { kinds: [party], taken: consent, from: 2027-02-15, to: 2027-03-20, note: 同意書の回収 }',
  '        - { kinds: [usePurpose], taken: published, on: 2027-03-01 }',
  '',
].join('\n');

describe('the decision in the 改定履歴', () => {
  it('is shown by publish --internal beside each change, and never in the public history', async () => {
    const repo = versionedRepo();
    const file = path.join(repo, 'policy', `${NAME}.yaml`);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain(ENTRY);
    writeFileSync(file, text.replace(ENTRY, ENTRY + DECISION));
    git(repo, 'commit', '-q', '-am', 'the decision on 1.1');

    const internal = path.join(tempDir('policy-site-decision-'), 'site');
    expect((await cli(['publish', '--internal', '--no-pdf', '--out', internal], repo)).code).toBe(0);
    const inside = htmlText(readFileSync(path.join(internal, NAME, 'history.html'), 'utf8'));
    expect(inside).toContain('判断の記録：法務部 山田花子（2027年2月10日、稟議第2027-012号）');
    expect(inside).toContain('記録：同意取得（2027年2月15日～2027年3月20日、同意書の回収）');
    expect(inside).toContain('記録：公表（2027年3月1日）');

    const publicSite = path.join(tempDir('policy-site-decision-'), 'site');
    expect((await cli(['publish', '--no-pdf', '--out', publicSite], repo)).code).toBe(0);
    const history = readFileSync(path.join(publicSite, NAME, 'history.html'), 'utf8');
    for (const word of ['判断の記録', '山田花子', '稟議第2027-012号', '同意書の回収', '記録：']) expect(history).not.toContain(word);
    for (const page of ['index.html', 'v1.1/index.html']) {
      const html = readFileSync(path.join(publicSite, NAME, page), 'utf8');
      expect(html).not.toContain('山田花子');
    }
  }, 60_000);
});
