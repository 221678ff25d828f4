import type { FacetValues, SearchTerm } from './schema';

/** The facets, in the order the page shows them; also their URL parameter names. */
export const FACET_KEYS = [
  'fault',
  'role',
  'tech',
  'goal',
  'challenge',
  'org',
  'year',
  'scope',
  'propagation',
] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

/** Selected values per facet. Values within a facet are alternatives (OR); facets combine with AND. */
export type Filters = Record<FacetKey, string[]>;

/** Filters with nothing selected. */
export function noFilters(): Filters {
  return { fault: [], role: [], tech: [], goal: [], challenge: [], org: [], year: [], scope: [], propagation: [] };
}

/** The facets other than fault and role: each value is one of the record's own values. */
const SIMPLE = ['tech', 'goal', 'challenge', 'org', 'year', 'scope', 'propagation'] as const;

/** Incident counts per value of every facet. */
export type FacetCounts = Record<FacetKey, Map<string, number>>;

/**
 * Fault and role are read together: with both chosen, an incident matches when one of the chosen
 * faults played one of the chosen roles in it ("resource exhaustion as root"), not each separately.
 * A fault value may be a class id (any of its types) or a type id.
 */
function matchesFaults(
  rec: FacetValues,
  faults: readonly string[],
  roles: readonly string[],
  classOf: ReadonlyMap<string, SearchTerm>,
): boolean {
  if (faults.length === 0 && roles.length === 0) return true;
  return rec.faults.some(
    (t) =>
      (roles.length === 0 || roles.includes(t.role)) &&
      (faults.length === 0 || faults.includes(t.type) || faults.includes(classOf.get(t.type)?.parent ?? '')),
  );
}

/** The values a record has for a simple facet (everything but fault and role). */
function valuesOf(rec: FacetValues, key: Exclude<FacetKey, 'fault' | 'role'>): readonly string[] {
  switch (key) {
    case 'tech':
      return rec.technologies;
    case 'goal':
      return rec.goals;
    case 'challenge':
      return rec.challenges;
    case 'org':
      return rec.orgs;
    case 'propagation':
      return rec.propagation;
    case 'year':
      return [String(rec.year)];
    case 'scope':
      return [rec.scope];
  }
}

/** True when the record passes every facet's filter except `skip` (used to count that facet). */
export function passes(
  rec: FacetValues,
  filters: Filters,
  classOf: ReadonlyMap<string, SearchTerm>,
  skip?: FacetKey,
): boolean {
  const faults = skip === 'fault' ? [] : filters.fault;
  const roles = skip === 'role' ? [] : filters.role;
  if (!matchesFaults(rec, faults, roles, classOf)) return false;
  for (const key of SIMPLE) {
    if (key === skip || filters[key].length === 0) continue;
    if (!valuesOf(rec, key).some((v) => filters[key].includes(v))) return false;
  }
  return true;
}

/** The fault ids (types and their classes) of the tags a record has in the given roles (all roles when none). */
function faultIds(
  rec: FacetValues,
  roles: readonly string[],
  classOf: ReadonlyMap<string, SearchTerm>,
): Iterable<string> {
  if (roles.length === 0) return allFaultIds(rec, classOf);
  const ids = new Set<string>();
  for (const t of rec.faults) {
    if (!roles.includes(t.role)) continue;
    ids.add(t.type);
    const cls = classOf.get(t.type)?.parent;
    if (cls) ids.add(cls);
  }
  return ids;
}

// Counting runs on every keystroke over every match; a record's unfiltered values are worked out once.
const memo = new WeakMap<
  FacetValues,
  { faults: string[]; roles: string[]; simple: Record<Exclude<FacetKey, 'fault' | 'role'>, readonly string[]> }
>();
function cached(rec: FacetValues, classOf: ReadonlyMap<string, SearchTerm>) {
  let c = memo.get(rec);
  if (!c) {
    const faults = new Set<string>();
    for (const t of rec.faults) {
      faults.add(t.type);
      const cls = classOf.get(t.type)?.parent;
      if (cls) faults.add(cls);
    }
    const uniq = (xs: readonly string[]) => [...new Set(xs)];
    c = {
      faults: [...faults],
      roles: uniq(rec.faults.map((t) => t.role)),
      simple: {
        tech: uniq(rec.technologies),
        goal: uniq(rec.goals),
        challenge: uniq(rec.challenges),
        org: uniq(rec.orgs),
        propagation: uniq(rec.propagation),
        year: [String(rec.year)],
        scope: [rec.scope],
      },
    };
    memo.set(rec, c);
  }
  return c;
}
const allFaultIds = (rec: FacetValues, classOf: ReadonlyMap<string, SearchTerm>) => cached(rec, classOf).faults;

/**
 * Counts per facet value over the records that match the query. Each facet is counted with the
 * other facets' filters applied but not its own, so choosing a value never hides its siblings.
 * One pass: a record that fails two facets counts nowhere; one that fails one counts only there.
 */
export function countFacets(
  matched: readonly FacetValues[],
  filters: Filters,
  classOf: ReadonlyMap<string, SearchTerm>,
): FacetCounts {
  const counts: FacetCounts = {
    fault: new Map(),
    role: new Map(),
    tech: new Map(),
    goal: new Map(),
    challenge: new Map(),
    org: new Map(),
    year: new Map(),
    scope: new Map(),
    propagation: new Map(),
  };
  const bump = (key: FacetKey, value: string) => counts[key].set(value, (counts[key].get(value) ?? 0) + 1);
  const active = SIMPLE.filter((k) => filters[k].length > 0);
  for (const rec of matched) {
    let failed: FacetKey | undefined;
    let fails = 0;
    for (const key of active) {
      if (!valuesOf(rec, key).some((v) => filters[key].includes(v))) {
        failed = key;
        if (++fails > 1) break;
      }
    }
    if (fails > 1) continue;
    const bothOk = matchesFaults(rec, filters.fault, filters.role, classOf);
    if (fails === 0 && matchesFaults(rec, [], filters.role, classOf))
      for (const id of faultIds(rec, filters.role, classOf)) bump('fault', id);
    if (fails === 0 && matchesFaults(rec, filters.fault, [], classOf)) {
      const roles =
        filters.fault.length === 0
          ? cached(rec, classOf).roles
          : new Set(
              rec.faults
                .filter(
                  (t) => filters.fault.includes(t.type) || filters.fault.includes(classOf.get(t.type)?.parent ?? ''),
                )
                .map((t) => t.role),
            );
      for (const role of roles) bump('role', role);
    }
    if (!bothOk) continue;
    const simple = cached(rec, classOf).simple;
    for (const key of SIMPLE) {
      if (fails === 1 && key !== failed) continue;
      for (const v of simple[key]) bump(key, v);
    }
  }
  return counts;
}
