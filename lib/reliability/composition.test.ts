import { describe, expect, it } from 'vitest';
import { availabilityFromMttf, kOfN, parallel, requiredMttr, series } from './composition';
import { YEAR } from './periods';

describe('composition of independent components (taxonomy.md §4.3)', () => {
  it('multiplies three 99.9% tiers in series to 0.997003, about 26.3 hours a year', () => {
    expect(series([0.999, 0.999, 0.999])).toBeCloseTo(0.997003, 6);
    expect(((1 - series([0.999, 0.999, 0.999])) * YEAR) / 3600).toBeCloseTo(26.27, 2);
  });
  it('gives 0.998401 for 99.95% × 99.99% × 99.9%', () =>
    expect(series([0.9995, 0.9999, 0.999])).toBeCloseTo(0.998401, 6));
  it('makes two 99% replicas in parallel 99.99%', () => expect(parallel([0.99, 0.99])).toBeCloseTo(0.9999, 12));
  it('makes two 99.9% replicas in parallel 99.9999%', () => expect(parallel([0.999, 0.999])).toBeCloseTo(0.999999, 12));
  it('gives 0.999702 for 2-of-3 at 0.99', () => expect(kOfN(2, 3, 0.99)).toBeCloseTo(0.999702, 9));
  it('gives 0.9999901 for 3-of-5 at 0.99', () => expect(kOfN(3, 5, 0.99)).toBeCloseTo(0.99999015, 8));
  it('gives 0.99980001 for a 99.99% balancer before two 99% replicas', () =>
    expect(series([0.9999, parallel([0.99, 0.99])])).toBeCloseTo(0.99980001, 10));
  it('gives 0.999001 for MTTF 1000 h and MTTR 1 h', () =>
    expect(availabilityFromMttf(1000, 1)).toBeCloseTo(0.999001, 6));
  it('gives 0.994475 for MTTF 720 h and MTTR 4 h', () => expect(availabilityFromMttf(720, 4)).toBeCloseTo(0.994475, 6));
  it('needs an MTTR of 4.32 minutes for 99.99% with MTTF 720 h', () =>
    expect(requiredMttr(720, 0.9999) * 60).toBeCloseTo(4.32, 2));
});
