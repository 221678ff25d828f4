import { mathsQuestion, MATHS_TEMPLATES, MATHS_TOPICS, type MathsTemplate } from './maths';
import type { Pool } from './pool';
import type { Question } from './question';
import { makeRng, shuffle } from '../random/seeded';

/** How many questions a quick or topic round has. */
export const ROUND_SIZE = 10;

/** Every card id in the pool (fixed questions and maths templates), optionally limited to a topic. */
export function cardIds(pool: Pool, topic?: string): string[] {
  const fixed = pool.questions.filter((q) => !topic || q.topics.includes(topic)).map((q) => q.id);
  const maths = Object.entries(MATHS_TOPICS).filter(([, ts]) => !topic || ts.includes(topic)).map(([id]) => id);
  return [...fixed, ...maths];
}

/** A round's card ids: a seeded sample of `size` from the candidates. */
export function pickRound(ids: readonly string[], seed: string, size = ROUND_SIZE): string[] {
  return shuffle(ids, makeRng(`round:${seed}`)).slice(0, size);
}

/** Options shown in a seeded order, answers remapped, so the answer is not always in one place. */
function shuffleOptions(q: Question, seed: string): Question {
  if (q.kind !== 'single' && q.kind !== 'multi') return q;
  const order = shuffle(q.options.map((_, i) => i), makeRng(`options:${seed}:${q.id}`));
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
  return Math.floor(Math.random() * 36 ** 6).toString(36).padStart(6, '0');
}
