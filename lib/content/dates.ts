import { z } from 'zod';

/** A reduced-precision ISO date in UTC: `2014`, `2018-06`, `2020-11-25` or `2020-11-25T13:15Z`. */
const PARTIAL_DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?Z)?)?)?$/;

/** What a maintainer should write, shown in every date error. */
export const PARTIAL_DATE_EXPECTED = 'an ISO date in UTC (2017, 2017-02, 2017-02-28 or 2017-02-28T17:37Z)';

/** How precisely a date was given; a time (with or without seconds) is `minute`. */
const DATE_PRECISIONS = ['year', 'month', 'day', 'minute'] as const;

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

interface DateParts {
  precision: (typeof DATE_PRECISIONS)[number];
  start: number;
  end: number;
}

/**
 * Reads a partial date once: its precision and the interval it stands for, [start, end) in ms
 * since the epoch (a year, month or day is the whole of it; a time is its minute or second).
 * Undefined when the text is not a real calendar date (2021-02-30 and 25:00 are rejected).
 */
function readPartialDate(value: string): DateParts | undefined {
  const m = PARTIAL_DATE_PATTERN.exec(value);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m;
  const year = Number(y);
  if (mo !== undefined) {
    const month = Number(mo);
    if (month < 1 || month > 12) return undefined;
    if (d !== undefined) {
      const day = Number(d);
      const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
      const max = month === 2 && !leap ? 28 : (DAYS_IN_MONTH[month - 1] ?? 31);
      if (day < 1 || day > max) return undefined;
    }
  }
  if (h !== undefined && Number(h) > 23) return undefined;
  if (mi !== undefined && Number(mi) > 59) return undefined;
  if (s !== undefined && Number(s) > 59) return undefined;
  const start = Date.UTC(year, Number(mo ?? 1) - 1, Number(d ?? 1), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0));
  if (mo === undefined) return { precision: 'year', start, end: Date.UTC(year + 1, 0, 1) };
  if (d === undefined) return { precision: 'month', start, end: Date.UTC(year, Number(mo), 1) };
  if (h === undefined) return { precision: 'day', start, end: start + 86_400_000 };
  return { precision: 'minute', start, end: start + (s === undefined ? 60_000 : 1000) };
}

/** A date as stored on records and published: the text as written plus the interval it means. */
const dateValueSchema = z.strictObject({
  at: z.string().regex(PARTIAL_DATE_PATTERN).describe('reduced-precision ISO date in UTC: 2014, 2018-06, 2020-11-25 or 2020-11-25T13:15Z'),
  approximate: z.boolean().describe('true when the sources give the time only roughly'),
  derivedFrom: z.string().optional().describe('the local clock reading the UTC time was converted from, e.g. "PDT (2:06 PM)"'),
  precision: z.enum(DATE_PRECISIONS).describe('how precisely `at` was given'),
  start: z.number().int().describe('first instant `at` can mean, ms since 1970-01-01T00:00Z'),
  end: z.number().int().describe('instant just after the last one `at` can mean (exclusive), ms since 1970-01-01T00:00Z'),
});

/** A parsed date: `at` as written, its precision and its interval. */
export type PartialDate = z.infer<typeof dateValueSchema>;

/** YAML reads a bare year such as `2014` as a number; accept it as the string it means. */
const yearAsString = z.preprocess(
  (v) => (typeof v === 'number' && Number.isInteger(v) ? String(v) : v),
  z.string().refine((v) => readPartialDate(v) !== undefined, { message: 'bad-date' }),
);

/** The object form, for a date that is approximate or was converted from a local time zone. */
const dateObject = z.strictObject({
  at: yearAsString,
  approximate: z.boolean().optional(),
  derivedFrom: z.string().min(1).optional(),
});

/** The parsed value of a text the schema has already checked. */
function toValue(at: string, approximate: boolean, derivedFrom?: string): PartialDate {
  const parts = readPartialDate(at)!;
  return { at, approximate, ...(derivedFrom === undefined ? {} : { derivedFrom }), ...parts };
}

/** `started`, `ended` and timeline times: a bare partial date or `{ at, approximate?, derivedFrom? }`, parsed to a value. */
export const partialDateSchema = z
  .union([yearAsString, dateObject])
  .transform((v) => (typeof v === 'string' ? toValue(v, false) : toValue(v.at, v.approximate ?? false, v.derivedFrom)))
  .pipe(dateValueSchema);

/** A calendar day written `2026-11-25`, kept as text (a source's `accessed` day, shown as written). */
export const dayTextSchema = z.string().refine((v) => readPartialDate(v)?.precision === 'day', { message: 'bad-day' });

/** A calendar day, `2026-11-25` (when an incident page was added or revised), parsed to a value. */
export const dayDateSchema = dayTextSchema.transform((v) => toValue(v, false)).pipe(dateValueSchema);

/** The value of a date written as text, e.g. today's day; throws on text that is not a partial date. */
export function dateValue(at: string, approximate = false): PartialDate {
  if (!readPartialDate(at)) throw new Error(`Not an ISO date in UTC: ${JSON.stringify(at)}`);
  return toValue(at, approximate);
}

/** The year of a date. */
export function yearOf(date: PartialDate): number {
  return new Date(date.start).getUTCFullYear();
}

/** English month names, January first; their first three letters are the usual abbreviations. */
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Human form at the precision given: "2014", "June 2018", "25 November 2020", "25 November 2020, 13:15 UTC". */
export function formatPartialDate(date: PartialDate): string {
  const d = new Date(date.start);
  const year = String(d.getUTCFullYear());
  const month = `${MONTH_NAMES[d.getUTCMonth()]} ${year}`;
  const pad = (n: number) => String(n).padStart(2, '0');
  const text =
    date.precision === 'year'
      ? year
      : date.precision === 'month'
        ? month
        : date.precision === 'day'
          ? `${d.getUTCDate()} ${month}`
          : `${d.getUTCDate()} ${month}, ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} UTC`;
  return date.approximate ? `about ${text}` : text;
}

/** True when date `a` lies wholly before date `b`: their intervals cannot be the same moment or overlap. */
export function whollyBefore(a: PartialDate, b: PartialDate): boolean {
  return a.end <= b.start;
}
