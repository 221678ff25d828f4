import { mathsQuestion, MATHS_TEMPLATES, MATHS_TOPICS, type MathsTemplate } from './maths';
import type { Pool } from './pool';
import type { Question } from './question';
import { makeRng, shuffle } from '../random/seeded';

/** How many questions a quick or topic round has. */
const ROUND_SIZE = 10;

/** Every card id in the pool (fixed questions and maths templates), optionally limited to a topic. */
export function cardIds(pool: Pool, topic?: string): string[] {
  const fixed = pool.questions.filter((q) => !topic || q.topics.includes(topic)).map((q) => q.id);
  const maths = Object.entries(MATHS_TOPICS)
    .filter(([, ts]) => !topic || ts.includes(topic))
    .map(([id]) => id);
  return [...fixed, ...maths];
}

/** At most this many cards of one family in a round, while other families have cards left. */
export const FAMILY_CAP = 2;

/**
 * The family of a card: the corpus question it asks of an incident ("incident:root-fault",
 * "incident:means"), the maths template, or the bank card itself (hand-written cards all differ).
 */
export function cardFamily(id: string): string {
  const m = /^incident:[^:]+:(.+)$/.exec(id);
  if (m) return `incident:${m[1]!.startsWith('means-') ? 'means' : m[1]}`;
  return id;
}

/** The incident a card is about (incident:<id>:…), or undefined for bank and maths cards. */
export const incidentOfCard = (id: string): string | undefined => /^incident:([^:]+):/.exec(id)?.[1];

/** Where a card comes from: the hand-written bank, a maths template, or an incident. */
const sourceOf = (id: string) => (id.startsWith('bank:') ? 'bank' : id.startsWith('maths:') ? 'maths' : 'incident');

/**
 * A round's card ids, seeded. The sources take turns (incidents twice in four turns, bank and
 * maths once each, in a seeded order) and no family gives more than FAMILY_CAP cards while others remain. A uniform sample let the
 * 200-odd incident questions crowd out the bank and maths cards that drill the five goals and the
 * nines, and once drew five "which means is this action item?" cards into one quick round.
 */
export function pickRound(ids: readonly string[], seed: string, size = ROUND_SIZE): string[] {
  // Two cards on one incident give each other away (the second's prompt names what the first asked),
  // so a round holds at most one card per incident — unless every card is about the same incident.
  const onePerIncident = new Set(ids.map(incidentOfCard)).size > 1;
  const incidents = new Set<string>();
  const rng = makeRng(`round:${seed}`);
  const queues = new Map<string, string[]>();
  for (const id of shuffle(ids, rng)) {
    const queue = queues.get(sourceOf(id));
    if (queue) queue.push(id);
    else queues.set(sourceOf(id), [id]);
  }
  // Incidents take two turns in four: they are the site's own material; the bank and the maths
  // drill the definitions and the arithmetic. Sources a topic lacks simply have empty queues.
  const turns = shuffle(['incident', 'incident', 'bank', 'maths'], rng).filter((t) => queues.has(t));
  const taken: string[] = [];
  const skipped: string[] = [];
  const perFamily = new Map<string, number>();
  const takeFrom = (queue: string[]) => {
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      const inc = incidentOfCard(id);
      if (onePerIncident && inc && incidents.has(inc)) continue;
      const n = perFamily.get(cardFamily(id)) ?? 0;
      if (n >= FAMILY_CAP) {
        skipped.push(id);
        continue;
      }
      perFamily.set(cardFamily(id), n + 1);
      if (inc) incidents.add(inc);
      taken.push(id);
      return;
    }
  };
  while (taken.length < size && turns.some((t) => queues.get(t)!.length > 0)) {
    for (const t of turns) if (taken.length < size) takeFrom(queues.get(t)!);
  }
  // A narrow topic may not have enough families: fill up with what the cap held back, still one per incident.
  for (const id of skipped) {
    if (taken.length >= size) break;
    const inc = incidentOfCard(id);
    if (onePerIncident && inc && incidents.has(inc)) continue;
    if (inc) incidents.add(inc);
    taken.push(id);
  }
  return taken;
}

/** The cards of a review: due ids (most overdue first) with at most one per incident, up to `size`. */
export function reviewRound(due: readonly string[], size = 20): string[] {
  const incidents = new Set<string>();
  const out: string[] = [];
  for (const id of due) {
    const inc = incidentOfCard(id);
    if (inc && incidents.has(inc)) continue;
    if (inc) incidents.add(inc);
    out.push(id);
    if (out.length >= size) break;
  }
  return out;
}

/** Options shown in a seeded order, answers remapped, so the answer is not always in one place. */
function shuffleOptions(q: Question, seed: string): Question {
  if (q.kind !== 'single' && q.kind !== 'multi') return q;
  const order = shuffle(
    q.options.map((_, i) => i),
    makeRng(`options:${seed}:${q.id}`),
  );
  const options = order.map((i) => q.options[i]!);
  if (q.kind === 'single') return { ...q, options, answer: order.indexOf(q.answer) };
  return { ...q, options, answers: q.answers.map((a) => order.indexOf(a)).sort((a, b) => a - b) };
}

/** The question for a card id in a round with `seed`; maths cards get fresh numbers per seed. Undefined for an unknown id. */
export function materialise(pool: Pool, id: string, seed: string): Question | undefined {
  if (id.startsWith('maths:')) {
    const t = id.slice('maths:'.length) as MathsTemplate;
    return MATHS_TEMPLATES.includes(t) ? mathsQuestion(t, `${seed}:${id}`) : undefined;
  }
  const q = pool.questions.find((x) => x.id === id);
  return q && shuffleOptions(q, seed);
}

/** The order items start in for an ordering question: seeded, and never already solved. */
export function initialOrder(q: Question & { kind: 'order' }, seed: string): number[] {
  const idx = q.items.map((_, i) => i);
  const rng = makeRng(`order:${seed}:${q.id}`);
  for (let attempt = 0; attempt < 10; attempt++) {
    const s = shuffle(idx, rng);
    if (s.some((v, i) => v !== i)) return s;
  }
  return [...idx].reverse();
}

/** A fresh seed for a new round (short, URL-friendly). */
export function newSeed(): string {
  return Math.floor(Math.random() * 36 ** 6)
    .toString(36)
    .padStart(6, '0');
}
