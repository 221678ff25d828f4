import MiniSearch from 'minisearch';
import { BODY_INDEX_OPTIONS, SHORT_INDEX_OPTIONS, TERM_INDEX_OPTIONS, type ShortDoc } from './config';
import type { CoreFile, SearchRecord, SearchTerm } from './schema';

/** A loaded search engine: the core data, its short-field index and, once loaded, the body index. */
export interface Engine {
  core: CoreFile;
  byId: ReadonlyMap<string, SearchRecord>;
  /** Position of each incident in the core file (newest first), for ordering without a query. */
  rank: ReadonlyMap<string, number>;
  termById: ReadonlyMap<string, SearchTerm>;
  orgName: ReadonlyMap<string, string>;
  short: MiniSearch<ShortDoc>;
  /** Fault types and classes by name and definition. */
  termIndex: MiniSearch<SearchTerm>;
  /** Incidents tagged with each fault type or class (any role). */
  taggedWith: ReadonlyMap<string, readonly SearchRecord[]>;
  body?: MiniSearch;
}

/** The short-field document of a record: names of its tags spelled out, so words find them. */
export function shortDoc(rec: SearchRecord, termById: ReadonlyMap<string, SearchTerm>, orgName: ReadonlyMap<string, string>): ShortDoc {
  const types = [...new Set(rec.faults.map((f) => f.type))].map((id) => termById.get(id)).filter((t) => t !== undefined);
  const classes = [...new Set(types.map((t) => t.parent))].map((id) => (id ? termById.get(id) : undefined)).filter((t) => t !== undefined);
  const names = (ids: readonly string[]) => ids.map((id) => termById.get(id)?.name ?? id).join(' · ');
  return {
    id: rec.id,
    title: rec.title,
    orgs: rec.orgs.map((id) => orgName.get(id) ?? id).join(' · '),
    summary: rec.lead,
    faults: [...types, ...classes].map((t) => t.name).join(' · '),
    goals: names(rec.goals),
    challenges: names(rec.challenges),
  };
}

/** Builds the engine from core.json; indexing the short fields here keeps the download small. */
export function createEngine(core: CoreFile): Engine {
  const termById = new Map(core.terms.map((t) => [t.id, t]));
  const orgName = new Map(core.orgs.map((o) => [o.id, o.name]));
  const short = new MiniSearch<ShortDoc>(SHORT_INDEX_OPTIONS);
  short.addAll(core.records.map((r) => shortDoc(r, termById, orgName)));
  const termIndex = new MiniSearch<SearchTerm>(TERM_INDEX_OPTIONS);
  termIndex.addAll(core.terms.filter((t) => t.kind === 'fault-type' || t.kind === 'fault-class'));
  const taggedWith = new Map<string, SearchRecord[]>();
  for (const r of core.records) {
    const ids = new Set(r.faults.flatMap((f) => [f.type, termById.get(f.type)?.parent ?? f.type]));
    for (const id of ids) {
      const list = taggedWith.get(id);
      if (list) list.push(r);
      else taggedWith.set(id, [r]);
    }
  }
  return {
    core,
    byId: new Map(core.records.map((r) => [r.id, r])),
    rank: new Map(core.records.map((r, i) => [r.id, i])),
    termById,
    orgName,
    short,
    termIndex,
    taggedWith,
  };
}

/** Builds the body index (at build time) from each incident's text; it is shipped serialised. */
export function buildBodyIndex(texts: readonly { id: string; text: string }[]): MiniSearch {
  const body = new MiniSearch(BODY_INDEX_OPTIONS);
  body.addAll(texts.map((t) => ({ id: t.id, body: t.text })));
  return body;
}

/** The engine with the body index attached, from the JSON text of body.json. */
export function withBody(engine: Engine, bodyJson: string): Engine {
  return { ...engine, body: MiniSearch.loadJSON(bodyJson, BODY_INDEX_OPTIONS) };
}
