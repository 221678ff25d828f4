/**
 * Where the phrase boost looks (query.ts): the words of an incident's name fields (title, tag
 * names, organisations, scope) and of its summary, and, for the search worker, an index of the
 * pairs of adjacent words in them, built at build time and cut into shards like the term indexes.
 * A two-word phrase is then checked from one shard, without the candidates' records.
 */
import * as z from 'zod/mini';
import type { ShortDoc } from './config';
import { tokenize } from './normalize';
import { compareCodeUnits } from './order';
import { ShardLoader, cutSorted } from './shards';

/** The fields a phrase counts most in, title first; each is searched for the phrase on its own. */
export const NAME_FIELDS = ['title', 'faults', 'techs', 'terms', 'goals', 'challenges', 'orgs', 'facets'] as const;

/** Where a phrase was found: in one of the name fields, or in the summary. */
export type PhraseGroup = 'names' | 'summary';

// A record's folded words are worked out once per record.
const tokenMemo = new WeakMap<ShortDoc, { names: string[][]; summary: string[] }>();
/** The words of a short-field document's name fields (one list per field) and of its summary. */
export function docTokens(doc: ShortDoc): { names: string[][]; summary: string[] } {
  let t = tokenMemo.get(doc);
  if (!t) tokenMemo.set(doc, (t = { names: NAME_FIELDS.map((f) => tokenize(doc[f])), summary: tokenize(doc.summary) }));
  return t;
}

/** The pairs of adjacent words of a phrase: "out of memory" → "out of", "of memory". */
export function pairsOf(phrase: readonly string[]): string[] {
  return phrase.slice(1).map((w, i) => `${phrase[i]} ${w}`);
}

/** Target size of one phrase shard's JSON text, in bytes (before compression). */
const PHRASE_SHARD_BYTES = 12_000;

const isNumbers = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'number');

/** /search-index/phrase/meta.json: the first pair of each shard. */
export const phraseMetaSchema = z.object({ firsts: z.array(z.string()) });

/** /search-index/phrase/<n>.json: for each pair, the documents having it in a name field, and in the summary. */
const phraseShardSchema = z.array(z.tuple([z.string(), z.custom<number[]>(isNumbers), z.custom<number[]>(isNumbers)]));

type PhraseMeta = z.infer<typeof phraseMetaSchema>;

/** The phrase files of the documents, numbered in order (as the term indexes number them). */
export function buildPhraseFiles(docs: readonly ShortDoc[]): { meta: PhraseMeta; shards: string[] } {
  const pairs = new Map<string, [Set<number>, Set<number>]>();
  const add = (words: readonly string[], group: 0 | 1, n: number) => {
    for (const pair of pairsOf(words)) {
      let e = pairs.get(pair);
      if (!e) pairs.set(pair, (e = [new Set(), new Set()]));
      e[group].add(n);
    }
  };
  docs.forEach((doc, n) => {
    const t = docTokens(doc);
    for (const words of t.names) add(words, 0, n);
    add(t.summary, 1, n);
  });
  const entries = [...pairs]
    .map(([pair, [names, summary]]): [string, number[], number[]] => [pair, [...names], [...summary]])
    .sort((a, b) => compareCodeUnits(a[0], b[0]));
  const shards = cutSorted(entries, PHRASE_SHARD_BYTES);
  return { meta: { firsts: shards.map((s) => s[0]![0]) }, shards: shards.map((s) => JSON.stringify(s)) };
}

/** Which documents (by key) have a pair of words adjacent in a group of fields. */
export interface PhraseLookup {
  has(pair: string, group: PhraseGroup, key: string): boolean;
}

/** The pair index, loaded shard by shard; `has` answers only for pairs whose shard is in (`ensure`). */
export class PhraseIndex implements PhraseLookup {
  private readonly pairs = new Map<string, { names: Set<string>; summary: Set<string> }>();
  private readonly shards: ShardLoader;

  constructor(meta: PhraseMeta, fetchShard: (n: number) => Promise<string>) {
    this.shards = new ShardLoader(
      meta.firsts,
      fetchShard,
      (shard) => {
        for (const [pair, names, summary] of phraseShardSchema.parse(shard))
          this.pairs.set(pair, { names: new Set(names.map(String)), summary: new Set(summary.map(String)) });
      },
      'phrase index',
    );
  }

  /** Loads the shards holding these pairs. */
  async ensure(pairs: Iterable<string>): Promise<void> {
    await this.shards.ensure(pairs);
  }

  /** True when `ensure(pairs)` would fetch nothing. */
  holds(pairs: Iterable<string>): boolean {
    return this.shards.holds(pairs);
  }

  /** Loads every shard, `parallel` at a time (see ShardLoader.loadAll). */
  async preloadAll(parallel: number): Promise<void> {
    await this.shards.loadAll(parallel);
  }

  has(pair: string, group: PhraseGroup, key: string): boolean {
    this.shards.assertLoaded(pair);
    return this.pairs.get(pair)?.[group].has(key) ?? false;
  }
}
