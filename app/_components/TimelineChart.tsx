import { formatMinutes } from '@/lib/content/duration';
import type { Incident } from '@/lib/content';
import { facetLabel } from '@/lib/corpus/facet-labels';
import { timelineChart, type TimelineChart as Chart } from '@/lib/corpus/timeline-chart';

const LANE = 26;
const PAD = 14;

/**
 * Two drawings of one chart: `wide` (720 units, for screens that show it at 600 px or more) and
 * `narrow` (340 units, shown on phones at about its own size, so 11-unit text stays ≥ 11 CSS px).
 * CSS shows one of them.
 */
const SIZES = {
  wide: { W: 720, GUTTER: 96, ticks: 7, spanLabels: true },
  narrow: { W: 340, GUTTER: 78, ticks: 4, spanLabels: false },
} as const;

function ChartSvg({ chart, size, incident }: { chart: Chart; size: keyof typeof SIZES; incident: Incident }) {
  const { W, GUTTER, spanLabels } = SIZES[size];
  const plotW = W - GUTTER - PAD * 2;
  const px = (x: number) => Math.round((GUTTER + PAD + x * plotW) * 10) / 10;
  const axisY = chart.lanes.length * LANE + 8;
  const spanY = axisY + (spanLabels ? 44 : 30);
  const spanStep = spanLabels ? 22 : 10;
  const H = spanY + (chart.spans.length ? chart.spans.length * spanStep + 8 : 0);
  const titleId = `tl-title-${size}-${incident.id}`;
  return (
    <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={titleId} width="100%" className={`tl-${size}`}>
      <title
        id={titleId}
      >{`Timeline of ${incident.title}: ${chart.events.length} events from ${new Date(chart.start).toISOString().slice(0, 16)}Z to ${new Date(chart.end).toISOString().slice(0, 16)}Z; the numbered list below has every event.`}</title>
      {chart.lanes.map((lane, i) => (
        <g key={lane}>
          <line x1={GUTTER} x2={W - PAD} y1={i * LANE + LANE / 2} y2={i * LANE + LANE / 2} className="tl-lane" />
          <text x={GUTTER - 6} y={i * LANE + LANE / 2 + 4} textAnchor="end" className="tl-label">
            {facetLabel(lane).toLowerCase()}
          </text>
        </g>
      ))}
      <line x1={GUTTER} x2={W - PAD} y1={axisY} y2={axisY} className="tl-axis" />
      {chart.ticks.map((t) => (
        <g key={t.t}>
          <line x1={px(t.x)} x2={px(t.x)} y1={axisY} y2={axisY + 5} className="tl-axis" />
          <text x={px(t.x)} y={axisY + 18} textAnchor="middle" className="tl-tick">
            {t.label}
          </text>
        </g>
      ))}
      {chart.events.map((e) => (
        <g key={e.n} className={`tl-event phase-${e.phase}${e.approximate ? ' approximate' : ''}`}>
          <circle cx={px(e.x)} cy={e.lane * LANE + LANE / 2} r={9} />
          <text x={px(e.x)} y={e.lane * LANE + LANE / 2 + 4} textAnchor="middle">
            {e.n}
          </text>
        </g>
      ))}
      {chart.spans.map((s, i) => {
        const y = spanY + i * spanStep;
        const label = `${s.from} → ${s.to}: ${s.approximate ? '≈ ' : ''}${formatMinutes(s.minutes)} (derived)`;
        return (
          <g key={`${s.from}-${s.to}`} className="tl-span">
            <line x1={px(s.x1)} x2={Math.max(px(s.x2), px(s.x1) + 2)} y1={y} y2={y} />
            {spanLabels && (
              <text
                x={s.x1 > 0.5 ? px(s.x2) : px(s.x1)}
                y={y - 5}
                textAnchor={s.x1 > 0.5 ? 'end' : 'start'}
                className="tl-tick"
              >
                {label}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}

/** The timeline drawn at build time as SVG: events in phase lanes on a UTC time axis, derived spans beneath. */
export function TimelineChart({ incident }: { incident: Incident }) {
  const wide = timelineChart(incident.timeline, SIZES.wide.ticks);
  const narrow = timelineChart(incident.timeline, SIZES.narrow.ticks);
  if (!wide || !narrow)
    return <p className="muted">The timeline&rsquo;s dates are too coarse to draw on a time axis.</p>;
  const chart = wide;
  return (
    <figure className="timeline-chart">
      <ChartSvg chart={wide} size="wide" incident={incident} />
      <ChartSvg chart={narrow} size="narrow" incident={incident} />
      {chart.spans.length > 0 && (
        <ul className="derived-spans">
          {chart.spans.map((s) => (
            <li key={`${s.from}-${s.to}`}>
              {s.from} → {s.to}: {s.approximate ? 'about ' : ''}
              {formatMinutes(s.minutes)} <span className="badge">derived</span>
            </li>
          ))}
        </ul>
      )}
      <figcaption className="muted">
        Numbers match the list below; hollow marks are approximate times
        {chart.omitted > 0 &&
          `; ${chart.omitted} event${chart.omitted > 1 ? 's' : ''} with only a month or year are listed but not drawn`}
        .
        {chart.spans.length > 0 && (
          <>
            {' '}
            Spans marked <em>derived</em> are read off this timeline (first trigger, detection and mitigation, last
            recovery), not reported by a source: treat them as rough, since sources&rsquo; clocks and event choices
            differ.
          </>
        )}
      </figcaption>
    </figure>
  );
}
