import { describe, expect, it } from 'vitest';
import { dcg, ndcgAt, precisionAt, recallAt } from './metrics';

const grades = { a: 2, b: 1, c: 1 };

describe('ranking metrics', () => {
  it('precision@3 counts relevant results among min(3, relevant) places', () => {
    expect(precisionAt(['a', 'x', 'b'], grades, 3)).toBeCloseTo(2 / 3);
    expect(precisionAt(['x', 'a'], { a: 2 }, 3)).toBe(1);
  });
  it('recall@10 is the share of relevant incidents found', () => {
    expect(recallAt(['a', 'x', 'b'], grades, 10)).toBeCloseTo(2 / 3);
  });
  it('nDCG is 1 for the ideal order and lower otherwise', () => {
    expect(ndcgAt(['a', 'b', 'c'], grades, 10)).toBeCloseTo(1);
    // Worked by hand: DCG = 1/log2(2) + 3/log2(3) = 1 + 1.8928; ideal = 3 + 1/log2(3) + 1/2 = 4.1309.
    expect(ndcgAt(['b', 'a'], grades, 10)).toBeCloseTo((1 + 3 / Math.log2(3)) / (3 + 1 / Math.log2(3) + 0.5), 6);
    expect(dcg([2, 1])).toBeCloseTo(3 + 1 / Math.log2(3));
  });
  it('scores a query with nothing relevant 1 for no results and 0 for any', () => {
    expect(ndcgAt([], {}, 10)).toBe(1);
    expect(ndcgAt(['x'], {}, 10)).toBe(0);
    expect(precisionAt(['x'], {}, 3)).toBe(0);
  });
});
