/**
 * A joint use written in prose: its managers row names the manager's address
 * and representative too (Art. 27(5)(iii) as amended in 2022), unless the
 * manager is the business itself, published with its own.
 */
import { describe, expect, it } from 'vitest';
import { loadPolicyText } from '../../src/file/policy-file.js';

const policy = (manager: string) => `title: 個人情報保護方針
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
      - 当社は、以下のとおり個人データを共同して利用します。
      - list:
          - 共同して利用する者の範囲：当社及び株式会社みらい物流
          - 当該個人データの管理について責任を有する者：${manager}
`;

const managerWarnings = (manager: string) =>
  loadPolicyText('p.yaml', policy(manager)).messages.filter((m) => m.ruleId === 'appi-manager-identity');

describe('the managers row of a joint use in prose', () => {
  it('another company without its address and representative: warned at the row', () => {
    const [m, ...rest] = managerWarnings('株式会社みらい物流');
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ severity: 'warning', line: 15, path: 'sections[0].body[1].list[1]' });
    expect(m!.reason).toContain('no address and no representative');
  });
  it('with its address but no representative: the representative is asked for', () => {
    expect(managerWarnings('株式会社みらい物流（大阪市北区梅田二丁目1番1号）').map((m) => m.says?.values?.missing)).toEqual(['representative']);
  });
  it('with both, or the business itself: nothing', () => {
    expect(managerWarnings('株式会社みらい物流（大阪市北区梅田二丁目1番1号、代表取締役 鈴木一郎）')).toEqual([]);
    expect(managerWarnings('当社')).toEqual([]);
    expect(managerWarnings('株式会社みらい通販')).toEqual([]);
  });
});
