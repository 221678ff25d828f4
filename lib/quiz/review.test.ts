import { Rating } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { emptyProgress, loadProgress, migrate, parseImport, PROGRESS_VERSION, renameCards } from './progress';
import { resumable } from './resume';
import { incidentOfCard, pickRound, reviewRound } from './round';
import { dueCards, dueForecast, nextDue, rate, review, suspend } from './schedule';
import { groupOf, cardFileName, cardFiles, poolIndex } from './pool-files';
import type { Pool } from './pool';

const now = new Date(2025, 2, 1, 10, 0, 0);
const day = 86_400_000;

describe('recall ratings (ts-fsrs Again, Hard, Good, Easy)', () => {
  it('schedules Easy later than Good, Good later than Hard, Hard later than Again', () => {
    const due = ([Rating.Again, Rating.Hard, Rating.Good, Rating.Easy] as const).map((r) =>
      Date.parse(rate(emptyProgress(), 'c', r, now).cards.c!.due),
    );
    expect([...due].sort((a, b) => a - b)).toEqual(due);
    expect(new Set(due).size).toBe(4);
  });
});

describe('suspended cards', () => {
  it('are never due, never the next due, and come back when unsuspended', () => {
    const p = review(emptyProgress(), 'bank:a', 0, now);
    const later = new Date(now.getTime() + 30 * day);
    expect(dueCards(p, later)).toEqual(['bank:a']);
    const s = suspend(p, 'bank:a');
    expect(s.suspended).toEqual(['bank:a']);
    expect(dueCards(s, later)).toEqual([]);
    expect(nextDue(s, now)).toBeUndefined();
    expect(dueForecast(s, now).every((d) => d.count === 0)).toBe(true);
    expect(dueCards(suspend(s, 'bank:a', false), later)).toEqual(['bank:a']);
  });
});

describe('the 7-day forecast', () => {
  it('counts overdue cards today and each card on its local day, ignoring cards due later', () => {
    let p = emptyProgress();
    const at = (id: string, due: Date) => {
      p = review(p, id, 1, now);
      p = { ...p, cards: { ...p.cards, [id]: { ...p.cards[id]!, due: due.toISOString() } } };
    };
    at('overdue', new Date(now.getTime() - 3 * day));
    at('today', new Date(now.getTime() + 3_600_000));
    at('in2', new Date(now.getTime() + 2 * day));
    at('in2b', new Date(now.getTime() + 2 * day + 60_000));
    at('in6', new Date(now.getTime() + 6 * day));
    at('in9', new Date(now.getTime() + 9 * day));
    const f = dueForecast(p, now);
    expect(f).toHaveLength(7);
    expect(f.map((d) => d.count)).toEqual([2, 0, 2, 0, 0, 0, 1]);
    expect(f[0]!.day.getHours()).toBe(0);
  });
});

describe('one card per incident', () => {
  const ids = [
    ...Array.from({ length: 6 }, (_, i) => `incident:a:t${i}`),
    ...Array.from({ length: 6 }, (_, i) => `incident:b:t${i}`),
    ...Array.from({ length: 8 }, (_, i) => `bank:q${i}`),
    'maths:all-fail',
  ];
  it('draws at most one card of an incident into a round', () => {
    for (const seed of ['a', 'b', 'c', 'd']) {
      const round = pickRound(ids, seed);
      const incidents = round.map(incidentOfCard).filter(Boolean);
      expect(new Set(incidents).size, seed).toBe(incidents.length);
    }
  });
  it('still fills a round on a single incident', () => {
    expect(pickRound(ids.slice(0, 6), 'x')).toHaveLength(6);
  });
  it('keeps one card per incident in a review, most overdue first', () => {
    expect(reviewRound(['incident:a:t1', 'bank:q1', 'incident:a:t2', 'incident:b:t1'])).toEqual([
      'incident:a:t1',
      'bank:q1',
      'incident:b:t1',
    ]);
  });
});

describe('resuming a round after a reload', () => {
  const state = { round: '?topic=goal:availability&seed=abc', ids: ['bank:a', 'bank:b'], scores: [1] };
  it('resumes the same round where it stopped', () =>
    expect(resumable(JSON.stringify(state), state.round)).toEqual(state));
  it('starts afresh for another round, a finished one, or damaged data', () => {
    expect(resumable(JSON.stringify(state), '?mode=quick&seed=zzz')).toBeUndefined();
    expect(resumable(JSON.stringify({ ...state, scores: [1, 0] }), state.round)).toBeUndefined();
    expect(resumable('{oops', state.round)).toBeUndefined();
    expect(resumable(JSON.stringify({ ...state, scores: [7] }), state.round)).toBeUndefined();
  });
});

describe('progress versions', () => {
  const v1 = { app: 'faultline-quiz', version: 1, cards: {}, rounds: [] };
  it('upgrades version 1 (no suspended cards) to the current version on load and import', () => {
    expect(PROGRESS_VERSION).toBe(2);
    expect(migrate(v1)).toEqual({ ...v1, version: 2, suspended: [] });
    expect(loadProgress(JSON.stringify(v1))).toEqual({ progress: emptyProgress() });
    expect(parseImport(JSON.stringify(v1))).toEqual({ progress: emptyProgress() });
  });
  it('moves a renamed incident’s cards and suspensions to its new id on load (PagerDuty 2015 → 2014)', () => {
    const old = 'incident:pagerduty-zookeeper-poison-packet-2015:root-fault';
    const p = suspend(review(emptyProgress(), old, 1, now), old);
    const loaded = loadProgress(JSON.stringify(p)).progress;
    const now2014 = 'incident:pagerduty-zookeeper-poison-packet-2014:root-fault';
    expect(Object.keys(loaded.cards)).toEqual([now2014]);
    expect(loaded.suspended).toEqual([now2014]);
  });
  it('renames card ids through a rename map, keeping their schedules', () => {
    const p = suspend(review(emptyProgress(), 'incident:old:goal', 1, now), 'incident:old:goal');
    const r = renameCards(p, { 'incident:old:goal': 'incident:new:goal' });
    expect(Object.keys(r.cards)).toEqual(['incident:new:goal']);
    expect(r.cards['incident:new:goal']).toEqual(p.cards['incident:old:goal']);
    expect(r.suspended).toEqual(['incident:new:goal']);
  });
});

describe('the split pool files', () => {
  const q = (id: string, topics: string[]) => ({
    id,
    kind: 'single' as const,
    prompt: 'p',
    explanation: 'e',
    topics,
    learningGoals: [],
    links: [],
    options: ['a', 'b'],
    answer: 0,
  });
  const pool: Pool = {
    questions: [q('bank:a', ['goal:latency']), q('incident:x:goal', ['incident:x', 'goal:latency'])],
    topics: [
      { id: 'goal:latency', label: 'Latency', group: 'Goals', count: 2 },
      { id: 'incident:x', label: 'X', group: 'Incidents', count: 1 },
    ],
  };
  it('puts every card in its topic files and in its group file, and lists every id in the index', () => {
    const files = cardFiles(pool);
    expect([...files.keys()].sort()).toEqual(['bank.json', 'goal--latency.json', 'incident--x.json']);
    expect(files.get('goal--latency.json')!.map((x) => x.id)).toEqual(['bank:a', 'incident:x:goal']);
    for (const c of pool.questions) expect(files.get(cardFileName(groupOf(c.id)))!.map((x) => x.id)).toContain(c.id);
    expect(poolIndex(pool).ids).toEqual(['bank:a', 'incident:x:goal']);
  });
});
