import { describeLimits, type NumberSpec } from './parse';

/** The limits of every calculator input, in one place: the pages state them and the parsers enforce them. */
export const INPUTS = {
  availabilityPercent: { name: 'Availability', min: 0, max: 100, unit: '%' },
  duration: { name: 'A duration', min: 0, max: 1e12 },
  downtime: { name: 'Downtime', min: 0, max: 1e12 },
  uptime: { name: 'Uptime', min: 0, max: 1e12 },
  nines: { name: 'The number of nines', min: 0, max: 30 },
  probabilityPercent: { name: 'The probability', min: 0, max: 100, minExclusive: true, maxExclusive: true, unit: '%' },
  parts: { name: 'The number of parts n', min: 1, max: 1e12, integer: true },
  meshNodes: { name: 'The number of nodes n', min: 1, max: 1e6, integer: true },
  quorumN: { name: 'n', min: 1, max: 50, integer: true },
  quorumK: { name: 'k', min: 1, max: 50, integer: true },
  componentCount: { name: 'The number of components', min: 1, max: 50, integer: true },
  mttfHours: { name: 'MTTF', min: 0, max: 1e9, minExclusive: true, unit: 'hours' },
  mttrHours: { name: 'MTTR', min: 0, max: 1e9, unit: 'hours' },
  distanceKm: { name: 'The distance', min: 0, max: 40_075, unit: 'km' },
} as const satisfies Record<string, NumberSpec>;

/** The limits of an input in words, for the hint beside it: "from 1 up to 1,000,000, a whole number". */
export function limitsOf(key: keyof typeof INPUTS): string {
  return describeLimits(INPUTS[key]);
}
