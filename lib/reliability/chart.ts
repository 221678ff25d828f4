/** A point in data space. */
interface Point {
  x: number;
  y: number;
}
/** A tick: where it sits on the axis (px) and its label. */
interface Tick {
  at: number;
  label: string;
}
/** An SVG line chart reduced to strings and numbers, so a server component only has to draw it. */
export interface LineChart {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  paths: { d: string; label: string }[];
  xTicks: Tick[];
  yTicks: Tick[];
  xLabel: string;
  yLabel: string;
}

/** What a chart shows; a log y axis plots log₁₀(y). */
export interface ChartSpec {
  series: { label: string; points: Point[] }[];
  x: { min: number; max: number; ticks: Tick[]; label: string };
  y: { min: number; max: number; ticks: Tick[]; label: string; log?: boolean };
  width?: number;
  height?: number;
}

/** Lays out a line chart: scales the points into the plot area and rounds coordinates to 0.1 px. */
export function lineChart(spec: ChartSpec): LineChart {
  const width = spec.width ?? 560;
  const height = spec.height ?? 300;
  const plot = { left: 64, top: 12, right: width - 16, bottom: height - 44 };
  const ty = (v: number) => (spec.y.log ? Math.log10(v) : v);
  const sx = (v: number) => plot.left + ((v - spec.x.min) / (spec.x.max - spec.x.min)) * (plot.right - plot.left);
  const yMin = ty(spec.y.min);
  const yMax = ty(spec.y.max);
  const sy = (v: number) => plot.bottom - ((ty(v) - yMin) / (yMax - yMin)) * (plot.bottom - plot.top);
  const r = (v: number) => Math.round(v * 10) / 10;
  return {
    width,
    height,
    plot,
    paths: spec.series.map((s) => ({
      label: s.label,
      d: s.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${r(sx(p.x))},${r(sy(p.y))}`).join(' '),
    })),
    xTicks: spec.x.ticks.map((t) => ({ at: r(sx(t.at)), label: t.label })),
    yTicks: spec.y.ticks.map((t) => ({ at: r(sy(t.at)), label: t.label })),
    xLabel: spec.x.label,
    yLabel: spec.y.label,
  };
}
