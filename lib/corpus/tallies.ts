import type { Incident } from '../content/load';
import { FAULT_ROLES } from '../content/facets';
import type { TaxonomyIndex } from './taxonomy-index';

/** A fault role: trigger, root or contributing. */
export type FaultRole = (typeof FAULT_ROLES)[number];

/** Incidents grouped by the role a fault type plays in them. */
export type ByRole = Record<FaultRole, Incident[]>;

const emptyByRole = (): ByRole => ({ trigger: [], root: [], contributing: [] });

/** For every fault type and class: the incidents tagged with it, grouped by role (an incident once per role). */
export function incidentsByFault(incidents: readonly Incident[], tax: TaxonomyIndex): Map<string, ByRole> {
  const out = new Map<string, ByRole>();
  const add = (key: string, role: FaultRole, inc: Incident) => {
    const entry = out.get(key) ?? emptyByRole();
    if (!entry[role].includes(inc)) entry[role].push(inc);
    out.set(key, entry);
  };
  for (const inc of incidents) {
    for (const tag of inc.faults) {
      add(tag.type, tag.role, inc);
      const cls = tax.classOfType.get(tag.type);
      if (cls) add(cls.id, tag.role, inc);
    }
  }
  return out;
}

/** Distinct incidents in a by-role group. */
export function distinctIncidents(group: ByRole | undefined): Incident[] {
  if (!group) return [];
  return [...new Set([...group.root, ...group.trigger, ...group.contributing])];
}

/** Incidents per key (goal, challenge, org …) chosen by `keysOf`, each incident once per key. */
export function groupIncidents(
  incidents: readonly Incident[],
  keysOf: (inc: Incident) => readonly string[],
): Map<string, Incident[]> {
  const out = new Map<string, Incident[]>();
  for (const inc of incidents) {
    for (const key of new Set(keysOf(inc))) out.set(key, [...(out.get(key) ?? []), inc]);
  }
  return out;
}
