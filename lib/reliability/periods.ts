/** Seconds in a day. */
export const DAY = 86_400;
/** The Julian year (365.25 days), the convention Faultline's tables use (taxonomy.md §4.2). */
export const YEAR = 365.25 * DAY;
/** A month as a twelfth of the Julian year: 30.4375 days. */
export const MONTH = YEAR / 12;
/** A week of 7 days. */
export const WEEK = 7 * DAY;

/** The calendar convention, said in words wherever downtime is shown. */
export const CONVENTION = 'A year is 365.25 days (Julian), a month a twelfth of that (30.4375 days), a week 7 days.';

/** A named window over which availability is measured. */
export const PERIODS = { year: YEAR, month: MONTH, week: WEEK, day: DAY } as const;
export type PeriodName = keyof typeof PERIODS;

/** Time units a numeric answer may be given in, in seconds. */
export const TIME_UNITS = { s: 1, min: 60, h: 3600, d: DAY } as const;
export type TimeUnit = keyof typeof TIME_UNITS;

/** Rounds to a number of significant digits without trailing noise (0.1 + 0.2 → 0.3). */
export function sig(x: number, digits = 3): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  return Number(x.toPrecision(digits));
}

/** A duration in the largest unit that keeps it at least 1: "36.5 days", "8.77 hours", "31.6 seconds". */
export function formatDuration(seconds: number, digits = 3): string {
  const units: [number, string][] = [
    [DAY, 'day'],
    [3600, 'hour'],
    [60, 'minute'],
    [1, 'second'],
  ];
  if (seconds > 0 && seconds < 1e-3) {
    // Below a millisecond a plain decimal would need many zeros: scientific notation keeps the unit.
    const exp = Math.floor(Math.log10(seconds));
    let m = (seconds / 10 ** exp).toFixed(digits - 1);
    let e = exp;
    if (Number(m) >= 10) [m, e] = [(1).toFixed(digits - 1), exp + 1];
    return `${m} × 10${String(e).replace(/[-0-9]/g, (c) => '⁻⁰¹²³⁴⁵⁶⁷⁸⁹'['-0123456789'.indexOf(c)]!)} seconds`;
  }
  for (const [size, name] of units) {
    if (seconds >= size || size === 1) {
      const v = sig(seconds / size, digits);
      return `${v.toLocaleString('en-GB', { maximumFractionDigits: 6 })} ${name}${v === 1 ? '' : 's'}`;
    }
  }
  return `${seconds} seconds`;
}
