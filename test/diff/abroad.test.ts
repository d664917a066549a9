/**
 * The information of Art. 28(2) given in `abroad:` of a section is compared
 * too: a country added is consent (Art. 28(1)); the same facts in other words
 * are for a lawyer to confirm; a section without `abroad:` changes nothing.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffPolicies } from '../../src/diff/index.js';
import { readPolicyText } from '../../src/file/policy-file.js';
import { ROOT } from '../helpers.js';

const EXAMPLE = readFileSync(path.join(ROOT, 'examples', 'acme-denki.yaml'), 'utf8');

function diffWith(from: string, to: string) {
  expect(EXAMPLE).toContain(from);
  const before = readPolicyText('old.yaml', EXAMPLE).policy!;
  const after = readPolicyText('new.yaml', EXAMPLE.replace(from, to));
  expect(after.messages.filter((m) => m.severity === 'error')).toEqual([]);
  return diffPolicies(before, after.policy!).changes;
}

describe('abroad: (the information of Art. 28(2))', () => {
  it('a country added is consent, cited at its section', () => {
    const changes = diffWith('      - country: ベトナム社会主義共和国', '      - country: インド\n        system: 2023年デジタル個人データ保護法が定められています。\n        measures: 委託契約により必要な措置を講じています。\n      - country: ベトナム社会主義共和国');
    expect(changes.map((c) => [c.change, c.category, c.action])).toEqual([['added', 'overseas', 'consent']]);
    expect(changes[0]!.after).toContain('外国の名称：インド');
    expect(changes[0]!.context.place).toMatch(/【外国にある第三者への提供に関する情報】$/);
  });

  it("the recipient's measures reworded: review, never editorial", () => {
    const changes = diffWith('OECDプライバシーガイドライン8原則に対応する措置を講じています', '必要な措置を講じています');
    expect(changes.map((c) => [c.change, c.category, c.action])).toEqual([['modified', 'overseas', 'review']]);
  });

  it("a country added to the section's words and to its abroad: is one change, the section's", () => {
    const from = 'ベトナム社会主義共和国に所在する事業者に委託しています。';
    const doc = EXAMPLE.replace(from, 'ベトナム社会主義共和国及びインドに所在する事業者に委託しています。');
    const before = readPolicyText('old.yaml', EXAMPLE).policy!;
    const after = readPolicyText('new.yaml', doc.replace('      - country: ベトナム社会主義共和国', '      - country: インド\n        system: 2023年デジタル個人データ保護法が定められています。\n        measures: 委託契約により必要な措置を講じています。\n      - country: ベトナム社会主義共和国')).policy!;
    const changes = diffPolicies(before, after).changes;
    expect(changes.map((c) => [c.kind, c.id, c.action])).toEqual([['clause', 'overseas-provision', 'consent']]);
  });

  it('the information removed with its country is a change too', () => {
    const start = EXAMPLE.indexOf('    abroad:\n');
    const end = EXAMPLE.indexOf('    body:\n', start);
    const changes = diffWith(EXAMPLE.slice(start, end), '');
    expect(changes.map((c) => [c.change, c.category])).toEqual([['removed', 'overseas']]);
    expect(changes[0]!.action).not.toBe('none');
  });
});
