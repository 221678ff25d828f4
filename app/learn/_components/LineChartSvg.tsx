import type { LineChart } from '@/lib/reliability/chart';

/** Draws a line chart laid out by lib/reliability at build time: no chart code reaches the browser. */
export function LineChartSvg({ chart, title, description }: { chart: LineChart; title: string; description: string }) {
  const { plot } = chart;
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${chart.width} ${chart.height}`} role="img" aria-label={`${title}. ${description}`}>
        {chart.yTicks.map((t) => (
          <g key={`y${t.label}`}>
            <line x1={plot.left} x2={plot.right} y1={t.at} y2={t.at} className="grid" />
            <text x={plot.left - 6} y={t.at + 4} textAnchor="end">
              {t.label}
            </text>
          </g>
        ))}
        {chart.xTicks.map((t) => (
          <text key={`x${t.label}`} x={t.at} y={plot.bottom + 16} textAnchor="middle">
            {t.label}
          </text>
        ))}
        <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} className="axis" />
        <line x1={plot.left} x2={plot.left} y1={plot.top} y2={plot.bottom} className="axis" />
        {chart.paths.map((p, i) => (
          <path key={p.label} d={p.d} className={`series series-${i}`} />
        ))}
        <text x={(plot.left + plot.right) / 2} y={chart.height - 6} textAnchor="middle">
          {chart.xLabel}
        </text>
      </svg>
      <figcaption>
        {title}.{' '}
        {chart.paths.map((p, i) => (
          <span key={p.label} className={`legend legend-${i}`}>
            {p.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
