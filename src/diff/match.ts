/**
 * Matching two versions of a list by key. Entries whose relative order is
 * kept form the longest increasing subsequence of old positions (taken in
 * new order); only the entries outside it are reported as moved, so moving
 * one entry reports one move, not a shift of everything after it.
 */
export interface Pair<T> {
  before: T;
  after: T;
  oldIndex: number;
  newIndex: number;
  moved: boolean;
}

export interface Removed<T> {
  item: T;
  oldIndex: number;
  /** New index of the closest earlier old entry still present (-1 if none): where the entry stood. */
  anchor: number;
}

export interface ListMatch<T> {
  pairs: Pair<T>[];
  added: Array<{ item: T; newIndex: number }>;
  removed: Removed<T>[];
}

export function matchByKey<T>(before: readonly T[], after: readonly T[], key: (item: T) => string): ListMatch<T> {
  const oldIndex = new Map<string, number>();
  before.forEach((item, i) => {
    if (!oldIndex.has(key(item))) oldIndex.set(key(item), i);
  });
  const newIndexOfOld = new Array<number>(before.length).fill(-1);
  const common: Array<{ oldIndex: number; newIndex: number }> = [];
  const added: ListMatch<T>['added'] = [];
  after.forEach((item, newIndex) => {
    const i = oldIndex.get(key(item));
    if (i === undefined || newIndexOfOld[i] !== -1) added.push({ item, newIndex });
    else {
      newIndexOfOld[i] = newIndex;
      common.push({ oldIndex: i, newIndex });
    }
  });

  const kept = longestIncreasing(common.map((c) => c.oldIndex));
  const pairs = common.map((c, k) => ({
    before: before[c.oldIndex]!,
    after: after[c.newIndex]!,
    oldIndex: c.oldIndex,
    newIndex: c.newIndex,
    moved: !kept.has(k),
  }));

  const removed: Removed<T>[] = [];
  let anchor = -1;
  before.forEach((item, i) => {
    const n = newIndexOfOld[i]!;
    if (n === -1) removed.push({ item, oldIndex: i, anchor });
    else anchor = n;
  });
  return { pairs, added, removed };
}

/** Positions (in `values`) of one longest strictly increasing subsequence (patience sorting, O(n log n)). */
export function longestIncreasing(values: readonly number[]): Set<number> {
  const tails: number[] = []; // tails[l] = position of the smallest tail of an increasing run of length l+1
  const prev = new Array<number>(values.length).fill(-1);
  values.forEach((v, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]!]! < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1]!;
    tails[lo] = i;
  });
  const kept = new Set<number>();
  for (let i = tails.length ? tails[tails.length - 1]! : -1; i !== -1; i = prev[i]!) kept.add(i);
  return kept;
}
