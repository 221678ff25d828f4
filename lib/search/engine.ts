import MiniSearch from 'minisearch';
import { facetLabel } from '../content/facets';
import { BODY_INDEX_OPTIONS, SHORT_INDEX_OPTIONS, type ShortDoc } from './config';
import type { CoreFile, SearchRecord, SearchTerm } from './schema';
import { termKey, vocabularyOf } from './vocabulary';

export { termKey } from './vocabulary';

/** A loaded search engine: the core data, its short-field index and, once loaded, the body index. */
export interface Engine {
  core: CoreFile;
  byId: ReadonlyMap<string, SearchRecord>;
  /** Position of each incident in the core file (newest first), for ordering without a query. */
  rank: ReadonlyMap<string, number>;
  termById: ReadonlyMap<string, SearchTerm>;
  orgName: ReadonlyMap<string, string>;
  short: MiniSearch<ShortDoc>;
  /** The short-field document of each incident, for the phrase check and "why it matched". */
  docs: ReadonlyMap<string, ShortDoc>;
  body?: BodyIndex;
}

/** The body-text index: whole (Node, tests) or loaded shard by shard (the browser, see shards.ts). */
interface BodyIndex {
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

/** Builds the engine from core.json; indexing the short fields here keeps the download small. */
export function createEngine(core: CoreFile): Engine {
  const { termById, orgName } = vocabularyOf(core);
  const short = new MiniSearch<ShortDoc>(SHORT_INDEX_OPTIONS);
  const docs = core.records.map((r) => shortDoc(r, termById, orgName));
  short.addAll(docs);
  return {
    core,
    byId: new Map(core.records.map((r) => [r.id, r])),
    rank: new Map(core.records.map((r, i) => [r.id, i])),
    termById,
    orgName,
    short,
    docs: new Map(docs.map((d) => [d.id, d])),
  };
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
  const index = MiniSearch.loadJSON(bodyJson, BODY_INDEX_OPTIONS);
  return { ...engine, body: { index, has: (t) => indexHas(index, t) } };
}

/** True when the word occurs as typed in any indexed field of any incident. */
export function knows(engine: Engine, term: string): boolean {
  return indexHas(engine.short, term) || (engine.body?.has(term) ?? false);
}
