/** A duration as maintainers write it: `27m`, `4h17m`, `3d12h`, `17h8m`. */
export const DURATION_PATTERN = /^(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?$/;

/** What a maintainer should write, shown in duration errors. */
export const DURATION_EXPECTED = 'a duration such as 27m, 4h17m or 3d12h';

/** Minutes in a duration string, or null when it is not one. */
export function parseDurationMinutes(value: string): number | null {
  const m = DURATION_PATTERN.exec(value);
  if (!m || value === '') return null;
  const [, d = '0', h = '0', mi = '0'] = m;
  return Number(d) * 1440 + Number(h) * 60 + Number(mi);
}

/** Minutes as a short human string: "27 min", "4 h 17 min", "3 d 12 h". */
export function formatMinutes(total: number): string {
  const d = Math.floor(total / 1440);
  const h = Math.floor((total % 1440) / 60);
  const m = Math.round(total % 60);
  const parts: string[] = [];
  if (d) parts.push(`${d} d`);
  if (h) parts.push(`${h} h`);
  if (m || parts.length === 0) parts.push(`${m} min`);
  return parts.join(' ');
}
