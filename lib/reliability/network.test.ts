import { describe, expect, it } from 'vitest';
import { formatProbability } from './format';
import {
  FEET_PER_NS,
  fibreRoundTripMs,
  footPerNanosecondMs,
  meshLinks,
  someLinkFails,
  transferSeconds,
} from './network';

describe('links in a full mesh', () => {
  it('counts n(n − 1)/2 links, matching a count of every pair', () => {
    for (const n of [1, 2, 3, 10, 57]) {
      let pairs = 0;
      for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) pairs++;
      expect(meshLinks(n)).toBe(pairs);
    }
    expect(meshLinks(1_000_000)).toBe(499_999_500_000);
  });
  it('gives 45 links for 10 nodes, and a 36.3% chance that one fails at p = 1%', () => {
    expect(meshLinks(10)).toBe(45);
    expect(formatProbability(someLinkFails(10, 0.01))).toBe(`${Number(((1 - 0.99 ** 45) * 100).toPrecision(4))}%`);
  });
  it('gives no links, and no chance of a link failure, for one node', () =>
    expect(formatProbability(someLinkFails(1, 0.5))).toBe('0%'));
});

describe('the physics of the network', () => {
  it('takes at least 40.0 ms for a round trip of 4,000 km of fibre', () =>
    expect(fibreRoundTripMs(4000)).toBeCloseTo((8000 / (299792.458 * (2 / 3))) * 1000, 10));
  it('puts New York to London (5,570 km) at about 55.7 ms round trip', () =>
    expect(fibreRoundTripMs(5570)).toBeCloseTo(55.74, 2));
  it('shows the foot-per-nanosecond rule is light in vacuum, not in glass', () => {
    expect(FEET_PER_NS.vacuum).toBeCloseTo(0.9836, 4);
    expect(FEET_PER_NS.fibre).toBeCloseTo(0.6557, 4);
    expect(footPerNanosecondMs(0.0003048)).toBeCloseTo(1e-6, 15); // one foot → one nanosecond
  });
  it('moves 1 GB in 10 s at 100 MB/s and in 0.1 s at 10 GB/s', () => {
    expect(transferSeconds(1e9, 100e6)).toBe(10);
    expect(transferSeconds(1e9, 10e9)).toBe(0.1);
  });
});
