/**
 * A joint use written in prose, as many policies publish it: a list whose
 * entries are the rows of Art. 27(5)(iii), each under its own label in the
 * policy's words. An edit is weighed by the row it touches, found from its
 * label; no `role:` is written anywhere.
 */
import { describe, expect, it } from 'vitest';
import { diffPolicies } from '../../src/diff/index.js';
import { readPolicyText } from '../../src/file/policy-file.js';

const POLICY = `title: 個人情報保護方針
version: "1.0"
effectiveDate: 2026-04-01
organization:
  name: 株式会社みらい通販
  address: 大阪府大阪市北区梅田一丁目2番3号
  representative: 代表取締役社長　山田花子
sections:
  - id: joint-use
    heading: 個人データの共同利用
    body:
      - 当社は、以下のとおり、当社グループ会社との間で個人データを共同して利用します。
      - list:
          - 共同して利用される個人データの項目：氏名、住所、電話番号、購入履歴
          - 共同して利用する者の範囲：当社及び当社の子会社（株式会社みらい物流、株式会社みらいペイ）
          - 利用する者の利用目的：商品の配送及び代金の決済のため
          - 当該個人データの管理について責任を有する者の氏名又は名称：株式会社みらい通販
`;

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
