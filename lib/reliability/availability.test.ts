import { describe, expect, it } from 'vitest';
import {
  allowedDowntime,
  availability,
  availabilityFromDowntime,
  availabilityFromNines,
  formatPercent,
  nines,
  ninesTable,
} from './availability';
import { DAY, MONTH, WEEK, YEAR } from './periods';

const row = (a: number) => ninesTable([a])[0]!;

describe('the nines table reproduces the lecture', () => {
  it('gives more than a month a year at 90%', () => expect(row(0.9).perYear).toBeGreaterThan(MONTH));
  it('gives less than 4 days a year at 99%', () => {
    expect(row(0.99).perYear / DAY).toBeCloseTo(3.6525, 4);
    expect(row(0.99).perYear).toBeLessThan(4 * DAY);
  });
  it('gives less than 9 hours a year at 99.9%', () => {
    expect(row(0.999).perYear / 3600).toBeCloseTo(8.766, 3);
    expect(row(0.999).perYear).toBeLessThan(9 * 3600);
  });
  it('gives less than an hour a year at 99.99%', () => expect(row(0.9999).perYear / 60).toBeCloseTo(52.596, 3));
  it('gives about 5 minutes a year at 99.999%', () => expect(row(0.99999).perYear).toBeCloseTo(315.576, 2));
  it('gives about 31 seconds a year at 99.9999%', () => expect(row(0.999999).perYear).toBeCloseTo(31.5576, 3));
  it('gives 43.83 minutes a month and 10.08 minutes a week at 99.9%', () => {
    expect(row(0.999).perMonth / 60).toBeCloseTo(43.83, 2);
    expect(row(0.999).perWeek / 60).toBeCloseTo(10.08, 5);
  });
});

describe('availability arithmetic', () => {
  it('is uptime over uptime plus downtime', () => expect(availability(999, 1)).toBe(0.999));
  it('gives 43.2 minutes over a 30-day month at 99.9%', () =>
    expect(allowedDowntime(0.999, 30 * DAY) / 60).toBeCloseTo(43.2, 6));
  it('turns 26.3 minutes down in a year into 99.995% and 4.30 nines', () => {
    const a = availabilityFromDowntime(26.3 * 60, YEAR);
    expect(a).toBeCloseTo(0.99995, 6);
    expect(nines(a)).toBeCloseTo(4.3, 2);
  });
  it('counts 3.30 nines at 99.95%', () => expect(nines(0.9995)).toBeCloseTo(3.301, 3));
  it('inverts nines', () => expect(availabilityFromNines(nines(0.9995))).toBeCloseTo(0.9995, 12));
  it('formats percentages without float noise', () => expect(formatPercent(0.99999)).toBe('99.999%'));
  it('gives 60.48 seconds a week at 99.99%', () => expect(allowedDowntime(0.9999, WEEK)).toBeCloseTo(60.48, 6));
});

describe('the lecture claims', async () => {
  const { LECTURE_CLAIMS, lectureClaim } = await import('./lecture');
  it('are all borne out by the exact values', () => {
    expect(LECTURE_CLAIMS.filter((c) => !lectureClaim(c.availability)!.holds).map((c) => c.claim)).toEqual([]);
  });
  it('would reject a wrong claim', () => expect(LECTURE_CLAIMS[3]!.holds(allowedDowntime(0.999, YEAR))).toBe(false));
});
