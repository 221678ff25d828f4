import { z } from 'zod';

/** A page a question points to for its explanation. */
const linkSchema = z.object({ href: z.string(), label: z.string() });

const base = {
  /** Stable card id: bank:<id>, incident:<id>:<template>, maths:<template>. */
  id: z.string(),
  /** Template number in taxonomy.md §8, when there is one. */
  template: z.number().optional(),
  prompt: z.string(),
  /** Context shown above the prompt, such as an incident summary. */
  context: z.string().optional(),
  explanation: z.string(),
  topics: z.array(z.string()),
  learningGoals: z.array(z.string()),
  links: z.array(linkSchema),
};

/**
 * Units a numeric answer is asked in; time answers may be typed in another time unit. A
 * `probability` answer is a fraction that may also be typed as a percentage ("0.1%").
 */
const NUMERIC_UNITS = ['s', 'min', 'h', 'd', '%', 'nines', 'probability', ''] as const;

/** A question ready to show and grade: plain data, so it can be written to JSON at build time. */
export const questionSchema = z.discriminatedUnion('kind', [
  z.object({ ...base, kind: z.literal('single'), options: z.array(z.string()), answer: z.number() }),
  z.object({ ...base, kind: z.literal('multi'), options: z.array(z.string()), answers: z.array(z.number()) }),
  z.object({ ...base, kind: z.literal('order'), items: z.array(z.string()) }),
  z.object({
    ...base,
    kind: z.literal('recall'),
    items: z.array(z.object({ answer: z.string(), accept: z.array(z.string()) })),
  }),
  z.object({
    ...base,
    kind: z.literal('numeric'),
    answer: z.number(),
    unit: z.enum(NUMERIC_UNITS),
    /** Accepted error: relative (0.005 = ±0.5%) or absolute, whichever is larger. */
    tolerance: z.object({ relative: z.number().default(0), absolute: z.number().default(0) }),
  }),
]);

export type Question = z.infer<typeof questionSchema>;
export type Link = z.infer<typeof linkSchema>;
