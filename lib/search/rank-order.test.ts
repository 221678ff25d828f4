import { describe, expect, it } from 'vitest';
import { makeRng, shuffle } from '../random/seeded';
import { byRankOf, rankOrder } from './rank-order';

/** A seeded case: `n` distinct positions in no order, scores with many ties, and word counts. */
function randomCase(seed: number, n: number, scores: 'ties' | 'spread' | 'odd', words: number) {
  const rand = makeRng(seed);
  const size = n * 3;
  const positions = shuffle(
    Array.from({ length: size }, (_, i) => i),
    rand,
  ).slice(0, n);
  const odd = [0, -0, -1.5, Infinity, -Infinity, Number.MIN_VALUE, -Number.MIN_VALUE, 1e308, 2.5];
  const score = Float64Array.from({ length: size }, () =>
    scores === 'ties'
      ? Math.floor(rand() * 20) / 4
      : scores === 'spread'
        ? rand() * 40
        : odd[Math.floor(rand() * odd.length)]!,
  );
  const found = Int32Array.from({ length: size }, () => 1 + Math.floor(rand() * words));
  return { positions, score, found };
}

describe('rankOrder', () => {
  it.each([
    ['tied', 'ties', 1],
    ['spread', 'spread', 1],
    ['tied, with partial matches', 'ties', 4],
    ['spread, with partial matches', 'spread', 3],
    ['signed zeros, infinities and extremes', 'odd', 2],
    ['tied, with more than 255 query words', 'ties', 300],
  ] as const)('orders %s scores as the comparator does, below and above the radix size', (_, scores, words) => {
    for (const [seed, n] of [
      [1, 0],
      [2, 1],
      [3, 40],
      [4, 511],
      [5, 512],
      [6, 3000],
      [7, 12000],
      // Positions past 65,535: three bytes of position.
      [9, 25000],
    ] as const) {
      const { positions, score, found } = randomCase(seed, n, scores, words);
      const before = [...positions];
      expect(rankOrder(positions, score, found)).toEqual([...positions].sort(byRankOf(score, found)));
      expect(positions).toEqual(before);
    }
  });

  it('keeps the comparator when a score is NaN', () => {
    const { positions, score, found } = randomCase(8, 2000, 'spread', 2);
    score[positions[10]!] = NaN;
    expect(rankOrder(positions, score, found)).toEqual([...positions].sort(byRankOf(score, found)));
  });

  it('is the ranking: most words, then highest score, then lowest position', () => {
    const score = [5, 9, 9, 1, 9];
    const found = [2, 1, 1, 2, 1];
    expect(rankOrder([4, 3, 2, 1, 0], score, found)).toEqual([0, 3, 1, 2, 4]);
  });
});
