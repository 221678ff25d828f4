import { z } from 'zod';

/** A reduced-precision ISO date in UTC: `2014`, `2018-06`, `2020-11-25` or `2020-11-25T13:15Z`. */
export const PARTIAL_DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?Z)?)?)?$/;

/** What a maintainer should write, shown in every date error. */
export const PARTIAL_DATE_EXPECTED = 'an ISO date in UTC (2017, 2017-02, 2017-02-28 or 2017-02-28T17:37Z)';

/** How precisely a partial date was given. */
export type DatePrecision = 'year' | 'month' | 'day' | 'minute';

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Checks the calendar, not only the shape: 2021-02-30 and 25:00 are rejected. */
export function isValidPartialDate(value: string): boolean {
  const m = PARTIAL_DATE_PATTERN.exec(value);
  if (!m) return false;
  const [, y, mo, d, h, mi, s] = m;
  const year = Number(y);
  if (mo !== undefined) {
    const month = Number(mo);
    if (month < 1 || month > 12) return false;
    if (d !== undefined) {
      const day = Number(d);
      const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
      const max = month === 2 && !leap ? 28 : (DAYS_IN_MONTH[month - 1] ?? 31);
      if (day < 1 || day > max) return false;
    }
  }
  if (h !== undefined && Number(h) > 23) return false;
  if (mi !== undefined && Number(mi) > 59) return false;
  if (s !== undefined && Number(s) > 59) return false;
  return true;
}

/** YAML reads a bare year such as `2014` as a number; accept it as the string it means. */
const yearAsString = z.preprocess(
  (v) => (typeof v === 'number' && Number.isInteger(v) ? String(v) : v),
  z.string().refine(isValidPartialDate, { message: 'bad-date' }),
);

/** The object form, for a date that is approximate or was converted from a local time zone. */
const dateObject = z.strictObject({
  at: yearAsString,
  approximate: z.boolean().optional(),
  derivedFrom: z.string().min(1).optional(),
});

/** `started`, `ended` and timeline times: a bare partial date or `{ at, approximate?, derivedFrom? }`. */
export const partialDateSchema = z.union([yearAsString, dateObject]).transform((v) =>
  typeof v === 'string' ? { at: v, approximate: false } : { approximate: false, ...v },
);

/** A normalised partial date, as stored on records. */
export type PartialDate = z.infer<typeof partialDateSchema>;

/** The precision a partial date string carries. */
export function precisionOf(at: string): DatePrecision {
  if (at.includes('T')) return 'minute';
  const parts = at.split('-').length;
  return parts === 1 ? 'year' : parts === 2 ? 'month' : 'day';
}

/** The earliest instant a partial date can mean, in ms since the epoch (for sorting and spans). */
export function startInstant(at: string): number {
  const m = PARTIAL_DATE_PATTERN.exec(at);
  if (!m) return Number.NaN;
  const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00'] = m;
  return Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
}

/** The year of a partial date. */
export function yearOf(at: string): number {
  return Number(at.slice(0, 4));
}

/** English month names, January first; their first three letters are the usual abbreviations. */
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Human form at the precision given: "2014", "June 2018", "25 November 2020", "25 November 2020, 13:15 UTC". */
export function formatPartialDate(date: PartialDate): string {
  const m = PARTIAL_DATE_PATTERN.exec(date.at);
  if (!m) return date.at;
  const [, y, mo, d, h, mi] = m;
  let text = y ?? '';
  if (mo !== undefined) text = `${MONTH_NAMES[Number(mo) - 1]} ${text}`;
  if (d !== undefined) text = `${Number(d)} ${text}`;
  if (h !== undefined && mi !== undefined) text += `, ${h}:${mi} UTC`;
  return date.approximate ? `about ${text}` : text;
}

/**
 * The interval a partial date stands for, [start, end) in ms since the epoch: a year, month or day
 * is the whole of it; a time is its minute (or second). Order checks compare intervals, so a
 * day-only event may follow a timed event of the same day.
 */
export function intervalOf(at: string): { start: number; end: number } {
  const m = PARTIAL_DATE_PATTERN.exec(at);
  if (!m) return { start: Number.NaN, end: Number.NaN };
  const [, y, mo, d, h, , s] = m;
  const start = startInstant(at);
  const year = Number(y);
  let end: number;
  if (mo === undefined) end = Date.UTC(year + 1, 0, 1);
  else if (d === undefined) end = Date.UTC(year, Number(mo), 1);
  else if (h === undefined) end = start + 86_400_000;
  else end = start + (s === undefined ? 60_000 : 1000);
  return { start, end };
}

/** True when interval `a` lies wholly before interval `b` (they cannot be the same moment or overlap). */
export function whollyBefore(a: string, b: string): boolean {
  return intervalOf(a).end <= intervalOf(b).start;
}
