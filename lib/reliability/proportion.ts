/**
 * A proportion (a probability or an availability) kept as the base-10 logarithms of itself and of
 * its complement. Both are computed directly, so neither an availability of 1 − 10⁻¹² nor a
 * probability of 10⁻¹⁵⁰⁰⁰⁰⁰⁰ collapses to 1 or 0 in floating point.
 */
export interface Proportion {
  /** log₁₀ of the proportion; −Infinity when it is exactly 0. */
  log10: number;
  /** log₁₀ of one minus the proportion; −Infinity when the proportion is exactly 1. */
  log10Complement: number;
}

/** A proportion from its complement q (0–1), e.g. an availability from its unavailability. */
export function fromComplement(q: number): Proportion {
  return { log10: Math.log1p(-q) / Math.LN10, log10Complement: Math.log10(q) };
}

/** A proportion from its value x (0–1), when x is small enough to hold its digits. */
export function fromValue(x: number): Proportion {
  return { log10: Math.log10(x), log10Complement: Math.log1p(-x) / Math.LN10 };
}

/** A proportion whose complement is e^lnQ, e.g. (1 − p)ⁿ = e^(n·ln(1 − p)): the value is −expm1(lnQ). */
export function fromLnComplement(lnQ: number): Proportion {
  return { log10: Math.log10(-Math.expm1(lnQ)), log10Complement: lnQ / Math.LN10 };
}

/** A proportion whose value is 10^log10 (possibly far below the smallest double). */
export function fromLog10(log10: number): Proportion {
  const x = 10 ** log10; // underflows to 0 only when the complement is 1 to double precision anyway
  return { log10, log10Complement: Math.log1p(-x) / Math.LN10 };
}

/** The complement of a proportion: unavailability from availability, "none fails" from "some fails". */
export function complement(p: Proportion): Proportion {
  return { log10: p.log10Complement, log10Complement: p.log10 };
}

/** The value as a double (0–1); loses digits near 1, so use it only for plotting and comparisons. */
export function valueOf(p: Proportion): number {
  return 10 ** p.log10;
}
