import { describe, expect, it } from 'vitest';
import { getCorpus } from '.';
import { binDurations } from './duration-bins';
import { durationsLongestFirst } from './stats';

describe('binDurations', () => {
  it('puts each duration in exactly one bin, bounds going to the upper bin', () => {
    expect(binDurations([0, 9.9, 10, 59, 60, 359, 360, 1439, 1440, 4319, 4320, 100_000]).map((b) => b.value)).toEqual([
      2, 2, 2, 2, 2, 2,
    ]);
  });

  it('counts every duration of the real corpus once', () => {
    const minutes = durationsLongestFirst(getCorpus().incidents).map((d) => d.minutes);
    const bins = binDurations(minutes);
    expect(bins.reduce((n, b) => n + b.value, 0)).toBe(minutes.length);
    expect(bins.find((b) => b.label === '1 to 6 hours')?.value).toBe(minutes.filter((m) => m >= 60 && m < 360).length);
  });
});
