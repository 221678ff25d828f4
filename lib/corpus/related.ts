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
export const WEIGHTS = {
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

/** What two incidents share, as weighted reasons (unsorted); `WEIGHTS.handListed` is not among them. */
export function sharedMechanism(a: Relatable, b: Relatable, tax: TaxonomyIndex): { weight: number; reason: string }[] {
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

/** What one incident offers to the score of a pair, precomputed once per corpus (no allocation per pair). */
interface Features {
  /** Fault type → bit mask of the roles it has (root 1, trigger 2, contributing 4). */
  typeRoles: Map<string, number>;
  /** Fault class → the types it has as root. */
  rootClasses: Map<string, Set<string>>;
  techs: Set<string>;
  goals: string[];
  goalSet: Set<string>;
  challenges: string[];
  challengeSet: Set<string>;
  propagation: Set<string>;
  failureModes: Set<string>;
  related: Set<string>;
}

const ROLE_BIT = { root: 1, trigger: 2, contributing: 4 } as const;

function featuresOf(inc: Relatable, tax: TaxonomyIndex): Features {
  const typeRoles = new Map<string, number>();
  const rootClasses = new Map<string, Set<string>>();
  for (const f of inc.faults) {
    typeRoles.set(f.type, (typeRoles.get(f.type) ?? 0) | ROLE_BIT[f.role]);
    const cls = tax.classOfType.get(f.type)?.id;
    if (f.role === 'root' && cls) rootClasses.set(cls, (rootClasses.get(cls) ?? new Set()).add(f.type));
  }
  const goals = inc.goals.map((g) => g.id);
  const challenges = inc.challenges.map((c) => c.id);
  return {
    typeRoles,
    rootClasses,
    techs: new Set(inc.technologies),
    goals,
    goalSet: new Set(goals),
    challenges,
    challengeSet: new Set(challenges),
    propagation: new Set(inc.propagation),
    failureModes: new Set(inc.failureModes),
    related: new Set(inc.related),
  };
}

/** The same total as sharedMechanism's weights, without building its reasons. */
function sharedWeight(a: Features, b: Features, inc: Relatable): number {
  let w = 0;
  for (const [type, ma] of a.typeRoles) {
    const mb = b.typeRoles.get(type);
    if (mb === undefined) continue;
    const same = ma & mb;
    if (same === 0) w += WEIGHTS.typeOtherRole;
    else {
      if (same & ROLE_BIT.root) w += WEIGHTS.root;
      if (same & ROLE_BIT.trigger) w += WEIGHTS.trigger;
      if (same & ROLE_BIT.contributing) w += WEIGHTS.contributing;
    }
  }
  for (const [cls, types] of a.rootClasses) {
    const other = b.rootClasses.get(cls);
    if (!other) continue;
    let overlap = false;
    for (const t of types) if (other.has(t)) overlap = true;
    if (!overlap) w += WEIGHTS.rootClass;
  }
  for (const t of a.techs) if (b.techs.has(t)) w += WEIGHTS.technology;
  for (const g of a.goals) if (b.goalSet.has(g)) w += WEIGHTS.goal;
  for (const c of a.challenges) if (b.challengeSet.has(c)) w += WEIGHTS.challenge;
  for (const p of inc.propagation) if (b.propagation.has(p)) w += WEIGHTS.propagation;
  for (const m of inc.failureModes) if (b.failureModes.has(m)) w += WEIGHTS.failureMode;
  return w;
}

// Features of every incident of a corpus, and each id's place in locale order (the tie-break), made
// once per corpus array: the pages ask for each incident's related list against the same array.
interface CorpusFeatures {
  byId: Map<string, Features>;
  order: Map<string, number>;
}
const featureCache = new WeakMap<readonly Relatable[], CorpusFeatures>();
function corpusFeatures(all: readonly Relatable[], tax: TaxonomyIndex): CorpusFeatures {
  let m = featureCache.get(all);
  if (!m) {
    const ids = all.map((i) => i.id).sort((x, y) => x.localeCompare(y));
    m = { byId: new Map(all.map((i) => [i.id, featuresOf(i, tax)])), order: new Map(ids.map((id, n) => [id, n])) };
    featureCache.set(all, m);
  }
  return m;
}

/**
 * Incidents related to `inc`, best first (higher score, then id in locale order): ranked by shared
 * mechanism, hand-listed ones kept and marked. Every pair is scored from precomputed features and
 * only the best `limit` are kept while scanning (the corpus is scored against each incident, so
 * the per-pair cost decides the build time at 10,000); reasons are worded only for those shown.
 */
export function relatedIncidents<T extends Relatable>(
  inc: T,
  all: readonly T[],
  tax: TaxonomyIndex,
  limit = 5,
): Related<T>[] {
  const { byId, order } = corpusFeatures(all, tax);
  const a = byId.get(inc.id) ?? featuresOf(inc, tax);
  type Candidate = { incident: T; score: number; handListed: boolean; rank: number };
  const before = (x: Candidate, y: Candidate) => x.score > y.score || (x.score === y.score && x.rank < y.rank);
  const best: Candidate[] = [];
  const hand: Candidate[] = [];
  for (const other of all) {
    if (other.id === inc.id) continue;
    const b = byId.get(other.id)!;
    const handListed = a.related.has(other.id) || b.related.has(inc.id);
    const score = sharedWeight(a, b, inc) + (handListed ? WEIGHTS.handListed : 0);
    if (score <= 0) continue;
    const c = { incident: other, score, handListed, rank: order.get(other.id) ?? Infinity };
    // Hand-listed incidents are always shown, even past the limit.
    if (handListed) hand.push(c);
    if (limit <= 0 || (best.length === limit && !before(c, best[limit - 1]!))) continue;
    let at = best.length;
    while (at > 0 && before(c, best[at - 1]!)) at -= 1;
    best.splice(at, 0, c);
    if (best.length > limit) best.pop();
  }
  const shown = [...new Set([...best, ...hand])].sort((x, y) => (before(x, y) ? -1 : before(y, x) ? 1 : 0));
  return shown.map((r) => ({
    incident: r.incident,
    score: r.score,
    reasons: sharedMechanism(inc, r.incident, tax)
      .sort((x, y) => y.weight - x.weight)
      .map((s) => s.reason),
    handListed: r.handListed,
  }));
}

/** The reasons as one phrase: "both: capacity change as trigger, resource exhaustion as root". */
export function describeReasons(reasons: readonly string[], max = 4): string {
  if (reasons.length === 0) return 'listed by hand';
  const shown = reasons.slice(0, max).join(', ');
  return `both: ${shown}${reasons.length > max ? ` and ${reasons.length - max} more` : ''}`;
}
