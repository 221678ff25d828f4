import { parseExact } from './parse';
import type { Proportion } from './proportion';

const SUP: Record<string, string> = {
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
  '-': '⁻',
};

/** An integer in superscript digits: −20 → "⁻²⁰". */
function superscript(n: number): string {
  return [...String(n)].map((c) => SUP[c] ?? c).join('');
}

/**
 * 10^log10 in scientific notation with 3 significant digits: −19.99 → "1.02 × 10⁻²⁰". Works from
 * the logarithm, so values far below the smallest double (10⁻¹⁵⁰⁰⁰⁰⁰⁰) print correctly.
 */
export function formatPowerOfTen(log10: number, digits = 3): string {
  let exp = Math.floor(log10);
  let mantissa = (10 ** (log10 - exp)).toFixed(digits - 1);
  if (Number(mantissa) >= 10) {
    exp += 1;
    mantissa = (1).toFixed(digits - 1);
  }
  return `${mantissa} × 10${superscript(exp)}`;
}

/** 100 minus a small percentage, in exact decimal: "0.000000501" → "99.999999499". */
function hundredMinus(percent: string): string {
  const d = parseExact(percent);
  if (!d.ok) throw new Error(`not a decimal: ${percent}`);
  const { digits, scale } = d.value;
  const rest = (100n * 10n ** BigInt(scale) - digits).toString().padStart(scale + 1, '0');
  const whole = rest.slice(0, rest.length - scale);
  const frac = rest.slice(rest.length - scale).replace(/0+$/, '');
  return frac ? `${whole}.${frac}` : whole;
}

/** A plain decimal with `sig` significant digits and no exponent: 3.66e-7 → "0.000000366". */
function plain(x: number, sig: number): string {
  const s = Number(x.toPrecision(sig));
  const decimals = Math.max(0, sig - 1 - Math.floor(Math.log10(Math.abs(s))));
  return s
    .toFixed(Math.min(decimals, 100))
    .replace(/(\.\d*?)0+$/, '$1')
    .replace(/\.$/, '');
}

/**
 * A proportion as a percentage that is never rounded to 100% or to 0% unless it is exactly that:
 * 4 significant digits of the proportion, or of its complement when it is close to 1
 * (1 − 5.01 × 10⁻⁹ → "99.999999499%"). Below 10⁻⁶ it switches to scientific notation, still in
 * percent; within 10⁻¹³ of 100% it says by how much it falls short.
 */
export function formatPercentOf(p: Proportion): string {
  if (p.log10Complement === -Infinity) return '100%';
  if (p.log10 === -Infinity) return '0%';
  if (p.log10 < -6) return `${formatPowerOfTen(p.log10 + 2)} %`;
  if (p.log10Complement > Math.log10(0.5)) return `${plain(10 ** p.log10 * 100, 4)}%`;
  const shortBy = p.log10Complement + 2; // log₁₀ of the gap to 100, in percentage points
  if (shortBy < -13) return `100% − ${formatPowerOfTen(shortBy)} %`;
  return `${hundredMinus(plain(10 ** shortBy, 4))}%`;
}

/** The number of nines, −log₁₀(1 − A), to 2 decimals; undefined when A is exactly 100% (no downtime). */
export function formatNines(availability: Proportion): string | undefined {
  if (availability.log10Complement === -Infinity) return undefined;
  const n = -availability.log10Complement;
  return `${(n === 0 ? 0 : n).toFixed(2)} nines`;
}

/** A probability with its unit: "9.562%", or "1.00 × 10⁻¹⁸ % (1 in 1.00 × 10²⁰)" when it is tiny. */
export function formatProbability(p: Proportion): string {
  const pct = formatPercentOf(p);
  if (p.log10 >= -6 || p.log10 === -Infinity) return pct;
  return `${pct} (1 in ${formatPowerOfTen(-p.log10)})`;
}

/** A count with thousands separators: 499500 → "499,500". */
export function formatCount(n: number): string {
  return n.toLocaleString('en-GB', { maximumFractionDigits: 0 });
}
