/**
 * A manager's or the business's address written another way (一丁目2番3号 /
 * 1-2-3, with or without the prefecture or postal code) is the same place:
 * no notice; another place is the manager's change (Art. 27(6)).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffPolicies } from '../../src/diff/index.js';
import { readPolicyText } from '../../src/file/policy-file.js';
import { ROOT } from '../helpers.js';

const BASE = readFileSync(path.join(ROOT, 'test', 'fixtures', 'roles', 'no-roles.yaml'), 'utf8');
const ADDRESS = '東京都千代田区丸の内一丁目1番1号';

function changesWith(from: string, to: string) {
  expect(BASE).toContain(from);
  const after = readPolicyText('new.yaml', BASE.split(from).join(to));
  return diffPolicies(readPolicyText('old.yaml', BASE).policy!, after.policy!).changes.filter((c) => c.change !== 'moved');
}

describe('an address written another way', () => {
  it('1-1-1 without the prefecture, everywhere it is printed: no notice', () => {
    const changes = changesWith(`address: ${ADDRESS}`, 'address: 千代田区丸の内1-1-1');
    expect(changes.length).toBeGreaterThan(0);
    expect(changes.map((c) => c.action)).toEqual(changes.map(() => 'none'));
    expect(changes.every((c) => c.reason === 'sameMeaning')).toBe(true);
  });
  it('another place is a change', () => {
    const changes = changesWith(`address: ${ADDRESS}`, 'address: 東京都千代田区丸の内二丁目1番1号');
    expect(changes.some((c) => c.action !== 'none')).toBe(true);
  });
});
