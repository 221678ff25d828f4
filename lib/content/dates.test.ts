import { describe, expect, it } from 'vitest';
import { dateValue, dayDateSchema, formatPartialDate, partialDateSchema, whollyBefore, yearOf } from './dates';

describe('dates as values', () => {
  it('parses each form once into its precision and interval [start, end)', () => {
    expect(partialDateSchema.parse(2014)).toMatchObject({ at: '2014', precision: 'year', start: Date.UTC(2014, 0, 1), end: Date.UTC(2015, 0, 1) });
    expect(partialDateSchema.parse('2018-06')).toMatchObject({ precision: 'month', start: Date.UTC(2018, 5, 1), end: Date.UTC(2018, 6, 1) });
    expect(partialDateSchema.parse('2020-02-29')).toMatchObject({ precision: 'day', end: Date.UTC(2020, 2, 1) });
    expect(partialDateSchema.parse({ at: '2020-11-25T13:15Z', approximate: true, derivedFrom: 'PST (5:15 AM)' })).toEqual({
      at: '2020-11-25T13:15Z',
      approximate: true,
      derivedFrom: 'PST (5:15 AM)',
      precision: 'minute',
      start: Date.UTC(2020, 10, 25, 13, 15),
      end: Date.UTC(2020, 10, 25, 13, 16),
    });
  });

  it('rejects dates that are not on the calendar', () => {
    for (const bad of ['2021-02-29', '2021-13', '2021-01-01T24:00Z', 'Feb 28', '2021-1-1'])
      expect(partialDateSchema.safeParse(bad).success, bad).toBe(false);
    expect(dayDateSchema.safeParse('2021-02').success).toBe(false);
  });

  it('orders by interval: a day-only event is not before a timed event of that day, nor a month before its days', () => {
    expect(whollyBefore(dateValue('2022-05-20'), dateValue('2022-05-20T22:06Z'))).toBe(false);
    expect(whollyBefore(dateValue('2022-05-20T22:06Z'), dateValue('2022-05-20'))).toBe(false);
    expect(whollyBefore(dateValue('2022-05'), dateValue('2022-05-31'))).toBe(false);
    expect(whollyBefore(dateValue('2022-05-19'), dateValue('2022-05-20T00:00Z'))).toBe(true);
    expect(whollyBefore(dateValue('2022-05-20T22:06Z'), dateValue('2022-05-20T22:06Z'))).toBe(false);
  });

  it('formats at the precision given and reads the year from the value', () => {
    expect(formatPartialDate(dateValue('2018-06'))).toBe('June 2018');
    expect(formatPartialDate(dateValue('2020-11-25T13:05Z', true))).toBe('about 25 November 2020, 13:05 UTC');
    expect(yearOf(dateValue('1999-12-31T23:59Z'))).toBe(1999);
    expect(() => dateValue('yesterday')).toThrow('Not an ISO date');
  });
});
