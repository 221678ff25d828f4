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

/** The four recall ratings a learner chooses from in review, as ts-fsrs ratings, with their labels. */
export const RATINGS = [
  { rating: Rating.Again, label: 'Again', hint: 'I did not recall it' },
  { rating: Rating.Hard, label: 'Hard', hint: 'recalled with serious effort' },
  { rating: Rating.Good, label: 'Good', hint: 'recalled after a moment' },
  { rating: Rating.Easy, label: 'Easy', hint: 'recalled at once' },
] as const satisfies readonly { rating: FsrsGrade; label: string; hint: string }[];

/** Progress after rating one card at `now` (Again, Hard, Good or Easy); the input is not changed. */
export function rate(progress: Progress, cardId: string, rating: FsrsGrade, now: Date): Progress {
  const prev = progress.cards[cardId];
  const card = prev ? toCard(prev) : createEmptyCard(now);
  const next = scheduler.next(card, now, rating).card;
  return { ...progress, cards: { ...progress.cards, [cardId]: toState(next) } };
}

/** Progress after reviewing one card at `now` with a score, rated by ratingFor; the input is not changed. */
export function review(progress: Progress, cardId: string, score: number, now: Date): Progress {
  return rate(progress, cardId, ratingFor(score), now);
}

/** Progress with a card suspended (never due, never in a round) or, with `on` false, unsuspended. */
export function suspend(progress: Progress, cardId: string, on = true): Progress {
  const rest = progress.suspended.filter((id) => id !== cardId);
  return { ...progress, suspended: on ? [...rest, cardId] : rest };
}

/** Scheduled cards that count: still in the pool (when `existing` is given) and not suspended. */
function live(progress: Progress, existing?: ReadonlySet<string>) {
  const suspended = new Set(progress.suspended);
  return Object.entries(progress.cards).filter(([id]) => (!existing || existing.has(id)) && !suspended.has(id));
}

/** Ids of reviewed cards that are due at `now`, most overdue first, limited to live cards. */
export function dueCards(progress: Progress, now: Date, existing?: ReadonlySet<string>): string[] {
  return live(progress, existing)
    .filter(([, s]) => Date.parse(s.due) <= now.getTime())
    .sort((a, b) => Date.parse(a[1].due) - Date.parse(b[1].due))
    .map(([id]) => id);
}

/** When the next card falls due after `now`, or undefined if none is scheduled. */
export function nextDue(progress: Progress, now: Date, existing?: ReadonlySet<string>): Date | undefined {
  const times = live(progress, existing)
    .map(([, s]) => Date.parse(s.due))
    .filter((t) => t > now.getTime());
  return times.length ? new Date(Math.min(...times)) : undefined;
}

/**
 * How many live cards fall due on each of the next `days` local calendar days: day 0 is today and
 * includes every overdue card. Dates are local midnights.
 */
export function dueForecast(
  progress: Progress,
  now: Date,
  existing?: ReadonlySet<string>,
  days = 7,
): { day: Date; count: number }[] {
  const start = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  const out = Array.from({ length: days }, (_, i) => ({
    day: new Date(start.getFullYear(), start.getMonth(), start.getDate() + i),
    count: 0,
  }));
  for (const [, s] of live(progress, existing)) {
    const due = Date.parse(s.due);
    const i = Math.max(
      0,
      out.findLastIndex((d) => d.day.getTime() <= due),
    );
    if (i < days - 1 || due < new Date(start.getFullYear(), start.getMonth(), start.getDate() + days).getTime())
      out[i]!.count++;
  }
  return out;
}
