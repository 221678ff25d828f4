import type { Incident } from '../content/load';
import { facetLabel } from '../content/facets';
import type { TaxonomyIndex } from './taxonomy-index';

/** The fields a relation is computed from. */
export type Relatable = Pick<
  Incident,
  'id' | 'faults' | 'goals' | 'challenges' | 'propagation' | 'failureModes' | 'related' | 'technologies'
>;

/** One related incident, with why it is related. */
export interface Related<T extends Relatable = Incident> {
  incident: T;
  score: number;
  /** Shared mechanism, strongest first: "capacity change as trigger", "technology: DNS", "hurt availability". */
  reasons: string[];
  /** Listed by hand in either incident's `related` field. */
  handListed: boolean;
}

/**
 * Weights: sharing a fault type in the same role says most about a shared mechanism (a shared root
 * most of all); a shared technology says the same kind of system failed, which matters more than
 * what was hurt but less than a shared trigger; goals and challenges say what was hurt; propagation
 * and failure modes are coarse facets many incidents share, so they only break ties.
 */
const WEIGHTS = {
  root: 3,
  trigger: 2,
  contributing: 1,
  typeOtherRole: 1,
  rootClass: 1,
  technology: 1.5,
  goal: 1,
  challenge: 1,
  propagation: 0.5,
  failureMode: 0.5,
  handListed: 5,
} as const;

const lower = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

/** What two incidents share, as weighted reasons (unsorted). */
function sharedMechanism(a: Relatable, b: Relatable, tax: TaxonomyIndex): { weight: number; reason: string }[] {
  const out: { weight: number; reason: string }[] = [];
  const typeName = (id: string) => lower(tax.typeById.get(id)?.name ?? id);
  const rolesOf = (inc: Relatable, type: string) =>
    new Set(inc.faults.filter((f) => f.type === type).map((f) => f.role));
  for (const type of new Set(a.faults.map((f) => f.type))) {
    const ra = rolesOf(a, type);
    const rb = rolesOf(b, type);
    if (rb.size === 0) continue;
    const same = (['root', 'trigger', 'contributing'] as const).filter((r) => ra.has(r) && rb.has(r));
    if (same.length) for (const r of same) out.push({ weight: WEIGHTS[r], reason: `${typeName(type)} as ${r}` });
    else
      out.push({
        weight: WEIGHTS.typeOtherRole,
        reason: `${typeName(type)} (as ${[...ra].join('/')} here, ${[...rb].join('/')} there)`,
      });
  }
  // Roots of different types in the same class still share a family of mechanism.
  const rootsByClass = (inc: Relatable) => {
    const m = new Map<string, Set<string>>();
    for (const f of inc.faults) {
      const cls = tax.classOfType.get(f.type)?.id;
      if (f.role === 'root' && cls) m.set(cls, (m.get(cls) ?? new Set()).add(f.type));
    }
    return m;
  };
  const rootsB = rootsByClass(b);
  for (const [cls, types] of rootsByClass(a)) {
    const other = rootsB.get(cls);
    if (other && ![...types].some((t) => other.has(t)))
      out.push({
        weight: WEIGHTS.rootClass,
        reason: `a root in the class ${lower(tax.classById.get(cls)?.name ?? cls)}`,
      });
  }
  const techB = new Set(b.technologies);
  for (const t of new Set(a.technologies))
    if (techB.has(t))
      out.push({ weight: WEIGHTS.technology, reason: `technology: ${tax.technologyById.get(t)?.name ?? t}` });
  const goalsB = new Set(b.goals.map((g) => g.id));
  for (const g of a.goals)
    if (goalsB.has(g.id))
      out.push({ weight: WEIGHTS.goal, reason: `hurt ${lower(tax.goalById.get(g.id)?.name ?? g.id)}` });
  const chB = new Set(b.challenges.map((c) => c.id));
  for (const c of a.challenges)
    if (chB.has(c.id))
      out.push({ weight: WEIGHTS.challenge, reason: `challenge: ${lower(tax.challengeById.get(c.id)?.name ?? c.id)}` });
  for (const p of a.propagation)
    if (b.propagation.includes(p))
      out.push({ weight: WEIGHTS.propagation, reason: `${lower(facetLabel(p))} propagation` });
  for (const m of a.failureModes)
    if (b.failureModes.includes(m))
      out.push({ weight: WEIGHTS.failureMode, reason: `${lower(facetLabel(m))} failure mode` });
  return out;
}

/** Incidents related to `inc`, best first: ranked by shared mechanism, hand-listed ones kept and marked. */
export function relatedIncidents<T extends Relatable>(
  inc: T,
  all: readonly T[],
  tax: TaxonomyIndex,
  limit = 5,
): Related<T>[] {
  const ranked: Related<T>[] = [];
  for (const other of all) {
    if (other.id === inc.id) continue;
    const shared = sharedMechanism(inc, other, tax).sort((x, y) => y.weight - x.weight);
    const handListed = inc.related.includes(other.id) || other.related.includes(inc.id);
    const score = shared.reduce((n, s) => n + s.weight, 0) + (handListed ? WEIGHTS.handListed : 0);
    if (score > 0) ranked.push({ incident: other, score, reasons: shared.map((s) => s.reason), handListed });
  }
  ranked.sort((x, y) => y.score - x.score || x.incident.id.localeCompare(y.incident.id));
  // Hand-listed incidents are always shown, even past the limit.
  return ranked.filter((r, i) => i < limit || r.handListed);
}

/** The reasons as one phrase: "both: capacity change as trigger, resource exhaustion as root". */
export function describeReasons(reasons: readonly string[], max = 4): string {
  if (reasons.length === 0) return 'listed by hand';
  const shown = reasons.slice(0, max).join(', ');
  return `both: ${shown}${reasons.length > max ? ` and ${reasons.length - max} more` : ''}`;
}
