import { z } from 'zod';
import type { Content } from '../content';
import type { TaxonomyIndex } from '../corpus/taxonomy-index';
import { fromBank } from './from-bank';
import { corpusQuestions } from './from-corpus';
import { comparisonQuestions, MECHANISM_TOPIC } from './from-comparisons';
import { MATHS_TOPICS } from './maths';
import { questionSchema } from './question';

/** A quiz topic as offered to learners: goal:availability, learn:list-goals, incident:<id>, maths… */
const topicSchema = z.object({ id: z.string(), label: z.string(), group: z.string(), count: z.number() });
/** Everything the quiz page fetches: fixed questions and the topics with their card counts. */
export const poolSchema = z.object({ questions: z.array(questionSchema), topics: z.array(topicSchema) });
export type Topic = z.infer<typeof topicSchema>;
export type Pool = z.infer<typeof poolSchema>;

/** Builds the quiz pool from validated content: bank questions, corpus questions, and topic counts. */
export function buildPool(content: Pick<Content, 'incidents' | 'quiz' | 'comparisons'>, tax: TaxonomyIndex): Pool {
  const titleById = new Map(content.incidents.map((i) => [i.id, i.title]));
  const questions = [
    ...content.quiz.bank.map(fromBank),
    ...corpusQuestions(content.incidents, tax),
    ...comparisonQuestions(content.comparisons, (id) => titleById.get(id) ?? id, 'recognise-mechanisms'),
  ];
  const counts = new Map<string, number>();
  for (const topics of [...questions.map((q) => q.topics), ...Object.values(MATHS_TOPICS)])
    for (const t of topics) counts.set(t, (counts.get(t) ?? 0) + 1);
  const topics: { id: string; label: string; group: string }[] = [
    ...content.quiz.learningGoals.map((g) => ({ id: `learn:${g.id}`, label: g.title, group: 'Learning goals' })),
    ...[...tax.goalById.values()].map((g) => ({ id: `goal:${g.id}`, label: g.name, group: 'Goals' })),
    ...[...tax.challengeById.values()].map((c) => ({ id: `challenge:${c.id}`, label: c.name, group: 'Challenges' })),
    ...tax.classes.map((c) => ({ id: `fault:${c.id}`, label: c.name, group: 'Fault classes' })),
    { id: 'maths', label: 'All the maths', group: 'Maths' },
    MECHANISM_TOPIC,
    ...content.incidents.map((i) => ({ id: `incident:${i.id}`, label: i.title, group: 'Incidents' })),
  ];
  return { questions, topics: topics.map((t) => ({ ...t, count: counts.get(t.id) ?? 0 })).filter((t) => t.count > 0) };
}
