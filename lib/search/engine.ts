import MiniSearch from 'minisearch';
import { BODY_INDEX_OPTIONS, SHORT_INDEX_OPTIONS, TERM_INDEX_OPTIONS, processTerm, type ShortDoc } from './config';
import { tokenize } from './normalize';
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
export function shortDoc(
  rec: SearchRecord,
  termById: ReadonlyMap<string, SearchTerm>,
  orgName: ReadonlyMap<string, string>,
): ShortDoc {
  const types = [...new Set(rec.faults.map((f) => f.type))]
    .map((id) => termById.get(id))
    .filter((t) => t !== undefined);
  const classes = [...new Set(types.map((t) => t.parent))]
    .map((id) => (id ? termById.get(id) : undefined))
    .filter((t) => t !== undefined);
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

/**
 * Words in so many bodies that they cannot tell incidents apart: more than a fifth of them, and
 * more than COMMON_MIN_DOCS. Searching them would score thousands of postings per keystroke at
 * 10,000 incidents for no ranking gain, so the body index leaves them out (the short fields keep them).
 */
export function commonBodyWords(texts: readonly { text: string }[]): Set<string> {
  const df = new Map<string, number>();
  for (const t of texts) for (const w of new Set(tokenize(t.text))) df.set(w, (df.get(w) ?? 0) + 1);
  const limit = Math.max(texts.length * COMMON_SHARE, COMMON_MIN_DOCS);
  return new Set([...df].filter(([, n]) => n > limit).map(([w]) => w));
}
const COMMON_SHARE = 0.2;
/** Below this many incidents no body word is dropped (the real corpus is far below it). */
export const COMMON_MIN_DOCS = 200;

/** Builds the body index (at build time) from each incident's text; it is shipped serialised. */
export function buildBodyIndex(texts: readonly { id: string; text: string }[]): MiniSearch {
  const common = commonBodyWords(texts);
  const body = new MiniSearch({
    ...BODY_INDEX_OPTIONS,
    processTerm: (t: string) => (common.has(t) ? null : processTerm(t)),
  });
  body.addAll(texts.map((t) => ({ id: t.id, body: t.text })));
  return body;
}

/** The engine with the body index attached, from the JSON text of body.json. */
export function withBody(engine: Engine, bodyJson: string): Engine {
  return { ...engine, body: MiniSearch.loadJSON(bodyJson, BODY_INDEX_OPTIONS) };
}
