import { describe, expect, it } from 'vitest';
import { getContent } from '../content';
import { WEIGHTS, describeReasons, relatedIncidents, sharedMechanism, type Relatable } from './related';
import { indexTaxonomy } from './taxonomy-index';
import { makeRng } from '../random/seeded';
import { FAILURE_MODES, PROPAGATION } from '../content/facets';

const tax = indexTaxonomy(getContent().taxonomy);
const inc = (id: string, over: Partial<Relatable>): Relatable => ({
  id,
  faults: [],
  goals: [],
  challenges: [],
  propagation: [],
  failureModes: [],
  related: [],
  technologies: [],
  ...over,
});
const fault = (type: string, role: 'trigger' | 'root' | 'contributing') => ({
  type,
  role,
  confidence: 'stated' as const,
});

const kinesis = inc('kinesis', {
  faults: [
    fault('capacity-change', 'trigger'),
    fault('resource-exhaustion', 'root'),
    fault('logic-bug', 'contributing'),
  ],
  goals: [
    { id: 'availability', why: 'x' },
    { id: 'scalability', why: 'x' },
  ],
  propagation: ['cascading'],
});
const twin = inc('twin', {
  faults: [fault('capacity-change', 'trigger'), fault('resource-exhaustion', 'root')],
  goals: [{ id: 'availability', why: 'x' }],
});
const cousin = inc('cousin', {
  faults: [fault('logic-bug', 'root'), fault('retry-amplification', 'root')],
  propagation: ['cascading'],
});
const stranger = inc('stranger', { faults: [fault('link-cut', 'root')], goals: [{ id: 'latency', why: 'x' }] });
const listed = inc('listed', { faults: [fault('link-cut', 'trigger')], related: ['kinesis'] });

describe('relatedIncidents', () => {
  it('ranks by shared mechanism and says why, strongest reason first', () => {
    const related = relatedIncidents(kinesis, [kinesis, twin, cousin, stranger, listed], tax);
    expect(related.map((r) => [r.incident.id, r.score, r.reasons])).toEqual([
      ['twin', 6, ['resource exhaustion as root', 'capacity change as trigger', 'hurt availability']],
      ['listed', 5, []],
      [
        'cousin',
        2.5,
        ['logic bug (as contributing here, root there)', 'a root in the class load fault', 'cascading propagation'],
      ],
    ]);
  });

  it('names a shared technology among the reasons, ranked between a shared trigger and a shared goal', () => {
    const a = inc('a', {
      faults: [fault('config-change', 'trigger')],
      goals: [{ id: 'availability', why: 'x' }],
      technologies: ['dns', 'bgp'],
    });
    const b = inc('b', {
      faults: [fault('config-change', 'trigger')],
      goals: [{ id: 'availability', why: 'x' }],
      technologies: ['dns', 'cdn'],
    });
    const [r] = relatedIncidents(a, [a, b], tax);
    expect(r?.reasons).toEqual(['configuration change as trigger', 'technology: DNS', 'hurt availability']);
    expect(r?.score).toBe(2 + 1.5 + 1);
  });

  it('keeps and marks an incident listed by hand on either side, even with nothing shared', () => {
    const related = relatedIncidents(kinesis, [kinesis, listed], tax);
    expect(related.map((r) => [r.incident.id, r.handListed])).toEqual([['listed', true]]);
    expect(relatedIncidents(listed, [listed, kinesis], tax).map((r) => [r.incident.id, r.handListed])).toEqual([
      ['kinesis', true],
    ]);
  });

  it('never relates an incident to itself and leaves out incidents that share nothing', () => {
    expect(relatedIncidents(stranger, [stranger, twin], tax)).toEqual([]);
  });

  it('is symmetric in score', () => {
    const all = [kinesis, twin, cousin, stranger, listed];
    for (const a of all)
      for (const b of all) {
        if (a === b) continue;
        const ab = relatedIncidents(a, [b], tax)[0]?.score ?? 0;
        const ba = relatedIncidents(b, [a], tax)[0]?.score ?? 0;
        expect([a.id, b.id, ab]).toEqual([a.id, b.id, ba]);
      }
  });
});

describe('describeReasons', () => {
  it('joins the strongest reasons after "both:" and counts the rest', () => {
    expect(describeReasons(['capacity change as trigger', 'resource exhaustion as root'])).toBe(
      'both: capacity change as trigger, resource exhaustion as root',
    );
    expect(describeReasons(['a', 'b', 'c'], 2)).toBe('both: a, b and 1 more');
    expect(describeReasons([])).toBe('listed by hand');
  });
});

describe('related incidents over the real corpus', () => {
  it('gives every incident at least three related incidents, each with a reason', async () => {
    const { getCorpus } = await import('.');
    const { incidents, related } = getCorpus();
    const short = incidents
      .filter((i) => (related.get(i.id) ?? []).filter((r) => r.reasons.length > 0).length < 3)
      .map((i) => i.id);
    expect(short).toEqual([]);
  });
});

// An independent computation: every pair scored by the worded reasons' weights, ranked the same way.
const naiveOver = (all: readonly Relatable[]) => (a: Relatable) =>
  all
    .filter((b) => b.id !== a.id)
    .map((b) => {
      const handListed = a.related.includes(b.id) || b.related.includes(a.id);
      const score =
        sharedMechanism(a, b, tax).reduce((n, s) => n + s.weight, 0) + (handListed ? WEIGHTS.handListed : 0);
      return { id: b.id, score, handListed };
    })
    .filter((r) => r.score > 0)
    .sort((x, y) => y.score - x.score || x.id.localeCompare(y.id))
    .filter((r, i) => i < 5 || r.handListed)
    .map((r) => `${r.id} ${r.score}${r.handListed ? ' hand' : ''}`);
const shown = (a: Relatable, all: readonly Relatable[]) =>
  relatedIncidents(a, all, tax).map((r) => `${r.incident.id} ${r.score}${r.handListed ? ' hand' : ''}`);

describe('related incidents over the whole corpus', () => {
  const all = getContent().incidents;
  const naive = naiveOver(all);

  it('ranks every incident exactly as scoring each pair from its reasons does', () => {
    for (const a of all) {
      expect(shown(a, all), a.id).toEqual(naive(a));
    }
  });
});

describe('related incidents over a random corpus', () => {
  // Dense random tags (shared roots in one class, repeated types in several roles, hand lists to
  // ids outside the corpus) reach the index's corner cases that 100 real incidents may not.
  const rand = makeRng(7);
  const pick = <T>(list: readonly T[], max: number): T[] => [
    ...new Set(Array.from({ length: Math.floor(rand() * (max + 1)) }, () => list[Math.floor(rand() * list.length)]!)),
  ];
  const types = [...tax.typeById.keys()].slice(0, 12);
  const roles = ['trigger', 'root', 'contributing'] as const;
  const all = Array.from({ length: 200 }, (_, n) =>
    inc(`r${n}`, {
      faults: pick(types, 4).map((t) => fault(t, roles[Math.floor(rand() * 3)]!)),
      goals: pick(['availability', 'scalability', 'latency'], 2).map((id) => ({ id, why: 'x' })),
      challenges: pick(['heterogeneity', 'openness', 'security'], 2).map((id) => ({ id, why: 'x' })),
      propagation: pick(PROPAGATION, 2),
      failureModes: pick(FAILURE_MODES, 2),
      technologies: pick(['dns', 'bgp', 'cdn', 'kafka'], 2),
      related: pick(['r1', 'r2', 'r50', 'elsewhere'], 1),
    }),
  );
  const naive = naiveOver(all);

  it('ranks every incident exactly as scoring each pair from its reasons does', () => {
    for (const a of all) expect(shown(a, all), a.id).toEqual(naive(a));
  });

  it('ranks an incident outside the corpus against it the same way', () => {
    const outsider = inc('outsider', { faults: [fault(types[0]!, 'root')], related: ['r3'], technologies: ['dns'] });
    expect(shown(outsider, all)).toEqual(naiveOver([...all, outsider])(outsider));
  });
});
