/**
 * A joint use written in prose, as many policies publish it: a list whose
 * entries are the rows of Art. 27(5)(iii), each under its own label in the
 * policy's words. An edit is weighed by the row it touches, found from its
 * label; no `role:` is written anywhere.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffPolicies } from '../../src/diff/index.js';
import { readPolicyText } from '../../src/file/policy-file.js';
import { ROOT } from '../helpers.js';

const POLICY = readFileSync(path.join(ROOT, 'test', 'fixtures', 'prose-joint-use.yaml'), 'utf8');

function verdict(from: string, to: string) {
  expect(POLICY).toContain(from);
  const after = readPolicyText('new.yaml', POLICY.replace(from, to));
  const changes = diffPolicies(readPolicyText('old.yaml', POLICY).policy!, after.policy!).changes;
  expect(changes).toHaveLength(1);
  return [changes[0]!.category, changes[0]!.action];
}

describe('a joint use in prose, weighed by its labelled rows', () => {
  it('a company added to the users: consent (a name that begins in hiragana is a company too)', () => {
    expect(verdict('株式会社みらいペイ）', '株式会社みらいペイ、株式会社みらい保険）')).toEqual(['party', 'consent']);
  });
  it('an item added: consent', () => {
    expect(verdict('購入履歴', '購入履歴、位置情報')).toEqual(['item', 'consent']);
  });
  it('a purpose widened: the purposes row, in advance (Art. 27(6))', () => {
    expect(verdict('商品の配送及び代金の決済のため', '商品の配送、代金の決済及び広告配信のため')).toEqual(['jointPurpose', 'prior-notice']);
  });
  it('another manager: the managers row, in advance (Art. 27(6))', () => {
    expect(verdict('氏名又は名称：株式会社みらい通販', '氏名又は名称：株式会社みらい物流')).toEqual(['manager', 'prior-notice']);
  });
  it('the items reworded with the same items: a lawyer confirms, never consent', () => {
    expect(verdict('電話番号、購入履歴', '電話番号及び購入履歴')).toEqual(['item', 'review']);
  });
});
