import { fromLnComplement, fromLog10, type Proportion } from './proportion';

/**
 * P(at least one of n independent parts fails), each with probability p: 1 − (1 − p)ⁿ, computed
 * as −expm1(n·log1p(−p)) so that p = 10⁻¹⁵ does not vanish against 1.
 */
export function atLeastOneFails(p: number, n: number): number {
  return -Math.expm1(n * Math.log1p(-p));
}

/** P(all n independent parts fail), each with probability p: pⁿ (underflows to 0 below 10⁻³⁰⁸; see allFailProportion). */
export function allFail(p: number, n: number): number {
  return p ** n;
}

/** 1 − (1 − p)ⁿ as a Proportion, exact near 0 and near 1. */
export function atLeastOneFailsProportion(p: number, n: number): Proportion {
  return fromLnComplement(n * Math.log1p(-p));
}

/** pⁿ as a Proportion, from n·log₁₀ p, so 10⁻¹⁵ to the millionth power is 10⁻¹⁵⁰⁰⁰⁰⁰⁰ rather than 0. */
export function allFailProportion(p: number, n: number): Proportion {
  return fromLog10(n * Math.log10(p));
}

/** The smallest n for which P(at least one fails) exceeds `threshold` (0.5 by default): ⌈ln(1−t) / ln(1−p)⌉. */
export function smallestNExceeding(p: number, threshold = 0.5): number {
  let n = Math.max(1, Math.ceil(Math.log1p(-threshold) / Math.log1p(-p)));
  // Guard against float edges at small n: the answer must exceed the threshold and n − 1 must not.
  // Bounded, because for huge n (p = 10⁻¹⁵) neighbouring n differ by less than a double can show.
  for (let i = 0; i < 3 && atLeastOneFails(p, n) <= threshold; i++) n++;
  for (let i = 0; i < 3 && n > 1 && atLeastOneFails(p, n - 1) > threshold; i++) n--;
  return n;
}
