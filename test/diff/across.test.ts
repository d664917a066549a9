import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { diffAcross } from '../../src/diff/across.js';
import { readPolicyText } from '../../src/file/policy-file.js';
import { SEED_POLICY } from '../helpers.js';

const SEED = readFileSync(SEED_POLICY, 'utf8');
function policy(text: string) {
  const read = readPolicyText('p.yaml', text);
  expect(read.messages.filter((m) => m.severity === 'error')).toEqual([]);
  return { policy: read.policy! };
}

/** The seed split in two: its clause on joint use and the joint-use annex moved, with the footnotes they cite, to a file of their own. */
function split(): { main: string; annex: string } {
  const main = parseDocument(SEED);
  const moved = [main.getIn(['sections', 3]), main.getIn(['sections', 4])];
  main.deleteIn(['sections', 4]);
  main.deleteIn(['sections', 3]);
  main.delete('footnotes');
  const annex = parseDocument(SEED);
  annex.set('sections', annex.createNode(moved));
  annex.delete('preamble');
  return { main: main.toString(), annex: annex.toString() };
}

describe('policies of one folder compared as one', () => {
  it('a joint-use table moved to another file is moved: no party removed, no consent', () => {
    const { main } = split();
    const { annex } = split();
    const diffs = diffAcross([
      { name: 'shimin-denryoku', old: policy(SEED), new: policy(main) },
      { name: 'shimin-denryoku-annex', new: policy(annex) },
    ]);
    const changes = diffs.get('shimin-denryoku')!.changes;
    expect(changes.filter((c) => c.kind === 'party' && c.change === 'removed')).toEqual([]);
    expect(changes.filter((c) => c.kind === 'party').every((c) => c.change === 'moved' && c.action === 'none')).toBe(true);
    expect(changes.find((c) => c.kind === 'party')!.note).toContain('shimin-denryoku-annex');
  });

  it('an entry that changed its words on the way is still weighed: removed here, added there', () => {
    const { main, annex } = split();
    const widened = annex.replace('name: 電力広域的運営推進機関', 'name: 電力広域的運営推進機関及び経済産業省');
    const old = parseDocument(split().annex);
    const diffs = diffAcross([
      { name: 'a', old: policy(SEED), new: policy(main) },
      { name: 'b', old: policy(old.toString()), new: policy(widened) },
    ]);
    expect(diffs.get('b')!.changes.find((c) => c.kind === 'party' && c.action === 'consent')).toBeDefined();
  });

  it('a single policy is compared as before', () => {
    const diffs = diffAcross([{ name: 'x', old: policy(SEED), new: policy(SEED) }]);
    expect(diffs.get('x')!.changes).toEqual([]);
  });
});
