/**
 * Where a build's time went, read from what `npm run build` and `next build` print: content
 * loading (scripts/build.ts), compiling, the type check, writing Turbopack's cache and generating
 * the static pages. Each value is in ms; a phase the output does not mention is left out.
 */
export type BuildPhases = Partial<Record<'content' | 'compile' | 'typecheck' | 'cache' | 'generate', number>>;

const PATTERNS: [keyof BuildPhases, RegExp][] = [
  ['content', /Content loaded, validated and rendered in ([\d.]+) (ms)/],
  ['compile', /Compiled successfully in ([\d.]+)(min|m?s)/],
  ['typecheck', /Finished TypeScript in ([\d.]+)(min|m?s)/],
  ['cache', /Finished writing to filesystem cache in ([\d.]+)(min|m?s)/],
  ['generate', /Generating static pages using \d+ workers? \(\d+\/\d+\) in ([\d.]+)(min|m?s)/],
];

// Next prints a duration in ms, s, or (from two minutes) min with one decimal.
const UNIT_MS = { ms: 1, s: 1000, min: 60_000 } as const;

/** The phases found in a build's combined output. */
export function buildPhases(output: string): BuildPhases {
  const phases: BuildPhases = {};
  for (const [phase, re] of PATTERNS) {
    const m = re.exec(output);
    if (m) phases[phase] = Math.round(Number(m[1]) * UNIT_MS[m[2] as keyof typeof UNIT_MS]);
  }
  return phases;
}

/**
 * The build's time outside its printed phases (start-up, collecting page data, finishing), in ms.
 * `npm run build` checks the content while Next compiles, so of those two only the longer counts.
 */
export function otherTime(phases: BuildPhases, total: number): number {
  const { content = 0, compile = 0, ...rest } = phases;
  return total - Math.max(content, compile) - Object.values(rest).reduce((a, b) => a + b, 0);
}
