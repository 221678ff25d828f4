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
import { setFieldLength } from './scoring';
import { compareCodeUnits } from './order';
import type { WordTree } from './word-tree';

/**
 * Target size of one shard's JSON text, in bytes (before compression), per index. Smaller shards
 * mean fewer bytes for the words a query reaches and more files; the short-field index's words
 * have short postings lists, so its shards are cut finer.
 */
export const SHARD_BYTES = { short: 6_000, body: 12_000 } as const;

/**
 * A group file holds a run of consecutive shards, up to this many shards' worth of JSON: the run a
 * word start reaches loads as one or a few group files instead of shard by shard (at 10,000
 * incidents, with MiniSearch's postings form, "thr" reached 16 shards and "con" 73). Timed in the
 * browser there, each file a keystroke waited for cost about 20–50 ms however small (six requests
 * at a time to one host), and those keystrokes were most of the ones slower than 50 ms. A single
 * word still loads its own shard.
 */
export const GROUP_SHARDS = 16;

/** Groups keep the words sharing their first this many letters together when they can (a typed word's first completion run). */
const GROUP_PREFIX = 3;

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
  /**
   * The first shard of each group file, ascending from 0: group g (<index>/group-<g>.json, a JSON
   * array of its shards) holds shards groups[g] up to groups[g+1] − 1. Absent: no group files.
   */
  groups: z.optional(z.array(z.number())),
});

/** <index>/words.json: every indexed word, sorted (for typo matches and did-you-mean). */
const wordsSchema = z.array(z.string());

// The innermost lists are checked as arrays only: checking every number cost more than parsing
// the JSON, on the keystroke that waits for the shard.
const byField = z.record(
  z.string(),
  z.custom<number[]>((v) => Array.isArray(v)),
);

/**
 * <index>/<n>.json: the postings of the words of one shard (field → postings list, see
 * `encodePostings`), and, for an index whose meta file has no length columns, the field lengths of
 * the documents they name (field → `encodeLengths` list).
 */
export const shardSchema = z.object({
  words: z.array(z.tuple([z.string(), byField])),
  lengths: z.optional(byField),
});

/**
 * A postings list as a shard carries it (document number → term frequency, in MiniSearch's terms):
 * the documents in ascending order, each as its distance from the one before (the first from 0),
 * preceded by −f when the word occurs f > 1 times there: {3: 1, 4: 1, 8: 2} → [3, 1, −2, 4].
 * MiniSearch's own form ({"3":1,"4":1,"8":2}) spent about 9 bytes on a posting of a common word,
 * and parsing its keys was most of the cost of loading a shard.
 */
export function encodePostings(docs: Readonly<Record<string, number>>): number[] {
  const out: number[] = [];
  let previous = 0;
  for (const [doc, f] of Object.entries(docs)
    .map(([d, f]) => [Number(d), f] as const)
    .sort((a, b) => a[0] - b[0])) {
    // A frequency below 1 would read back as a distance; MiniSearch never stores one.
    if (!Number.isInteger(f) || f < 1) throw new Error(`search index: term frequency ${f} for document ${doc}`);
    if (f !== 1) out.push(-f);
    out.push(doc - previous);
    previous = doc;
  }
  return out;
}

/** Reads a list made by encodePostings back into document number → term frequency. */
export function decodePostings(list: readonly number[]): Map<number, number> {
  const docs = new Map<number, number>();
  let doc = 0;
  let f = 1;
  for (const v of list) {
    if (v < 0) {
      f = -v;
      continue;
    }
    doc += v;
    docs.set(doc, f);
    f = 1;
  }
  return docs;
}

/** Field lengths as a shard carries them: [distance to the document, its length, …], documents ascending. */
export function encodeLengths(lengths: ReadonlyMap<number, number>): number[] {
  const out: number[] = [];
  let previous = 0;
  for (const [doc, length] of [...lengths].sort((a, b) => a[0] - b[0])) {
    out.push(doc - previous, length);
    previous = doc;
  }
  return out;
}

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
  /** The group files' JSON texts (see IndexMeta.groups). */
  groups: string[];
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
  const entries = [...js.index]
    .sort((a, b) => compareCodeUnits(a[0], b[0]))
    .map(([word, fields]): [string, Record<string, number[]>, typeof fields] => [
      word,
      Object.fromEntries(Object.entries(fields).map(([f, docs]) => [f, encodePostings(docs)])),
      fields,
    ]);
  // Cut by the size of the words as written (the third element, MiniSearch's form, is not).
  const shards = cutSorted(entries, shardBytes, ([w, encoded]) => JSON.stringify([w, encoded]).length);
  const firsts = shards.map((s) => s[0]![0]);
  const texts = shards.map((run) => {
    const words = run.map(([w, encoded]) => [w, encoded] as [string, Record<string, number[]>]);
    if (!lengthsInShards) return JSON.stringify({ words } satisfies Shard);
    const named: Record<string, Map<number, number>> = {};
    for (const [, , postings] of run)
      for (const [f, docs] of Object.entries(postings))
        for (const n of Object.keys(docs)) (named[f] ??= new Map()).set(Number(n), lengthOf(n, f));
    const lengths = Object.fromEntries(Object.entries(named).map(([f, m]) => [f, encodeLengths(m)]));
    return JSON.stringify({ words, lengths } satisfies Shard);
  });
  const starts = groupShards(
    firsts,
    texts.map((t) => t.length),
    GROUP_SHARDS * shardBytes,
  );
  return {
    meta: {
      index: { ...js, index: [], documentIds: {}, fieldLength: {} },
      lengths,
      firsts,
      groups: starts,
    },
    words: entries.map((e) => e[0]),
    shards: texts,
    groups: starts.map((a, g) => `[${texts.slice(a, starts[g + 1] ?? texts.length).join(',')}]`),
  };
}

/**
 * Cuts shards (their first words and JSON sizes) into groups of consecutive shards of at most
 * `maxBytes` in all (a shard larger than that is a group alone), returning each group's first
 * shard. Groups follow the runs of shards whose first words share their first GROUP_PREFIX letters
 * (a typed word's first run of completions): a run is not split across groups when it fits in one
 * (a group ends early, before a run that would overflow it), and a group at least half full ends
 * where a run ends, so that a run is most of the group it loads.
 */
export function groupShards(firsts: readonly string[], sizes: readonly number[], maxBytes: number): number[] {
  const key = (n: number) => firsts[n]!.slice(0, GROUP_PREFIX);
  // The bytes from shard n to the end of the run of shards sharing its key.
  const rest: number[] = [];
  for (let n = firsts.length - 1; n >= 0; n--)
    rest[n] = sizes[n]! + (n + 1 < firsts.length && key(n + 1) === key(n) ? rest[n + 1]! : 0);
  const starts: number[] = [];
  let size = 0;
  for (let n = 0; n < firsts.length; n++) {
    const runStarts = n === 0 || key(n) !== key(n - 1);
    const cut =
      n === 0 ||
      size + sizes[n]! > maxBytes ||
      (runStarts && size * 2 >= maxBytes) ||
      (runStarts && size + rest[n]! > maxBytes && rest[n]! <= maxBytes);
    if (cut) {
      starts.push(n);
      size = 0;
    }
    size += sizes[n]!;
  }
  return starts;
}

/**
 * Cuts entries sorted by key into runs of about `bytes` each, an entry's size being `sizeOf` (its
 * JSON's length unless told); an entry larger than that makes a run alone. The first key of each
 * run finds it (`shardOf`).
 */
export function cutSorted<T extends [string, ...unknown[]]>(
  entries: readonly T[],
  bytes: number,
  sizeOf: (entry: T) => number = (entry) => JSON.stringify(entry).length,
): T[][] {
  const runs: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const entry of entries) {
    const n = sizeOf(entry);
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

/** The shard that holds `term` (binary search over the shards' first words); also the group of a shard number. */
export function shardOf<K extends string | number>(firsts: readonly K[], term: K): number {
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

// MiniSearch keeps postings in a radix tree it does not expose; adding a loaded shard's words to it
// directly costs only those words, where loadJS would rebuild everything loaded so far (its field
// lengths are set through setFieldLength).
type Internals = {
  _index: WordTree;
};

/** Where a loader fetches group files: the first shard of each group, and group g's JSON text (an array of its shards). */
export interface GroupSource {
  starts: readonly number[];
  fetch: (g: number) => Promise<string>;
}

const groupFileSchema = z.array(z.unknown());

/**
 * Loads the shards of a sorted key space once each and knows which are in: a failed fetch is
 * forgotten so the next ask retries it; asking for a key whose shard is not in throws, since an
 * answer from a missing shard would silently change what a query matches. `apply` takes a shard's
 * parsed JSON; `what` names the index in that error. With `groups`, a run of shards (`loadRun`)
 * loads through the group files that hold most of it, one request instead of one per shard.
 */
export class ShardLoader {
  private readonly loading = new Map<number, Promise<void>>();
  private readonly done = new Set<number>();

  constructor(
    private readonly firsts: readonly string[],
    private readonly fetch: (n: number) => Promise<string>,
    private readonly apply: (shard: unknown) => void,
    private readonly what: string,
    private readonly groups?: GroupSource,
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
        this.apply(JSON.parse(text));
        this.done.add(n);
      });
      p.catch(() => this.loading.delete(n));
      this.loading.set(n, p);
    }
    return p;
  }

  /**
   * Loads shards first…last (a run a word start reaches): through a group file where the run needs
   * at least two of the group's shards not yet asked for and at least half of them (so a group
   * brings little the run does not need), shard by shard elsewhere.
   */
  async loadRun(first: number, last: number): Promise<void> {
    if (first > last || last >= this.firsts.length) {
      if (first > last) return;
      throw new Error(`${this.what}: shards ${first}–${last} asked for, there are ${this.firsts.length}`);
    }
    const groups = this.groups;
    if (groups)
      for (let n = first; n <= last;) {
        const g = shardOf(groups.starts, n);
        const end = (groups.starts[g + 1] ?? this.firsts.length) - 1;
        const hi = Math.min(last, end);
        const wanted = this.notAsked(n, hi);
        if (wanted >= 2 && wanted * 2 >= this.notAsked(groups.starts[g]!, end))
          void this.loadGroup(g).catch(() => undefined);
        n = hi + 1;
      }
    await Promise.all(Array.from({ length: last - first + 1 }, (_, i) => this.load(first + i)));
  }

  /** How many of shards a…b have not been asked for. */
  private notAsked(a: number, b: number): number {
    let k = 0;
    for (let i = a; i <= b; i++) if (!this.loading.has(i)) k++;
    return k;
  }

  /** Loads the shards of group g not yet asked for, from its group file; a shard asked for alone meanwhile is left to that fetch. */
  private loadGroup(g: number): Promise<void> {
    const { starts, fetch } = this.groups!;
    const start = starts[g]!;
    const end = (starts[g + 1] ?? this.firsts.length) - 1;
    const members: number[] = [];
    for (let n = start; n <= end; n++) if (!this.loading.has(n)) members.push(n);
    const p = fetch(g).then((text) => {
      const shards = groupFileSchema.parse(JSON.parse(text));
      if (shards.length !== end - start + 1)
        throw new Error(`${this.what}: group ${g} holds ${shards.length} shards, expected ${end - start + 1}`);
      for (const n of members) {
        this.apply(shards[n - start]);
        this.done.add(n);
      }
    });
    // Members applied before a failure stay in (loaded, not failed); the rest are asked for again next time.
    p.catch(() => {
      for (const n of members) {
        if (this.loading.get(n) !== p) continue;
        if (this.done.has(n)) this.loading.set(n, Promise.resolve());
        else this.loading.delete(n);
      }
    });
    for (const n of members) this.loading.set(n, p);
    return p;
  }

  /**
   * Loads every shard not yet in, `parallel` files at a time, in key order (by group files when
   * there are some); a file that fails is left for the next ask (the promise resolves either way).
   */
  async loadAll(parallel: number): Promise<void> {
    const groups = this.groups;
    const count = groups ? groups.starts.length : this.firsts.length;
    let next = 0;
    const lane = async () => {
      while (next < count) {
        const k = next++;
        if (!groups) {
          await this.load(k).catch(() => undefined);
          continue;
        }
        const end = (groups.starts[k + 1] ?? this.firsts.length) - 1;
        await this.loadRun(groups.starts[k]!, end).catch(() => undefined);
      }
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

/** Where a sharded index reads its files: shard n's JSON text, group g's (when the meta file lists groups), and the vocabulary's. */
export interface ShardSource {
  shard(n: number): Promise<string>;
  group?(g: number): Promise<string>;
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
      (shard) => this.add(shardSchema.parse(shard)),
      'search index',
      meta.groups && source.group ? { starts: meta.groups, fetch: (g) => source.group!(g) } : undefined,
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
    const run = prefix ? prefixShards(this.meta.firsts, term) : [];
    // The run of a word start loads first (through its group files): the shards below may be in it.
    const runIn = run.length > 0 ? this.shards.loadRun(run[0]!, run.at(-1)!) : undefined;
    // Its failure is reported by the Promise.all below; until then (and if the vocabulary fails
    // first) it must not count as unhandled.
    runIn?.catch(() => undefined);
    if (distance > 0)
      for (const w of (await this.words()).fuzzyGet(term, distance).keys()) need.add(shardOf(this.meta.firsts, w));
    await Promise.all([runIn, ...[...need].map((n) => this.shards.load(n))]);
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
    await this.shards.loadRun(run[0]!, run.at(-1)!);
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
    const { _index: index } = this.index as unknown as Internals;
    for (const [f, list] of Object.entries(shard.lengths ?? {})) {
      const fieldId = Number(f);
      for (let i = 0, doc = 0; i + 1 < list.length; i += 2) {
        doc += list[i]!;
        setFieldLength(this.index, doc, fieldId, list[i + 1]!);
      }
    }
    for (const [term, data] of shard.words) {
      const fields = new Map<number, Map<number, number>>();
      for (const [fieldId, list] of Object.entries(data)) fields.set(Number(fieldId), decodePostings(list));
      index.set(term, fields);
      this.known.add(term);
    }
  }
}
