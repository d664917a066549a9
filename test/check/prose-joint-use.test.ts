/**
 * A joint use written in prose: its managers row names the manager's address
 * and representative too (Art. 27(5)(iii) as amended in 2022), unless the
 * manager is the business itself, published with its own.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPolicyText } from '../../src/file/policy-file.js';
import { ROOT } from '../helpers.js';

const PROSE = readFileSync(path.join(ROOT, 'test', 'fixtures', 'prose-joint-use.yaml'), 'utf8');
const MANAGERS_ROW = '当該個人データの管理について責任を有する者の氏名又は名称：株式会社みらい通販';
if (!PROSE.includes(MANAGERS_ROW)) throw new Error('the fixture has no managers row');
const policy = (manager: string) => PROSE.replace(MANAGERS_ROW, `当該個人データの管理について責任を有する者の氏名又は名称：${manager}`);

const managerWarnings = (manager: string) =>
  loadPolicyText('p.yaml', policy(manager)).messages.filter((m) => m.ruleId === 'appi-manager-identity');

describe('the managers row of a joint use in prose', () => {
  it('another company without its address and representative: warned at the row', () => {
    const [m, ...rest] = managerWarnings('株式会社みらい物流');
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ severity: 'warning', line: 18, path: 'sections[0].body[1].list[3]' });
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
