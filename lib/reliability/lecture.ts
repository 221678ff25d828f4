import { allowedDowntime } from './availability';
import { DAY, MONTH, YEAR } from './periods';

/** The lecture's rounded downtime-per-year claims (after Takada, ch. 1), each with a check against the exact value. */
export const LECTURE_CLAIMS: { availability: number; claim: string; holds: (perYearSeconds: number) => boolean }[] = [
  { availability: 0.9, claim: 'more than a month', holds: (s) => s > MONTH },
  { availability: 0.99, claim: 'less than 4 days', holds: (s) => s < 4 * DAY },
  { availability: 0.999, claim: 'less than 9 hours', holds: (s) => s < 9 * 3600 },
  { availability: 0.9999, claim: 'less than an hour', holds: (s) => s < 3600 },
  { availability: 0.99999, claim: '≈ 5 minutes', holds: (s) => Math.abs(s / 60 - 5) < 0.5 },
  { availability: 0.999999, claim: '≈ 31 seconds', holds: (s) => Math.abs(s - 31) < 1 },
];

/** The lecture's claim for an availability, with whether the exact per-year downtime bears it out. */
export function lectureClaim(a: number): { claim: string; holds: boolean } | undefined {
  const c = LECTURE_CLAIMS.find((x) => x.availability === a);
  return c && { claim: c.claim, holds: c.holds(allowedDowntime(a, YEAR)) };
}
