import { describe, expect, it } from 'vitest';
import { dateValue } from '../content/dates';
import type { TimelineEvent } from '../content/incident-schema';
import { derivedSpans, timelineChart, timeTicks } from './timeline-chart';

const ev = (at: string, phase: TimelineEvent['phase'], approximate = false): TimelineEvent => ({
  at: dateValue(at, approximate),
  phase,
  text: `${phase} at ${at}`,
});
const kinesis = [
  ev('2020-11-25T10:44Z', 'trigger'),
  ev('2020-11-25T13:15Z', 'detection'),
  ev('2020-11-25T15:51Z', 'diagnosis', true),
  ev('2020-11-26T06:23Z', 'recovery'),
];

describe('derivedSpans', () => {
  it('measures trigger → detection → recovery when there is no mitigation event', () => {
    expect(derivedSpans(kinesis).map((s) => [s.from, s.to, s.minutes])).toEqual([
      ['trigger', 'detection', 151],
      ['detection', 'recovery', 1028],
    ]);
  });

  it('ignores dates coarser than a minute and spans that would run backwards', () => {
    expect(
      derivedSpans([
        ev('2020-11-25', 'trigger'),
        ev('2020-11-25T13:15Z', 'detection'),
        ev('2020-11-25T12:00Z', 'recovery'),
      ]),
    ).toEqual([]);
  });

  it('marks a span approximate when either end is', () => {
    expect(
      derivedSpans([ev('2021-01-01T00:00Z', 'trigger'), ev('2021-01-01T01:00Z', 'mitigation', true)]).map(
        (s) => s.approximate,
      ),
    ).toEqual([true]);
  });
});

describe('timelineChart', () => {
  it('places events on a linear axis in phase lanes, numbered like the list', () => {
    const chart = timelineChart(kinesis)!;
    expect(chart.lanes).toEqual(['trigger', 'detection', 'diagnosis', 'recovery']);
    expect(chart.events.map((e) => [e.n, Number(e.x.toFixed(3)), e.lane])).toEqual([
      [1, 0, 0],
      [2, 0.128, 1],
      [3, 0.26, 2],
      [4, 1, 3],
    ]);
    expect(chart.spans.map((s) => [Number(s.x1.toFixed(3)), Number(s.x2.toFixed(3))])).toEqual([
      [0, 0.128],
      [0.128, 1],
    ]);
  });

  it('gives no chart when fewer than two distinct times can be plotted', () => {
    expect(timelineChart([ev('2014', 'trigger'), ev('2014-06', 'recovery')])).toBeNull();
    expect(timelineChart([ev('2014-06-01', 'trigger'), ev('2014-06-01', 'recovery')])).toBeNull();
  });
});

describe('timeTicks', () => {
  it('picks a round step and labels hours, adding the day at midnight', () => {
    const start = Date.UTC(2020, 10, 25, 10, 44);
    const end = Date.UTC(2020, 10, 26, 6, 23);
    expect(timeTicks(start, end).map((t) => t.label)).toEqual([
      '12:00',
      '15:00',
      '18:00',
      '21:00',
      '00:00 26 Nov',
      '03:00',
      '06:00',
    ]);
  });
});
