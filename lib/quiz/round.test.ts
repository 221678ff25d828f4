import { describe, expect, it } from 'vitest';
import { grade } from './grade';
import { mathsQuestion, MATHS_TEMPLATES } from './maths';
import type { Pool } from './pool';
import { cardFamily, cardIds, FAMILY_CAP, initialOrder, materialise, pickRound } from './round';

const pool: Pool = {
  questions: Array.from({ length: 30 }, (_, i) => ({
    id: `bank:q${i}`,
    kind: 'single' as const,
    prompt: 'p',
    explanation: 'e',
    topics: i % 2 ? ['goal:availability'] : ['goal:latency'],
    learningGoals: [],
    links: [],
    options: ['a', 'b', 'c', 'd'],
    answer: i % 4,
  })),
  topics: [],
};

describe('rounds', () => {
  it('picks the same cards for the same seed and different ones for another', () => {
    const ids = cardIds(pool);
    expect(pickRound(ids, 'abc')).toEqual(pickRound(ids, 'abc'));
    expect(pickRound(ids, 'abc')).not.toEqual(pickRound(ids, 'xyz'));
    expect(pickRound(ids, 'abc')).toHaveLength(10);
  });
  it('takes at most FAMILY_CAP cards of one family while other families have cards left', () => {
    const ids = [
      ...Array.from({ length: 40 }, (_, i) => `incident:inc${i}:means-${i.toString(36)}`),
      ...Array.from({ length: 40 }, (_, i) => `incident:inc${i}:root-fault`),
      ...Array.from({ length: 8 }, (_, i) => `bank:q${i}`),
    ];
    for (const seed of ['a', 'b', 'c', 'd', 'e']) {
      const round = pickRound(ids, seed);
      expect(round).toHaveLength(10);
      expect(new Set(round).size).toBe(10);
      expect(round.filter((id) => cardFamily(id) === 'incident:means').length).toBeLessThanOrEqual(FAMILY_CAP);
      expect(round.filter((id) => cardFamily(id) === 'incident:root-fault').length).toBeLessThanOrEqual(FAMILY_CAP);
    }
  });
  it('lets bank, maths and incident cards take turns, so incident cards cannot crowd the others out', () => {
    const ids = [
      ...Array.from(
        { length: 200 },
        (_, i) => `incident:inc${i}:${['goal', 'challenge', 'root-fault', 'from-summary'][i % 4]}`,
      ),
      ...Array.from({ length: 10 }, (_, i) => `bank:q${i}`),
      'maths:nines-downtime',
      'maths:all-fail',
      'maths:at-least-one',
    ];
    for (const seed of ['a', 'b', 'c']) {
      const round = pickRound(ids, seed);
      expect(round.filter((id) => id.startsWith('bank:')).length).toBeGreaterThanOrEqual(2);
      expect(round.filter((id) => id.startsWith('maths:')).length).toBeGreaterThanOrEqual(2);
      expect(round.filter((id) => id.startsWith('incident:')).length).toBeGreaterThanOrEqual(4);
    }
  });
  it('fills a round from one family when the topic has nothing else', () => {
    const ids = Array.from({ length: 12 }, (_, i) => `incident:inc${i}:goal`);
    expect(pickRound(ids, 's')).toHaveLength(10);
  });
  it('names families by question kind, not by incident', () => {
    expect(cardFamily('incident:aws-kinesis-us-east-1-2020:means-1x2y')).toBe('incident:means');
    expect(cardFamily('incident:aws-kinesis-us-east-1-2020:root-fault')).toBe('incident:root-fault');
    expect(cardFamily('maths:nines-downtime')).toBe('maths:nines-downtime');
    expect(cardFamily('bank:goals-list')).toBe('bank:goals-list');
  });
  it('limits a topic round to the topic, including the maths cards that serve it', () => {
    const ids = cardIds(pool, 'goal:availability');
    expect(ids.filter((id) => id.startsWith('bank:')).every((id) => Number(id.slice(6)) % 2 === 1)).toBe(true);
    expect(ids).toContain('maths:nines-downtime');
    expect(ids).not.toContain('maths:all-fail');
  });
  it('keeps the answer with its option when options are shuffled', () => {
    const q = materialise(pool, 'bank:q3', 's1')!;
    expect(q.kind === 'single' && q.options[q.answer]).toBe('d');
  });
  it('never starts an ordering question solved', () => {
    const q = {
      id: 'bank:o',
      kind: 'order' as const,
      prompt: '',
      explanation: '',
      topics: [],
      learningGoals: [],
      links: [],
      items: ['a', 'b'],
    };
    for (const s of ['1', '2', '3', '4']) expect(initialOrder(q, s)).toEqual([1, 0]);
  });
});

describe('maths questions', () => {
  it('are deterministic for a seed', () => {
    for (const t of MATHS_TEMPLATES) expect(mathsQuestion(t, 'seed-1')).toEqual(mathsQuestion(t, 'seed-1'));
  });
  it('accept their own computed answer for many seeds', () => {
    for (const t of MATHS_TEMPLATES) {
      for (let s = 0; s < 20; s++) {
        const q = mathsQuestion(t, String(s));
        if (q.kind !== 'numeric') throw new Error('maths questions are numeric');
        expect(grade(q, { kind: 'numeric', text: String(q.answer) }).correct).toBe(true);
      }
    }
  });
  it('ask 99.9% over a week as 10.08 minutes when the seed draws it', () => {
    const found = Array.from({ length: 200 }, (_, s) => mathsQuestion('nines-downtime', String(s))).find(
      (q) => q.prompt.includes('99.9% ') && q.prompt.includes('a week'),
    );
    expect(found?.kind === 'numeric' && found.answer).toBeCloseTo(10.08, 6);
  });
  it('give 69 machines for p = 1% in the smallest-n template', () => {
    const q = Array.from({ length: 100 }, (_, s) => mathsQuestion('smallest-n', String(s))).find((x) =>
      x.prompt.includes('probability 1%,'),
    );
    expect(q?.kind === 'numeric' && q.answer).toBe(69);
  });
});
