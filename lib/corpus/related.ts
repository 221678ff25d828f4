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

/** What one incident offers to the score of a pair, precomputed once per corpus. */
interface Features {
  /** Fault type → bit mask of the roles it has (root 1, trigger 2, contributing 4). */
  typeRoles: Map<string, number>;
  /** Fault class → the types it has as root. */
  rootClasses: Map<string, Set<string>>;
  /** Technologies, goals, challenges, propagation and failure modes, each once, as weighted keys. */
  plain: Map<string, number>;
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
  const plain = new Map<string, number>();
  for (const t of inc.technologies) plain.set(`t:${t}`, WEIGHTS.technology);
  for (const g of inc.goals) plain.set(`g:${g.id}`, WEIGHTS.goal);
  for (const c of inc.challenges) plain.set(`c:${c.id}`, WEIGHTS.challenge);
  for (const p of inc.propagation) plain.set(`p:${p}`, WEIGHTS.propagation);
  for (const m of inc.failureModes) plain.set(`m:${m}`, WEIGHTS.failureMode);
  return { typeRoles, rootClasses, plain, related: new Set(inc.related) };
}

/**
 * An inverted index of a corpus: for each feature, the incidents (by position) that have it. Scoring
 * one incident walks only the postings of its own features and sums into one array, so the cost
 * grows with how many incidents share something with it rather than with every pair's field
 * comparisons — this is what lets 10,000 incidents be related in seconds.
 */
interface CorpusIndex {
  position: Map<string, number>;
  /** Each incident's place in locale order of id (the tie-break). */
  rank: Int32Array;
  /** Fault type → positions of the incidents that have it, and their role masks. */
  types: Map<string, { at: Int32Array; roles: Uint8Array }>;
  /** Fault class → positions of the incidents with a root in it, and those roots. */
  rootClasses: Map<string, { at: Int32Array; types: Set<string>[] }>;
  /** Plain feature key → positions of the incidents that have it. */
  plain: Map<string, Int32Array>;
  /** Id → positions of the incidents that list it by hand. */
  listedBy: Map<string, number[]>;
  /** Scratch: per-incident score and hand-listed mark, reset after each use. */
  score: Float64Array;
  hand: Uint8Array;
}

function buildIndex(all: readonly Relatable[], tax: TaxonomyIndex): CorpusIndex {
  const n = all.length;
  const ids = all.map((i) => i.id);
  const position = new Map(ids.map((id, at) => [id, at]));
  const rank = new Int32Array(n);
  [...ids.keys()].sort((x, y) => ids[x]!.localeCompare(ids[y]!)).forEach((at, r) => (rank[at] = r));
  const types = new Map<string, { at: number[]; roles: number[] }>();
  const rootClasses = new Map<string, { at: Int32Array; types: Set<string>[] }>();
  const rootLists = new Map<string, { at: number[]; types: Set<string>[] }>();
  const plain = new Map<string, number[]>();
  const listedBy = new Map<string, number[]>();
  all.forEach((inc, at) => {
    const f = featuresOf(inc, tax);
    for (const [type, roles] of f.typeRoles) {
      const p = types.get(type) ?? types.set(type, { at: [], roles: [] }).get(type)!;
      p.at.push(at);
      p.roles.push(roles);
    }
    for (const [cls, roots] of f.rootClasses) {
      const p = rootLists.get(cls) ?? rootLists.set(cls, { at: [], types: [] }).get(cls)!;
      p.at.push(at);
      p.types.push(roots);
    }
    for (const key of f.plain.keys()) (plain.get(key) ?? plain.set(key, []).get(key)!).push(at);
    for (const id of f.related) (listedBy.get(id) ?? listedBy.set(id, []).get(id)!).push(at);
  });
  for (const [cls, p] of rootLists) rootClasses.set(cls, { at: Int32Array.from(p.at), types: p.types });
  return {
    position,
    rank,
    types: new Map([...types].map(([k, p]) => [k, { at: Int32Array.from(p.at), roles: Uint8Array.from(p.roles) }])),
    rootClasses,
    plain: new Map([...plain].map(([k, at]) => [k, Int32Array.from(at)])),
    listedBy,
    score: new Float64Array(n),
    hand: new Uint8Array(n),
  };
}

// Built once per corpus array: the pages ask for each incident's related list against the same array.
const indexCache = new WeakMap<readonly Relatable[], CorpusIndex>();
function corpusIndex(all: readonly Relatable[], tax: TaxonomyIndex): CorpusIndex {
  let index = indexCache.get(all);
  if (!index) indexCache.set(all, (index = buildIndex(all, tax)));
  return index;
}

/**
 * Incidents related to `inc`, best first (higher score, then id in locale order): ranked by shared
 * mechanism, hand-listed ones kept and marked. Scores are summed over the corpus's inverted index
 * (the same weights as `sharedMechanism`, which a test checks pair by pair) and only the best
 * `limit` are kept; reasons are worded only for those shown.
 */
export function relatedIncidents<T extends Relatable>(
  inc: T,
  all: readonly T[],
  tax: TaxonomyIndex,
  limit = 5,
): Related<T>[] {
  const index = corpusIndex(all, tax);
  const { score, hand, rank } = index;
  const a = featuresOf(inc, tax);
  const touched: number[] = [];
  const add = (at: number, w: number) => {
    if (score[at] === 0 && hand[at] === 0) touched.push(at);
    score[at]! += w;
  };
  for (const [type, ma] of a.typeRoles) {
    const p = index.types.get(type);
    if (!p) continue;
    for (let k = 0; k < p.at.length; k++) {
      const same = ma & p.roles[k]!;
      add(
        p.at[k]!,
        same === 0
          ? WEIGHTS.typeOtherRole
          : (same & ROLE_BIT.root ? WEIGHTS.root : 0) +
              (same & ROLE_BIT.trigger ? WEIGHTS.trigger : 0) +
              (same & ROLE_BIT.contributing ? WEIGHTS.contributing : 0),
      );
    }
  }
  for (const [cls, roots] of a.rootClasses) {
    const p = index.rootClasses.get(cls);
    if (!p) continue;
    for (let k = 0; k < p.at.length; k++) {
      const other = p.types[k]!;
      let overlap = false;
      for (const t of roots) if (other.has(t)) overlap = true;
      if (!overlap) add(p.at[k]!, WEIGHTS.rootClass);
    }
  }
  for (const [key, w] of a.plain) {
    const at = index.plain.get(key);
    if (at) for (let k = 0; k < at.length; k++) add(at[k]!, w);
  }
  const markHand = (at: number | undefined) => {
    if (at === undefined || hand[at]) return;
    if (score[at] === 0) touched.push(at);
    hand[at] = 1;
    score[at]! += WEIGHTS.handListed;
  };
  for (const id of a.related) markHand(index.position.get(id));
  for (const at of index.listedBy.get(inc.id) ?? []) markHand(at);

  const self = index.position.get(inc.id);
  type Candidate = { at: number; score: number; handListed: boolean };
  const before = (x: Candidate, y: Candidate) =>
    x.score > y.score || (x.score === y.score && rank[x.at]! < rank[y.at]!);
  const best: Candidate[] = [];
  const handShown: Candidate[] = [];
  for (const at of touched) {
    const c = { at, score: score[at]!, handListed: hand[at] === 1 };
    score[at] = 0;
    hand[at] = 0;
    if (at === self || c.score <= 0) continue;
    // Hand-listed incidents are always shown, even past the limit.
    if (c.handListed) handShown.push(c);
    if (limit <= 0 || (best.length === limit && !before(c, best[limit - 1]!))) continue;
    let k = best.length;
    while (k > 0 && before(c, best[k - 1]!)) k -= 1;
    best.splice(k, 0, c);
    if (best.length > limit) best.pop();
  }
  const shown = [...new Set([...best, ...handShown])].sort((x, y) => (before(x, y) ? -1 : before(y, x) ? 1 : 0));
  return shown.map((r) => {
    const incident = all[r.at]!;
    return {
      incident,
      score: r.score,
      reasons: sharedMechanism(inc, incident, tax)
        .sort((x, y) => y.weight - x.weight)
        .map((s) => s.reason),
      handListed: r.handListed,
    };
  });
}

/** The reasons as one phrase: "both: capacity change as trigger, resource exhaustion as root". */
export function describeReasons(reasons: readonly string[], max = 4): string {
  if (reasons.length === 0) return 'listed by hand';
  const shown = reasons.slice(0, max).join(', ');
  return `both: ${shown}${reasons.length > max ? ` and ${reasons.length - max} more` : ''}`;
}
