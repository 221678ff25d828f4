import type { TimelineEvent } from '../content/incident-schema';
import { PHASES } from '../content/facets';
import { MONTH_NAMES } from '../content/dates';

/** A phase of the incident's life. */
type Phase = (typeof PHASES)[number];

/** Milestones a derived span runs between, in the order an incident lives them. */
const MILESTONES = ['trigger', 'detection', 'mitigation', 'recovery'] as const;

/** A duration read off the timeline (not reported by any source). */
export interface DerivedSpan {
  from: (typeof MILESTONES)[number];
  to: (typeof MILESTONES)[number];
  start: number;
  end: number;
  minutes: number;
  /** Either end was marked approximate. */
  approximate: boolean;
}

const MINUTE = 60_000;

/**
 * Spans between consecutive milestones the timeline has: first trigger, first detection, first
 * mitigation, last recovery. Only minute-precision times count, so a day-level date never poses
 * as a duration; a span that would run backwards is dropped.
 */
export function derivedSpans(timeline: readonly TimelineEvent[]): DerivedSpan[] {
  const timed = timeline.filter((e) => e.at.precision === 'minute');
  const pick = (phase: string, last = false) => {
    const ofPhase = timed.filter((e) => e.phase === phase).sort((a, b) => a.at.start - b.at.start);
    return last ? ofPhase.at(-1) : ofPhase[0];
  };
  const points = MILESTONES.flatMap((m) => {
    const e = pick(m, m === 'recovery');
    return e ? [{ m, t: e.at.start, approximate: e.at.approximate }] : [];
  });
  const spans: DerivedSpan[] = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    if (b.t < a.t) continue;
    spans.push({
      from: a.m,
      to: b.m,
      start: a.t,
      end: b.t,
      minutes: (b.t - a.t) / MINUTE,
      approximate: a.approximate || b.approximate,
    });
  }
  return spans;
}

/** One event placed on the chart. */
interface ChartEvent {
  /** 1-based, matching the numbered timeline list. */
  n: number;
  x: number;
  lane: number;
  phase: Phase;
  text: string;
  at: string;
  approximate: boolean;
}

/** A timeline laid out on a linear time axis: x in 0…1, lanes by phase. */
export interface TimelineChart {
  start: number;
  end: number;
  events: ChartEvent[];
  lanes: Phase[];
  ticks: { x: number; t: number; label: string }[];
  spans: (DerivedSpan & { x1: number; x2: number })[];
  /** Events left off because their date is coarser than a day. */
  omitted: number;
}

const STEPS = [15, 30, 60, 120, 180, 360, 720, 1440, 2880, 10080, 43200, 129600, 525600].map((m) => m * MINUTE);
const MONTHS = MONTH_NAMES.map((m) => m.slice(0, 3));
const pad = (n: number) => String(n).padStart(2, '0');

/** Ticks at a round step giving at most `maxTicks` marks; labels in UTC. */
export function timeTicks(start: number, end: number, maxTicks = 7): { t: number; label: string }[] {
  const range = Math.max(end - start, MINUTE);
  const step = STEPS.find((s) => range / s <= maxTicks) ?? STEPS.at(-1)!;
  const first = Math.ceil(start / step) * step;
  const ticks: { t: number; label: string }[] = [];
  for (let t = first; t <= end; t += step) {
    const d = new Date(t);
    const day = `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
    const label =
      step >= 1440 * MINUTE
        ? step >= 43200 * MINUTE
          ? `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`
          : day
        : `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}${d.getUTCHours() === 0 && d.getUTCMinutes() === 0 ? ` ${day}` : ''}`;
    ticks.push({ t, label });
  }
  return ticks;
}

/**
 * Lays out a timeline for a chart, or null when fewer than two distinct times are precise enough to
 * plot; `maxTicks` bounds the axis labels (fewer for a phone-width drawing).
 */
export function timelineChart(timeline: readonly TimelineEvent[], maxTicks = 7): TimelineChart | null {
  const plotted = timeline
    .map((e, i) => ({ e, n: i + 1, t: e.at.start, p: e.at.precision }))
    .filter((x) => x.p === 'minute' || x.p === 'day');
  const times = [...new Set(plotted.map((x) => x.t))];
  if (times.length < 2) return null;
  const start = Math.min(...times);
  const end = Math.max(...times);
  const x = (t: number) => (t - start) / (end - start);
  const lanes = PHASES.filter((ph) => plotted.some((p) => p.e.phase === ph));
  return {
    start,
    end,
    lanes,
    events: plotted.map(({ e, n, t, p }) => ({
      n,
      x: x(t),
      lane: lanes.indexOf(e.phase),
      phase: e.phase,
      text: e.text,
      at: e.at.at,
      approximate: e.at.approximate || p === 'day',
    })),
    ticks: timeTicks(start, end, maxTicks).map((tk) => ({ ...tk, x: x(tk.t) })),
    spans: derivedSpans(timeline).map((s) => ({ ...s, x1: x(s.start), x2: x(s.end) })),
    omitted: timeline.length - plotted.length,
  };
}
