/**
 * A MiniSearch index in chunks: the serialised index is cut by term, in alphabetical order, into
 * shards of about SHARD_BYTES. A small meta file carries the rest of the index (document ids and
 * field lengths, which scoring needs) and each shard's first term; the sorted vocabulary is a file
 * of its own, loaded only when a query needs typo tolerance. A query loads only the shards holding
 * the words it can reach (as typed, by an allowed typo or as a prefix), so the first result waits
 * for a few small files instead of the whole index. Used for the short fields and the body text.
 */
import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import * as z from 'zod/mini';
import { limitExpansions } from './expansions';
import { lengthsChanged } from './scoring';
import { compareCodeUnits } from './order';
import type { WordTree } from './word-tree';

/**
 * Target size of one shard's JSON text, in bytes (before compression), per index. Smaller shards
 * mean fewer bytes for the words a query reaches and more files; the short-field index's words
 * have short postings lists, so its shards are cut finer.
 */
export const SHARD_BYTES = { short: 6_000, body: 12_000 } as const;

const isNumbers = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'number');

/**
 * <index>/meta.json: the index without its postings, plus where each shard starts. Documents are
 * numbered in the order they were added (newest incident first); the file carries no ids
 * (document n's record is record/<n>.json). MiniSearch's per-document field lengths, which BM25
 * reads for every posting it scores, come either here as one column per field (the body: one
 * field) or in the shards, for the documents their postings name (the short fields: ten columns
 * would be most of what loads before the first result at 10,000 incidents).
 */
export const indexMetaSchema = z.object({
  /** MiniSearch's serialised index without postings, document ids or field lengths (counts, averages). */
  index: z.custom<AsPlainObject>((v) => typeof v === 'object' && v !== null),
  /** lengths[f][n]: the length in words of field f of document n; empty when the shards carry them. */
  lengths: z.array(z.custom<number[]>(isNumbers)),
  /** The first word of each shard, sorted: shard i holds the words from firsts[i] up to firsts[i+1]. */
  firsts: z.array(z.string()),
});

/** <index>/words.json: every indexed word, sorted (for typo matches and did-you-mean). */
const wordsSchema = z.array(z.string());

// The innermost maps (document → number) are checked as objects only: checking every number cost
// more than parsing the JSON, on the keystroke that waits for the shard.
const byField = z.record(
  z.string(),
  z.custom<Record<string, number>>((v) => typeof v === 'object' && v !== null),
);

/**
 * <index>/<n>.json: the postings of the words of one shard, as MiniSearch serialises them (field →
 * document → term frequency), and, for an index whose meta file has no length columns, the field
 * lengths of the documents they name (field → document → length).
 */
export const shardSchema = z.object({
  words: z.array(z.tuple([z.string(), byField])),
  lengths: z.optional(byField),
});

export type IndexMeta = z.infer<typeof indexMetaSchema>;
type Shard = z.infer<typeof shardSchema>;

/** Cuts a built index into its meta file, its sorted vocabulary and its shards (each as JSON text). */
export function splitIndex(
  built: MiniSearch<never> | MiniSearch,
  shardBytes: number,
  lengthsInShards = false,
): {
  meta: IndexMeta;
  words: string[];
  shards: string[];
} {
  const js = built.toJSON();
  const count = js.nextId;
  const fields = Object.keys(js.fieldIds).length;
  const lengthOf = (n: number | string, f: number | string) =>
    (js.fieldLength[Number(n)] as number[] | undefined)?.[Number(f)] ?? 0;
  const lengths = lengthsInShards
    ? []
    : Array.from({ length: fields }, (_, f) => Array.from({ length: count }, (_, n) => lengthOf(n, f)));
  if (Object.keys(js.documentIds).length !== count) throw new Error('search index: documents were removed');
  const entries = [...js.index].sort((a, b) => compareCodeUnits(a[0], b[0]));
  const shards = cutSorted(entries, shardBytes);
  return {
    meta: {
      index: { ...js, index: [], documentIds: {}, fieldLength: {} },
      lengths,
      firsts: shards.map((s) => s[0]![0]),
    },
    words: entries.map((e) => e[0]),
    shards: shards.map((words) => {
      if (!lengthsInShards) return JSON.stringify({ words } satisfies Shard);
      const named: Record<string, Record<string, number>> = {};
      for (const [, postings] of words)
        for (const [f, docs] of Object.entries(postings))
          for (const n of Object.keys(docs)) (named[f] ??= {})[n] = lengthOf(n, f);
      return JSON.stringify({ words, lengths: named } satisfies Shard);
    }),
  };
}

/**
 * Cuts entries sorted by key into runs of about `bytes` of JSON each (an entry larger than that
 * makes a run alone); the first key of each run finds it (`shardOf`).
 */
export function cutSorted<T extends [string, ...unknown[]]>(entries: readonly T[], bytes: number): T[][] {
  const runs: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const entry of entries) {
    const n = JSON.stringify(entry).length;
    if (current.length > 0 && size + n > bytes) {
      runs.push(current);
      current = [];
      size = 0;
    }
    current.push(entry);
    size += n;
  }
  if (current.length > 0) runs.push(current);
  return runs;
}

/** The shard that holds `term` (binary search over the shards' first words). */
export function shardOf(firsts: readonly string[], term: string): number {
  let lo = 0;
  let hi = firsts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (firsts[mid]! <= term) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The run of shards that can hold a word starting with `prefix` (the words with a prefix are a run of the sorted vocabulary). */
function prefixShards(firsts: readonly string[], prefix: string): number[] {
  const first = shardOf(firsts, prefix);
  const last = shardOf(firsts, `${prefix}\uffff`);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

// MiniSearch keeps postings in a radix tree and field lengths in a map it does not expose; adding a
// loaded shard's words to them directly costs only those words, where loadJS would rebuild
// everything loaded so far.
type Internals = {
  _index: WordTree;
  _fieldLength: Map<number, number[]>;
};

/**
 * Loads the shards of a sorted key space once each and knows which are in: a failed fetch is
 * forgotten so the next ask retries it; asking for a key whose shard is not in throws, since an
 * answer from a missing shard would silently change what a query matches. `apply` takes a shard's
 * JSON text; `what` names the index in that error.
 */
export class ShardLoader {
  private readonly loading = new Map<number, Promise<void>>();
  private readonly done = new Set<number>();

  constructor(
    private readonly firsts: readonly string[],
    private readonly fetch: (n: number) => Promise<string>,
    private readonly apply: (text: string) => void,
    private readonly what: string,
  ) {}

  /** How many shards have been asked for (loaded or on their way). */
  get asked(): number {
    return this.loading.size;
  }

  /** Loads shard n, once. */
  load(n: number): Promise<void> {
    let p = this.loading.get(n);
    if (!p) {
      p = this.fetch(n).then((text) => {
        this.apply(text);
        this.done.add(n);
      });
      p.catch(() => this.loading.delete(n));
      this.loading.set(n, p);
    }
    return p;
  }

  /**
   * Loads every shard not yet in, `parallel` at a time, in key order; a shard that fails is left
   * for the next ask (the promise resolves either way).
   */
  async loadAll(parallel: number): Promise<void> {
    let next = 0;
    const lane = async () => {
      while (next < this.firsts.length) await this.load(next++).catch(() => undefined);
    };
    await Promise.all(Array.from({ length: parallel }, lane));
  }

  /** Loads the shards holding these keys. */
  async ensure(keys: Iterable<string>): Promise<void> {
    const need = new Set<number>();
    for (const k of keys) need.add(shardOf(this.firsts, k));
    await Promise.all([...need].map((n) => this.load(n)));
  }

  /** True when the shards holding these keys are all in: `ensure` would fetch nothing. */
  holds(keys: Iterable<string>): boolean {
    for (const k of keys) if (!this.done.has(shardOf(this.firsts, k))) return false;
    return true;
  }

  /** True when shard n is in. */
  has(n: number): boolean {
    return this.done.has(n);
  }

  /** Throws unless the shard holding `key` is in. */
  assertLoaded(key: string): void {
    const n = shardOf(this.firsts, key);
    if (!this.done.has(n)) throw new Error(`${this.what}: shard ${n} (for "${key}") asked before it was loaded`);
  }
}

/** Where a sharded index reads its files: shard n's JSON text, and the vocabulary's. */
export interface ShardSource {
  shard(n: number): Promise<string>;
  words(): Promise<string>;
}

/**
 * An index whose postings arrive shard by shard. Its documents' ids are their numbers as strings
 * ("0" the newest incident), the key of record/<n>.json. Whether a word is indexed is known once its
 * shard is in (`ensure`); searches are exact once `reach` has resolved for every query word.
 */
export class ShardedIndex {
  readonly index: MiniSearch;
  private readonly known = new Set<string>();
  private readonly shards: ShardLoader;
  private vocabulary?: Promise<SearchableMap<true>>;
  /** The vocabulary once it is in. */
  private vocabularyIn?: SearchableMap<true>;

  constructor(
    private readonly meta: IndexMeta,
    options: Options,
    private readonly source: ShardSource,
  ) {
    const documentIds: Record<number, string> = {};
    const fieldLength: Record<number, number[]> = {};
    for (let n = 0; n < meta.index.nextId; n++) {
      documentIds[n] = String(n);
      // Without columns, the lengths arrive with the shards that name the document.
      fieldLength[n] = meta.lengths.map((column) => column[n] ?? 0);
    }
    this.index = MiniSearch.loadJS({ ...meta.index, documentIds, fieldLength }, options);
    limitExpansions(this.index);
    this.shards = new ShardLoader(
      meta.firsts,
      (n) => source.shard(n),
      (text) => this.add(shardSchema.parse(JSON.parse(text))),
      'search index',
    );
  }

  /** The documents' keys, in the order they were added: "0", "1", …. */
  keys(): string[] {
    return Array.from({ length: this.meta.index.nextId }, (_, n) => String(n));
  }

  /**
   * True when the word is indexed. Its shard must be in (see `ensure`): answering from a shard
   * not loaded would silently change what a query matches, so that throws.
   */
  has(term: string): boolean {
    this.shards.assertLoaded(term);
    return this.known.has(term);
  }

  /** Loads the shards holding these words, so `has` can answer for them. */
  async ensure(words: Iterable<string>): Promise<void> {
    await this.shards.ensure(words);
  }

  /**
   * Loads every shard a query word can reach: as typed, within `distance` edits (the vocabulary
   * file is loaded for that, once), or (when `prefix`) as the start of a longer word.
   */
  async reach(term: string, distance: number, prefix: boolean): Promise<void> {
    const need = new Set<number>([shardOf(this.meta.firsts, term)]);
    if (distance > 0)
      for (const w of (await this.words()).fuzzyGet(term, distance).keys()) need.add(shardOf(this.meta.firsts, w));
    if (prefix) for (const n of prefixShards(this.meta.firsts, term)) need.add(n);
    await Promise.all([...need].map((n) => this.shards.load(n)));
  }

  /** True when `ensure(words)` would fetch nothing. */
  holds(words: Iterable<string>): boolean {
    return this.shards.holds(words);
  }

  /**
   * True when `reach(term, distance, prefix)` would fetch nothing; false while the vocabulary that
   * a match within `distance` edits needs is not in.
   */
  reaches(term: string, distance: number, prefix: boolean): boolean {
    if (!this.shards.holds([term])) return false;
    if (prefix && !prefixShards(this.meta.firsts, term).every((n) => this.shards.has(n))) return false;
    if (distance === 0) return true;
    if (!this.vocabularyIn) return false;
    return this.shards.holds(this.vocabularyIn.fuzzyGet(term, distance).keys());
  }

  /** How many shards there are, and how many have been loaded. */
  progress(): { shards: number; loaded: number } {
    return { shards: this.meta.firsts.length, loaded: this.shards.asked };
  }

  /**
   * Loads, ahead of need, the shards holding every word that starts with `prefix`, unless there
   * are more than `max` of them; resolves when they are in (at once when they are too many).
   */
  async prefetch(prefix: string, max: number): Promise<void> {
    const run = prefixShards(this.meta.firsts, prefix);
    if (run.length > max) return;
    await Promise.all(run.map((n) => this.shards.load(n)));
  }

  /** Loads every shard, `parallel` at a time (see ShardLoader.loadAll): no later keystroke waits for a file. */
  async preloadAll(parallel: number): Promise<void> {
    await this.shards.loadAll(parallel);
  }

  /** Loads the vocabulary now (typo matches need it), so a later keystroke does not wait for it. */
  async preloadWords(): Promise<void> {
    await this.words();
  }

  private words(): Promise<SearchableMap<true>> {
    this.vocabulary ??= this.source.words().then((text) => {
      const map = new SearchableMap<true>();
      for (const w of wordsSchema.parse(JSON.parse(text))) map.set(w, true);
      this.vocabularyIn = map;
      return map;
    });
    // A failed fetch may be retried by the next query.
    this.vocabulary.catch(() => (this.vocabulary = undefined));
    return this.vocabulary;
  }

  private add(shard: Shard): void {
    const { _index: index, _fieldLength: fieldLength } = this.index as unknown as Internals;
    for (const [f, docs] of Object.entries(shard.lengths ?? {}))
      for (const [doc, length] of Object.entries(docs)) fieldLength.get(Number(doc))![Number(f)] = length;
    if (shard.lengths) lengthsChanged(this.index);
    for (const [term, data] of shard.words) {
      const fields = new Map<number, Map<number, number>>();
      for (const [fieldId, freqs] of Object.entries(data))
        fields.set(Number(fieldId), new Map(Object.entries(freqs).map(([doc, k]) => [Number(doc), k])));
      index.set(term, fields);
      this.known.add(term);
    }
  }
}
