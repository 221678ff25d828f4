import { formatMinutes } from '@/lib/content/duration';
import type { Incident } from '@/lib/content';
import { facetLabel } from '@/lib/content/facets';
import { timelineChart, type TimelineChart as Chart } from '@/lib/corpus/timeline-chart';

const LANE = 26;
const PAD = 14;

/**
 * One drawing at every width: 340 units wide, so on a phone (about 340 CSS px of room) 11-unit text
 * stays at 11 CSS px or more, and CSS caps its width on wide screens so the text never grows large.
 * The spans are labelled in the list under the chart, not in it. (Two drawings, one per width,
 * doubled the chart's weight on every page: the React payload repeats each.)
 */
const SIZE = { W: 340, GUTTER: 78, ticks: 4 } as const;

function ChartSvg({ chart, incident }: { chart: Chart; incident: Incident }) {
  const { W, GUTTER } = SIZE;
  const plotW = W - GUTTER - PAD * 2;
  const px = (x: number) => Math.round((GUTTER + PAD + x * plotW) * 10) / 10;
  const axisY = chart.lanes.length * LANE + 8;
  const spanY = axisY + 30;
  const spanStep = 10;
  const H = spanY + (chart.spans.length ? chart.spans.length * spanStep + 8 : 0);
  const titleId = `tl-title-${incident.id}`;
  return (
    <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={titleId} width="100%">
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
        return (
          <g key={`${s.from}-${s.to}`} className="tl-span">
            <line x1={px(s.x1)} x2={Math.max(px(s.x2), px(s.x1) + 2)} y1={y} y2={y} />
          </g>
        );
      })}
    </svg>
  );
}

/** The timeline drawn at build time as SVG: events in phase lanes on a UTC time axis, derived spans beneath. */
export function TimelineChart({ incident }: { incident: Incident }) {
  const chart = timelineChart(incident.timeline, SIZE.ticks);
  if (!chart) return <p className="muted">The timeline&rsquo;s dates are too coarse to draw on a time axis.</p>;
  return (
    <figure className="timeline-chart">
      <ChartSvg chart={chart} incident={incident} />
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
            The lines under the axis are the spans listed above, in the same order. Spans marked <em>derived</em> are
            read off this timeline (first trigger, detection and mitigation, last recovery), not reported by a source:
            treat them as rough, since sources&rsquo; clocks and event choices differ.
          </>
        )}
      </figcaption>
    </figure>
  );
}
