/** Series: every component is needed, so A = Π Aᵢ. */
export function series(parts: readonly number[]): number {
  return parts.reduce((acc, a) => acc * a, 1);
}

/** Parallel (redundant): any one suffices, so A = 1 − Π (1 − Aᵢ). */
export function parallel(parts: readonly number[]): number {
  return 1 - parts.reduce((acc, a) => acc * (1 - a), 1);
}

/** n choose k, exact for the small n used here. */
export function choose(n: number, k: number): number {
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
