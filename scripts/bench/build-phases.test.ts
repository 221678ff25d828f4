import { describe, expect, it } from 'vitest';
import { buildPhases, otherTime } from './build-phases';

describe('buildPhases', () => {
  it('reads each phase next build prints, in ms', () => {
    const output = [
      'Content loaded, validated and rendered in 4210 ms.',
      '✓ Compiled successfully in 8.2s',
      '  Finished TypeScript in 12.1s ...',
      '✓ Finished writing to filesystem cache in 950ms',
      '✓ Generating static pages using 2 workers (3336/3336) in 36.3s',
    ].join('\n');
    expect(buildPhases(output)).toEqual({
      content: 4210,
      compile: 8200,
      typecheck: 12100,
      cache: 950,
      generate: 36300,
    });
  });

  it('reads durations Next prints in minutes (long builds)', () => {
    expect(buildPhases('✓ Generating static pages using 2 workers (14966/14966) in 4.5min')).toEqual({
      generate: 270_000,
    });
  });

  it('leaves out phases the output does not mention', () => {
    expect(buildPhases('✓ Generating static pages using 1 worker (4/4) in 120ms')).toEqual({ generate: 120 });
  });
});

describe('otherTime', () => {
  it('counts only the longer of content and compile, which run side by side', () => {
    expect(otherTime({ content: 5_000, compile: 7_000, generate: 13_000 }, 30_000)).toBe(10_000);
    expect(otherTime({ content: 9_000, compile: 7_000 }, 30_000)).toBe(21_000);
  });

  it('subtracts every phase of a floor build, which has no content step', () => {
    expect(otherTime({ compile: 2_700, generate: 7_600 }, 11_800)).toBe(1_500);
  });
});
