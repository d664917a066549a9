/**
 * What a text says of consent has weight wherever it stands: a general part
 * (the clause on changing the policy) that drops its promise to ask consent,
 * or takes consent as given (みなし同意), is for a lawyer to decide; the
 * same promise in other words (同意を得ます → 同意をいただきます) is not.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffPolicies } from '../../src/diff/index.js';
import { readPolicyText } from '../../src/file/policy-file.js';
import { ROOT } from '../helpers.js';

const EXAMPLE = readFileSync(path.join(ROOT, 'examples', 'acme-denki.yaml'), 'utf8');
const PROMISE = 'ただし、法令上お客さまの同意が必要となる変更を行う場合には、あらかじめお客さまの同意を得ます。';

function actionOf(to: string) {
  expect(EXAMPLE).toContain(PROMISE);
  const after = readPolicyText('new.yaml', EXAMPLE.replace(PROMISE, to));
  const changes = diffPolicies(readPolicyText('old.yaml', EXAMPLE).policy!, after.policy!).changes;
  expect(changes).toHaveLength(1);
  return changes[0]!.action;
}

describe('consent in a general part', () => {
  it('consent taken as given (みなし同意) in place of asking: review', () => {
    expect(actionOf('変更後も当社のサービスを利用した場合は、変更に同意したものとみなします。')).toBe('review');
  });
  it('the promise to ask consent dropped: review', () => {
    expect(actionOf('ただし、重要な変更を行う場合には、その旨をお知らせします。')).toBe('review');
  });
  it('the same promise in other words: none', () => {
    expect(actionOf('ただし、法令上お客さまの同意が必要となる変更を行う場合には、あらかじめお客さまの同意をいただきます。')).toBe('none');
  });
});
