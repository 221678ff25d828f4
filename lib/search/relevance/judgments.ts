import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

/** What a judged query tests. */
export const QUERY_KINDS = ['mechanism', 'synonym', 'identifier', 'typo', 'organisation', 'script', 'absent'] as const;

/** One judged query: the text, its kind, and the relevant incidents graded 1 or 2. */
const judgedQuerySchema = z.strictObject({
  q: z.string().min(1),
  kind: z.enum(QUERY_KINDS),
  relevant: z.record(z.string(), z.union([z.literal(1), z.literal(2)])),
});

/** lib/search/relevance/judgments.yaml. */
const judgmentsFileSchema = z.strictObject({ queries: z.array(judgedQuerySchema).min(40) });

export type JudgedQuery = z.infer<typeof judgedQuerySchema>;

/** Where the judged set lives. */
const JUDGMENTS_FILE = path.join(import.meta.dirname, 'judgments.yaml');

/** Reads and validates the judged set; throws naming the file and the failing field. */
export function readJudgments(file = JUDGMENTS_FILE): JudgedQuery[] {
  const result = judgmentsFileSchema.safeParse(parse(fs.readFileSync(file, 'utf8')));
  if (!result.success)
    throw new Error(`${file}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return result.data.queries;
}
