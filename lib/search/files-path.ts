/** Where the static search files live under the site root (scripts/write-site-files.ts writes them beside next build, from lib/data/site-files.ts). */
export { SEARCH_INDEX_DIR as INDEX_DIR } from '../routes';

/** How many records a chunk file holds. */
export const RECORD_CHUNK = 250;

/** The two sharded indexes: short fields (title, lead, organisations, tag names) and body text. */
export type IndexName = 'short' | 'body';

/** Paths of the search files under the index directory. */
export const FILES = {
  labels: 'labels.json',
  meta: (index: IndexName) => `${index}/meta.json`,
  words: (index: IndexName) => `${index}/words.json`,
  shard: (index: IndexName, n: number) => `${index}/${n}.json`,
  /** A run of consecutive shards in one file (a JSON array of them), for a word start that reaches them all. */
  group: (index: IndexName, g: number) => `${index}/group-${g}.json`,
  /**
   * The facet values of incidents RECORD_CHUNK × k up to RECORD_CHUNK × (k + 1) − 1, in order: in
   * chunks, so the worker parses them a chunk at a time between keystrokes (at 10,000 incidents one
   * file took some 85–130 ms to parse and check, in one block).
   */
  facetsChunk: (k: number) => `facets/chunk-${k}.json`,
  phraseMeta: 'phrase/meta.json',
  phraseShard: (n: number) => `phrase/${n}.json`,
  /** The record of document n of the indexes (n as a string: the key the worker's engine uses). */
  record: (n: string) => `record/${n}.json`,
  /** Records RECORD_CHUNK × k up to RECORD_CHUNK × (k + 1) − 1, in order (loaded in the background). */
  recordChunk: (k: number) => `record/chunk-${k}.json`,
  text: (id: string) => `text/${encodeURIComponent(id)}.json`,
} as const;
