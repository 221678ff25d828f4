import { describe, expect, it } from 'vitest';
import { lineChart } from './chart';
import { downtimeChart, failureChart } from './charts';

describe('line charts', () => {
  it('maps the domain corners onto the plot corners', () => {
    const c = lineChart({
      series: [
        {
          label: 's',
          points: [
            { x: 0, y: 0 },
            { x: 10, y: 1 },
          ],
        },
      ],
      x: { min: 0, max: 10, ticks: [], label: 'x' },
      y: { min: 0, max: 1, ticks: [], label: 'y' },
    });
    expect(c.paths[0]!.d).toBe(`M${c.plot.left},${c.plot.bottom} L${c.plot.right},${c.plot.top}`);
  });
  it('plots the downtime chart on a log axis, so each nine drops the line by the same height', () => {
    const c = downtimeChart();
    const ys = c.paths[0]!.d.split(' ').map((s) => Number(s.split(',')[1]));
    const step = ys[10]! - ys[0]!;
    expect(ys[20]! - ys[10]!).toBeCloseTo(step, 0);
  });
  it('draws the failure curve crossing 50% near n = 69 at p = 1%', () => {
    const c = failureChart(0.01);
    const half = c.plot.bottom - (c.plot.bottom - c.plot.top) / 2;
    const ys = c.paths[0]!.d.split(' ').map((s) => Number(s.split(',')[1]));
    expect(ys[67]!).toBeGreaterThanOrEqual(half);
    expect(ys[69]!).toBeLessThan(half);
  });
});
