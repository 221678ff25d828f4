/**
 * Ranking metrics over graded judgments (grade 2 = what the query is about, 1 = relevant).
 * Standard definitions; the one convention of ours is for a query with nothing relevant (see
 * `emptyScore`).
 */

/** Grades of the relevant incidents of one query, by id; an absent id is not relevant. */
export type Grades = Readonly<Record<string, number>>;

/**
 * A query whose honest answer is "nothing": every metric is 1 when the engine returns nothing
 * and 0 when it returns anything, so matching noise costs as much as missing the answer.
 */
function emptyScore(ranked: readonly string[]): number {
  return ranked.length === 0 ? 1 : 0;
}

const relevantCount = (grades: Grades) => Object.values(grades).filter((g) => g > 0).length;

/** Share of the first k results that are relevant, out of min(k, number relevant) places. */
export function precisionAt(ranked: readonly string[], grades: Grades, k: number): number {
  const n = relevantCount(grades);
  if (n === 0) return emptyScore(ranked);
  const hits = ranked.slice(0, k).filter((id) => (grades[id] ?? 0) > 0).length;
  return hits / Math.min(k, n);
}

/** Share of the relevant incidents found in the first k results. */
export function recallAt(ranked: readonly string[], grades: Grades, k: number): number {
  const n = relevantCount(grades);
  if (n === 0) return emptyScore(ranked);
  return ranked.slice(0, k).filter((id) => (grades[id] ?? 0) > 0).length / n;
}

/** Discounted cumulative gain of a list of grades: gain 2^g − 1, discount log2(rank + 1). */
export function dcg(grades: readonly number[]): number {
  return grades.reduce((sum, g, i) => sum + (2 ** g - 1) / Math.log2(i + 2), 0);
}

/** nDCG@k: the ranking's DCG over the best possible ordering's. */
export function ndcgAt(ranked: readonly string[], grades: Grades, k: number): number {
  if (relevantCount(grades) === 0) return emptyScore(ranked);
  const got = dcg(ranked.slice(0, k).map((id) => grades[id] ?? 0));
  const ideal = dcg(
    Object.values(grades)
      .sort((a, b) => b - a)
      .slice(0, k),
  );
  return got / ideal;
}

/** Arithmetic mean (0 for no values). */
export function mean(xs: readonly number[]): number {
  return xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length;
}
