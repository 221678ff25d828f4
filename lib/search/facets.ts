import type { SearchRecord, SearchTerm } from './schema';

/** The facets, in the order the page shows them; also their URL parameter names. */
export const FACET_KEYS = ['fault', 'role', 'goal', 'challenge', 'org', 'year', 'scope', 'propagation'] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

/** Selected values per facet. Values within a facet are alternatives (OR); facets combine with AND. */
export type Filters = Record<FacetKey, string[]>;

/** Filters with nothing selected. */
export function noFilters(): Filters {
  return { fault: [], role: [], goal: [], challenge: [], org: [], year: [], scope: [], propagation: [] };
}

/** Incident counts per value of every facet. */
export type FacetCounts = Record<FacetKey, Map<string, number>>;

/**
 * Fault and role are read together: with both chosen, an incident matches when one of the chosen
 * faults played one of the chosen roles in it ("resource exhaustion as root"), not each separately.
 * A fault value may be a class id (any of its types) or a type id.
 */
function matchesFaults(rec: SearchRecord, faults: readonly string[], roles: readonly string[], classOf: ReadonlyMap<string, SearchTerm>): boolean {
  if (faults.length === 0 && roles.length === 0) return true;
  return rec.faults.some(
    (t) => (roles.length === 0 || roles.includes(t.role)) && (faults.length === 0 || faults.includes(t.type) || faults.includes(classOf.get(t.type)?.parent ?? '')),
  );
}

/** The values a record has for a simple facet (everything but fault and role). */
function valuesOf(rec: SearchRecord, key: Exclude<FacetKey, 'fault' | 'role'>): readonly string[] {
  switch (key) {
    case 'goal': return rec.goals;
    case 'challenge': return rec.challenges;
    case 'org': return rec.orgs;
    case 'propagation': return rec.propagation;
    case 'year': return [String(rec.year)];
    case 'scope': return [rec.scope];
  }
}

/** True when the record passes every facet's filter except `skip` (used to count that facet). */
export function passes(rec: SearchRecord, filters: Filters, classOf: ReadonlyMap<string, SearchTerm>, skip?: FacetKey): boolean {
  const faults = skip === 'fault' ? [] : filters.fault;
  const roles = skip === 'role' ? [] : filters.role;
  if (!matchesFaults(rec, faults, roles, classOf)) return false;
  for (const key of ['goal', 'challenge', 'org', 'year', 'scope', 'propagation'] as const) {
    if (key === skip || filters[key].length === 0) continue;
    if (!valuesOf(rec, key).some((v) => filters[key].includes(v))) return false;
  }
  return true;
}

/**
 * Counts per facet value over the records that match the query. Each facet is counted with the
 * other facets' filters applied but not its own, so choosing a value never hides its siblings.
 */
export function countFacets(matched: readonly SearchRecord[], filters: Filters, classOf: ReadonlyMap<string, SearchTerm>): FacetCounts {
  const counts: FacetCounts = { fault: new Map(), role: new Map(), goal: new Map(), challenge: new Map(), org: new Map(), year: new Map(), scope: new Map(), propagation: new Map() };
  const bump = (key: FacetKey, value: string) => counts[key].set(value, (counts[key].get(value) ?? 0) + 1);
  for (const key of FACET_KEYS) {
    for (const rec of matched) {
      if (!passes(rec, filters, classOf, key)) continue;
      if (key === 'fault') {
        const tags = rec.faults.filter((t) => filters.role.length === 0 || filters.role.includes(t.role));
        const ids = new Set(tags.flatMap((t) => [t.type, classOf.get(t.type)?.parent ?? t.type]));
        for (const id of ids) bump(key, id);
      } else if (key === 'role') {
        const tags = rec.faults.filter((t) => filters.fault.length === 0 || filters.fault.includes(t.type) || filters.fault.includes(classOf.get(t.type)?.parent ?? ''));
        for (const role of new Set(tags.map((t) => t.role))) bump(key, role);
      } else {
        for (const v of new Set(valuesOf(rec, key))) bump(key, v);
      }
    }
  }
  return counts;
}
