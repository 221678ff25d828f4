/**
 * The body index in chunks: the serialised MiniSearch body index is cut by term, in alphabetical
 * order, into shards of about SHARD_BYTES. A small meta file carries the rest of the index
 * (document ids and lengths, which scoring needs), the sorted vocabulary and each shard's first
 * term. A query loads only the shards holding the words it can reach (as typed, by an allowed
 * typo or as a prefix), so the first result waits for a few small files instead of the whole index.
 */
import MiniSearch, { type AsPlainObject } from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import * as z from 'zod/mini';
import { BODY_INDEX_OPTIONS } from './config';

/** Target size of one shard's JSON text, in bytes (before compression). */
export const SHARD_BYTES = 48_000;

/** /search-index/body/meta.json: the body index without its postings, plus how to find them. */
export const bodyMetaSchema = z.object({
  /** MiniSearch's serialised index with an empty `index` (documents, field lengths, averages). */
  index: z.custom<AsPlainObject>((v) => typeof v === 'object' && v !== null),
  /** Every indexed body word, sorted (for "is it a word?", typo and prefix matches before loading). */
  vocabulary: z.array(z.string()),
  /** The first word of each shard, sorted: shard i holds the words from firsts[i] up to firsts[i+1]. */
  firsts: z.array(z.string()),
});

/** /search-index/body/<n>.json: the postings of the words of one shard, as MiniSearch serialises them. */
export const bodyShardSchema = z.array(
  z.tuple([
    z.string(),
    // The innermost maps (document → term frequency) are checked as objects only: checking every
    // number cost more than parsing the JSON, on the keystroke that waits for the shard.
    z.record(
      z.string(),
      z.custom<Record<string, number>>((v) => typeof v === 'object' && v !== null),
    ),
  ]),
);

export type BodyMeta = z.infer<typeof bodyMetaSchema>;
type Postings = z.infer<typeof bodyShardSchema>;

/** Cuts a built body index into the meta file and its shards (each shard as its JSON text). */
export function splitBodyIndex(body: MiniSearch): { meta: BodyMeta; shards: string[] } {
  const js = body.toJSON();
  const entries = [...js.index].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const shards: Postings[] = [];
  let current: Postings = [];
  let bytes = 0;
  for (const entry of entries) {
    const size = JSON.stringify(entry).length;
    if (current.length > 0 && bytes + size > SHARD_BYTES) {
      shards.push(current);
      current = [];
      bytes = 0;
    }
    current.push(entry);
    bytes += size;
  }
  if (current.length > 0) shards.push(current);
  return {
    meta: { index: { ...js, index: [] }, vocabulary: entries.map((e) => e[0]), firsts: shards.map((s) => s[0]![0]) },
    shards: shards.map((s) => JSON.stringify(s)),
  };
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

// MiniSearch keeps postings in a radix tree it does not expose; adding a loaded shard's words to
// it directly costs only those words, where loadJS would rebuild everything loaded so far.
type WithIndex = { _index: { set(term: string, data: Map<number, Map<number, number>>): void } };

/** A body index whose postings arrive shard by shard; searches are exact once `prepare` resolves. */
export class ShardedBody {
  readonly index: MiniSearch;
  private readonly vocabulary: SearchableMap<true>;
  private readonly loaded = new Map<number, Promise<void>>();

  /** `fetchShard(n)` returns the JSON text of shard n. */
  constructor(
    private readonly meta: BodyMeta,
    private readonly fetchShard: (n: number) => Promise<string>,
  ) {
    this.index = MiniSearch.loadJS(meta.index, BODY_INDEX_OPTIONS);
    this.vocabulary = new SearchableMap<true>();
    for (const w of meta.vocabulary) this.vocabulary.set(w, true);
  }

  /** True when the word occurs in some incident's body text. */
  has(term: string): boolean {
    return this.vocabulary.has(term);
  }

  /** Words of the vocabulary a query word reaches: as typed, within `distance` edits, or (when `prefix`) as a prefix. */
  reach(term: string, distance: number, prefix: boolean): string[] {
    const out = this.vocabulary.has(term) ? [term] : [];
    if (distance > 0) out.push(...this.vocabulary.fuzzyGet(term, distance).keys());
    if (prefix) out.push(...this.vocabulary.atPrefix(term).keys());
    return out;
  }

  /** How many shards there are, and how many have been loaded. */
  progress(): { shards: number; loaded: number } {
    return { shards: this.meta.firsts.length, loaded: this.loaded.size };
  }

  /** Loads the shards holding these words (each shard once); resolves when all are in the index. */
  async prepare(words: Iterable<string>): Promise<void> {
    const need = new Set<number>();
    for (const w of words) need.add(shardOf(this.meta.firsts, w));
    await Promise.all([...need].map((n) => this.load(n)));
  }

  /**
   * Loads, ahead of need, the shards holding every word that starts with `prefix`, unless there
   * are more than `max` of them; resolves when they are in (at once when they are too many).
   */
  async prefetch(prefix: string, max: number): Promise<void> {
    // The words with a prefix are a run of the sorted vocabulary, so they sit in a run of shards.
    const first = shardOf(this.meta.firsts, prefix);
    const last = shardOf(this.meta.firsts, `${prefix}\uffff`);
    if (last - first + 1 > max) return;
    const runs = Array.from({ length: last - first + 1 }, (_, i) => this.load(first + i));
    await Promise.all(runs);
  }

  private load(n: number): Promise<void> {
    let p = this.loaded.get(n);
    if (!p) {
      p = this.fetchShard(n).then((text) => this.add(bodyShardSchema.parse(JSON.parse(text))));
      // A failed fetch may be retried by the next query.
      p.catch(() => this.loaded.delete(n));
      this.loaded.set(n, p);
    }
    return p;
  }

  private add(postings: Postings): void {
    const index = (this.index as unknown as WithIndex)._index;
    for (const [term, data] of postings) {
      const fields = new Map<number, Map<number, number>>();
      for (const [fieldId, freqs] of Object.entries(data))
        fields.set(Number(fieldId), new Map(Object.entries(freqs).map(([doc, n]) => [Number(doc), n])));
      index.set(term, fields);
    }
  }
}
