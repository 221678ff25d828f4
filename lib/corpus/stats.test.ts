import { dateValue } from '../content/dates';
import { describe, expect, it } from 'vitest';
import { getContent, type Incident } from '../content';
import {
  detectionAndRepair,
  durationsLongestFirst,
  incidentMinutes,
  logPosition,
  perYearByRootClass,
  SEVERAL_CLASSES,
  UNCLASSIFIED,
  topFaultTypes,
} from './stats';
import { indexTaxonomy } from './taxonomy-index';

const tax = indexTaxonomy(getContent().taxonomy);
const real = getContent().incidents.find((i) => i.id === 'aws-kinesis-us-east-1-2020')!;
const make = (id: string, over: Partial<Incident>): Incident => ({
  ...real,
  id,
  durations: [],
  ended: undefined,
  ...over,
});
const fault = (type: string, role: 'trigger' | 'root' | 'contributing') => ({
  type,
  role,
  confidence: 'stated' as const,
});

const a = make('a', {
  started: dateValue('2017-02-28'),
  faults: [fault('operator-action', 'trigger'), fault('resource-exhaustion', 'root')],
  durations: [{ value: '4h17m', basis: 'as-reported', sources: ['x'] }],
});
const b = make('b', {
  started: dateValue('2019-06'),
  faults: [fault('operator-action', 'trigger'), fault('config-change', 'root'), fault('logic-bug', 'root')],
  ended: undefined,
});
const c = make('c', {
  started: dateValue('2019-01-01T10:00Z'),
  ended: dateValue('2019-01-01T10:45Z'),
  faults: [fault('link-cut', 'root')],
});

describe('corpus statistics', () => {
  it('lists known durations longest first and leaves out incidents without one', () => {
    expect(durationsLongestFirst([c, b, a]).map((d) => [d.inc.id, d.minutes])).toEqual([
      ['a', 257],
      ['c', 45],
    ]);
  });

  it('counts each incident once per year, by root class, with empty years in between', () => {
    const none = make('d', { started: dateValue('2019-03'), faults: [fault('link-cut', 'trigger')] });
    const { years, classes, counts } = perYearByRootClass([a, b, c, none], tax);
    expect(years).toEqual([2017, 2018, 2019]);
    expect(classes).toEqual(['network-fault', 'load-fault', SEVERAL_CLASSES, UNCLASSIFIED]);
    expect([...(counts.get(2019) ?? [])].sort()).toEqual([
      ['network-fault', 1],
      [SEVERAL_CLASSES, 1],
      [UNCLASSIFIED, 1],
    ]);
  });

  it('makes every year add up to the number of incidents that started in it (whole corpus)', () => {
    const all = getContent().incidents;
    const { years, counts } = perYearByRootClass(all, tax);
    for (const y of years) {
      const total = [...(counts.get(y)?.values() ?? [])].reduce((n, v) => n + v, 0);
      expect(total, String(y)).toBe(all.filter((i) => Number(i.started.at.slice(0, 4)) === y).length);
    }
  });

  it('takes a reported duration first, else a minute-precise start and end', () => {
    expect([a, b, c].map(incidentMinutes)).toEqual([
      { minutes: 257, basis: 'as-reported' },
      null,
      { minutes: 45, basis: 'started-to-ended' },
    ]);
  });

  it('ranks trigger and root types by count', () => {
    expect(topFaultTypes([a, b, c], 'trigger')).toEqual([{ type: 'operator-action', count: 2 }]);
    expect(topFaultTypes([a, b, c], 'root', 2)).toEqual([
      { type: 'config-change', count: 1 },
      { type: 'link-cut', count: 1 },
    ]);
  });

  it('reads detection and repair spans off the real Kinesis timeline', () => {
    expect(detectionAndRepair([real]).map((r) => [r.incident.id, r.detect, r.repair])).toEqual([[real.id, 151, 1028]]);
  });

  it('places minutes on a log axis', () => {
    expect([1, 10, 100, 0.5].map((m) => logPosition(m, 1, 100))).toEqual([0, 0.5, 1, 0]);
  });
});
