import { describe, expect, it } from 'vitest';
import { keepRecent } from './recent';

describe('keepRecent', () => {
  it('keeps the most recent entries, a key kept again becoming the newest', () => {
    const m = new Map<string, number>();
    for (const [k, v] of [
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ] as const)
      keepRecent(m, k, v, 3);
    keepRecent(m, 'a', 4, 3);
    expect([...m]).toEqual([
      ['b', 2],
      ['c', 3],
      ['a', 4],
    ]);
    keepRecent(m, 'd', 5, 3);
    expect([...m.keys()]).toEqual(['c', 'a', 'd']);
    keepRecent(m, 'e', 6, 1);
    expect([...m]).toEqual([['e', 6]]);
  });
});
