import { atLeastOneFailsProportion } from './probability';
import type { Proportion } from './proportion';

/** Links in a full mesh of n nodes, every pair connected once: n(n − 1)/2 (exact for n ≤ 10⁶). */
export function meshLinks(n: number): number {
  return (n * (n - 1)) / 2;
}

/** P(at least one of a full mesh's links fails) when each fails independently with probability p. */
export function someLinkFails(n: number, p: number): Proportion {
  return atLeastOneFailsProportion(p, meshLinks(n));
}

/** The speed of light in vacuum, km/s (exact by the definition of the metre). */
const LIGHT_KM_PER_S = 299_792.458;
/** Light in optical fibre travels at about two thirds of c (refractive index ≈ 1.5). */
const FIBRE_FRACTION = 2 / 3;
/** Feet per kilometre (1 ft = 0.3048 m exactly). */
const FEET_PER_KM = 1000 / 0.3048;

/** The minimum round-trip time over `km` of fibre, in milliseconds: 2d / (⅔c). Real routes are longer. */
export function fibreRoundTripMs(km: number): number {
  return ((2 * km) / (LIGHT_KM_PER_S * FIBRE_FRACTION)) * 1000;
}

/** The lecture's rule of thumb, light covers one foot per nanosecond: one-way time over `km`, in ms. */
export function footPerNanosecondMs(km: number): number {
  return (km * FEET_PER_KM) / 1e6;
}

/** How far light really goes in a nanosecond, in feet: in vacuum (≈ 0.98) and in fibre (≈ 0.66). */
export const FEET_PER_NS = {
  vacuum: (LIGHT_KM_PER_S * FEET_PER_KM) / 1e9,
  fibre: (LIGHT_KM_PER_S * FIBRE_FRACTION * FEET_PER_KM) / 1e9,
};

/** Seconds to move `bytes` at `bytesPerSecond`, ignoring latency and protocol overhead. */
export function transferSeconds(bytes: number, bytesPerSecond: number): number {
  return bytes / bytesPerSecond;
}

/** The lecture's figures: links between machines struggle to reach 100 MB/s; inside one machine, GB/s. */
export const BANDWIDTH = { betweenMachines: 100e6, insideMachine: 10e9 } as const;
