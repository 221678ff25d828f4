/**
 * What one facet group of the search page lists: its values in order, and, for a long group,
 * only the top ones until the reader asks for all. Pure, so the page stays a thin renderer.
 */

/** How many values a folded facet group lists (chosen values come in addition). */
export const FACET_TOP = 8;

/**
 * Values most matches first, ties by label (one shared collator: building a comparison per pair,
 * as localeCompare does, is most of the cost of sorting a hundred labels on every answer).
 * Returns a new array; values absent from `counts` count 0.
 */
export function byCountThenLabel(
  values: Iterable<string>,
  counts: ReadonlyMap<string, number>,
  labelOf: (value: string) => string,
  collator: Intl.Collator,
): string[] {
  const rows = [...new Set(values)].map((v) => ({ v, n: counts.get(v) ?? 0, label: labelOf(v) }));
  rows.sort((a, b) => b.n - a.n || collator.compare(a.label, b.label));
  return rows.map((r) => r.v);
}

/** The values a facet group lists, and whether it lists all of those with matches. */
export interface VisibleValues {
  /** In `order`'s order; chosen values missing from `order` at the end. */
  values: string[];
  /** How many values have at least one match (what "all N" counts). */
  withMatches: number;
  /** True when values with matches are left out (the group is folded and longer than the limit). */
  folded: boolean;
}

/**
 * The values a facet group shows: those with matches, only the first `limit` of them in `order`
 * unless `expanded`, plus every chosen value wherever it ranks (a chosen value is never hidden,
 * so it can always be unchosen where it was chosen). `limit` is a count of values, ≥ 0.
 */
export function visibleValues(
  order: readonly string[],
  counts: ReadonlyMap<string, number>,
  chosen: readonly string[],
  expanded: boolean,
  limit: number = FACET_TOP,
): VisibleValues {
  const pick = new Set(chosen);
  const matched = order.filter((v) => (counts.get(v) ?? 0) > 0);
  const folded = !expanded && matched.length > limit;
  for (const v of folded ? matched.slice(0, limit) : matched) pick.add(v);
  const inOrder = new Set(order);
  const values = order.filter((v) => pick.has(v));
  for (const v of new Set(chosen)) if (!inOrder.has(v)) values.push(v);
  return { values, withMatches: matched.length, folded };
}
