import { describe, expect, it } from 'vitest';
import { getContent } from '@/lib/content';
import { distinctIncidents, getCorpus } from '@/lib/corpus';

// These run over the real content/: each assertion lists the offenders, so a failure names them.
const { incidents, taxonomy } = getContent();
const corpus = getCorpus();

describe('content integrity', () => {
  it('gives every incident a primary source, or says why there is none', () => {
    const offenders = incidents.filter(
      (i) => !i.sources.some((s) => s.kind === 'primary') && !(i.primaryReport === 'none' && i.primaryReportReason),
    );
    expect(offenders.map((i) => i.id)).toEqual([]);
  });

  it('lists the primary report before any secondary source', () => {
    const offenders = incidents.filter((i) => {
      const first = i.sources.findIndex((s) => s.kind === 'secondary');
      return first !== -1 && i.sources.slice(first).some((s) => s.kind === 'primary');
    });
    expect(offenders.map((i) => i.id)).toEqual([]);
  });

  it('gives every incident a root or trigger fault tag, a goal and a timeline event', () => {
    const offenders = incidents.filter(
      (i) =>
        !i.faults.some((f) => f.role === 'root' || f.role === 'trigger') ||
        i.goals.length === 0 ||
        i.timeline.length === 0,
    );
    expect(offenders.map((i) => i.id)).toEqual([]);
  });

  it('uses every fault type in some incident, or says why it is unused — and drops the reason once it is used', () => {
    const types = taxonomy.classes.flatMap((c) => c.types);
    const unexplained = types.filter((t) => !corpus.byFault.has(t.id) && !t.unusedReason).map((t) => t.id);
    const stale = types.filter((t) => corpus.byFault.has(t.id) && t.unusedReason).map((t) => t.id);
    expect({ unexplained, stale }).toEqual({ unexplained: [], stale: [] });
  });

  it('has unique incident titles', () => {
    const seen = new Map<string, string>();
    const duplicates = incidents.flatMap((i) => {
      const key = i.title.toLowerCase();
      const first = seen.get(key);
      seen.set(key, i.id);
      return first ? [`${first} / ${i.id}`] : [];
    });
    expect(duplicates).toEqual([]);
  });

  it('cites, in each body, only sources that the incident lists, and cites at least one', () => {
    const offenders = incidents.filter(
      (i) => i.cited.length === 0 || i.cited.some((ref) => !i.sources.some((s) => s.ref === ref)),
    );
    expect(offenders.map((i) => i.id)).toEqual([]);
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
