import { describe, expect, it } from 'vitest';
import { hashString, makeRng, shuffle } from './seeded';

describe('makeRng', () => {
  it('repeats its sequence for a seed and stays within [0, 1)', () => {
    const a = makeRng(42);
    const b = makeRng(42);
    const xs = Array.from({ length: 100 }, () => a());
    expect(Array.from({ length: 100 }, () => b())).toEqual(xs);
    expect(xs.filter((x) => x < 0 || x >= 1)).toEqual([]);
  });

  it('gives different sequences for different seeds, and takes string seeds by hash', () => {
    expect(makeRng(1)()).not.toBe(makeRng(2)());
    expect(makeRng('abc')()).toBe(makeRng(hashString('abc'))());
  });
});

describe('shuffle', () => {
  it('returns a permutation of its input without changing it', () => {
    const items = [1, 2, 3, 4, 5, 6, 7, 8];
    const out = shuffle(items, makeRng(7));
    expect([...out].sort((x, y) => x - y)).toEqual(items);
    expect(items).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});
