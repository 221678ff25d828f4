import { TIME_UNITS, type TimeUnit } from '../reliability/periods';
import { superscriptsToCaret } from '../reliability/parse';

const TIME_ALIASES: Record<string, TimeUnit> = {
  s: 's',
  sec: 's',
  secs: 's',
  second: 's',
  seconds: 's',
  m: 'min',
  min: 'min',
  mins: 'min',
  minute: 'min',
  minutes: 'min',
  h: 'h',
  hr: 'h',
  hrs: 'h',
  hour: 'h',
  hours: 'h',
  d: 'd',
  day: 'd',
  days: 'd',
};

/** "10⁻¹⁰" → "10^-10", "−6" → "-6": superscript exponents and the minus sign as plain ASCII. */
function asciiExponents(text: string): string {
  return superscriptsToCaret(text)
    .replace(/\^\^/g, '^')
    .replace(/[\u2212\u2013]/g, '-');
}

const NUMBER = String.raw`([-+]?(?:\d+(?:[.,]\d*)?|[.,]\d+))`;
const EXP = String.raw`([-+]?\d+)`;
/** mantissa [e exp] [× 10^exp] | 10^exp, then an optional unit. */
const NUMERIC = new RegExp(
  String.raw`^\s*(?:${NUMBER}(?:e${EXP})?(?:\s*[×x*·]\s*10\s*\^\s*${EXP})?|10\s*\^\s*${EXP})\s*([a-z%]*)\s*$`,
  'i',
);

/**
 * Reads a typed number, optionally with a unit, in the unit the question asks for.
 * "0.72 h" asked in min → 43.2; "1e-6", "1 × 10^-6", "10^-6" and "10⁻⁶" → 0.000001; "9,56 %" → 9.56.
 * Asked as a probability, a bare number is a fraction and "0.1%" is 0.001. Null when unreadable
 * or when the unit cannot be converted (a time given for a percentage).
 */
export function parseNumeric(text: string, asked: string): number | null {
  const m = NUMERIC.exec(asciiExponents(text));
  if (!m) return null;
  const [, mantissa, eExp, tenExp, powerOnly, rawUnit] = m;
  let value = mantissa === undefined ? 10 ** Number(powerOnly) : Number(mantissa.replace(',', '.'));
  if (eExp) value *= 10 ** Number(eExp);
  if (tenExp) value *= 10 ** Number(tenExp);
  const unit = rawUnit!.toLowerCase();
  if (!Number.isFinite(value)) return null;
  if (asked === 'probability') return unit === '%' ? value / 100 : unit === '' ? value : null;
  if (!unit || unit === asked.toLowerCase()) return value;
  if (asked in TIME_UNITS && unit in TIME_ALIASES)
    return (value * TIME_UNITS[TIME_ALIASES[unit]!]) / TIME_UNITS[asked as TimeUnit];
  if (asked === 'nines' && unit === 'nine') return value;
  return null;
}
