// Coordinates to a tenth of a unit: finer is invisible in a 340-wide viewBox, and every digit is
// written twice (HTML and the page's inline React data).
const r1 = (n: number) => Math.round(n * 10) / 10;

/**
 * Every chart is drawn once, 340 units wide: on a phone (about 340 CSS px of room) 11-unit text
 * stays at 11 CSS px or more, and CSS caps the width on wide screens so text never grows large.
 * (A second, wide drawing per chart doubled the page: the inline React payload repeats each.)
 */
const W = 340;

/** Horizontal bars with their label and count written out, drawn at build time. */
export function BarChart({ title, bars }: { title: string; bars: { label: string; value: number }[] }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const aria = `${title}: ${bars.map((b) => `${b.label} ${b.value}`).join(', ')}`;
  // Label above its bar: a phone has no room for a label column.
  const ROW = 38;
  return (
    <svg viewBox={`0 0 ${W} ${bars.length * ROW + 4}`} width="100%" role="img" aria-label={aria} className="chart">
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

type StackedProps = {
  title: string;
  years: number[];
  series: { id: string; label: string }[];
  value: (year: number, id: string) => number;
};

/** Stacked columns per year, one colour per series, with each year's total written on top. */
export function StackedYears({ title, years, series, value }: StackedProps) {
  const totals = years.map((y) => series.reduce((n, s) => n + value(y, s.id), 0));
  const max = Math.max(1, ...totals);
  const H = 200,
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
      className="chart"
    >
      {years.map((y, i) => {
        let base = H - BOTTOM;
        return (
          // One tooltip a year: the table under the chart gives every part's count.
          <g key={y} data-year={y} data-total={totals[i]}>
            <title>{`${y}: ${totals[i]} incident${totals[i] === 1 ? '' : 's'}`}</title>
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
                />
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
