import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { readPolicyText } from '../../src/file/policy-file.js';
import { rowReferencesOf } from '../../src/model/walk.js';
import { ROOT, SEED_POLICY } from '../helpers.js';

const FIXTURE = readFileSync(path.join(ROOT, 'test', 'fixtures', 'row-references.yaml'), 'utf8');
const JU = ['sections', 2, 'body', 0, 'jointUse'];

function references(edit?: (doc: ReturnType<typeof parseDocument>) => void) {
  const doc = parseDocument(FIXTURE);
  edit?.(doc);
  return rowReferencesOf(readPolicyText('refs.yaml', doc.toString()).policy!).map((r) => [r.row, r.sectionId, r.how]);
}

describe('rowReferencesOf: the sections a joint-use row takes its content from', () => {
  it('finds a section quoted by its heading (with its number) and one named by article number', () => {
    expect(references()).toEqual([
      ['purposes', 'purposes', 'number'],
      ['items', 'collected', 'heading'],
    ]);
  });

  it('finds the sections named under refers', () => {
    expect(references((d) => d.setIn([...JU, 'managers', 'refers'], d.createNode(['joint'])))).toContainEqual(['managers', 'joint', 'refers']);
  });

  it('does not take an article of a law, or 第2条の2, for an article of the policy', () => {
    const at = [...JU, 'purposes', 'entries', 0, 'text'];
    expect(references((d) => d.setIn(at, '個人情報保護法第2条に基づく目的'))).not.toContainEqual(['purposes', 'purposes', 'number']);
    expect(references((d) => d.setIn(at, '第2条の2に定める目的'))).not.toContainEqual(['purposes', 'purposes', 'number']);
    expect(references((d) => d.setIn(at, '第２条第１項に定める目的'))).toContainEqual(['purposes', 'purposes', 'number']);
    expect(references((d) => d.setIn(at, '第二条に定める目的'))).toContainEqual(['purposes', 'purposes', 'number']);
  });

  it('does not take the section that holds the table for another part of the policy', () => {
    expect(references((d) => d.setIn([...JU, 'parties', 'intro'], '「共同利用」に定める者'))).not.toContainEqual(['parties', 'joint', 'heading']);
    expect(references((d) => d.setIn([...JU, 'parties', 'intro'], '第3条に定める者'))).toEqual([
      ['purposes', 'purposes', 'number'],
      ['items', 'collected', 'heading'],
    ]);
  });

  it('finds none in the seed, whose table holds its own entries', () => {
    expect(rowReferencesOf(readPolicyText(SEED_POLICY, readFileSync(SEED_POLICY, 'utf8')).policy!)).toEqual([]);
  });
});
