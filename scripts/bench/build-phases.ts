/**
 * Where a build's time went, read from what `npm run build` and `next build` print: content
 * loading (scripts/build.ts), compiling, the type check, writing Turbopack's cache and generating
 * the static pages. Each value is in ms; a phase the output does not mention is left out.
 */
export type BuildPhases = Partial<Record<'content' | 'compile' | 'typecheck' | 'cache' | 'generate', number>>;

const PATTERNS: [keyof BuildPhases, RegExp][] = [
  ['content', /Content loaded, validated and rendered in ([\d.]+) (ms)/],
  ['compile', /Compiled successfully in ([\d.]+)(m?s)/],
  ['typecheck', /Finished TypeScript in ([\d.]+)(m?s)/],
  ['cache', /Finished writing to filesystem cache in ([\d.]+)(m?s)/],
  ['generate', /Generating static pages using \d+ workers? \(\d+\/\d+\) in ([\d.]+)(m?s)/],
];

/** The phases found in a build's combined output. */
export function buildPhases(output: string): BuildPhases {
  const phases: BuildPhases = {};
  for (const [phase, re] of PATTERNS) {
    const m = re.exec(output);
    if (m) phases[phase] = Math.round(Number(m[1]) * (m[2] === 's' ? 1000 : 1));
  }
  return phases;
}
