import fs from 'node:fs';
import { z } from 'zod';

/** Passed and failed test counts of one suite. */
export type Counts = { passed: number; failed: number };

const vitestReport = z.object({
  numPassedTests: z.number(),
  numFailedTests: z.number(),
  numTotalTestSuites: z.number().optional(),
  success: z.boolean().optional(),
});
const playwrightReport = z.object({
  stats: z.object({ expected: z.number(), unexpected: z.number(), flaky: z.number() }),
});

function readJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** Counts from vitest's JSON reporter; null when it wrote none (the run crashed). */
export function countVitest(file: string): Counts | null {
  const r = vitestReport.safeParse(readJson(file));
  if (!r.success) return null;
  // A suite that failed to load reports no failed tests but success=false: count it as a failure.
  const failed = r.data.numFailedTests + (r.data.success === false && r.data.numFailedTests === 0 ? 1 : 0);
  return { passed: r.data.numPassedTests, failed };
}

/** Counts from Playwright's JSON reporter (flaky tests count as failed: retries are off). */
export function countPlaywright(file: string): Counts | null {
  const r = playwrightReport.safeParse(readJson(file));
  if (!r.success) return null;
  return { passed: r.data.stats.expected, failed: r.data.stats.unexpected + r.data.stats.flaky };
}
