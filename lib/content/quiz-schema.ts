import { z } from 'zod';
import { idSchema } from './taxonomy-schema';

const text = z.string().trim().min(1);
/** An internal page a question or learning goal points to, e.g. /goals/availability/. */
const internalHref = z.string().regex(/^\/[a-z0-9\-/#]*$/, { message: 'bad-page-link' });
const link = z.strictObject({ href: internalHref, label: text });

const common = {
  id: idSchema,
  prompt: text,
  explanation: text,
  /** Template number in taxonomy.md §8, when the question instantiates one. */
  template: z.number().int().min(1).max(15).optional(),
  learningGoals: z.array(idSchema).min(1),
  /** Extra quiz topics such as goal:availability. */
  topics: z.array(z.string().regex(/^[a-z]+:[a-z0-9-]+$/, { message: 'bad-topic' })).default([]),
  links: z.array(link).default([]),
  /** The lecture idea the card drills (an id in lib/reliability/lecture-map.ts), for the lecture map's card counts. */
  idea: idSchema.optional(),
};

/** One hand-written question; `kind` decides which answer fields it has. */
const bankQuestionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ ...common, kind: z.literal('single'), options: z.array(text).min(2), answer: z.number().int().min(0) }),
  z.strictObject({ ...common, kind: z.literal('multi'), options: z.array(text).min(2), answers: z.array(z.number().int().min(0)).min(1) }),
  z.strictObject({ ...common, kind: z.literal('order'), items: z.array(text).min(2) }),
  z.strictObject({
    ...common,
    kind: z.literal('recall'),
    items: z.array(z.strictObject({ answer: text, accept: z.array(text).default([]) })).min(1),
  }),
]);

/** content/quiz/<name>.yaml (every file but learning-goals.yaml). */
export const bankFileSchema = z.strictObject({ questions: z.array(bankQuestionSchema).min(1) });

/** One learning goal of the material, with its study pages and quiz topic. */
const learningGoalSchema = z.strictObject({
  id: idSchema,
  title: text,
  description: text,
  pages: z.array(link).min(1),
});

/** content/quiz/learning-goals.yaml. */
export const learningGoalsFileSchema = z.strictObject({ goals: z.array(learningGoalSchema).min(1) });

export type BankQuestion = z.infer<typeof bankQuestionSchema>;
export type LearningGoal = z.infer<typeof learningGoalSchema>;
