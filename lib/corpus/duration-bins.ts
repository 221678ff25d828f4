/** Duration bins on a roughly logarithmic scale, in minutes: [label, upper bound (exclusive)]. */
const DURATION_BINS: readonly (readonly [string, number])[] = [
  ['under 10 minutes', 10],
  ['10 minutes to 1 hour', 60],
  ['1 to 6 hours', 6 * 60],
  ['6 to 24 hours', 24 * 60],
  ['1 to 3 days', 3 * 24 * 60],
  ['3 days or more', Infinity],
];

/**
 * How many durations fall in each bin, every bin kept (zeros too). A chart of bins stays the same
 * size however many incidents there are, unlike one dot per incident.
 */
export function binDurations(minutes: readonly number[]): { label: string; value: number }[] {
  const counts = DURATION_BINS.map(() => 0);
  for (const m of minutes) {
    const i = DURATION_BINS.findIndex(([, upper]) => m < upper);
    counts[i] = (counts[i] ?? 0) + 1;
  }
  return DURATION_BINS.map(([label], i) => ({ label, value: counts[i] ?? 0 }));
}
