/** P(at least one of n independent parts fails), each with probability p: 1 − (1 − p)ⁿ. */
export function atLeastOneFails(p: number, n: number): number {
  return 1 - (1 - p) ** n;
}

/** P(all n independent parts fail), each with probability p: pⁿ. */
export function allFail(p: number, n: number): number {
  return p ** n;
}

/** The smallest n for which P(at least one fails) exceeds `threshold` (0.5 by default): ⌈ln(1−t) / ln(1−p)⌉. */
export function smallestNExceeding(p: number, threshold = 0.5): number {
  let n = Math.ceil(Math.log(1 - threshold) / Math.log(1 - p));
  // Guard against float edges: the answer must really exceed the threshold, and n − 1 must not.
  while (atLeastOneFails(p, n) <= threshold) n++;
  while (n > 1 && atLeastOneFails(p, n - 1) > threshold) n--;
  return n;
}
