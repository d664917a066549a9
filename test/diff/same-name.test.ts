/**
 * A corporate form and its abbreviation (株式会社 / ㈱ / （株）) name the same
 * company: never consent; another corporate form is another entity.
 */
import { describe, expect, it } from 'vitest';
import { diffPolicies } from '../../src/diff/index.js';
import { readPolicyText } from '../../src/file/policy-file.js';
import { comparableText } from '../../src/diff/normalize.js';

const policy = (name: string) => `title: 個人情報保護方針
version: "1.0"
effectiveDate: 2026-04-01
organization:
  name: 株式会社みらい通販
sections:
  - id: joint
    heading: 共同利用
    body:
      - jointUse:
          id: ju
          parties:
            label: 共同して利用する者の範囲
            entries:
              - id: group
                name: ${name}
          purposes:
            label: 利用する者の利用目的
            entries:
              - id: p1
                text: 商品の配送のため
          items:
            label: 共同して利用される個人データの項目
            fields:
              - id: name
                name: 氏名
          managers:
            label: 管理について責任を有する者
            entries:
              - id: m
                name: 株式会社みらい通販
                address: 大阪府大阪市北区梅田一丁目2番3号
                representative: 代表取締役　山田花子
`;

function actionsFor(before: string, after: string) {
  const a = readPolicyText('old.yaml', policy(before)).policy!;
  const b = readPolicyText('new.yaml', policy(after)).policy!;
  return diffPolicies(a, b).changes.map((c) => [c.category, c.action]);
}

describe('a corporate form written another way', () => {
  it.each(['㈱みらい物流', '（株）みらい物流', '(株)みらい物流'])('株式会社みらい物流 → %s: the same company, no notice', (after) => {
    expect(actionsFor('株式会社みらい物流', after)).toEqual([['party', 'none']]);
  });
  it('another corporate form is another entity', () => {
    expect(actionsFor('株式会社みらい物流', '有限会社みらい物流')).toEqual([['party', 'consent']]);
  });
  it('folds the abbreviations of other forms too', () => {
    expect(comparableText('一般社団法人グリーン')).toBe(comparableText('（一社）グリーン'));
    expect(comparableText('公益財団法人A')).toBe(comparableText('(公財)A'));
  });
});
