import { TIME_UNITS, type TimeUnit } from '../reliability/periods';

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

/**
 * Reads a typed number, optionally with a unit, in the unit the question asks for.
 * "0.72 h" asked in min → 43.2; "1e-6" → 0.000001; "9,56 %" → 9.56. Null when unreadable
 * or when the unit cannot be converted (a time given for a percentage).
 */
export function parseNumeric(text: string, asked: string): number | null {
  const m =
    /^\s*([-+]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:e[-+]?\d+)?)\s*(?:[×x*]\s*10\^?([-+−]?\d+))?\s*([a-z%]*)\s*$/i.exec(
      text.replace(/\u2212/g, '-'),
    );
  if (!m) return null;
  let value = Number(m[1]!.replace(',', '.'));
  if (m[2]) value *= 10 ** Number(m[2].replace('−', '-'));
  const unit = m[3]!.toLowerCase();
  if (!Number.isFinite(value)) return null;
  if (!unit || unit === asked.toLowerCase()) return value;
  if (asked in TIME_UNITS && unit in TIME_ALIASES)
    return (value * TIME_UNITS[TIME_ALIASES[unit]!]) / TIME_UNITS[asked as TimeUnit];
  if (asked === 'nines' && unit === 'nine') return value;
  return null;
}
