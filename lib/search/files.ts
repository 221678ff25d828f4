import { getContent } from '../content';
import type { Corpus } from '../corpus';
import { buildBodyIndex } from './engine';
import { splitBodyIndex } from './shards';
import { buildCoreFile, buildTextFiles, type SearchSource } from './records';

/** The JSON text of the core file: records, terms, organisation names. */
export function coreJson(corpus: Pick<Corpus, 'incidents' | 'tax' | 'glossary'>): string {
  return JSON.stringify(buildCoreFile(searchSource(corpus)));
}

/** The corpus with the technology vocabulary added (read with the rest of the content). */
export function searchSource(corpus: Pick<Corpus, 'incidents' | 'tax' | 'glossary'>): SearchSource {
  return { ...corpus, technologies: getContent().taxonomy.technologies };
}

/** The JSON text of the serialised body index, loaded after the first results. */
export function bodyJson(corpus: Pick<Corpus, 'incidents'>): string {
  return JSON.stringify(buildBodyIndex(buildTextFiles(corpus.incidents)));
}

/** The body index in chunks: the JSON text of body/meta.json and of each body/<n>.json, in order. */
export function bodyShards(corpus: Pick<Corpus, 'incidents'>): { meta: string; shards: string[] } {
  // The meta route and every shard route ask for the same split; compute it once per corpus.
  const known = shardMemo.get(corpus.incidents);
  if (known) return known;
  const { meta, shards } = splitBodyIndex(buildBodyIndex(buildTextFiles(corpus.incidents)));
  const made = { meta: JSON.stringify(meta), shards };
  shardMemo.set(corpus.incidents, made);
  return made;
}

const shardMemo = new WeakMap<object, { meta: string; shards: string[] }>();

/** The JSON text of each incident's text file, by id. */
export function textJsons(corpus: Pick<Corpus, 'incidents'>): Map<string, string> {
  // Each text file's route asks for the whole map; compute it once per corpus.
  const known = textMemo.get(corpus.incidents);
  if (known) return known;
  const made = new Map(buildTextFiles(corpus.incidents).map((t) => [t.id, JSON.stringify(t)]));
  textMemo.set(corpus.incidents, made);
  return made;
}

const textMemo = new WeakMap<object, Map<string, string>>();
