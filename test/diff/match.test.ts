import { describe, expect, it } from 'vitest';
import { longestIncreasing, matchByKey } from '../../src/diff/match.js';

const ids = (s: string) => s.split('');
const same = (x: string) => x;
const moved = (before: string, after: string) =>
  matchByKey(ids(before), ids(after), same)
    .pairs.filter((p) => p.moved)
    .map((p) => p.after)
    .join('');

describe('matchByKey', () => {
  it('reports only the entries that left the longest kept order as moved', () => {
    expect(moved('abcdef', 'abcdef')).toBe('');
    expect(moved('abcdef', 'bcdefa')).toBe('a'); // one entry to the end: one move, not five
    expect(moved('abcdef', 'fabcde')).toBe('f');
    expect(moved('abcdef', 'abdcef')).toHaveLength(1);
    expect(moved('abcde', 'edcba')).toHaveLength(4);
  });

  it('finds added and removed entries, and where a removed entry stood', () => {
    const m = matchByKey(ids('abcd'), ids('axd'), same);
    expect(m.added).toEqual([{ item: 'x', newIndex: 1 }]);
    expect(m.removed).toEqual([
      { item: 'b', oldIndex: 1, anchor: 0 },
      { item: 'c', oldIndex: 2, anchor: 0 },
    ]);
    expect(matchByKey(ids('ab'), ids('b'), same).removed).toEqual([{ item: 'a', oldIndex: 0, anchor: -1 }]);
  });

  it('matches a repeated key once and treats the repeat as added', () => {
    const m = matchByKey(ids('a'), ids('aa'), same);
    expect(m.pairs).toHaveLength(1);
    expect(m.added).toEqual([{ item: 'a', newIndex: 1 }]);
  });
});

describe('longestIncreasing', () => {
  it('returns the positions of a longest strictly increasing subsequence', () => {
    expect([...longestIncreasing([])]).toEqual([]);
    expect([...longestIncreasing([3, 0, 1, 2])].sort()).toEqual([1, 2, 3]);
    expect(longestIncreasing([0, 5, 1, 2, 6, 3]).size).toBe(4);
  });
});
