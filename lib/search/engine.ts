import { limitExpansions } from './expansions';
import MiniSearch from 'minisearch';
import { facetLabel } from '../content/facets';
import { BODY_INDEX_OPTIONS, SHORT_INDEX_OPTIONS, type ShortDoc } from './config';
import type { CoreFile, FacetValues, SearchRecord, SearchTerm } from './schema';
import type { PhraseLookup } from './phrases';
import { termKey, vocabularyOf, type Labels } from './vocabulary';

export { termKey } from './vocabulary';

/**
 * A loaded search engine. In Node (tests, the bench) everything is in memory; in the search
 * worker the indexes arrive in shards, records as results need them and facet values after the
 * first result (worker-service.ts), so what a search reads must be loaded before it runs.
 */
export interface Engine {
  /** The vocabulary's terms and organisation names. */
  core: Labels;
  /** Every incident id, newest first (the order without a query, and the ranking's last tie-break). */
  ids: readonly string[];
  /** Position of each incident in `ids`. */
  rank: ReadonlyMap<string, number>;
  termById: ReadonlyMap<string, SearchTerm>;
  orgName: ReadonlyMap<string, string>;
  /** The short-field index (title, lead, organisations, tag names). */
  short: SearchIndex;
  body?: SearchIndex;
  /** The records loaded so far, by id (all of them in Node). */
  records: ReadonlyMap<string, SearchRecord>;
  /** Every incident's facet values by id, once loaded (always in Node). */
  facets?: ReadonlyMap<string, FacetValues>;
  /** The pair index the phrase boost reads where records are not loaded (the worker's; phrases.ts). */
  phrases?: PhraseLookup;
}

/** An index: whole (Node, tests) or loaded shard by shard (the browser, see shards.ts). */
export interface SearchIndex {
  index: MiniSearch;
  /** True when the word occurs in some incident's body text, whether or not its postings are loaded. */
  has(term: string): boolean;
}

/** A term's name followed by its other names, as indexed: "Operator action · human error · …". */
function named(t: SearchTerm | undefined): string[] {
  return t ? [t.name, ...t.aka] : [];
}

/**
 * The short-field document of a record: the names (and other names) of its tags spelled out, so
 * words find them. Definitions are never indexed: they describe the tag, not the incident.
 */
export function shortDoc(
  rec: SearchRecord,
  termById: ReadonlyMap<string, SearchTerm>,
  orgName: ReadonlyMap<string, string>,
): ShortDoc {
  const join = (xs: (SearchTerm | undefined)[]) => xs.flatMap(named).join(' · ');
  // Root and trigger faults say what the incident is an example of; contributing ones weigh less.
  const main = new Set(rec.faults.filter((f) => f.role !== 'contributing').map((f) => f.type));
  const minor = new Set(rec.faults.filter((f) => !main.has(f.type)).map((f) => f.type));
  const withClasses = (ids: Set<string>, without: Set<string | undefined> = new Set()) => {
    const types = [...ids].map((id) => termById.get(id));
    const classes = [...new Set(types.map((t) => t?.parent))].filter((c) => !without.has(c));
    return [...types, ...classes.map((id) => (id ? termById.get(id) : undefined))];
  };
  const mainTerms = withClasses(main);
  const mainClasses = new Set(mainTerms.map((t) => t?.id));
  return {
    id: rec.id,
    title: rec.title,
    orgs: rec.orgs.map((id) => orgName.get(id) ?? id).join(' · '),
    summary: rec.lead,
    faults: join(mainTerms),
    contributing: join(withClasses(minor, mainClasses)),
    techs: join(rec.technologies.map((id) => termById.get(termKey('technology', id)))),
    terms: join(rec.terms.map((id) => termById.get(termKey('glossary', id)))),
    goals: join(rec.goals.map((id) => termById.get(id))),
    challenges: join(rec.challenges.map((id) => termById.get(id))),
    facets: [rec.scope, ...rec.propagation].map(facetLabel).join(' · '),
  };
}

/** Builds the short-field index (at build time, and in Node) of records in the given order. */
export function buildShortIndex(records: readonly SearchRecord[], labels: Labels): MiniSearch<ShortDoc> {
  const { termById, orgName } = vocabularyOf(labels);
  const short = new MiniSearch<ShortDoc>(SHORT_INDEX_OPTIONS);
  short.addAll(records.map((r) => shortDoc(r, termById, orgName)));
  return short;
}

/** An index searched whole. */
function whole(index: MiniSearch): SearchIndex {
  limitExpansions(index);
  return { index, has: (t) => indexHas(index, t) };
}

/** The engine over a whole corpus in memory (Node: tests, the bench, the build's checks), without body text. */
export function createEngine(core: CoreFile): Engine {
  const short = buildShortIndex(core.records, core) as unknown as MiniSearch;
  return {
    ...engineParts(
      core,
      core.records.map((r) => r.id),
    ),
    short: whole(short),
    records: new Map(core.records.map((r) => [r.id, r])),
    facets: new Map(core.records.map((r) => [r.id, r])),
  };
}

/** The parts of an engine that come from the labels and the ids (newest first). */
export function engineParts(
  labels: Labels,
  ids: readonly string[],
): Pick<Engine, 'core' | 'ids' | 'rank' | 'termById' | 'orgName'> {
  const { termById, orgName } = vocabularyOf(labels);
  return {
    core: { terms: labels.terms, orgs: labels.orgs },
    ids,
    rank: new Map(ids.map((id, i) => [id, i])),
    termById,
    orgName,
  };
}

/** A loaded record; throws when it is not loaded (the worker loads the records of the hits it shows). */
export function recordOf(engine: Pick<Engine, 'records'>, id: string): SearchRecord {
  const rec = engine.records.get(id);
  if (!rec) throw new Error(`search: the record of ${id} is not loaded`);
  return rec;
}

// Phrase checks and "why it matched" read a record's short-field document; it is made once per record.
const docMemo = new WeakMap<SearchRecord, ShortDoc>();
/** The short-field document of a loaded record (undefined when it is not loaded). */
export function docOf(engine: Engine, id: string): ShortDoc | undefined {
  const rec = engine.records.get(id);
  if (!rec) return undefined;
  let d = docMemo.get(rec);
  if (!d) docMemo.set(rec, (d = shortDoc(rec, engine.termById, engine.orgName)));
  return d;
}

/** Builds the body index (at build time) from each incident's text; it is shipped serialised. */
export function buildBodyIndex(texts: readonly { id: string; text: string }[]): MiniSearch {
  const body = new MiniSearch(BODY_INDEX_OPTIONS);
  body.addAll(texts.map((t) => ({ id: t.id, body: t.text })));
  return body;
}

// MiniSearch keeps its vocabulary in a radix tree it does not expose; `has` on it is an exact,
// allocation-free lookup, which "is this word in the corpus as typed?" needs on every keystroke.
type WithVocabulary = { _index: { has(term: string): boolean } };
const indexHas = (index: MiniSearch, term: string) => (index as unknown as WithVocabulary)._index.has(term);

/** The engine with the whole body index attached, from the JSON text of a serialised body index. */
export function withBody(engine: Engine, bodyJson: string): Engine {
  return { ...engine, body: whole(MiniSearch.loadJSON(bodyJson, BODY_INDEX_OPTIONS)) };
}

/** True when the word occurs as typed in any indexed field of any incident. */
export function knows(engine: Engine, term: string): boolean {
  return engine.short.has(term) || (engine.body?.has(term) ?? false);
}
