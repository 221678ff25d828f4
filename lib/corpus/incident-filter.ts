import type { IncidentListEntry } from './incident-summaries';

/** Orders the incident list can be shown in. */
export type Sort = 'newest' | 'oldest' | 'title';

/** The incident list's filters: '' means any value. */
export interface ListFilter {
  cls: string;
  goal: string;
  technology: string;
  sort: Sort;
}

const ORDER: Record<Sort, (a: IncidentListEntry, b: IncidentListEntry) => number> = {
  newest: (a, b) => b.sortKey - a.sortKey || a.title.localeCompare(b.title),
  oldest: (a, b) => a.sortKey - b.sortKey || a.title.localeCompare(b.title),
  title: (a, b) => a.title.localeCompare(b.title),
};

/** The incidents matching every chosen filter, in the chosen order (a new array). */
export function filterAndSort(items: readonly IncidentListEntry[], f: ListFilter): IncidentListEntry[] {
  return items
    .filter(
      (i) =>
        (!f.cls || i.classes.includes(f.cls)) &&
        (!f.goal || i.goals.includes(f.goal)) &&
        (!f.technology || i.technologies.includes(f.technology)),
    )
    .sort(ORDER[f.sort]);
}

const isStringArray = (x: unknown): x is string[] => Array.isArray(x) && x.every((v) => typeof v === 'string');

/**
 * A shape check of /data/incident-list.json in the browser, which fetches our own build output and
 * ships no schema library; the file is checked against the real corpus in the unit tests.
 */
export function isIncidentListFile(x: unknown): x is { count: number; incidents: IncidentListEntry[] } {
  if (typeof x !== 'object' || x === null) return false;
  const { count, incidents } = x as { count?: unknown; incidents?: unknown };
  return (
    typeof count === 'number' &&
    Array.isArray(incidents) &&
    incidents.length === count &&
    incidents.every((i: Record<string, unknown>) => {
      return (
        typeof i.id === 'string' &&
        typeof i.title === 'string' &&
        typeof i.sortKey === 'number' &&
        isStringArray(i.classes) &&
        isStringArray(i.goals) &&
        isStringArray(i.technologies) &&
        isStringArray(i.orgs) &&
        Array.isArray(i.keyFaults)
      );
    })
  );
}
