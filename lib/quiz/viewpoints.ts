import { BOUNDARIES, PERSISTENCE } from '../content/facets';
import type { FaultTag } from '../content/incident-schema';
import type { FaultClass } from '../content/taxonomy-schema';

/** The Avizienis viewpoints template 4 asks about, with the values a learner chooses from. */
const VIEWPOINTS = {
  phase: { label: 'phase of creation', values: ['development', 'operational'] },
  boundary: { label: 'system boundary', values: BOUNDARIES },
  dimension: { label: 'dimension', values: ['hardware', 'software'] },
  persistence: { label: 'persistence', values: PERSISTENCE },
} as const;
type Viewpoint = keyof typeof VIEWPOINTS;
const ORDER = Object.keys(VIEWPOINTS) as Viewpoint[];

/** "Internal (system boundary)": a value named with its viewpoint, so options read unambiguously. */
export const viewpointOption = (viewpoint: Viewpoint, value: string) =>
  `${value[0]!.toUpperCase()}${value.slice(1)} (${VIEWPOINTS[viewpoint].label})`;

/** The parts of a template-4 question (taxonomy.md §8): Avizienis values of an incident's root fault. */
export interface ViewpointParts {
  options: string[];
  answers: number[];
  explanation: string;
}

/**
 * The viewpoints a class profile pins to one real value ("varies", "unknown" or two values pin
 * nothing), with that value: the only answers a card may give, because they hold for every fault
 * of the class and so agree with the profile shown on the fault's page.
 */
export function pinnedViewpoints(cls: FaultClass | undefined): [Viewpoint, string][] {
  if (!cls) return [];
  return ORDER.flatMap((v): [Viewpoint, string][] => {
    const values = cls.profile[v] as readonly string[];
    const only = values.length === 1 ? values[0]! : undefined;
    return only && (VIEWPOINTS[v].values as readonly string[]).includes(only) ? [[v, only]] : [];
  });
}

/** Where a tag's own boundary or persistence contradicts its class profile ("persistence: transient, profile permanent"). */
export function profileConflicts(tag: FaultTag, cls: FaultClass | undefined): string[] {
  if (!cls) return [];
  const out: string[] = [];
  for (const v of ['boundary', 'persistence'] as const) {
    const allowed = cls.profile[v] as readonly string[];
    const value = tag[v];
    if (value && !allowed.includes('varies') && !allowed.includes('unknown') && !allowed.includes(value))
      out.push(`${v}: ${value}, class profile ${allowed.join(' or ')}`);
  }
  return out;
}

/**
 * Template 4 for one fault tag. The rule: ask only the viewpoints the class profile pins to one
 * value, with the profile's value as the answer, so two incidents with one fault type never get
 * different answers (a fire is sometimes in one's own building, sometimes in a colocation site:
 * physical faults pin no boundary, so none is asked). Undefined when fewer than two viewpoints are
 * pinned, or when the tag contradicts its profile (that is a data error a test reports).
 */
export function viewpointParts(tag: FaultTag, cls: FaultClass | undefined): ViewpointParts | undefined {
  const known = pinnedViewpoints(cls);
  if (known.length < 2 || profileConflicts(tag, cls).length > 0) return undefined;
  const asked = new Set(known.map(([v]) => v));
  const options = ORDER.filter((v) => asked.has(v)).flatMap((v) =>
    VIEWPOINTS[v].values.map((value) => viewpointOption(v, value)),
  );
  const answers = known.map(([v, value]) => options.indexOf(viewpointOption(v, value))).sort((a, b) => a - b);
  const name = cls!.name.toLowerCase();
  const why: Record<Viewpoint, (value: string) => string> = {
    phase: (x) => `${x} (every ${name} is introduced during ${x === 'development' ? 'development' : 'use'})`,
    boundary: (x) =>
      `${x} (every ${name} ${x === 'internal' ? 'arises inside the system' : 'reaches the system from outside, as another system’s failure'})`,
    dimension: (x) => `${x} (every ${name} lies in the ${x})`,
    persistence: (x) =>
      `${x} (a ${name} ${x === 'permanent' ? 'stays until it is removed or rolled back' : x === 'transient' ? 'is present for a bounded time' : 'comes and goes'})`,
  };
  return {
    options,
    answers,
    explanation: `By the ${name} class profile: ${known.map(([v, value]) => why[v](value)).join('; ')}. Viewpoints the profile leaves open are not asked.`,
  };
}
