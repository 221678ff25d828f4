import { MONTH, WEEK, YEAR } from './periods';
import { complement, fromValue, type Proportion } from './proportion';

/** Availability from measured time: uptime / (uptime + downtime). */
export function availability(uptime: number, downtime: number): number {
  return uptime / (uptime + downtime);
}

/** Downtime allowed over a window (seconds) at availability a (0–1): (1 − a) × window. */
export function allowedDowntime(a: number, window: number): number {
  return (1 - a) * window;
}

/** The availability achieved when a service was down `down` seconds out of `window`. */
export function availabilityFromDowntime(down: number, window: number): number {
  return 1 - down / window;
}

/** Number of nines: −log₁₀(1 − a); 99.95% → 3.30. */
export function nines(a: number): number {
  return -Math.log10(1 - a);
}

/** Availability with n nines: 1 − 10^−n (n may be fractional). */
export function availabilityFromNines(n: number): number {
  return 1 - 10 ** -n;
}

/** One row of the nines table, downtime in seconds. */
export interface NinesRow {
  availability: number;
  nines: number;
  perYear: number;
  perMonth: number;
  perWeek: number;
}

/** The availabilities of the lecture's table, 90% to 99.9999%, plus 99.5% and 99.95%. */
const TABLE_LEVELS = [0.9, 0.99, 0.995, 0.999, 0.9995, 0.9999, 0.99999, 0.999999] as const;

/** The nines table, computed from the levels (taxonomy.md §4.2). */
export function ninesTable(levels: readonly number[] = TABLE_LEVELS): NinesRow[] {
  return levels.map((a) => ({
    availability: a,
    nines: nines(a),
    perYear: allowedDowntime(a, YEAR),
    perMonth: allowedDowntime(a, MONTH),
    perWeek: allowedDowntime(a, WEEK),
  }));
}

/** An availability as a percentage with no float noise: 0.99999 → "99.999%". */
export function formatPercent(a: number, maxDigits = 6): string {
  return `${Number((a * 100).toFixed(maxDigits)).toString()}%`;
}

/**
 * Availability from measured uptime and downtime (any one unit), with the unavailability
 * down / (up + down) computed directly, so 0 downtime is exactly 100%.
 */
export function availabilityFromUptime(up: number, down: number): Proportion {
  return complement(fromValue(down / (up + down)));
}

/** Availability when a service was down `down` seconds out of a `window`, as a Proportion. */
export function availabilityOverWindow(down: number, window: number): Proportion {
  return complement(fromValue(down / window));
}

/** Availability with n nines, from its unavailability 10⁻ⁿ, so 12 nines keeps all its digits. */
export function ninesAvailability(n: number): Proportion {
  return { log10: Math.log1p(-(10 ** -n)) / Math.LN10, log10Complement: -n };
}
