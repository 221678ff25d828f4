/**
 * Engine configuration shared by the build (which writes the body index), the browser and the
 * bench, so all three tokenise, match and score the same way. The matching rules are in
 * docs/search.md.
 */
import type { SearchOptions } from 'minisearch';
import { indexTokens, isExact } from './normalize';

/** Words too common to help ranking or matching; a query of only these has no words to search. */
const STOP_WORDS: ReadonlySet<string> = new Set(
  'a an and are as at be been but by for from had has have in into is it its of on or that the their then there these they this to was were which while with'.split(
    ' ',
  ),
);

/** A folded word, or null for a stop word or a lone Latin letter (MiniSearch's processTerm contract). */
export function processTerm(term: string): string | null {
  // A lone Latin letter is noise ("a", the "s" of "AWS's"); a lone digit can be a version, and a
  // lone Han character is a whole word (所, "place").
  return STOP_WORDS.has(term) || /^[a-z]$/.test(term) ? null : term;
}

/** Fields of the short-field index (built at build time from the records, shipped in shards). */
const SHORT_FIELDS = [
  'title',
  'orgs',
  'summary',
  'faults',
  'contributing',
  'techs',
  'terms',
  'goals',
  'challenges',
  'facets',
] as const;
/** Where a result can match: the short fields or the body. */
export type MatchField = (typeof SHORT_FIELDS)[number] | 'body';
type ShortField = (typeof SHORT_FIELDS)[number];

/** One document of the short-field index. */
export type ShortDoc = { id: string } & Record<ShortField, string>;

/** What each field is called in "why it matched". */
export const FIELD_LABELS: Record<MatchField, string> = {
  title: 'title',
  orgs: 'organisation',
  summary: 'summary',
  faults: 'fault type',
  contributing: 'contributing fault',
  techs: 'technology',
  terms: 'glossary term',
  goals: 'goal',
  challenges: 'challenge',
  facets: 'scope or propagation',
  body: 'body text',
};

/** Index tokeniser for MiniSearch: words folded, identifiers whole and in parts. */
const msTokenize = (text: string): string[] => indexTokens(text);
/** Query tokeniser: the query's terms are already split by cleanQuery and joined by spaces. */
const queryTokenize = (text: string): string[] => text.split(' ').filter(Boolean);

/** MiniSearch options of the short-field index. */
export const SHORT_INDEX_OPTIONS = {
  fields: [...SHORT_FIELDS],
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
  // A contributing fault is part of the story but not what the incident is an example of.
  contributing: 1,
  techs: 3,
  terms: 2,
  goals: 2,
  challenges: 2,
  facets: 2,
  summary: 1.5,
};

/** How much a body-text score counts against the short fields' scores. */
export const BODY_WEIGHT = 0.6;

/** Shortest word that may match with a typo: shorter words have too many neighbours (rate/race, fire/file). */
export const FUZZY_MIN = 5;
/** Longest word allowed one edit; longer words may have two. */
export const FUZZY_ONE_MAX = 7;

/**
 * How many edits a query word may be away from an indexed word: none for a word the corpus
 * contains as typed, an identifier or number, or a word under FUZZY_MIN letters; one up to
 * FUZZY_ONE_MAX letters; two beyond.
 */
export function typoDistance(term: string, known: (t: string) => boolean): number {
  if (term.length < FUZZY_MIN || isExact(term) || known(term)) return 0;
  return term.length <= FUZZY_ONE_MAX ? 1 : 2;
}

/** Shortest last word that is completed as a prefix. */
export const COMPLETE_MIN = 3;

/**
 * Whether the last query word is completed as a prefix ("thread lim" finds "limit"): only while
 * it is not yet a word of the corpus, has COMPLETE_MIN letters or more and is not an identifier.
 */
export function completes(term: string, known: (t: string) => boolean): boolean {
  return term.length >= COMPLETE_MIN && !isExact(term) && !known(term);
}

/** Search options over an index whose vocabulary is `known`: every word may match, then AND is applied. */
export function searchOptions(known: (t: string) => boolean, boost?: Record<string, number>): SearchOptions {
  return {
    // MiniSearch spreads options over its defaults, so an undefined boost would replace them.
    boost: boost ?? {},
    tokenize: queryTokenize,
    processTerm: (t) => t,
    fuzzy: (term) => typoDistance(term, known) || false,
    prefix: (term, i, terms) => i === terms.length - 1 && completes(term, known),
    combineWith: 'OR',
    maxFuzzy: 2,
    weights: { fuzzy: 0.5, prefix: 0.4 },
  };
}
