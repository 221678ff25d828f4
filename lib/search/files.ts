import { getContent } from '../content';
import type { Corpus } from '../corpus';
import { buildBodyIndex, buildShortIndex, shortDoc } from './engine';
import { buildPhraseFiles } from './phrases';
import { vocabularyOf } from './vocabulary';
import { SHARD_BYTES, splitIndex } from './shards';
import { buildCoreFile, buildTextFiles, type SearchSource } from './records';
import type { CoreFile, FacetValues, SearchRecord, TextFile } from './schema';
import { FILES, RECORD_CHUNK } from './files-path';

/** The corpus with the technology vocabulary added (read with the rest of the content). */
export function searchSource(corpus: Pick<Corpus, 'incidents' | 'tax' | 'glossary'>): SearchSource {
  return { ...corpus, technologies: getContent().taxonomy.technologies };
}

/** The core data of a corpus (records and vocabulary) as JSON text: what the search files are made from. */
export function coreJson(corpus: Pick<Corpus, 'incidents' | 'tax' | 'glossary'>): string {
  return JSON.stringify(buildCoreFile(searchSource(corpus)));
}

/** The JSON text of the serialised body index (Node's whole engine; the site ships it in shards). */
export function bodyJson(corpus: Pick<Corpus, 'incidents'>): string {
  return JSON.stringify(buildBodyIndex(buildTextFiles(corpus.incidents)));
}

/** An incident's facet values, as the facets chunk files carry them. */
function facetValues(r: SearchRecord): FacetValues {
  const { year, orgs, scope, propagation, faults, goals, challenges, technologies } = r;
  return { year, orgs, scope, propagation, faults, goals, challenges, technologies };
}

/**
 * Every file of the search index directory, by its path there (FILES): labels, the short-field and
 * body indexes in shards with their meta and vocabulary files, the phrase boost's pair index, facet values, one record (by its
 * number, newest first) and one text file (by id) per incident. Made from the records (newest first) and each incident's text.
 */
export function indexFiles(core: CoreFile, texts: readonly TextFile[]): Map<string, string> {
  const files = new Map<string, string>();
  files.set(FILES.labels, JSON.stringify({ terms: core.terms, orgs: core.orgs }));
  const short = splitIndex(buildShortIndex(core.records, core) as never, SHARD_BYTES.short, true);
  const body = splitIndex(buildBodyIndex(texts), SHARD_BYTES.body);
  // Both indexes number the incidents by their place among the records (the meta files leave the
  // ids out; document n's record is record/<n>.json), so the texts must come in the same order.
  if (texts.some((t, n) => t.id !== core.records[n]?.id) || texts.length !== core.records.length)
    throw new Error('search index: the texts are not in the order of the records');
  const indexes = [
    ['short', short],
    ['body', body],
  ] as const;
  for (const [name, { meta, words, shards, groups }] of indexes) {
    files.set(FILES.meta(name), JSON.stringify(meta));
    files.set(FILES.words(name), JSON.stringify(words));
    shards.forEach((s, n) => files.set(FILES.shard(name, n), s));
    groups.forEach((s, g) => files.set(FILES.group(name, g), s));
  }
  const { termById, orgName } = vocabularyOf(core);
  const phrases = buildPhraseFiles(core.records.map((r) => shortDoc(r, termById, orgName)));
  files.set(FILES.phraseMeta, JSON.stringify(phrases.meta));
  phrases.shards.forEach((s, n) => files.set(FILES.phraseShard(n), s));
  for (let k = 0; k * RECORD_CHUNK < core.records.length; k++)
    files.set(
      FILES.facetsChunk(k),
      JSON.stringify(core.records.slice(k * RECORD_CHUNK, (k + 1) * RECORD_CHUNK).map(facetValues)),
    );
  core.records.forEach((r, n) => files.set(FILES.record(String(n)), JSON.stringify(r)));
  for (let k = 0; k * RECORD_CHUNK < core.records.length; k++)
    files.set(FILES.recordChunk(k), JSON.stringify(core.records.slice(k * RECORD_CHUNK, (k + 1) * RECORD_CHUNK)));
  for (const t of texts) files.set(FILES.text(t.id), JSON.stringify(t));
  return files;
}

/** The search index files of the corpus (see `indexFiles`), made once per corpus. */
export function searchIndexFiles(corpus: Pick<Corpus, 'incidents' | 'tax' | 'glossary'>): Map<string, string> {
  const known = memo.get(corpus.incidents);
  if (known) return known;
  const made = indexFiles(buildCoreFile(searchSource(corpus)), buildTextFiles(corpus.incidents));
  memo.set(corpus.incidents, made);
  return made;
}

const memo = new WeakMap<object, Map<string, string>>();
