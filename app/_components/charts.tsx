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

/**
 * Stacked columns per year, one colour per series, with each year's total written on top. Each
 * series is one path of rectangles (one element per series, not per year and series, so the chart's
 * weight grows with the years, not their product with the classes); each year's group carries its
 * total and its parts in series order (`data-total`, `data-parts`) for readers and tests.
 */
export function StackedYears({ title, years, series, value }: StackedProps) {
  const counts = years.map((y) => series.map((s) => value(y, s.id)));
  const totals = counts.map((c) => c.reduce((n, v) => n + v, 0));
  const max = Math.max(1, ...totals);
  const H = 200,
    BOTTOM = 22,
    TOP = 16;
  const col = (W - 20) / Math.max(1, years.length);
  const cx = (i: number, f: number) => r1(10 + i * col + col * f);
  const h = (n: number) => r1(((H - BOTTOM - TOP) * n) / max);
  const barW = r1(col * 0.7);
  // Stack each year bottom-up: the top edge of every part, and of the whole bar.
  const tops = counts.map((c) => {
    let base = H - BOTTOM;
    return c.map((n) => (base = r1(base - h(n))));
  });
  const barTop = (i: number) => tops[i]!.at(-1) ?? H - BOTTOM;
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
      {series.map((s, k) => (
        <path
          key={s.id}
          className={`series-${k}`}
          d={years
            .flatMap((_, i) => {
              const n = counts[i]![k]!;
              return n ? [`M${cx(i, 0.15)} ${tops[i]![k]}h${barW}v${h(n)}h-${barW}z`] : [];
            })
            .join('')}
        >
          <title>{s.label}</title>
        </path>
      ))}
      {years.map((y, i) => (
        // One tooltip a year: the table under the chart gives every part's count.
        <g key={y} data-year={y} data-total={totals[i]} data-parts={counts[i]!.join(' ')}>
          <title>{`${y}: ${totals[i]} incident${totals[i] === 1 ? '' : 's'}`}</title>
          {totals[i]! > 0 && (
            <text x={cx(i, 0.5)} y={barTop(i) - 4} textAnchor="middle" className="tl-tick">
              {totals[i]}
            </text>
          )}
          {i % labelEvery === 0 && (
            <text x={cx(i, 0.5)} y={H - 6} textAnchor="middle" className="tl-tick">
              {y}
            </text>
          )}
        </g>
      ))}
    </svg>
  );
}
