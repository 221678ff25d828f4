import { describe, expect, it } from 'vitest';
import { availabilityFromUptime, availabilityOverWindow, ninesAvailability } from './availability';
import { kOfNAvailability, mttfAvailability, parallelAvailability, seriesAvailability } from './composition';
import { formatNines, formatPercentOf, formatProbability } from './format';
import { allFailProportion, atLeastOneFailsProportion, smallestNExceeding } from './probability';
import { valueOf } from './proportion';

/** (1 − p)ⁿ for p = a/b as an exact fraction, then 1 minus it to 12 digits: an independent computation. */
function exactAtLeastOne(a: bigint, b: bigint, n: number): number {
  const num = (b - a) ** BigInt(n);
  const den = b ** BigInt(n);
  return Number(((den - num) * 10n ** 15n) / den) / 1e15;
}

describe('the lecture’s 1%-a-month model, exact', () => {
  it('gives 9.56% for 10 machines and 63.4% for 100', () => {
    expect(valueOf(atLeastOneFailsProportion(0.01, 10))).toBeCloseTo(exactAtLeastOne(1n, 100n, 10), 12);
    expect(valueOf(atLeastOneFailsProportion(0.01, 100))).toBeCloseTo(exactAtLeastOne(1n, 100n, 100), 12);
    expect(formatProbability(atLeastOneFailsProportion(0.01, 10))).toBe('9.562%');
    expect(formatProbability(atLeastOneFailsProportion(0.01, 100))).toBe('63.4%');
  });
  it('gives 10⁻²⁰ for all ten, not the slide’s 10⁻¹²', () =>
    expect(formatProbability(allFailProportion(0.01, 10))).toBe('1.00 × 10⁻¹⁸ % (1 in 1.00 × 10²⁰)'));
});

describe('the edges', () => {
  it('keeps p = 10⁻¹⁵ with n = 10⁶: 1 − (1 − p)ⁿ = np − C(n,2)p² + … ≈ 9.999999995 × 10⁻¹⁰', () => {
    const v = valueOf(atLeastOneFailsProportion(1e-15, 1e6));
    const series = 1e6 * 1e-15 - ((1e6 * (1e6 - 1)) / 2) * 1e-30;
    expect(Math.abs(v / series - 1)).toBeLessThan(1e-9);
    expect(formatProbability(atLeastOneFailsProportion(1e-15, 1e6))).toBe('1.00 × 10⁻⁷ % (1 in 1.00 × 10⁹)');
  });
  it('prints pⁿ below the smallest double: (10⁻¹⁵)^(10⁶) = 10⁻¹⁵⁰⁰⁰⁰⁰⁰', () =>
    expect(formatProbability(allFailProportion(1e-15, 1e6))).toBe('1.00 × 10⁻¹⁴⁹⁹⁹⁹⁹⁸ % (1 in 1.00 × 10¹⁵⁰⁰⁰⁰⁰⁰)'));
  it('finds the smallest n past 50% for p = 10⁻¹⁵: ⌈ln 2 / 10⁻¹⁵⌉', () => {
    const n = smallestNExceeding(1e-15);
    expect(Number.isFinite(n)).toBe(true);
    expect(Math.abs(n / (Math.LN2 / 1e-15) - 1)).toBeLessThan(1e-9);
  });
  it('never shows 100% when some part survives: p = 50%, n = 60', () =>
    expect(formatProbability(atLeastOneFailsProportion(0.5, 60))).toBe('100% − 8.67 × 10⁻¹⁷ %'));
});

describe('availability from both uptime and downtime', () => {
  it('is uptime / (uptime + downtime)', () => {
    expect(valueOf(availabilityFromUptime(999, 1))).toBeCloseTo(0.999, 15);
    expect(formatPercentOf(availabilityFromUptime(8759, 1))).toBe('99.98858%'); // 1/8760 = 1.1416e-4
  });
  it('is exactly 100% with no downtime', () => {
    expect(formatPercentOf(availabilityFromUptime(100, 0))).toBe('100%');
    expect(formatNines(availabilityOverWindow(0, 3600))).toBeUndefined();
  });
  it('counts 1,000 minutes a year as 2.72 nines', () =>
    expect(formatNines(availabilityOverWindow(1000 * 60, 365.25 * 86400))).toBe('2.72 nines'));
  it('keeps 12 nines exact', () => expect(10 ** ninesAvailability(12).log10Complement).toBeCloseTo(1e-12, 25));
});

describe('composition from unavailabilities', () => {
  it('makes three 99.9% parts in parallel 99.9999999%, not 100%', () => {
    expect(formatPercentOf(parallelAvailability([1e-3, 1e-3, 1e-3]))).toBe('99.9999999%');
    expect(formatNines(parallelAvailability([1e-3, 1e-3, 1e-3]))).toBe('9.00 nines');
  });
  it('gives 99.7003% for three 99.9% parts in series', () =>
    expect(formatPercentOf(seriesAvailability([1e-3, 1e-3, 1e-3]))).toBe('99.7003%'));
  it('gives 2-of-3 at q = 1% as 99.9702%, and at q = 10⁻⁹ as 1 − 3×10⁻¹⁸ + …', () => {
    expect(formatPercentOf(kOfNAvailability(2, 3, 0.01))).toBe('99.9702%');
    // P(fewer than 2 up) = 3q²(1 − q) + q³
    expect(10 ** kOfNAvailability(2, 3, 1e-9).log10Complement).toBeCloseTo(3e-18 * (1 - 1e-9) + 1e-27, 30);
  });
  it('gives 0% for replicas that are never up, and 100% for replicas that never fail', () => {
    expect(formatPercentOf(kOfNAvailability(2, 3, 1))).toBe('0%');
    expect(formatPercentOf(kOfNAvailability(2, 3, 0))).toBe('100%');
    expect(formatPercentOf(seriesAvailability([0.001, 1]))).toBe('0%');
    expect(formatPercentOf(parallelAvailability([0.5, 0]))).toBe('100%');
  });
  it('gives MTTF 1000 h, MTTR 1 h as 99.9001%', () =>
    expect(formatPercentOf(mttfAvailability(1000, 1))).toBe('99.9001%'));
});
