import { allowedDowntime, availabilityFromNines } from './availability';
import { lineChart, type LineChart } from './chart';
import { DAY, WEEK, YEAR } from './periods';
import { allFail, atLeastOneFails } from './probability';

const range = (from: number, to: number, step: number) =>
  Array.from({ length: Math.round((to - from) / step) + 1 }, (_, i) => from + i * step);

/** Allowed downtime per year and per week against the number of nines (1 to 6), on a log scale. */
export function downtimeChart(): LineChart {
  const xs = range(1, 6, 0.1);
  const per = (window: number) => xs.map((n) => ({ x: n, y: allowedDowntime(availabilityFromNines(n), window) }));
  const yTicks = [
    [1, '1 s'],
    [60, '1 min'],
    [3600, '1 h'],
    [DAY, '1 day'],
    [30 * DAY, '30 days'],
  ] as const;
  return lineChart({
    series: [
      { label: 'per year', points: per(YEAR) },
      { label: 'per week', points: per(WEEK) },
    ],
    x: {
      min: 1,
      max: 6,
      label: 'nines (90% = 1, 99.9999% = 6)',
      ticks: range(1, 6, 1).map((n) => ({ at: n, label: String(n) })),
    },
    y: {
      min: 0.1,
      max: 50 * DAY,
      log: true,
      label: 'allowed downtime',
      ticks: yTicks.map(([at, label]) => ({ at, label })),
    },
  });
}

/** P(at least one fails) and P(all fail) for n = 1…nMax parts, each failing with probability p. */
export function failureChart(p: number, nMax = 200): LineChart {
  const ns = range(1, nMax, 1);
  return lineChart({
    series: [
      { label: 'at least one fails', points: ns.map((n) => ({ x: n, y: atLeastOneFails(p, n) })) },
      { label: 'all fail', points: ns.map((n) => ({ x: n, y: allFail(p, n) })) },
    ],
    x: {
      min: 1,
      max: nMax,
      label: 'number of parts n',
      ticks: [1, 50, 100, 150, 200].filter((n) => n <= nMax).map((n) => ({ at: n, label: String(n) })),
    },
    y: {
      min: 0,
      max: 1,
      label: 'probability',
      ticks: [0, 0.25, 0.5, 0.75, 1].map((v) => ({ at: v, label: `${v * 100}%` })),
    },
  });
}
