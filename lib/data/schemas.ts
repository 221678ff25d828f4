import { z } from 'zod';
import { makeIncidentSchema } from '../content/incident-schema';
import { DATA_FILES } from '../routes';
import {
  challengeSchema,
  faultClassSchema,
  goalSchema,
  idSchema,
  orgSchema,
  technologySchema,
} from '../content/taxonomy-schema';

/**
 * The published data formats (/data/incidents.json, /data/taxonomy.json), documented in
 * docs/data.md. Bump DATA_SCHEMA_VERSION's major on any change a reader's code could trip on.
 * 2.0.0: every date (started, ended, timeline `at`, added, revised) is a parsed value with its
 * precision and interval.
 */
export const DATA_SCHEMA_VERSION = '2.0.0';
/** The licence the content and data are published under. */
export const DATA_LICENSE = { id: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;

/**
 * One incident as published: the output side of the front-matter schema (defaults filled, dates
 * parsed), with any well-formed id accepted, plus its id and page URL. Never retyped: the
 * published JSON Schema is generated from this (`io: 'output'`).
 */
const exportedIncidentSchema = makeIncidentSchema(undefined).extend({
  id: idSchema.describe('the file name without .md; the page is /incidents/<id>/'),
  // Absolute when the site has a configured origin, else the site-relative path (never a made-up host).
  url: z
    .string()
    .regex(/^(https?:\/\/[^/]+)?\/\S*$/)
    .describe('the case-study page: absolute when the site has an origin, else site-relative'),
});

/** /data/incidents.json. */
const incidentsFileSchema = z.strictObject({
  schemaVersion: z.literal(DATA_SCHEMA_VERSION),
  taxonomyVersion: z.string(),
  license: z.literal(DATA_LICENSE.id),
  licenseUrl: z.literal(DATA_LICENSE.url),
  count: z.number().int().nonnegative(),
  incidents: z.array(exportedIncidentSchema),
});

/** /data/taxonomy.json. */
const taxonomyFileSchema = z.strictObject({
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

/** One published incident record (the output side of its schema). */
export type ExportedIncident = z.output<typeof exportedIncidentSchema>;
/** The content of /data/incidents.json. */
export type IncidentsFile = z.output<typeof incidentsFileSchema>;
/** The content of /data/taxonomy.json. */
export type TaxonomyFile = z.output<typeof taxonomyFileSchema>;

/** The published files, each with its zod schema, JSON Schema title and public path. */
export const PUBLISHED_DATA = {
  incidents: { schema: incidentsFileSchema, title: 'Faultline /data/incidents.json', path: DATA_FILES.incidentsJson },
  taxonomy: { schema: taxonomyFileSchema, title: 'Faultline /data/taxonomy.json', path: DATA_FILES.taxonomyJson },
} as const;

/**
 * The JSON Schema (draft-07) of a published file: the output side of its zod schema, since the
 * files hold parsed records. Throws if a part of the schema cannot be represented.
 */
export function publishedJsonSchema(name: keyof typeof PUBLISHED_DATA): Record<string, unknown> {
  const { schema, title } = PUBLISHED_DATA[name];
  return { ...z.toJSONSchema(schema, { io: 'output', target: 'draft-7', unrepresentable: 'throw' }), title };
}
