/**
 * Amdahl's law: the speed-up on `cores` cores of a program whose fraction `parallel` (0–1) can run
 * in parallel: 1 / ((1 − parallel) + parallel / cores). It is why 256 cores rarely give 256×.
 */
export function amdahlSpeedup(parallel: number, cores: number): number {
  return 1 / (1 - parallel + parallel / cores);
}

/** Requests per second that `servers` identical servers finish together when the work splits evenly. */
export function concurrentThroughput(perServer: number, servers: number): number {
  return perServer * servers;
}
