import { z } from 'zod/mini';

// The schema checks the file where it is written (tests, build); the browser, which fetches our
// own same-origin build output, uses the hand check in compare-select.ts and ships no zod.

/** The compact file the compare page fetches: field labels once, then each incident's values per field. */
export const compareFileSchema = z.strictObject({
  fields: z.array(z.string()),
  incidents: z.array(
    z.strictObject({
      id: z.string(),
      title: z.string(),
      values: z.array(z.array(z.string())),
      /** Ids of the incidents most related to this one, best first (what the picker offers first). */
      related: z.array(z.string()),
    }),
  ),
});
/** The content of /data/compare.json. */
export type CompareFile = z.infer<typeof compareFileSchema>;
