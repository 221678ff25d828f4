/**
 * MiniSearch's OR search, scored into arrays: the same documents, scores (bit for bit) and matched
 * words as `MiniSearch.search`, without the work its result list costs a keystroke — a result
 * object, a match record and a sort for every document a common word start reaches, when a
 * keystroke shows twenty. Scores are summed in MiniSearch's order (query word by query word; within
 * one, the word as typed, then its completions, then its typo matches, each field in turn), with
 * what does not change along a postings list (a word's IDF in a field, its weight times the field's
 * boost) worked out once per list. A document's matched words (MiniSearch's `match`) are worked out
 * only when asked for. Reads MiniSearch 7's internals, as docs/search.md describes;
 * scoring.test.ts compares every figure with MiniSearch's own search.
 */
import type MiniSearch from 'minisearch';
import type { SearchOptions } from 'minisearch';
import type { Postings, WordTree } from './word-tree';

/** Indexed words that matched in one document, each with the fields it matched in (MiniSearch's `match`). */
export type Match = Record<string, string[]>;

interface Internals {
  _index: WordTree;
  _documentCount: number;
  _nextId: number;
  _documentIds: Map<number, unknown>;
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _options: {
    fields: string[];
    tokenize: (text: string, field?: string) => string[];
    processTerm: (term: string, field?: string) => string | string[] | null | undefined | false;
    searchOptions: SearchOptions;
  };
}

/** The documents one query reaches in one index. Documents are MiniSearch's internal numbers. */
export interface Scored {
  /** The query's distinct words (after the search's tokenize and processTerm), in query order. */
  terms: readonly string[];
  /** Every document reached, in the order first reached. */
  docs: readonly number[];
  /** scores[j]: the score of docs[j], as MiniSearch's search reports it. */
  scores: Float64Array;
  /** Whether docs[j] has the query word `terms[i]` (MiniSearch's `queryTerms`). */
  has(j: number, i: number): boolean;
  /** A reached document's id as added to the index. */
  idOf(doc: number): unknown;
  /** A reached document's matched words and fields, built as MiniSearch builds `match` (a new record each call). */
  matchOf(doc: number): Match;
}

const hasOwn = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/**
 * Working arrays by document number, kept from one search to the next (a search runs to its end
 * before another starts): a keystroke would otherwise allocate and clear several arrays as long as
 * the index for each index searched. Stamps say which entries are the current search's.
 */
interface Work {
  total: Float64Array;
  spec: Float64Array;
  /** The query word (a stamp from `specs`) whose sum spec[doc] is. */
  lastSpec: Int32Array;
  /** The search (a stamp from `calls`) that total, count and bits of a document belong to. */
  reached: Int32Array;
  count: Int32Array;
  bits: Uint32Array;
  calls: number;
  specs: number;
}
let kept: Work | undefined;
function work(n: number): Work {
  // Stamps start over, with cleared arrays, long before they could overflow.
  if (!kept || kept.total.length < n || kept.specs > 2 ** 30 || kept.calls > 2 ** 30)
    kept = {
      total: new Float64Array(n),
      spec: new Float64Array(n),
      lastSpec: new Int32Array(n),
      reached: new Int32Array(n),
      count: new Int32Array(n),
      bits: new Uint32Array(n),
      calls: 0,
      specs: 0,
    };
  return kept;
}

// Field lengths as one column per field (BM25 reads one for every posting it scores; a column is
// read faster than MiniSearch's map of arrays), kept per index while its documents stay the same.
const columnsMemo = new WeakMap<MiniSearch, { nextId: number; count: number; columns: Float64Array[] }>();
function lengthColumns(ms: Internals): Float64Array[] {
  const index = ms as unknown as MiniSearch;
  const memo = columnsMemo.get(index);
  if (memo && memo.nextId === ms._nextId && memo.count === ms._documentCount) return memo.columns;
  const ids = Object.values(ms._fieldIds);
  const columns: Float64Array[] = [];
  for (const id of ids) columns[id] = new Float64Array(ms._nextId);
  // A length MiniSearch lacks reads as undefined there, which makes its score NaN: NaN here too.
  for (const [doc, lengths] of ms._fieldLength) for (const id of ids) columns[id]![doc] = Number(lengths[id]);
  columnsMemo.set(index, { nextId: ms._nextId, count: ms._documentCount, columns });
  return columns;
}

/**
 * Sets document `doc`'s length of field `fieldId` (in words) in `index`, outside MiniSearch's own
 * add (as a loaded shard does, shards.ts): in MiniSearch's map and in the columns searchScored
 * reads, which are kept rather than rebuilt (rebuilding them read every document's lengths, on
 * every keystroke that loaded a short-field shard).
 */
export function setFieldLength(index: MiniSearch, doc: number, fieldId: number, length: number): void {
  (index as unknown as Internals)._fieldLength.get(doc)![fieldId] = length;
  const memo = columnsMemo.get(index);
  if (memo) memo.columns[fieldId]![doc] = length;
}

/**
 * Searches `query` over `index` as `index.search(query, options)` does with `combineWith: 'OR'`.
 * Throws for options it does not mirror (another combination, a document or term boost, a
 * filter) and for an index with discarded documents not yet vacuumed, which MiniSearch scores
 * while dropping them from their postings.
 */
export function searchScored(index: MiniSearch, query: string, options: SearchOptions = {}): Scored {
  const ms = index as unknown as Internals;
  const global = ms._options.searchOptions;
  const o: SearchOptions = {
    tokenize: ms._options.tokenize,
    processTerm: ms._options.processTerm,
    ...global,
    ...options,
  };
  if (String(o.combineWith ?? 'or').toLowerCase() !== 'or') throw new Error('searchScored: only OR is mirrored');
  if (o.boostDocument || o.boostTerm || o.filter)
    throw new Error('searchScored: boosts by document or term and filters are not mirrored');
  if (index.dirtCount > 0) throw new Error('searchScored: the index has discarded documents not yet vacuumed');
  const words = o.tokenize!(query)
    .flatMap((t) => o.processTerm!(t))
    .filter((t): t is string => !!t);
  const terms = [...new Set(words)];
  // MiniSearch reads the fields in the key order of an object of their boosts.
  const boost = o.boost ?? {};
  const boosts: Record<string, number> = {};
  for (const f of o.fields ?? ms._options.fields) boosts[f] = (hasOwn(boost, f) ? boost[f] : undefined) || 1;
  const fields = Object.keys(boosts);
  const fieldBoost = fields.map((f) => boosts[f]!);
  const fieldId = fields.map((f) => ms._fieldIds[f]!);
  const { k, b, d } = o.bm25!;
  // MiniSearch's default weights, under the ones given (as it merges them).
  const weights = { fuzzy: 0.45, prefix: 0.375, ...o.weights };
  const maxFuzzy = o.maxFuzzy!;
  const n = ms._nextId;
  const w = work(n);
  const { total, spec, lastSpec, reached, count } = w;
  const call = ++w.calls;
  const words32 = Math.ceil(terms.length / 32);
  if (w.bits.length < n * words32) w.bits = new Uint32Array(n * words32);
  const { bits } = w;
  const docs: number[] = [];
  // Per query word, the indexed words it reached, in scoring order (for matchOf).
  const plans: [string, Postings][][] = [];
  const { _index: tree, _avgFieldLength: avg, _documentCount: docCount } = ms;
  const lengths = lengthColumns(ms);

  words.forEach((term, i) => {
    const fuzzy = typeof o.fuzzy === 'function' ? o.fuzzy(term, i, words) : o.fuzzy || false;
    const prefix = typeof o.prefix === 'function' ? o.prefix(term, i, words) : o.prefix === true;
    const stamp = ++w.specs;
    const touched: number[] = [];
    const plan: [string, Postings][] = [];
    const visit = (word: string, data: Postings | undefined, weight: number) => {
      if (!data) return;
      plan.push([word, data]);
      for (let f = 0; f < fields.length; f++) {
        const id = fieldId[f]!;
        const freqs = data.get(id);
        if (!freqs) continue;
        const matching = freqs.size;
        const idf = Math.log(1 + (docCount - matching + 0.5) / (matching + 0.5));
        const avgLength = avg[id]!;
        // MiniSearch multiplies in this order: word weight, term boost, field boost, document boost, BM25.
        const factor = weight * 1 * fieldBoost[f]! * 1;
        const length = lengths[id]!;
        // forEach: a for…of over a Map's entries makes an array per entry.
        freqs.forEach((tf, doc) => {
          const s = factor * (idf * (d + (tf * (k + 1)) / (tf + k * (1 - b + (b * length[doc]!) / avgLength))));
          if (lastSpec[doc] === stamp) spec[doc] = spec[doc]! + s;
          else {
            lastSpec[doc] = stamp;
            spec[doc] = s;
            touched.push(doc);
          }
        });
      }
    };
    visit(term, tree.get(term), 1);
    const fuzzyMatches = (() => {
      if (!fuzzy) return undefined;
      const f = fuzzy === true ? 0.2 : fuzzy;
      const distance = f < 1 ? Math.min(maxFuzzy, Math.round(term.length * f)) : f;
      return distance ? tree.fuzzyGet(term, distance) : undefined;
    })();
    if (prefix)
      for (const [word, data] of tree.atPrefix(term)) {
        const distance = word.length - term.length;
        if (!distance) continue;
        fuzzyMatches?.delete(word);
        visit(word, data, (weights.prefix * word.length) / (word.length + 0.3 * distance));
      }
    if (fuzzyMatches)
      for (const [word, [data, distance]] of fuzzyMatches) {
        if (!distance) continue;
        visit(word, data, (weights.fuzzy * word.length) / (word.length + distance));
      }
    plans.push(plan);
    const t = terms.indexOf(term);
    const slot = t >> 5;
    const mask = 1 << (t & 31);
    for (const doc of touched) {
      if (reached[doc] === call) total[doc] = total[doc]! + spec[doc]!;
      else {
        reached[doc] = call;
        total[doc] = spec[doc]!;
        count[doc] = 0;
        if (words32 === 1) bits[doc] = 0;
        else bits.fill(0, doc * words32, (doc + 1) * words32);
        docs.push(doc);
      }
      const at = doc * words32 + slot;
      if (!(bits[at]! & mask)) {
        bits[at] = bits[at]! | mask;
        count[doc] = count[doc]! + 1;
      }
    }
  });

  // The working arrays are the next search's: keep what the answer reads.
  const found = new Uint32Array(docs.length * words32);
  const scores = new Float64Array(docs.length);
  for (let j = 0; j < docs.length; j++) {
    const doc = docs[j]!;
    // MiniSearch multiplies a score by how many of the query's words the document has.
    scores[j] = total[doc]! * (count[doc] || 1);
    for (let x = 0; x < words32; x++) found[j * words32 + x] = bits[doc * words32 + x]!;
  }
  return {
    terms,
    docs,
    scores,
    has: (j, i) => (found[j * words32 + (i >> 5)]! & (1 << (i & 31))) !== 0,
    idOf: (doc) => ms._documentIds.get(doc),
    matchOf: (doc) => {
      let match: Match | undefined;
      for (const plan of plans) {
        let m: Match | undefined;
        for (const [word, data] of plan)
          for (let f = 0; f < fields.length; f++) {
            if (!data.get(fieldId[f]!)?.has(doc)) continue;
            const field = fields[f]!;
            if (!m) m = { [word]: [field] };
            else {
              const list = hasOwn(m, word) ? m[word] : undefined;
              if (list) list.push(field);
              else m[word] = [field];
            }
          }
        if (m) match = match ? Object.assign(match, m) : m;
      }
      return match ?? {};
    },
  };
}
