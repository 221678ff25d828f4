import type { Incident } from '../content/load';
import { yearOf } from '../content/dates';
import { parseDurationMinutes } from '../content/duration';
import type { TaxonomyIndex } from './taxonomy-index';
import { derivedSpans } from './timeline-chart';

/** The per-year split's part for an incident whose roots lie in more than one class. */
export const SEVERAL_CLASSES = 'several-classes';
/** The per-year split's part for an incident with no root fault tag. */
export const UNCLASSIFIED = 'unclassified';

/**
 * Incidents per year, each counted exactly once, split by the class of its root fault: an incident
 * whose roots lie in several classes goes to SEVERAL_CLASSES, one with no root tag to UNCLASSIFIED.
 * So each year's parts add up to the number of incidents that started that year.
 */
export function perYearByRootClass(
  incidents: readonly Incident[],
  tax: TaxonomyIndex,
): { years: number[]; classes: string[]; counts: Map<number, Map<string, number>> } {
  const counts = new Map<number, Map<string, number>>();
  const used = new Set<string>();
  for (const inc of incidents) {
    const year = yearOf(inc.started);
    const row = counts.get(year) ?? new Map<string, number>();
    const classes = new Set(
      inc.faults.filter((f) => f.role === 'root').map((f) => tax.classOfType.get(f.type)?.id ?? UNCLASSIFIED),
    );
    classes.delete(UNCLASSIFIED);
    const part = classes.size === 0 ? UNCLASSIFIED : classes.size > 1 ? SEVERAL_CLASSES : [...classes][0]!;
    row.set(part, (row.get(part) ?? 0) + 1);
    used.add(part);
    counts.set(year, row);
  }
  const ys = [...counts.keys()];
  const years = ys.length
    ? Array.from({ length: Math.max(...ys) - Math.min(...ys) + 1 }, (_, i) => Math.min(...ys) + i)
    : [];
  const order = [...tax.classes.map((c) => c.id), SEVERAL_CLASSES, UNCLASSIFIED];
  return { years, classes: order.filter((c) => used.has(c)), counts };
}

/** An incident's duration in minutes: the first parseable reported duration, else started → ended when both are minute-precise. */
export function incidentMinutes(inc: Incident): { minutes: number; basis: string } | null {
  for (const d of inc.durations) {
    const m = parseDurationMinutes(d.value);
    if (m !== null && m > 0) return { minutes: m, basis: d.basis };
  }
  if (inc.ended && inc.started.precision === 'minute' && inc.ended.precision === 'minute') {
    const m = (inc.ended.start - inc.started.start) / 60_000;
    if (m > 0) return { minutes: m, basis: 'started-to-ended' };
  }
  return null;
}

/** Every incident with a known duration, longest first. */
export function durationsLongestFirst(
  incidents: readonly Incident[],
): ({ inc: Incident } & NonNullable<ReturnType<typeof incidentMinutes>>)[] {
  return incidents
    .flatMap((inc) => {
      const d = incidentMinutes(inc);
      return d ? [{ inc, ...d }] : [];
    })
    .sort((x, y) => y.minutes - x.minutes);
}

/** Fault types counted by how often they play `role`, most common first (ties by name order of id). */
export function topFaultTypes(
  incidents: readonly Incident[],
  role: 'trigger' | 'root',
  limit = 8,
): { type: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const inc of incidents)
    for (const t of new Set(inc.faults.filter((f) => f.role === role).map((f) => f.type)))
      counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts]
    .map(([type, count]) => ({ type, count }))
    .sort((a, b) => b.count - a.count || a.type.localeCompare(b.type))
    .slice(0, limit);
}

/** Per incident, the derived time to detect (trigger → detection) and to repair (detection → recovery, via mitigation if any). */
export function detectionAndRepair(
  incidents: readonly Incident[],
): { incident: Incident; detect?: number; repair?: number }[] {
  return incidents.flatMap((incident) => {
    const spans = derivedSpans(incident.timeline);
    const detect = spans.find((s) => s.from === 'trigger' && s.to === 'detection')?.minutes;
    const afterDetection = spans.filter((s) => s.from !== 'trigger');
    const repair =
      afterDetection.length && afterDetection[0]!.from === 'detection'
        ? afterDetection.reduce((n, s) => n + s.minutes, 0)
        : undefined;
    return detect === undefined && repair === undefined
      ? []
      : [{ incident, ...(detect !== undefined && { detect }), ...(repair !== undefined && { repair }) }];
  });
}

/** Position 0…1 of `minutes` on a log axis from `lo` to `hi`. */
export function logPosition(minutes: number, lo: number, hi: number): number {
  const l = Math.log10(lo);
  return (Math.log10(Math.max(minutes, lo)) - l) / (Math.log10(hi) - l);
}
