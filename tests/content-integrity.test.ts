import { describe, expect, it } from 'vitest';
import { getContent, loadContent } from '@/lib/content';
import { distinctIncidents, getCorpus } from '@/lib/corpus';

// These run over the real content/: each assertion lists the offenders, so a failure names them.
const { incidents, taxonomy } = getContent();
const corpus = getCorpus();

describe('content integrity', () => {
  // Rules about single incidents and the taxonomy's use (a primary source listed first, a root or
  // trigger tag, at least one citation, unique titles, unused fault types explained) are content rules
  // in `npm run check` (lib/content/rules.ts); their fixtures live in lib/content/invalid-fixtures.test.ts.
  it('passes every content rule of npm run check', () => {
    const { problems } = loadContent(undefined, { render: false });
    expect(problems.map((p) => `${p.file}:${p.line} [${p.ruleId}] ${p.reason}`)).toEqual([]);
  });

  it("agrees both ways between incident fault tags and the fault pages' back-links", () => {
    const missing = incidents.flatMap((i) =>
      i.faults
        .filter((f) => !corpus.byFault.get(f.type)?.[f.role].includes(i))
        .map((f) => `${i.id} → ${f.type} (${f.role})`),
    );
    const extra = [...corpus.byFault.entries()].flatMap(([typeId, group]) =>
      corpus.tax.typeById.has(typeId)
        ? distinctIncidents(group)
            .filter((inc) => !inc.faults.some((f) => f.type === typeId))
            .map((inc) => `${typeId} ← ${inc.id}`)
        : [],
    );
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it('links every organisation, goal, challenge and glossary term an incident names to an existing record', () => {
    const dangling = incidents.flatMap((i) => [
      ...i.orgs.filter((o) => !corpus.tax.orgById.has(o.id)).map((o) => `${i.id}: org ${o.id}`),
      ...i.goals.filter((g) => !corpus.tax.goalById.has(g.id)).map((g) => `${i.id}: goal ${g.id}`),
      ...i.challenges.filter((c) => !corpus.tax.challengeById.has(c.id)).map((c) => `${i.id}: challenge ${c.id}`),
      ...i.terms.filter((t) => !corpus.glossary.some((g) => g.id === t)).map((t) => `${i.id}: term ${t}`),
      ...i.related.filter((r) => !corpus.incidentById.has(r)).map((r) => `${i.id}: related ${r}`),
    ]);
    expect(dangling).toEqual([]);
  });

  it('has the 8 fault classes and 30 fault types of the taxonomy, 5 goals and 4 challenges', () => {
    expect({
      classes: taxonomy.classes.map((c) => c.id),
      types: taxonomy.classes.flatMap((c) => c.types).length,
      goals: taxonomy.goals.map((g) => g.id),
      challenges: taxonomy.challenges.map((c) => c.id),
    }).toEqual({
      classes: [
        'physical-fault',
        'network-fault',
        'software-fault',
        'change-fault',
        'load-fault',
        'dependency-fault',
        'security-fault',
        'unknown-fault',
      ],
      types: 30,
      goals: ['scalability', 'performance', 'latency', 'availability', 'fault-tolerance'],
      challenges: ['more-links-more-failures', 'network-delay', 'network-unreliable', 'other-administrators'],
    });
  });
});
