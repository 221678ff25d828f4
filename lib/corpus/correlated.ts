import type { Incident } from '../content';

/** Fault types that by nature hit every replica at once: one bad input, one cut, one dependency. */
const COMMON_CAUSE = [
  'poison-input',
  'link-cut',
  'facility-power-loss',
  'hidden-dependency',
  'config-change',
  'resource-exhaustion',
];

/**
 * Incidents where redundancy did not mask a fault (tagged with the fault-tolerance goal), with the
 * tagger's reason; those whose root or trigger is a classic common cause come first. Uses tags, never ids.
 */
export function correlatedIncidents(incidents: readonly Incident[], limit = 6): { incident: Incident; why: string }[] {
  const rank = (i: Incident) => {
    const idx = i.faults
      .filter((f) => f.role !== 'contributing')
      .map((f) => COMMON_CAUSE.indexOf(f.type))
      .filter((x) => x >= 0);
    return idx.length ? Math.min(...idx) : COMMON_CAUSE.length;
  };
  return incidents
    .flatMap((incident) =>
      incident.goals.filter((g) => g.id === 'fault-tolerance').map((g) => ({ incident, why: g.why })),
    )
    .sort((a, b) => rank(a.incident) - rank(b.incident) || a.incident.title.localeCompare(b.incident.title))
    .slice(0, limit);
}

/** An incident that shows the fault → error → failure chain best: one with a trigger, a root and the most timeline events. */
export function chainExample(incidents: readonly Incident[]): Incident | undefined {
  const candidates = incidents.filter(
    (i) => i.faults.some((f) => f.role === 'trigger') && i.faults.some((f) => f.role === 'root'),
  );
  return (
    [...candidates].sort((a, b) => b.timeline.length - a.timeline.length || a.id.localeCompare(b.id))[0] ?? incidents[0]
  );
}
