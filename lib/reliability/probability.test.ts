import { describe, expect, it } from 'vitest';
import { allFail, atLeastOneFails, smallestNExceeding } from './probability';

describe('the lecture probability model (taxonomy.md §4.4)', () => {
  it('gives 9.56% for 10 machines at p = 1%, which the lecture rounds to 10%', () =>
    expect(atLeastOneFails(0.01, 10)).toBeCloseTo(0.0956, 4));
  it('gives 63.4% for 100 machines at p = 1%', () => expect(atLeastOneFails(0.01, 100)).toBeCloseTo(0.634, 3));
  it('gives about 1 − 1/e when np = 1', () => expect(atLeastOneFails(0.001, 1000)).toBeCloseTo(1 - 1 / Math.E, 3));
  it('gives 10^-20 for all 10 failing at p = 1%, not the slide’s 10^-12', () => {
    expect(Math.log10(allFail(0.01, 10))).toBeCloseTo(-20, 9);
  });
  it('gives 10^-4 for 2 replicas and 10^-6 for 3', () => {
    expect(allFail(0.01, 2)).toBeCloseTo(1e-4, 15);
    expect(allFail(0.01, 3)).toBeCloseTo(1e-6, 15);
  });
  it('needs 69 parts at p = 1% and 693 at p = 0.1% to pass 50%', () => {
    expect(smallestNExceeding(0.01)).toBe(69);
    expect(smallestNExceeding(0.001)).toBe(693);
  });
  it('gives an n whose predecessor stays at or under the threshold', () => {
    for (const p of [0.02, 0.05, 0.1, 0.3]) {
      const n = smallestNExceeding(p);
      expect(atLeastOneFails(p, n)).toBeGreaterThan(0.5);
      expect(n === 1 || atLeastOneFails(p, n - 1) <= 0.5).toBe(true);
    }
  });
});
