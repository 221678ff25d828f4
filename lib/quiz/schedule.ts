import { createEmptyCard, fsrs, Rating, type Card, type Grade as FsrsGrade } from 'ts-fsrs';
import type { CardState, Progress } from './progress';

const scheduler = fsrs({ enable_fuzz: false });

/** The FSRS rating a score earns: all right → Good, at least half → Hard, less → Again. */
export function ratingFor(score: number): FsrsGrade {
  if (score >= 1) return Rating.Good;
  if (score >= 0.5) return Rating.Hard;
  return Rating.Again;
}

const toCard = (s: CardState): Card => ({
  ...s,
  due: new Date(s.due),
  last_review: s.last_review ? new Date(s.last_review) : undefined,
});
const toState = (c: Card): CardState => ({
  due: c.due.toISOString(),
  stability: c.stability,
  difficulty: c.difficulty,
  elapsed_days: c.elapsed_days,
  scheduled_days: c.scheduled_days,
  learning_steps: c.learning_steps,
  reps: c.reps,
  lapses: c.lapses,
  state: c.state,
  ...(c.last_review ? { last_review: c.last_review.toISOString() } : {}),
});

/** Progress after reviewing one card at `now` with a score; the input is not changed. */
export function review(progress: Progress, cardId: string, score: number, now: Date): Progress {
  const prev = progress.cards[cardId];
  const card = prev ? toCard(prev) : createEmptyCard(now);
  const next = scheduler.next(card, now, ratingFor(score)).card;
  return { ...progress, cards: { ...progress.cards, [cardId]: toState(next) } };
}

/** Ids of reviewed cards that are due at `now`, most overdue first, limited to the cards that still exist. */
export function dueCards(progress: Progress, now: Date, existing?: ReadonlySet<string>): string[] {
  return Object.entries(progress.cards)
    .filter(([id, s]) => (!existing || existing.has(id)) && Date.parse(s.due) <= now.getTime())
    .sort((a, b) => Date.parse(a[1].due) - Date.parse(b[1].due))
    .map(([id]) => id);
}

/** When the next card falls due after `now`, or undefined if none is scheduled. */
export function nextDue(progress: Progress, now: Date, existing?: ReadonlySet<string>): Date | undefined {
  const times = Object.entries(progress.cards)
    .filter(([id]) => !existing || existing.has(id))
    .map(([, s]) => Date.parse(s.due))
    .filter((t) => t > now.getTime());
  return times.length ? new Date(Math.min(...times)) : undefined;
}
