/**
 * Engine configuration shared by the build (which writes the body index), the browser and the
 * bench, so all three tokenise and score the same way.
 */
import type { SearchOptions } from 'minisearch';
import { tokenize } from './normalize';

/** Words too common to help ranking; dropping them shrinks the body index and speeds queries. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  'a an and are as at be been but by for from had has have in into is it its of on or that the their then there these they this to was were which while with'.split(
    ' ',
  ),
);

/** A folded word, or null for a stop word or a lone letter (MiniSearch's processTerm contract). */
export function processTerm(term: string): string | null {
  // A lone letter is noise ("a", the "d" of a pasted "\\d"); a lone digit can be a version or a count.
  return STOP_WORDS.has(term) || (term.length === 1 && !/\d/.test(term)) ? null : term;
}

/** Fields of the short-field index, built in the browser from core.json. */
export const SHORT_FIELDS = ['title', 'orgs', 'summary', 'faults', 'goals', 'challenges'] as const;
/** Where a result can match: the short fields, a fault definition (via the term index) or the body. */
export type MatchField = (typeof SHORT_FIELDS)[number] | 'faultText' | 'body';
type ShortField = (typeof SHORT_FIELDS)[number];

/** One document of the short-field index. */
export type ShortDoc = { id: string } & Record<ShortField, string>;

/** What each field is called in "why it matched". */
export const FIELD_LABELS: Record<MatchField, string> = {
  title: 'title',
  orgs: 'organisation',
  summary: 'summary',
  faults: 'fault type',
  faultText: 'fault definition',
  goals: 'goal',
  challenges: 'challenge',
  body: 'body text',
};

/** Tokeniser for MiniSearch: our Unicode-aware word splitter (already folded). */
export const msTokenize = (text: string): string[] => tokenize(text);

/** MiniSearch options of the short-field index. */
export const SHORT_INDEX_OPTIONS = {
  fields: [...SHORT_FIELDS],
  tokenize: msTokenize,
  processTerm,
};

/** MiniSearch options of the term index: fault types and classes by name and definition. */
export const TERM_INDEX_OPTIONS = {
  fields: ['name', 'definition'],
  tokenize: msTokenize,
  processTerm,
};

/** MiniSearch options of the body index (one field, documents are incident ids). */
export const BODY_INDEX_OPTIONS = {
  fields: ['body'],
  tokenize: msTokenize,
  processTerm,
};

/** Relative weight of a match in each short field: names count more than prose. */
export const FIELD_BOOST: Record<ShortField, number> = {
  title: 4,
  orgs: 3,
  faults: 3,
  goals: 2,
  challenges: 2,
  summary: 1.5,
};

/**
 * How much a fault definition matching the query counts for each incident tagged with that fault.
 * Definitions are matched once in a small term index rather than copied into every incident, which
 * keeps the browser's indexing time and memory down.
 */
export const DEFINITION_WEIGHT = 0.3;

/** How much a body-text score counts against the short fields' scores. */
export const BODY_WEIGHT = 0.6;

// Typos: one edit from 4 letters, two from 10 ("kinesys", "zookeper", "cloudfare" are one edit away).
const fuzzy = (term: string) => (term.length >= 10 ? 2 : term.length >= 4 ? 1 : false);
// Only the word being typed is completed, so "thread lim" finds "limit" without every word fanning out.
const lastWordPrefix = (term: string, i: number, terms: string[]) => i === terms.length - 1 && term.length >= 3;

/** Search options of the short-field index: typo-tolerant, the last word completed. */
export const SHORT_SEARCH: SearchOptions = {
  boost: FIELD_BOOST,
  fuzzy,
  prefix: lastWordPrefix,
  combineWith: 'OR',
  weights: { fuzzy: 0.5, prefix: 0.4 },
};

/** Search options of the term index: definitions only, exact words (they are prose, not names). */
export const TERM_SEARCH: SearchOptions = {
  fields: ['definition'],
  fuzzy: false,
  prefix: lastWordPrefix,
  combineWith: 'OR',
};

/**
 * Search options of the body index. Fuzzy matching over a body vocabulary costs most of a query's
 * time (see docs/search.md), and typos in names are caught by the short fields, so bodies are
 * matched exactly, with the last word completed.
 */
export const BODY_SEARCH: SearchOptions = {
  fuzzy: false,
  prefix: lastWordPrefix,
  combineWith: 'OR',
  weights: { fuzzy: 0.5, prefix: 0.4 },
};
