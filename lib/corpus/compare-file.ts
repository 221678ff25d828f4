import { z } from 'zod/mini';

// Loaded in the browser by the compare page: zod/mini keeps the validation code small.

/** The compact file the compare page fetches: field labels once, then each incident's values per field. */
export const compareFileSchema = z.strictObject({
  fields: z.array(z.string()),
  incidents: z.array(z.strictObject({ id: z.string(), title: z.string(), values: z.array(z.array(z.string())) })),
});
/** The content of /data/compare.json. */
export type CompareFile = z.infer<typeof compareFileSchema>;

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
