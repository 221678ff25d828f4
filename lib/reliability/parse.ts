/**
 * Reading numbers typed into the calculators. Every refusal is a message that says what was read
 * and what is allowed, so a learner never gets a silent guess (100.5 machines, "99,9" read as two).
 */

/** A number read from a text box, or a message saying why it was refused. */
export type Parsed<T = number> = { ok: true; value: T } | { ok: false; message: string };

/** An exact decimal: value = digits × 10^−scale, with digits a non-negative integer. */
export interface ExactDecimal {
  negative: boolean;
  digits: bigint;
  scale: number;
}

/** What a text box accepts: its name in messages, its limits and whether it takes whole numbers only. */
export interface NumberSpec {
  name: string;
  min: number;
  max: number;
  /** Whether min itself is refused (a probability of exactly 0, say). */
  minExclusive?: boolean;
  maxExclusive?: boolean;
  integer?: boolean;
  /** The unit shown after the limits in messages, e.g. "%". */
  unit?: string;
}

const SUPERSCRIPT: Record<string, string> = {
  '⁰': '0',
  '¹': '1',
  '²': '2',
  '³': '3',
  '⁴': '4',
  '⁵': '5',
  '⁶': '6',
  '⁷': '7',
  '⁸': '8',
  '⁹': '9',
  '⁻': '-',
  '⁺': '+',
};

/** Superscript exponents as caret notation: "10⁻¹⁰" → "10^-10" (calculators and quiz answers share it). */
export function superscriptsToCaret(text: string): string {
  return text.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺]+/g, (run) => `^${[...run].map((c) => SUPERSCRIPT[c]).join('')}`);
}

/** Formats a limit for a message: 1000000 → "1,000,000", 1e-12 stays "1e-12". */
function formatLimit(x: number): string {
  if (x !== 0 && Math.abs(x) < 1e-3) return x.toExponential().replace('e', ' × 10^');
  return x.toLocaleString('en-GB', { maximumFractionDigits: 12 });
}

/** The range a spec allows, in words: "from 1 to 1,000,000 (a whole number)". */
export function describeLimits(spec: NumberSpec): string {
  const lo = `${spec.minExclusive ? 'more than' : 'from'} ${formatLimit(spec.min)}`;
  const hi = `${spec.maxExclusive ? 'less than' : 'up to'} ${formatLimit(spec.max)}`;
  const unit = spec.unit ? ` ${spec.unit}` : '';
  return `${lo} ${hi}${unit}${spec.integer ? ', a whole number' : ''}`;
}

/**
 * Reads a decimal exactly (as digits and a power of ten), accepting "1,000" and "1,000,000" as
 * thousands separators, "1 000", scientific "1e-15", "10^-15", "10⁻¹⁵", "1.5 × 10^-3" and a
 * trailing "%". A comma that is not a thousands separator ("99,9") is refused as ambiguous.
 */
export function parseExact(input: string): Parsed<ExactDecimal> {
  const raw = input.trim();
  if (raw === '') return { ok: false, message: 'Enter a number.' };
  let s = raw.replace(/%$/, '').trim().replace(/−/g, '-');
  s = superscriptsToCaret(s);
  const power = /^(?:(.+?)\s*[×x*·]\s*)?10\s*\^\s*([-+]?\d+)$/.exec(s);
  let exponent = 0;
  if (power) {
    exponent = Number(power[2]);
    s = power[1] ?? '1';
  } else {
    const e = /^(.+?)[eE]([-+]?\d+)$/.exec(s);
    if (e) {
      exponent = Number(e[2]);
      s = e[1]!;
    }
  }
  s = s.replace(/(\d)[ \u00a0\u2009\u202f](?=\d{3}(\D|$))/g, '$1');
  if (s.includes(',')) {
    if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, '');
    else
      return {
        ok: false,
        message: `“${raw}” is ambiguous: a comma here is read only as a thousands separator (1,000). For a decimal, use a point (for example 99.9).`,
      };
  }
  const m = /^(-?)(\d*)(?:\.(\d*))?$/.exec(s);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return { ok: false, message: `“${raw}” is not a number.` };
  const frac = m[3] ?? '';
  let digits = BigInt(`${m[2] || '0'}${frac}`);
  let scale = frac.length - exponent;
  if (scale < 0) {
    digits *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { ok: true, value: { negative: m[1] === '-' && digits !== 0n, digits, scale } };
}

/** The nearest double to an exact decimal. */
function toNumber(d: ExactDecimal): number {
  // Number("123e-5") rounds correctly once, where 123 / 10 ** 5 would round twice.
  return Number(`${d.negative ? '-' : ''}${d.digits.toString()}e-${d.scale}`);
}

/** Reads a number and checks it against the spec's limits and integrality, with a message that states them. */
export function parseNumber(input: string, spec: NumberSpec): Parsed {
  const exact = parseExact(input);
  if (!exact.ok) return { ok: false, message: `${exact.message} ${spec.name}: ${describeLimits(spec)}.` };
  const value = toNumber(exact.value);
  const limits = `${spec.name} must be ${describeLimits(spec)}.`;
  if (spec.integer && exact.value.digits % 10n ** BigInt(exact.value.scale) !== 0n)
    return { ok: false, message: `${spec.name} must be a whole number; “${input.trim()}” is not. ${limits}` };
  const low = spec.minExclusive ? value <= spec.min : value < spec.min;
  const high = spec.maxExclusive ? value >= spec.max : value > spec.max;
  if (!Number.isFinite(value) || low || high)
    return { ok: false, message: `“${input.trim()}” is out of range. ${limits}` };
  return { ok: true, value };
}

/**
 * Reads a percentage and returns its complement as a fraction, exactly: "99.9999999999" →
 * 1e-12. Subtracting in decimal keeps twelve nines right, where 1 − 0.999999999999 in floating
 * point keeps only four significant digits. (BigInt does this in a few lines; a decimal library
 * would add kilobytes to every calculator page for one subtraction.)
 */
export function parsePercentComplement(input: string, name = 'Availability'): Parsed {
  const spec: NumberSpec = { name, min: 0, max: 100, unit: '%' };
  const exact = parseExact(input);
  if (!exact.ok) return { ok: false, message: `${exact.message} ${name} must be ${describeLimits(spec)}.` };
  const { negative, digits, scale } = exact.value;
  const hundred = 100n * 10n ** BigInt(scale);
  if (negative || digits > hundred)
    return { ok: false, message: `“${input.trim()}” is out of range. ${name} must be ${describeLimits(spec)}.` };
  const rest = hundred - digits; // (100 − x) × 10^scale, exact
  return { ok: true, value: Number(`${rest.toString()}e-${scale + 2}`) };
}
