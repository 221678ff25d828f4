import { complement, fromLnComplement, fromLog10, fromValue, type Proportion } from './proportion';

/** Series: every component is needed, so A = Π Aᵢ. */
export function series(parts: readonly number[]): number {
  return parts.reduce((acc, a) => acc * a, 1);
}

/** Parallel (redundant): any one suffices, so A = 1 − Π (1 − Aᵢ). */
export function parallel(parts: readonly number[]): number {
  return 1 - parts.reduce((acc, a) => acc * (1 - a), 1);
}

/** n choose k, exact for the small n used here. */
function choose(n: number, k: number): number {
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return r;
}

/** k-of-n quorum of i.i.d. replicas with availability r: Σ_{i=k..n} C(n,i) rⁱ (1−r)ⁿ⁻ⁱ. */
export function kOfN(k: number, n: number, r: number): number {
  let sum = 0;
  for (let i = k; i <= n; i++) sum += choose(n, i) * r ** i * (1 - r) ** (n - i);
  return sum;
}

/** Steady-state availability from mean time to failure and to repair: MTTF / (MTTF + MTTR). */
export function availabilityFromMttf(mttf: number, mttr: number): number {
  return mttf / (mttf + mttr);
}

/** The MTTR needed to reach availability `target` with a given MTTF: MTTF(1 − A)/A. */
export function requiredMttr(mttf: number, target: number): number {
  return (mttf * (1 - target)) / target;
}

/** Series unavailability from the parts' unavailabilities qᵢ: 1 − Π(1 − qᵢ), as a Proportion of the availability. */
export function seriesAvailability(qs: readonly number[]): Proportion {
  return complement(fromLnComplement(qs.reduce((acc, q) => acc + Math.log1p(-q), 0)));
}

/** Parallel availability from the parts' unavailabilities: unavailability Π qᵢ, summed in log space. */
export function parallelAvailability(qs: readonly number[]): Proportion {
  return complement(fromLog10(qs.reduce((acc, q) => acc + Math.log10(q), 0)));
}

/**
 * k-of-n availability of i.i.d. replicas with unavailability q, from the unavailability directly:
 * Σ_{up=0..k−1} C(n, up)(1 − q)^up q^(n−up), each term in log space, so 2-of-3 at q = 10⁻⁹ is right.
 */
export function kOfNAvailability(k: number, n: number, q: number): Proportion {
  const logs: number[] = [];
  for (let up = 0; up < k; up++)
    // up = 0 contributes (1 − q)⁰ = 1 even when q = 1, where 0 × log(0) would be NaN.
    logs.push(
      Math.log10(choose(n, up)) + (up === 0 ? 0 : (up * Math.log1p(-q)) / Math.LN10) + (n - up) * Math.log10(q),
    );
  const top = Math.max(...logs);
  const log10Down = top === -Infinity ? -Infinity : top + Math.log10(logs.reduce((s, l) => s + 10 ** (l - top), 0));
  return complement(fromLog10(log10Down));
}

/** Steady-state availability as a Proportion: unavailability MTTR / (MTTF + MTTR). */
export function mttfAvailability(mttf: number, mttr: number): Proportion {
  return complement(fromValue(mttr / (mttf + mttr)));
}
