// zod/mini: this schema ships to the browser.
import * as z from 'zod/mini';

/** localStorage key of the round in progress (kept apart from the exported, versioned progress). */
export const ROUND_KEY = 'faultline.quiz.round';

/** The round in progress: which round (its URL), its cards, and the scores of the cards answered so far. */
const roundStateSchema = z.strictObject({
  /** The round's URL query, e.g. "?topic=goal:availability&seed=abc" or "?mode=review&seed=x1". */
  round: z.string().check(z.maxLength(500)),
  ids: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(100)),
  scores: z.array(z.number().check(z.minimum(0), z.maximum(1))).check(z.maxLength(100)),
});
export type RoundState = z.infer<typeof roundStateSchema>;

/**
 * The stored round if it is the round the URL asks for and is not finished; undefined otherwise
 * (another round, finished, damaged or absent), so a reload resumes where the learner was and a
 * new link starts afresh. Never throws.
 */
export function resumable(raw: string | null, round: string): RoundState | undefined {
  if (!raw) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return undefined;
  }
  const parsed = roundStateSchema.safeParse(data);
  if (!parsed.success) return undefined;
  const s = parsed.data;
  return s.round === round && s.scores.length < s.ids.length ? s : undefined;
}
