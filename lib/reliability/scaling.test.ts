import { describe, expect, it } from 'vitest';
import { amdahlSpeedup, concurrentThroughput } from './scaling';

describe('why a bigger machine stops paying', () => {
  it('gives 18.6× on 256 cores when 95% of the work is parallel', () => {
    // Independent: time on one core is 1; on 256 it is 0.05 + 0.95 / 256.
    expect(amdahlSpeedup(0.95, 256)).toBeCloseTo(1 / (0.05 + 0.95 / 256), 12);
    expect(Number(amdahlSpeedup(0.95, 256).toFixed(1))).toBe(18.6);
  });
  it('never passes 1 / (1 − parallel), however many cores', () => expect(amdahlSpeedup(0.95, 1e9)).toBeLessThan(20));
  it('is linear when everything is parallel', () => expect(amdahlSpeedup(1, 256)).toBe(256));
});

describe('throughput with concurrency', () => {
  it('lets 8 servers at 500 requests/s finish 4,000 a second', () => expect(concurrentThroughput(500, 8)).toBe(4000));
});
