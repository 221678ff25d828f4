import { z } from 'zod';
import { PARTIAL_DATE_PATTERN } from '../content/dates';
import { DURATION_PATTERN } from '../content/duration';
import * as F from '../content/incident-schema';
import { challengeSchema, faultClassSchema, goalSchema, orgSchema, technologySchema } from '../content/taxonomy-schema';

/**
 * The published data formats (/data/incidents.json, /data/taxonomy.json), documented in
 * docs/data.md. Bump DATA_SCHEMA_VERSION's major on any change a reader's code could trip on.
 */
export const DATA_SCHEMA_VERSION = '1.0.0';
/** The licence the content and data are published under. */
export const DATA_LICENSE = { id: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;

const text = z.string().min(1);
const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
const date = z.strictObject({
  at: z.string().regex(PARTIAL_DATE_PATTERN),
  approximate: z.boolean(),
  derivedFrom: text.optional(),
});
const refs = z.array(id).min(1);
const confidence = z.enum(F.FACT_CONFIDENCE).optional();

/** One incident as published: its validated record, with the page URL and no rendered body. */
export const exportedIncidentSchema = z.strictObject({
  id,
  // Absolute when the site has a configured origin, else the site-relative path (never a made-up host).
  url: z.string().regex(/^(https?:\/\/[^/]+)?\/\S*$/),
  title: text,
  summary: text,
  added: z.string(),
  revised: z.string().optional(),
  orgs: z.array(z.strictObject({ id, role: z.enum(F.ORG_ROLES) })).min(1),
  started: date,
  ended: date.optional(),
  durations: z.array(
    z.strictObject({
      value: z.string().regex(DURATION_PATTERN),
      approximate: z.boolean().optional(),
      basis: z.enum(F.DURATION_BASES),
      note: text.optional(),
      sources: refs,
    }),
  ),
  disputes: z.array(z.strictObject({ field: text, note: text, sources: refs })),
  scope: z.enum(F.SCOPES),
  region: text.optional(),
  faults: z
    .array(
      z.strictObject({
        type: id,
        role: z.enum(F.FAULT_ROLES),
        persistence: z.enum(F.PERSISTENCE).optional(),
        boundary: z.enum(F.BOUNDARIES).optional(),
        confidence: z.enum(F.CONFIDENCE),
        why: text.optional(),
        profileException: text.optional(),
      }),
    )
    .min(1),
  goals: z.array(z.strictObject({ id, why: text })).min(1),
  challenges: z.array(z.strictObject({ id, why: text })),
  failureModes: z.array(z.enum(F.FAILURE_MODES)).min(1),
  propagation: z.array(z.enum(F.PROPAGATION)).min(1),
  detectability: z.enum(F.DETECTABILITY),
  impact: z.array(z.enum(F.IMPACTS)).min(1),
  impactNote: text,
  detection: z.strictObject({ method: z.enum(F.DETECTION_METHODS), text }),
  timeline: z
    .array(z.strictObject({ at: date, phase: z.enum(F.PHASES), text, confidence, sources: refs.optional() }))
    .min(1),
  actionItems: z.array(z.strictObject({ text, means: z.enum(F.MEANS), confidence, sources: refs.optional() })),
  processGaps: z.array(z.enum(F.PROCESS_GAPS)),
  primaryReport: z.literal('none').optional(),
  primaryReportReason: text.optional(),
  sources: z
    .array(
      z.strictObject({
        ref: id,
        title: text,
        publisher: text,
        kind: z.enum(F.SOURCE_KINDS),
        url: z.url().optional(),
        archived: z.url().optional(),
        accessed: z.string().optional(),
        note: text.optional(),
        machineWritten: z.boolean().optional(),
        noLinkReason: text.optional(),
      }),
    )
    .min(1),
  technologies: z.array(id),
  terms: z.array(id),
  related: z.array(id),
});

/** /data/incidents.json. */
export const incidentsFileSchema = z.strictObject({
  schemaVersion: z.literal(DATA_SCHEMA_VERSION),
  taxonomyVersion: z.string(),
  license: z.literal(DATA_LICENSE.id),
  licenseUrl: z.literal(DATA_LICENSE.url),
  count: z.number().int().nonnegative(),
  incidents: z.array(exportedIncidentSchema),
});

/** /data/taxonomy.json. */
export const taxonomyFileSchema = z.strictObject({
  schemaVersion: z.literal(DATA_SCHEMA_VERSION),
  taxonomyVersion: z.string(),
  license: z.literal(DATA_LICENSE.id),
  licenseUrl: z.literal(DATA_LICENSE.url),
  faultClasses: z.array(faultClassSchema),
  goals: z.array(goalSchema),
  challenges: z.array(challengeSchema),
  organisations: z.array(orgSchema),
  technologies: z.array(technologySchema),
});

export type ExportedIncident = z.infer<typeof exportedIncidentSchema>;
export type IncidentsFile = z.infer<typeof incidentsFileSchema>;
export type TaxonomyFile = z.infer<typeof taxonomyFileSchema>;
