import type { ReactNode } from 'react';
import { formatMinutes } from '@/lib/content/duration';
import { LOG_TICKS, logPosition } from '@/lib/corpus/stats';

// Coordinates to a tenth of a unit: finer is invisible in a 640-wide viewBox, and every digit is
// written twice (HTML and the page's inline React data).
const r1 = (n: number) => Math.round(n * 10) / 10;

/**
 * Every chart is drawn twice: `wide` (640 units, shown at up to 640 px) and `narrow` (340 units,
 * shown on phones at about its own size), so 11-unit text is never under 11 CSS px. CSS shows one.
 */
type Size = 'wide' | 'narrow';

function Pair({ draw }: { draw: (size: Size) => ReactNode }) {
  return (
    <div className="chart-pair">
      {draw('wide')}
      {draw('narrow')}
    </div>
  );
}

/** Horizontal bars with their label and count written out, drawn at build time. */
export function BarChart(props: { title: string; bars: { label: string; value: number }[] }) {
  return <Pair draw={(size) => <BarSvg {...props} size={size} />} />;
}

function BarSvg({ title, bars, size }: { title: string; bars: { label: string; value: number }[]; size: Size }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const aria = `${title}: ${bars.map((b) => `${b.label} ${b.value}`).join(', ')}`;
  if (size === 'narrow') {
    // Label above its bar: a phone has no room for a label column.
    const W = 340,
      ROW = 38;
    return (
      <svg
        viewBox={`0 0 ${W} ${bars.length * ROW + 4}`}
        width="100%"
        role="img"
        aria-label={aria}
        className="chart chart-narrow"
      >
        {bars.map((b, i) => (
          <g key={b.label}>
            <text x={0} y={i * ROW + 13} className="chart-label">
              {b.label}
            </text>
            <rect
              x={0}
              y={i * ROW + 18}
              height={14}
              width={r1(Math.max(2, ((W - 40) * b.value) / max))}
              className="chart-bar"
            />
            <text x={r1(((W - 40) * b.value) / max + 6)} y={i * ROW + 30} className="chart-label">
              {b.value}
            </text>
          </g>
        ))}
      </svg>
    );
  }
  const W = 640,
    LABEL = 230,
    ROW = 24;
  return (
    <svg
      viewBox={`0 0 ${W} ${bars.length * ROW + 4}`}
      width="100%"
      role="img"
      aria-label={aria}
      className="chart chart-wide"
    >
      {bars.map((b, i) => (
        <g key={b.label}>
          <text x={LABEL - 8} y={i * ROW + 16} textAnchor="end" className="chart-label">
            {b.label}
          </text>
          <rect
            x={LABEL}
            y={i * ROW + 4}
            height={ROW - 8}
            width={r1(Math.max(2, ((W - LABEL - 40) * b.value) / max))}
            className="chart-bar"
          />
          <text x={r1(LABEL + ((W - LABEL - 40) * b.value) / max + 6)} y={i * ROW + 16} className="chart-label">
            {b.value}
          </text>
        </g>
      ))}
    </svg>
  );
}

type Lanes = { label: string; points: { id: string; minutes: number; name: string }[] }[];

/** Points on a log-scale minutes axis, one lane per series; each point has a tooltip title. */
export function LogDotPlot(props: { title: string; lanes: Lanes }) {
  return <Pair draw={(size) => <LogDotSvg {...props} size={size} />} />;
}

function LogDotSvg({ title, lanes, size }: { title: string; lanes: Lanes; size: Size }) {
  const all = lanes.flatMap((l) => l.points.map((p) => p.minutes));
  const lo = 1;
  const hi = Math.max(60, ...all) * 1.2;
  const narrow = size === 'narrow';
  // On a phone every other tick, so labels do not overlap.
  const ticks = LOG_TICKS.filter((t) => t <= hi).filter((_, i) => !narrow || i % 2 === 0);
  const W = narrow ? 340 : 640,
    LABEL = narrow ? 56 : 110,
    LANE = 34,
    PAD = 12;
  const x = (m: number) => r1(LABEL + PAD + logPosition(m, lo, hi) * (W - LABEL - PAD * 2));
  const axisY = lanes.length * LANE + 6;
  return (
    <svg
      viewBox={`0 0 ${W} ${axisY + 26}`}
      width="100%"
      role="img"
      aria-label={`${title} (log scale); the table below lists every value.`}
      className={`chart chart-${size}`}
    >
      {lanes.map((l, i) => (
        <g key={l.label}>
          <text x={LABEL - 6} y={i * LANE + LANE / 2 + 4} textAnchor="end" className="chart-label">
            {l.label}
          </text>
          <line x1={LABEL} x2={W - PAD} y1={i * LANE + LANE / 2} y2={i * LANE + LANE / 2} className="tl-lane" />
          {/* Shared attributes sit on the group (fill and stroke inherit; cy is the lane's offset). */}
          <g className="chart-dot" transform={`translate(0 ${i * LANE + LANE / 2})`}>
            {l.points.map((p) => (
              <circle key={p.id} cx={x(p.minutes)} r={5}>
                <title>{`${p.name}: ${formatMinutes(p.minutes)}`}</title>
              </circle>
            ))}
          </g>
        </g>
      ))}
      <line x1={LABEL} x2={W - PAD} y1={axisY} y2={axisY} className="tl-axis" />
      {ticks.map((t) => (
        <g key={t}>
          <line x1={x(t)} x2={x(t)} y1={axisY} y2={axisY + 5} className="tl-axis" />
          <text x={x(t)} y={axisY + 18} textAnchor="middle" className="tl-tick">
            {formatMinutes(t)}
          </text>
        </g>
      ))}
    </svg>
  );
}

type StackedProps = {
  title: string;
  years: number[];
  series: { id: string; label: string }[];
  value: (year: number, id: string) => number;
};

/** Stacked columns per year, one colour per series, with each year's total written on top. */
export function StackedYears(props: StackedProps) {
  return <Pair draw={(size) => <StackedSvg {...props} size={size} />} />;
}

function StackedSvg({ title, years, series, value, size }: StackedProps & { size: Size }) {
  const totals = years.map((y) => series.reduce((n, s) => n + value(y, s.id), 0));
  const max = Math.max(1, ...totals);
  const W = size === 'narrow' ? 340 : 640,
    H = 200,
    BOTTOM = 22,
    TOP = 16;
  const col = (W - 20) / Math.max(1, years.length);
  const cx = (i: number, f: number) => r1(10 + i * col + col * f);
  const h = (n: number) => r1(((H - BOTTOM - TOP) * n) / max);
  // A year label needs about 32 units (4 digits at 11 px): label every k-th year to fit.
  const labelEvery = Math.max(1, Math.ceil(32 / col));
  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      width="100%"
      role="img"
      aria-label={`${title}; the table below gives every count.`}
      className={`chart chart-${size}`}
    >
      {years.map((y, i) => {
        let base = H - BOTTOM;
        return (
          <g key={y} data-year={y} data-total={totals[i]}>
            {series.map((s, k) => {
              const n = value(y, s.id);
              if (!n) return null;
              base = r1(base - h(n));
              return (
                <rect
                  key={s.id}
                  x={cx(i, 0.15)}
                  y={base}
                  width={r1(col * 0.7)}
                  height={h(n)}
                  className={`series-${k}`}
                  data-count={n}
                >
                  <title>{`${y}, ${s.label}: ${n}`}</title>
                </rect>
              );
            })}
            {totals[i]! > 0 && (
              <text x={cx(i, 0.5)} y={base - 4} textAnchor="middle" className="tl-tick">
                {totals[i]}
              </text>
            )}
            {i % labelEvery === 0 && (
              <text x={cx(i, 0.5)} y={H - 6} textAnchor="middle" className="tl-tick">
                {y}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
