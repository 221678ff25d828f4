import type { BankQuestion } from '../content/quiz-schema';
import { LECTURE_IDEAS } from './lecture-map';

/** How many bank cards drill each lecture idea (by the cards' `idea` field), for every idea, zeros included. */
export function cardsPerIdea(bank: readonly Pick<BankQuestion, 'idea'>[]): Map<string, number> {
  const counts = new Map(LECTURE_IDEAS.map((i) => [i.id, 0]));
  for (const q of bank) if (q.idea && counts.has(q.idea)) counts.set(q.idea, counts.get(q.idea)! + 1);
  return counts;
}

/** Card `idea` values that name no lecture idea (a typo would otherwise drop the card from the counts). */
export function unknownIdeas(bank: readonly Pick<BankQuestion, 'id' | 'idea'>[]): { id: string; idea: string }[] {
  const known = new Set(LECTURE_IDEAS.map((i) => i.id));
  return bank.flatMap((q) => (q.idea && !known.has(q.idea) ? [{ id: q.id, idea: q.idea }] : []));
}

/** The fewest cards the issue asks for per idea. */
export const MIN_CARDS_PER_IDEA = 3;
