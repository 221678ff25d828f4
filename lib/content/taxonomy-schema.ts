import { z } from 'zod';

/** Kebab-case ids: lower-case words joined by single hyphens. */
export const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A kebab-case id field. */
export const idSchema = z.string().regex(KEBAB_ID, { message: 'bad-id' });

/**
 * Other names a reader may search by ("human error" for Operator action): each non-empty, unique
 * ignoring case, and not the record's own name. Search indexes them beside the name.
 */
const akaSchema = z
  .array(z.string().trim().min(1))
  .default([])
  .superRefine((names, ctx) => {
    const seen = new Set<string>();
    names.forEach((n, i) => {
      const key = n.toLowerCase();
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [i], message: `duplicate aka "${n}"`, input: n });
      seen.add(key);
    });
  });

/** A record with a name and its other names: the aka list must not repeat the name. */
const akaNotName = (r: { name: string; aka: string[] }, ctx: z.RefinementCtx) => {
  r.aka.forEach((n, i) => {
    if (n.toLowerCase() === r.name.toLowerCase())
      ctx.addIssue({ code: 'custom', path: ['aka', i], message: `aka repeats the name "${r.name}"`, input: n });
  });
};

/** Avizienis viewpoint values a fault class may declare (design/taxonomy.md §6.2). */
const profileValue = <T extends readonly [string, ...string[]]>(values: T) =>
  z.array(z.enum([...values, 'varies', 'unknown', 'not-applicable'])).min(1);

/** A fault class's typical Avizienis viewpoint values, as enums. */
const dependabilityProfileSchema = z.strictObject({
  phase: profileValue(['development', 'operational'] as const),
  boundary: profileValue(['internal', 'external'] as const),
  phenomenologicalCause: profileValue(['natural', 'human-made'] as const),
  dimension: profileValue(['hardware', 'software'] as const),
  objective: profileValue(['malicious', 'non-malicious'] as const),
  intent: profileValue(['deliberate', 'non-deliberate'] as const),
  capability: profileValue(['accidental', 'incompetence'] as const),
  persistence: profileValue(['permanent', 'transient', 'intermittent'] as const),
  group: profileValue(['development', 'physical', 'interaction'] as const),
});

/** One of the 30 leaves. */
export const faultTypeSchema = z
  .strictObject({
  id: idSchema,
  name: z.string().min(1),
  definition: z.string().min(1),
  /** Other names and common phrasings, searchable beside the name. */
  aka: akaSchema,
  deprecated: z.boolean().optional(),
  /** Why no incident carries this type yet; integrity tests require it exactly when the type is unused. */
  unusedReason: z.string().min(1).optional(),
})
  .superRefine(akaNotName);

/** One of the 8 top-level classes, with its fault types. */
export const faultClassSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(1),
  definition: z.string().min(1),
  profile: dependabilityProfileSchema,
  types: z.array(faultTypeSchema).min(1),
});

/** content/taxonomy/faults.yaml. */
export const faultsFileSchema = z.strictObject({
  version: z.string().regex(/^\d+\.\d+\.\d+$/, { message: 'bad-version' }),
  classes: z.array(faultClassSchema).min(1),
});

/** One of the five goals. */
export const goalSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(1),
  definition: z.string().min(1),
  evidence: z.string().min(1),
});

/** content/taxonomy/goals.yaml. */
export const goalsFileSchema = z.strictObject({ version: z.string(), goals: z.array(goalSchema).min(1) });

/** One of the four challenges. */
export const challengeSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(1),
  definition: z.string().min(1),
  explanation: z.string().min(1),
});

/** content/taxonomy/challenges.yaml. */
export const challengesFileSchema = z.strictObject({ version: z.string(), challenges: z.array(challengeSchema).min(1) });

/** An organisation that runs, supplies or reports on a system in an incident. */
export const orgSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(1),
  kind: z.enum(['company', 'cloud-provider', 'open-source-project', 'government', 'non-profit']),
  url: z.url({ protocol: /^https?$/ }).optional(),
});

/** content/orgs.yaml. */
export const orgsFileSchema = z.strictObject({ organisations: z.array(orgSchema).min(1) });

/** A technology an incident involved (content/taxonomy/technologies.yaml): id, name, definition, other names. */
export const technologySchema = z.strictObject({
  id: idSchema,
  name: z.string().min(1),
  definition: z.string().min(1),
  aka: akaSchema,
}).superRefine(akaNotName);

/** content/taxonomy/technologies.yaml. */
export const technologiesFileSchema = z.strictObject({
  version: z.string(),
  technologies: z.array(technologySchema).min(1),
});

/** A glossary term (content/glossary/<id>.yaml), linked from incidents that use it. */
export const glossaryTermSchema = z.strictObject({
  term: z.string().min(1),
  definition: z.string().min(1),
  /** Other names and abbreviations ("DNS" for Domain Name System), searchable beside the term. */
  aka: akaSchema,
  see: z.array(z.string().min(1)).optional(),
}).superRefine((t, ctx) => akaNotName({ name: t.term, aka: t.aka }, ctx));

export type FaultClass = z.infer<typeof faultClassSchema>;
export type FaultType = z.infer<typeof faultTypeSchema>;
export type Goal = z.infer<typeof goalSchema>;
export type Challenge = z.infer<typeof challengeSchema>;
export type Org = z.infer<typeof orgSchema>;
export type Technology = z.infer<typeof technologySchema>;
export type DependabilityProfile = z.infer<typeof dependabilityProfileSchema>;
