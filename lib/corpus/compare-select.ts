import type { CompareFile } from './compare-file';

// Browser-side helpers of the compare page. Only a type comes from compare-file.ts, so no zod
// reaches the client bundle.

const isStrings = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');
const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * A small structural check of /data/compare.json (our own build output, same origin): enough to
 * fail cleanly on a stale or truncated file, not a full validation (compare.test.ts runs the schema).
 */
export function isCompareFile(x: unknown): x is CompareFile {
  if (!isRecord(x) || !isStrings(x.fields) || !Array.isArray(x.incidents)) return false;
  return x.incidents.every(
    (inc) =>
      isRecord(inc) &&
      typeof inc.id === 'string' &&
      typeof inc.title === 'string' &&
      Array.isArray(inc.values) &&
      inc.values.every(isStrings) &&
      isStrings(inc.related),
  );
}

/** Values of a field present in every selected incident (the ones to highlight); empty for fewer than two. */
export function sharedValues(valuesPerIncident: readonly (readonly string[])[]): Set<string> {
  if (valuesPerIncident.length < 2) return new Set();
  const [first, ...rest] = valuesPerIncident;
  return new Set((first ?? []).filter((v) => rest.every((vs) => vs.includes(v))));
}

/** The ids a compare URL asks for (a, b, c), known ones only, without repeats. */
export function selectedIds(search: string, known: ReadonlySet<string>): string[] {
  const q = new URLSearchParams(search);
  return [...new Set(['a', 'b', 'c'].map((k) => q.get(k) ?? '').filter((id) => known.has(id)))];
}
