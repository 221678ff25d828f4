import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  emptyProgress,
  loadProgress,
  MAX_PROGRESS_CHARS,
  parseImport,
  progressSchema,
  serialiseProgress,
  type Progress,
} from './progress';
import { review } from './schedule';

/** Progress with a few reviewed cards and a round, as a learner would have it. */
function realistic(): Progress {
  const now = new Date('2025-03-01T10:00:00Z');
  let p = emptyProgress();
  for (const id of ['bank:five-goals', 'incident:aws-s3-2017:root-fault', 'maths:nines']) p = review(p, id, 1, now);
  return { ...p, rounds: [{ at: now.toISOString(), topic: 'all', score: 3, total: 4 }] };
}

/** Loaded progress must always be valid progress, whatever was stored. */
const isValid = (p: Progress) => progressSchema.safeParse(p).success;

describe('saved quiz progress that is hostile or broken', () => {
  it('recovers from progress truncated at any point, with a notice, never throwing', () => {
    const raw = serialiseProgress(realistic());
    const outcomes = new Set<string>();
    for (let cut = 1; cut < raw.length - 1; cut += 1) {
      const r = loadProgress(raw.slice(0, cut));
      expect(isValid(r.progress)).toBe(true);
      expect(r.notice).toBeTruthy();
      outcomes.add(r.notice!.split(' ').slice(0, 4).join(' '));
    }
    expect([...outcomes]).toEqual(['Your saved quiz progress']);
  });

  it('resets foreign data (another app, a future version, a bare value) with a notice', () => {
    const foreign = [
      '{"theme":"dark"}',
      '{"app":"faultline-quiz","version":99,"cards":{},"rounds":[]}',
      'null',
      '[]',
      '"progress"',
      '42',
      'true',
    ];
    for (const raw of foreign) {
      const r = loadProgress(raw);
      expect(r.progress).toEqual(emptyProgress());
      expect(r.notice).toBe(
        'The saved quiz data in this browser was not Faultline quiz progress of a version this page knows, so it was reset.',
      );
    }
  });

  it('resets oversized stored progress with a notice and refuses an oversized import', () => {
    const p = realistic();
    const card = p.cards['bank:five-goals']!;
    const cards = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`bank:${'x'.repeat(150)}-${i}`, card]));
    const huge = serialiseProgress({ ...p, cards });
    expect(huge.length).toBeGreaterThan(MAX_PROGRESS_CHARS);
    expect(loadProgress(huge)).toEqual({
      progress: emptyProgress(),
      notice: 'Your saved quiz progress was far larger than any real progress, so it was reset.',
    });
    expect(parseImport(huge)).toEqual({
      error:
        'That file is far larger than any quiz progress export, so it was not imported. Your progress is unchanged.',
    });
  });

  it('cannot pollute Object.prototype through a __proto__ or constructor key', () => {
    const card = realistic().cards['bank:five-goals'];
    const raw = `{"app":"faultline-quiz","version":1,"cards":{"__proto__":${JSON.stringify(card)},"constructor":{"prototype":{"polluted":true}}},"rounds":[{"__proto__":{"polluted":true}}]}`;
    const loaded = loadProgress(raw);
    const imported = parseImport(raw);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).due).toBeUndefined();
    expect(Object.getPrototypeOf(loaded.progress.cards)).toBe(Object.prototype);
    expect(Object.keys(loaded.progress.cards)).toEqual([]);
    expect(loaded.notice).toMatch(/damaged/);
    expect('error' in imported).toBe(true);
  });

  it('refuses a malicious import file (markup, wrong shapes, huge numbers) and keeps progress unchanged', () => {
    const good = realistic();
    const attacks = [
      { ...good, rounds: [{ at: 'now', topic: '<script>alert(1)</script>', score: 1, total: 1 }] },
      { ...good, cards: { 'bank:x': { ...good.cards['bank:five-goals'], stability: -1 } } },
      { ...good, cards: { 'bank:x': { ...good.cards['bank:five-goals'], reps: 1e308 * 10 } } },
      { ...good, cards: { ['x'.repeat(201)]: good.cards['bank:five-goals'] } },
      { ...good, extra: 'field' },
      { ...good, rounds: Array.from({ length: 51 }, () => good.rounds[0]) },
    ];
    for (const attack of attacks) {
      const r = parseImport(JSON.stringify(attack));
      expect(r).toEqual({
        error: expect.stringMatching(
          /^That file is not a Faultline quiz progress export \(problem.*\), so it was not imported\. Your progress is unchanged\.$/,
        ),
      });
    }
  });

  it('never throws on 10,000 generated stored values and imports, and always yields valid progress or a refusal', () => {
    const raw = serialiseProgress(realistic());
    const stored = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 400 }),
      fc.json({ maxDepth: 4 }),
      fc
        .jsonValue({ maxDepth: 3 })
        .map((v) => JSON.stringify({ app: 'faultline-quiz', version: 1, cards: { a: v }, rounds: [v] })),
      fc
        .tuple(fc.nat(raw.length), fc.nat(20), fc.string({ maxLength: 10 }))
        .map(([at, cut, insert]) => raw.slice(0, at) + insert + raw.slice(at + cut)),
    );
    fc.assert(
      fc.property(stored, (text) => {
        const loaded = loadProgress(text);
        if (!isValid(loaded.progress)) return false;
        const imported = parseImport(text);
        return 'progress' in imported
          ? isValid(imported.progress)
          : typeof imported.error === 'string' && imported.error.length > 0;
      }),
      { numRuns: 10_000, seed: 20240604 },
    );
  }, 300_000);
});
