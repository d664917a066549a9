/**
 * The decision recorded on a revision: shown beside the classification of
 * each change in every format, and an error where it falls short of it.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildComparison } from '../../src/diff/comparison.js';
import { renderDiffHtml } from '../../src/diff/format-html.js';
import { formatDiffMarkdown } from '../../src/diff/format-markdown.js';
import { diffPolicies } from '../../src/diff/index.js';
import type { LoadedSidePolicy } from '../../src/diff/sides.js';
import { loadPolicyText } from '../../src/file/policy-file.js';
import { cli, htmlText, tempDir } from '../helpers.js';
import { fixturePath } from './load-fixture.js';
import { CATEGORIES } from '../../src/diff/types.js';
import { DECISION_KINDS } from '../../src/model/schema.js';

const OLD = readFileSync(fixturePath('legal/v2-0.yaml'), 'utf8');
const NEW = readFileSync(fixturePath('legal/v2-1.yaml'), 'utf8');
const ENTRY = '    summary: グループ会社との共同利用にアクメ保険サービス株式会社を追加し、利用目的の記載を見直し\n';

/** v2.1 with a decision on its revision entry. */
export function decided(actions: string): string {
  const decision = `    decision:\n      reviewer: 法務部 山田花子\n      date: 2027-04-20\n      reference: 稟議第2027-045号\n      actions:\n${actions}`;
  if (!NEW.includes(ENTRY)) throw new Error('the fixture changed');
  return NEW.replace(ENTRY, `${ENTRY}${decision}`);
}

const ONLY_NOTIFIED = '        - { taken: notified, on: 2027-05-01, note: 書面による通知 }\n';
const AGREES = [
  '        - { kinds: [party], taken: consent, from: 2027-05-01, to: 2027-06-30, note: 同意書の回収 }',
  '        - { kinds: [usePurpose], taken: published, on: 2027-06-01 }',
  '',
].join('\n');

function side(file: string, text: string): LoadedSidePolicy {
  const { policy, messages } = loadPolicyText(file, text);
  if (!policy) throw new Error(JSON.stringify(messages));
  return { ...policy, label: file };
}

function compare(newText: string) {
  const o = side('old/acme.yaml', OLD);
  const n = side('new/acme.yaml', newText);
  const diff = diffPolicies(o.policy, n.policy);
  return { diff, input: { name: 'acme', old: o, new: n, diff } };
}

describe('the decision recorded on a revision', () => {
  it('speaks of the kinds of change the diff has', () => {
    expect([...DECISION_KINDS].sort()).toEqual([...CATEGORIES].sort());
  });

  it('a change classified consent whose revision records only a notice is an error', () => {
    const { diff } = compare(decided(ONLY_NOTIFIED));
    expect(diff.problems).toEqual([
      expect.objectContaining({ severity: 'error', rule: 'decision-disagrees', path: 'revisions[4].decision', category: 'party', required: 'consent', recorded: ['notified'] }),
    ]);
    expect(diff.decision).toEqual({ reviewer: '法務部 山田花子', date: '2027-04-20', reference: '稟議第2027-045号' });
    const party = diff.changes.find((c) => c.category === 'party')!;
    expect(party.recorded).toEqual(['notified 2027-05-01 (書面による通知)']);
  });

  it('a decision that answers every classification: no problem, the record beside each change', () => {
    const { diff, input } = compare(decided(AGREES));
    expect(diff.problems ?? []).toEqual([]);
    const model = buildComparison(input);
    expect(model.decision?.line).toBe('判断の記録：法務部 山田花子（2027年4月20日、稟議第2027-045号）');
    const party = model.summary.find((s) => s.category === 'party')!;
    expect(party.decided).toBe('記録：同意取得（2027年5月1日～2027年6月30日、同意書の回収）');
    expect(model.summary.find((s) => s.category === 'usePurpose')!.decided).toBe('記録：公表（2027年6月1日）');
    expect(model.summary.find((s) => s.action === 'none')!.decided).toBe('');
    const html = htmlText(renderDiffHtml([input]));
    expect(html).toContain('判断の記録：法務部 山田花子（2027年4月20日、稟議第2027-045号）');
    expect(html).toContain('同意取得記録：同意取得（2027年5月1日～2027年6月30日、同意書の回収）');
    expect(formatDiffMarkdown([input])).toContain('**同意取得**<br>記録：同意取得（2027年5月1日～2027年6月30日、同意書の回収）');
  });

  it('a prior notice recorded on or after the effective date is not in advance; a kind of change with no record is an error', () => {
    const late = compare(
      decided('        - { kinds: [party], taken: consent, from: 2027-05-01, to: 2027-06-30 }\n        - { kinds: [jointPurpose], taken: notified, on: 2027-07-01 }\n'),
    ).diff;
    expect(late.problems?.map((p) => [p.category, p.required])).toEqual([['usePurpose', 'notice']]);
    const prior = decided('        - { taken: consent, from: 2027-05-01, to: 2027-06-30 }\n').replace(
      'グループ共通ポイントサービスの提供、運営及び管理のため',
      'グループ共通ポイントサービス及び提携ポイントサービスの提供、運営及び管理のため',
    );
    expect(compare(prior).diff.problems ?? []).toEqual([]); // consent answers a prior notice too
    const toldLate = decided('        - { kinds: [party], taken: consent, from: 2027-05-01, to: 2027-06-30 }\n        - { taken: notified, on: 2027-07-01 }\n').replace(
      'グループ共通ポイントサービスの提供、運営及び管理のため',
      'グループ共通ポイントサービス及び提携ポイントサービスの提供、運営及び管理のため',
    );
    expect(compare(toldLate).diff.problems?.map((p) => [p.category, p.required])).toEqual([['jointPurpose', 'prior-notice']]);
  });

  it('policy diff: shows the record in the text report, lists the disagreement, exits 1; json adds keys only', async () => {
    const dir = tempDir('policy-decision-');
    mkdirSync(path.join(dir, 'old'));
    mkdirSync(path.join(dir, 'new'));
    writeFileSync(path.join(dir, 'old', 'acme.yaml'), OLD);
    writeFileSync(path.join(dir, 'new', 'acme.yaml'), decided(ONLY_NOTIFIED));
    const text = await cli(['diff', 'old/acme.yaml', 'new/acme.yaml'], dir);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('decision: 法務部 山田花子, 2027-04-20, 稟議第2027-045号');
    expect(text.stdout).toContain('error: the decision recorded for 2.1 disagrees with the classification of the party changes');
    expect(text.stdout).toMatch(/action: consent[\s\S]*?recorded: notified 2027-05-01 \(書面による通知\)/);
    const json = JSON.parse((await cli(['diff', 'old/acme.yaml', 'new/acme.yaml', '--format', 'json'], dir)).stdout);
    expect(Object.keys(json)).toEqual(['renotice', 'changes', 'problems', 'decision']);
    expect(Object.keys(json.changes.find((c: { category: string }) => c.category === 'party'))).toEqual([
      'category', 'change', 'id', 'path', 'before', 'after', 'action', 'basis', 'note', 'recorded',
    ]);
    const md = await cli(['diff', 'old/acme.yaml', 'new/acme.yaml', '--format', 'markdown'], dir);
    expect(md.stdout).toContain('改定履歴に記録された判断（decision）が、変更の区分が求める対応と一致しません。（共同利用者の範囲：必要な対応は同意取得、記録は本人への通知）');
  });

  it('the public policy and its history never show the decision', async () => {
    const dir = tempDir('policy-decision-build-');
    writeFileSync(path.join(dir, 'acme.yaml'), decided(AGREES));
    const result = await cli(['build', 'acme.yaml', '--format', 'html', '--out', 'out'], dir);
    expect(result.code).toBe(0);
    const page = readFileSync(path.join(dir, 'out', 'acme.html'), 'utf8');
    expect(page).toContain('グループ会社との共同利用にアクメ保険サービス株式会社を追加し');
    for (const word of ['山田花子', '稟議第2027-045号', '同意書の回収']) expect(page).not.toContain(word);
  });
});
