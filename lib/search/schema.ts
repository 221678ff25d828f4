/**
 * The shapes of the static search files. zod/mini keeps the validator small enough for the
 * browser, where the fetched files are parsed with these same schemas.
 */
import * as z from 'zod/mini';

/** One fault tag as search needs it: the type and the role it played. */
const searchFaultSchema = z.object({ type: z.string(), role: z.enum(['trigger', 'root', 'contributing']) });

/** One incident as search knows it: what results show, what facets count, what the short-field index reads. */
const searchRecordSchema = z.object({
  id: z.string(),
  title: z.string(),
  /** The summary's opening (LEAD_WORDS at most); the whole summary is in the body text. */
  lead: z.string(),
  /** "25 November 2020", as the incident pages print it. */
  date: z.string(),
  year: z.number(),
  orgs: z.array(z.string()),
  scope: z.string(),
  propagation: z.array(z.string()),
  faults: z.array(searchFaultSchema),
  goals: z.array(z.string()),
  challenges: z.array(z.string()),
  /** Technology ids (content/taxonomy/technologies.yaml). */
  technologies: z.array(z.string()),
  /** Glossary term ids the incident uses. */
  terms: z.array(z.string()),
});

/** The kinds of vocabulary term: taxonomy terms, technologies and glossary terms. */
const TERM_KINDS = ['fault-class', 'fault-type', 'goal', 'challenge', 'technology', 'glossary'] as const;

/**
 * A term of the site's vocabulary: labels facets, is indexed by name and aka on every incident that
 * carries it, and is offered as a page when a query names it. Definitions are not shipped: they
 * describe the term, not the incidents tagged with it, so they are never searched.
 */
const searchTermSchema = z.object({
  kind: z.enum(TERM_KINDS),
  id: z.string(),
  name: z.string(),
  /** Other names ("human error" for Operator action). */
  aka: z.array(z.string()),
  /** For a fault type, its class id. */
  parent: z.optional(z.string()),
});

const orgSchema = z.object({ id: z.string(), name: z.string() });

/** Every record with the vocabulary: what the search files are built from (and Node's whole engine). */
export const coreFileSchema = z.object({
  version: z.literal(3),
  records: z.array(searchRecordSchema),
  terms: z.array(searchTermSchema),
  orgs: z.array(orgSchema),
});

/** /search-index/labels.json: the vocabulary's terms and the organisation names (loaded first). */
export const labelsFileSchema = z.object({ terms: z.array(searchTermSchema), orgs: z.array(orgSchema) });

/** /search-index/record/<id>.json: one incident's record, fetched for shown results and phrase checks. */
export const recordFileSchema = searchRecordSchema;

/** /search-index/record/chunk-<k>.json: a run of records in document order (see RECORD_CHUNK). */
export const recordChunkSchema = z.array(searchRecordSchema);

/** The facet values of an incident: what filters test and facets count. */
const facetValuesSchema = z.pick(searchRecordSchema, {
  year: true,
  orgs: true,
  scope: true,
  propagation: true,
  faults: true,
  goals: true,
  challenges: true,
  technologies: true,
});

/** /search-index/facets/chunk-<k>.json: the facet values of a run of incidents, in the order of the short index's documents (newest first; see RECORD_CHUNK). */
export const facetsFileSchema = z.array(facetValuesSchema);

/** /search-index/text/<id>.json: one incident's prose, for body-text snippets of the results shown. */
export const textFileSchema = z.object({ id: z.string(), text: z.string() });

export type SearchRecord = z.infer<typeof searchRecordSchema>;
export type SearchTerm = z.infer<typeof searchTermSchema>;
export type TermKind = (typeof TERM_KINDS)[number];
export type CoreFile = z.infer<typeof coreFileSchema>;
export type FacetValues = z.infer<typeof facetValuesSchema>;
export type TextFile = z.infer<typeof textFileSchema>;
