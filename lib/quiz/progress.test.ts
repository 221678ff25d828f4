import { describe, expect, it } from 'vitest';
import { emptyProgress, loadProgress, parseImport, serialiseProgress } from './progress';
import { dueCards, nextDue, ratingFor, review } from './schedule';

const now = new Date('2025-03-01T10:00:00Z');

describe('stored progress', () => {
  it('starts empty with no notice when nothing is stored', () =>
    expect(loadProgress(null)).toEqual({ progress: emptyProgress() }));
  it('round-trips through export and load', () => {
    const p = review(emptyProgress(), 'bank:five-goals', 1, now);
    expect(loadProgress(serialiseProgress(p))).toEqual({ progress: p });
  });
  it('resets data that is not JSON, with a notice', () => {
    const r = loadProgress('{not json');
    expect(r.progress).toEqual(emptyProgress());
    expect(r.notice).toMatch(/not valid JSON/);
  });
  it('resets another app’s data, with a notice', () =>
    expect(loadProgress('{"theme":"dark"}').notice).toMatch(/not Faultline quiz progress/));
  it('keeps the good cards and drops damaged ones', () => {
    const good = review(emptyProgress(), 'bank:a', 1, now);
    const raw = JSON.stringify({ ...good, cards: { ...good.cards, 'bank:b': { due: 'yesterday' } } });
    const r = loadProgress(raw);
    expect(Object.keys(r.progress.cards)).toEqual(['bank:a']);
    expect(r.notice).toMatch(/1 damaged entry was dropped/);
  });
  it('refuses a malformed import with a message', () => {
    expect(parseImport('[1,2]')).toMatchObject({
      error: expect.stringMatching(/not a Faultline quiz progress export/),
    });
    expect(parseImport('nope')).toMatchObject({ error: expect.stringMatching(/not valid JSON/) });
  });
});

describe('scheduling with FSRS', () => {
  it('rates full marks Good, half Hard, less Again', () => expect([1, 0.5, 0.2].map(ratingFor)).toEqual([3, 2, 1]));
  it('schedules a right answer later than a wrong one', () => {
    const right = review(emptyProgress(), 'c', 1, now).cards.c!;
    const wrong = review(emptyProgress(), 'c', 0, now).cards.c!;
    expect(Date.parse(right.due)).toBeGreaterThan(Date.parse(wrong.due));
  });
  it('lists a card as due once its time has come, and only cards that still exist', () => {
    const p = review(review(emptyProgress(), 'a', 1, now), 'gone', 1, now);
    expect(dueCards(p, now)).toEqual([]);
    const later = new Date(now.getTime() + 30 * 86_400_000);
    expect(dueCards(p, later, new Set(['a']))).toEqual(['a']);
    expect(nextDue(p, now)?.toISOString()).toBe(p.cards.a!.due);
  });
});
