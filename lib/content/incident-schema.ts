import { z } from 'zod';
import { dayDateSchema, dayTextSchema, partialDateSchema } from './dates';
import { DURATION_PATTERN } from './duration';
import {
  BOUNDARIES,
  CONFIDENCE,
  DETECTABILITY,
  DETECTION_METHODS,
  DURATION_BASES,
  FACT_CONFIDENCE,
  FAILURE_MODES,
  FAULT_ROLES,
  IMPACTS,
  MEANS,
  ORG_ROLES,
  PERSISTENCE,
  PHASES,
  PROCESS_GAPS,
  PROPAGATION,
  SCOPES,
  SOURCE_KINDS,
} from './facets';
import { idSchema } from './taxonomy-schema';
import { vocabularyId as vocabId, type Vocabulary, type VocabularyKind } from './vocabulary';

const text = z.string().trim().min(1);
const refList = z.array(idSchema).min(1);
const httpUrl = z.url({ protocol: /^https?$/, hostname: z.regexes.domain });

/**
 * Builds the incident front-matter schema from the loaded taxonomy, so unknown ids fail at their
 * field; without a vocabulary (the published data's schema), or for a kind whose file could not be
 * read, any well-formed id passes.
 */
export function makeIncidentSchema(vocab: Vocabulary | undefined, { idsAsEnums = false }: { idsAsEnums?: boolean } = {}) {
    const vocabularyId = (v: Vocabulary | undefined, kind: VocabularyKind) => {
    const ids = v?.[kind];
    return ids ? vocabId(ids, kind, idsAsEnums) : idSchema;
  };
  const faultTag = z.strictObject({
    type: vocabularyId(vocab, 'faultTypes'),
    role: z.enum(FAULT_ROLES),
    persistence: z.enum(PERSISTENCE).optional(),
    boundary: z.enum(BOUNDARIES).optional(),
    confidence: z.enum(CONFIDENCE),
    why: text.optional(),
    profileException: text.optional().describe("why this tag's boundary or persistence differs from its class profile in faults.yaml"),
  });
  const withWhy = (kind: 'goals' | 'challenges') => z.strictObject({ id: vocabularyId(vocab, kind), why: text });

  return z.strictObject({
    title: text,
    summary: text,
    added: dayDateSchema.describe("the day this case study was first published on Faultline (the feed's `published`)"),
    revised: dayDateSchema.optional().describe("the day of the last substantive revision (the feed's `updated`)"),
    orgs: z.array(z.strictObject({ id: vocabularyId(vocab, 'orgs'), role: z.enum(ORG_ROLES) })).min(1),
    started: partialDateSchema,
    ended: partialDateSchema.optional(),
    durations: z
      .array(
        z.strictObject({
          value: z.string().regex(DURATION_PATTERN, { message: 'bad-duration' }).refine((v) => v !== '', { message: 'bad-duration' }),
          approximate: z.boolean().optional(),
          basis: z.enum(DURATION_BASES),
          note: text.optional(),
          sources: refList,
        }),
      )
      .default([]),
    disputes: z.array(z.strictObject({ field: text, note: text, sources: refList })).default([]),
    scope: z.enum(SCOPES),
    region: text.optional(),
    faults: z.array(faultTag).min(1),
    goals: z.array(withWhy('goals')).min(1),
    challenges: z.array(withWhy('challenges')).default([]),
    failureModes: z.array(z.enum(FAILURE_MODES)).min(1),
    propagation: z.array(z.enum(PROPAGATION)).min(1),
    detectability: z.enum(DETECTABILITY),
    impact: z.array(z.enum(IMPACTS)).min(1),
    impactNote: text,
    detection: z.strictObject({ method: z.enum(DETECTION_METHODS), text }),
    timeline: z
      .array(
        z.strictObject({
          at: partialDateSchema,
          phase: z.enum(PHASES),
          text,
          confidence: z.enum(FACT_CONFIDENCE).optional(),
          sources: refList.optional(),
        }),
      )
      .min(1),
    actionItems: z
      .array(z.strictObject({ text, means: z.enum(MEANS), confidence: z.enum(FACT_CONFIDENCE).optional(), sources: refList.optional() }))
      .default([]),
    processGaps: z.array(z.enum(PROCESS_GAPS)).default([]),
    primaryReport: z.literal('none').optional(),
    primaryReportReason: text.optional(),
    sources: z
      .array(
        z.strictObject({
          ref: idSchema,
          title: text,
          publisher: text,
          kind: z.enum(SOURCE_KINDS),
          url: httpUrl.optional(),
          archived: httpUrl.optional(),
          accessed: dayTextSchema.optional(),
          note: text.optional(),
          machineWritten: z.boolean().optional().describe('the cited text is a machine-written summary: a pointer, never the sole support of a fact'),
          noLinkReason: text.optional().describe('why the source is cited by title and publisher without a URL'),
        }),
      )
      .min(1),
    technologies: z.array(vocabularyId(vocab, 'technologies')).min(1).describe('the systems, protocols and products involved (ids from the taxonomy)'),
    terms: z.array(vocabularyId(vocab, 'terms')).default([]),
    related: z.array(idSchema).default([]),
  });
}

/** The validated front matter of one incident. */
export type IncidentFrontMatter = z.infer<ReturnType<typeof makeIncidentSchema>>;
/** One fault tag. */
export type FaultTag = IncidentFrontMatter['faults'][number];
/** One timeline event. */
export type TimelineEvent = IncidentFrontMatter['timeline'][number];
/** One source. */
export type Source = IncidentFrontMatter['sources'][number];
