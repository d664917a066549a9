/**
 * The role cues (model/roles.ts) against sections written as real published
 * policies write them: each role's words found where they say it, and not
 * where they only look like it (外国為替, 委託販売, IR情報開示 …).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { inferRoles, ownRoles, ROLE_NAMES, ROLES, type Role } from '../../src/model/roles.js';
import { ROOT } from '../helpers.js';

interface Case { role: Role; heading?: string; text: string; expect: boolean }
const CASES = parse(readFileSync(path.join(ROOT, 'test', 'fixtures', 'role-cues.yaml'), 'utf8')) as Case[];
const read = (c: Case) => ownRoles([], inferRoles(c.heading, c.text));

describe('role cues on real-policy wording', () => {
  it('every role with cues has cases both ways, and cites its article', () => {
    for (const role of ROLE_NAMES.filter((r) => r !== 'signature')) {
      expect(CASES.filter((c) => c.role === role && c.expect).length, role).toBeGreaterThanOrEqual(4);
      expect(CASES.filter((c) => c.role === role && !c.expect).length, role).toBeGreaterThanOrEqual(3);
      expect(ROLES[role].article).not.toBe('');
    }
  });

  it('reads at least 90% of the cases right (a miss is weighed as review, never as editorial)', () => {
    const wrong = CASES.filter((c) => read(c).includes(c.role) !== c.expect);
    expect(wrong.length / CASES.length).toBeLessThanOrEqual(0.1);
  });

  it.each([
    ['provision', '第三者提供', '当社は、法令に基づく場合を除き、個人データを第三者に提供しません。'],
    ['overseas', undefined, '当社は、業務の一部を外部（外国にある事業者を含む）に委託することがあります。'],
    ['optOut', 'オプトアウトによる第三者提供', '本人の求めに応じて当該本人が識別される個人データの第三者への提供を停止します。'],
    ['useLimitation', undefined, '個人情報の利用は、利用目的の範囲内で行います。目的外利用は行いません。'],
  ] as const)('%s is read from 「%s」「%s」', (role, heading, text) => {
    expect(read({ role, heading, text, expect: true })).toContain(role);
  });

  it('opt-out is the special case of provision: read as opt-out alone', () => {
    expect(read({ role: 'optOut', heading: 'オプトアウトによる第三者提供', text: '氏名を名簿事業者に提供します。', expect: true })).toEqual(['optOut']);
  });

  it.each([
    ['overseas', '外国為替取引の申込みの受付のため'],
    ['entrustment', '委託販売商品の発送のため'],
    ['disclosure', '適時・適切な情報開示を行います。'],
  ] as const)('%s is not read from 「%s」', (role, text) => {
    expect(read({ role, text, expect: false })).not.toContain(role);
  });
});
