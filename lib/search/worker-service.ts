/**
 * What runs inside the search Web Worker: loads the labels and the indexes' small meta files, then
 * for each search the index shards its words reach, the phrase pairs, and the records of the
 * results it shows; answers with cards for the first hits, the term offers and (when nothing
 * matched) did-you-mean queries; then loads the facet values and sends the counts, and, when the
 * page asks, the texts of shown body matches for their snippets. Free of worker globals so it is
 * tested in Node. What loads when: docs/search.md.
 */
import type { Options } from 'minisearch';
import { answerKey, nextQueries } from './ahead';
import { resultCard } from './cards';
import { BODY_INDEX_OPTIONS, COMPLETE_MIN, SHORT_INDEX_OPTIONS, completes, processTerm } from './config';
import { engineParts, recordOf, type Engine } from './engine';
import { FACET_KEYS, type Filters } from './facets';
import { FILES, RECORD_CHUNK, type IndexName } from './files-path';
import type { Segment } from './highlight';
import { readChunks } from './chunks';
import { keepRecent } from './recent';
import { cleanQuery, compoundWords, indexTokens, isExact, type CleanQuery } from './normalize';
import {
  facetCounts,
  finishSearch,
  matchQuery,
  phraseNeeds,
  phrasePairs,
  reachedTerms,
  type Hit,
  type Matched,
} from './query';
import { PhraseIndex, pairsOf, phraseMetaSchema } from './phrases';
import {
  facetsFileSchema,
  labelsFileSchema,
  recordChunkSchema,
  recordFileSchema,
  textFileSchema,
  type FacetValues,
  type SearchRecord,
} from './schema';
import { ShardedIndex, indexMetaSchema, type IndexMeta } from './shards';
import { didYouMean, suggestionCandidates, termOffers } from './suggest';
import {
  sentAnswer,
  shownOutcome,
  type PageMessage,
  type SearchRequest,
  type SentAnswer,
  type WorkerReply,
} from './worker-protocol';

export { FILES } from './files-path';

/** Did-you-mean looks this far for a near word (as a share of its length; MiniSearch's fuzzy). */
const SUGGEST_FUZZY = 0.34;

/**
 * While the last word is being typed (two letters or more), the shards its completions will need are
 * loaded while the reader types the next letter — if they are at most this many per index (2–3 KB
 * compressed each), so a common two-letter start does not pull in a large part of it.
 */
const PREFETCH_SHARDS = 8;

/**
 * Up to this many incidents, every record is loaded in the background once an answer is shown (in
 * chunk files of RECORD_CHUNK), so later keystrokes do not wait for the records of new results:
 * about 0.16 MB gzipped at 1,000 incidents and 1.6 MB at 10,000. Timed typing at 10,000 incidents,
 * fetching the records of new results one by one was most of the wait of 140 of the 160 keystrokes
 * slower than 50 ms. Beyond it, or on a large index when the reader saves data, records stay per result.
 */
const PRELOAD_RECORDS = 12_000;

/**
 * Up to this many incidents, every shard of the term and pair indexes is loaded in the background
 * once the records are in (unless the reader asked to save data), so later keystrokes wait for no
 * file: about 2.4 MB gzipped at 1,000 incidents, 0.16 MB for the site as it is. Beyond it the shards
 * load as queries reach them.
 */
const PRELOAD_INDEX = 1_500;
/** Index files fetched at once by the background preload (the reader's own fetches go beside them). */
const PRELOAD_PARALLEL = 2;

/**
 * The facet counts of an answer are sent once no newer question has come for this long (ms), and
 * only then worked out: while the reader types, the panel keeps its counts and the worker spends
 * nothing on them (at 10,000 incidents counting is as much work as the search itself).
 */
const COUNTS_AFTER_MS = 150;

/** Incident texts kept for snippets (the most recently used; each is a few KB). */
const TEXTS_KEPT = 200;

/**
 * Answering ahead (ahead.ts): after each answer, the worker answers up to this many of the queries
 * the next keystroke likeliest makes, likeliest first, and sends them to the page to keep…
 */
const AHEAD_MAX = 40;
/** From an empty box: as many, so every letter and digit a word starts with is answered in both cases. */
const AHEAD_MAX_START = 120;
/**
 * …while it has spent less than this (ms, computing: waits for files do not count) on them since the
 * answer, and no newer question has come. A question arriving meanwhile waits for at most the
 * computing of the one answer being worked out.
 */
const AHEAD_BUDGET_MS = 40;
/** Answers kept by query, filters and limit (the latest answers and answers ahead), for reuse. */
const ANSWERS_KEPT = 400;

/** One answer as worked out for a question: what the page is sent, and what follow-ups need. */
interface Answer extends Omit<SentAnswer, 'q'> {
  /** The hits shown (the cards' hits). */
  shown: Hit[];
  matched: Matched;
  filters: Filters;
  /** The ids of cards made with their incident's text (their snippet is already the body's). */
  withText: ReadonlySet<string>;
  /** The query's last word as the index reached it (the shards of its completions are prefetched). */
  last?: string;
  /** Milliseconds spent working it out, not counting waits for files (0 when reused). */
  cpu: number;
  /** Milliseconds it took to work out when it was first made. */
  cost: number;
}

/** An engine whose indexes, records and facet values load as searches need them. */
interface LoadingEngine {
  engine: Engine;
  short: ShardedIndex;
  body: ShardedIndex;
  records: Map<string, SearchRecord>;
  phrases: PhraseIndex;
}

/**
 * The words of a query whose shards must be in before the query's words can be looked up: each
 * word, and for a compound its closed form and parts (searchedTerms asks about those).
 */
function wordsToLook(q: string): string[] {
  return cleanQuery(q).terms.flatMap((t) => {
    const parts = compoundWords(t);
    return parts ? [t, parts.join(''), ...parts] : processTerm(t) === null ? [] : [t];
  });
}

const hasFilters = (filters: Filters) => FACET_KEYS.some((k) => filters[k].length > 0);

/**
 * Starts loading at once; returns the handler for page messages. `fetchText(path)` reads a file
 * of the index directory, `post` sends a reply to the page, `now` is a millisecond clock;
 * `saveData` (the reader's browser asks to save data, or the connection is slow) turns off the
 * background loading of the whole index.
 */
export function searchService(
  fetchText: (path: string) => Promise<string>,
  post: (reply: WorkerReply) => void,
  now: () => number = () => performance.now(),
  {
    saveData = false,
    countsAfterMs = COUNTS_AFTER_MS,
    aheadMax = AHEAD_MAX,
    aheadBudgetMs = AHEAD_BUDGET_MS,
    pause = () => new Promise<void>((r) => setTimeout(r, 0)),
    preloadUpTo = PRELOAD_INDEX,
    preloadRecordsUpTo = PRELOAD_RECORDS,
  }: {
    saveData?: boolean;
    countsAfterMs?: number;
    /** How many answers ahead to work out after each answer (0: none). */
    aheadMax?: number;
    aheadBudgetMs?: number;
    /** Resolves once messages already waiting for the worker have been handled (a macrotask). */
    pause?: () => Promise<void>;
    /** Up to this many incidents the whole index loads in the background (beyond it: a large index). */
    preloadUpTo?: number;
    /** Up to this many incidents every record loads in the background (unless saving data on a large index). */
    preloadRecordsUpTo?: number;
  } = {},
): (msg: PageMessage) => Promise<void> {
  const sharded = (name: IndexName, meta: IndexMeta, options: Options) =>
    new ShardedIndex(meta, options, {
      shard: (n) => fetchText(FILES.shard(name, n)),
      group: (g) => fetchText(FILES.group(name, g)),
      words: () => fetchText(FILES.words(name)),
    });
  const ready: Promise<LoadingEngine> = (async () => {
    const [labelsText, shortText, bodyText, phraseText] = await Promise.all([
      fetchText(FILES.labels),
      fetchText(FILES.meta('short')),
      fetchText(FILES.meta('body')),
      fetchText(FILES.phraseMeta),
    ]);
    const labels = labelsFileSchema.parse(JSON.parse(labelsText));
    post({ type: 'labels', labels });
    const shortMeta = indexMetaSchema.parse(JSON.parse(shortText));
    const short = sharded('short', shortMeta, SHORT_INDEX_OPTIONS);
    const body = sharded('body', indexMetaSchema.parse(JSON.parse(bodyText)), BODY_INDEX_OPTIONS);
    // Incidents are keyed by their number in the indexes ("0" the newest); a record carries the id.
    const records = new Map<string, SearchRecord>();
    const phrases = new PhraseIndex(phraseMetaSchema.parse(JSON.parse(phraseText)), (n) =>
      fetchText(FILES.phraseShard(n)),
    );
    const engine: Engine = { ...engineParts(labels, short.keys()), short, body, records, phrases };
    return { engine, short, body, records, phrases };
  })();
  const report = (e: unknown) => post({ type: 'error', message: e instanceof Error ? e.message : String(e) });
  ready.catch(report);

  // Facet values: fetched at the first pause in typing once the page shows an answer (before the
  // answer when a filter is set), in chunks (readChunks); kept for good.
  let facetsLoading: Promise<void> | undefined;
  const loadFacets = ({ engine }: LoadingEngine) => {
    facetsLoading ??= (async () => {
      const list: FacetValues[] = [];
      await readChunks(
        engine.ids.length,
        FILES.facetsChunk,
        fetchText,
        (json) => facetsFileSchema.parse(json),
        (_, values) => list.push(...values),
        { pause },
      );
      engine.facets = new Map(engine.ids.map((id, i) => [id, list[i]!]));
    })();
    facetsLoading.catch(() => (facetsLoading = undefined));
    return facetsLoading;
  };

  // Records: fetched one by one for the results shown and the phrase check's candidates, and (for
  // a corpus of at most preloadRecordsUpTo) all of them in chunks once the page shows an answer; kept for good.
  const recordsLoading = new Map<string, Promise<void>>();
  let preloading: Promise<void> | undefined;
  const preloadRecords = (loading: LoadingEngine) => {
    const { engine, records } = loading;
    const count = engine.ids.length;
    if (count > preloadRecordsUpTo || (saveData && largeIndex(loading))) return;
    const idsOf = (k: number) => engine.ids.slice(k * RECORD_CHUNK, (k + 1) * RECORD_CHUNK);
    preloading ??= readChunks(
      count,
      FILES.recordChunk,
      fetchText,
      (json) => recordChunkSchema.parse(json),
      (k, chunk) => {
        const ids = idsOf(k);
        chunk.forEach((r, i) => {
          records.set(ids[i]!, r);
          recordsLoading.set(ids[i]!, Promise.resolve());
        });
      },
      // A chunk whose records all came one by one is not fetched again.
      { pause, skip: (k) => idsOf(k).every((id) => records.has(id)) },
    );
    preloading.catch(() => (preloading = undefined));
  };
  /** More incidents than the whole index is loaded in the background for. */
  const largeIndex = ({ engine }: LoadingEngine) => engine.ids.length > preloadUpTo;
  // Index shards: all of them for a corpus of at most PRELOAD_INDEX, after the records; kept for good.
  let indexPreloading: Promise<void> | undefined;
  const preloadIndexes = (loading: LoadingEngine) => {
    if (saveData || largeIndex(loading)) return;
    indexPreloading ??= (async () => {
      await preloading?.catch(() => undefined);
      await loading.short.preloadAll(PRELOAD_PARALLEL);
      await loading.body.preloadAll(PRELOAD_PARALLEL);
      await loading.phrases.preloadAll(PRELOAD_PARALLEL);
    })();
  };

  const loadRecords = ({ records }: LoadingEngine, ids: readonly string[]) =>
    Promise.all(
      ids.map((id) => {
        let p = recordsLoading.get(id);
        if (!p) {
          p = fetchText(FILES.record(id)).then(
            (text) => void records.set(id, recordFileSchema.parse(JSON.parse(text))),
          );
          p.catch(() => recordsLoading.delete(id));
          recordsLoading.set(id, p);
        }
        return p;
      }),
    );

  /**
   * Loads every shard a query's words reach in both indexes, so matchQuery over it is exact.
   * `offline`: loads nothing, and gives undefined unless every shard needed is already in.
   * `early`: the last word's completions and the phrase's pair shards start loading at once, beside
   * the words' own shards (see below).
   */
  async function prepare({ engine, short, body, phrases }: LoadingEngine, q: string, offline = false, early = false) {
    const words = wordsToLook(q);
    if (offline && !(short.holds(words) && body.holds(words))) return undefined;
    // While the reader types (an answer is on screen), the last word is completed unless the corpus
    // has it as typed, which its own shard tells: its run of completions starts loading beside that
    // shard rather than after it (one wait for files instead of two, on the keystroke that reaches a
    // new word start). When it is a word after all, the run goes on loading for the next letters,
    // which reach part of it. Not for a page's first question, whose bytes come before any result.
    const last = words.at(-1);
    if (early && !offline && last !== undefined && completes(last, () => false))
      void Promise.all([short.prefetch(last, Infinity), body.prefetch(last, Infinity)]).catch(() => undefined);
    // Likewise the pair index's shards for the phrase boost, which come after the match otherwise:
    // the phrase is the query's words as typed (a hyphenated compound may be searched otherwise).
    const { terms } = cleanQuery(q);
    if (early && !offline && terms.length > 1 && !terms.some((t) => compoundWords(t)))
      void phrases.ensure(pairsOf([...new Set(terms)])).catch(() => undefined);
    await Promise.all([short.ensure(words), body.ensure(words)]);
    const reached = reachedTerms(engine, q);
    if (offline)
      return reached.every(
        (r) => short.reaches(r.term, r.distance, r.prefix) && body.reaches(r.term, r.distance, r.prefix),
      )
        ? reached
        : undefined;
    await Promise.all(
      reached.flatMap((r) => [short.reach(r.term, r.distance, r.prefix), body.reach(r.term, r.distance, r.prefix)]),
    );
    return reached;
  }

  let newest = 0;
  // When the newest question came (ms, `now`).
  let askedAt = 0;
  // The newest answer sent: its hits and cards, for the body snippets the page asks for once it shows
  // them; its match and filters, for the facet counts when they follow.
  let answered: (Answer & { seq: number; loading: LoadingEngine }) | undefined;
  // The answers ahead of the newest answer, while they are worked out.
  let aheadOf: { seq: number; done: Promise<void> } | undefined;
  // The newest search taken up: resolves once it has set `answered` or has ended, whichever is first.
  let settling: { seq: number; settled: Promise<void> } | undefined;
  // Answers by question (answerKey of the cleaned query), the most recently made last: an answer
  // worked out ahead is reused when its question comes, and the page may already show it.
  const answers = new Map<string, Answer>();
  const keep = (key: string, a: Answer) => keepRecent(answers, key, a, ANSWERS_KEPT);
  // Incident texts fetched for snippets, most recently used last; and those on their way.
  const texts = new Map<string, string>();
  const loading = new Map<string, Promise<string | undefined>>();
  const textOf = (id: string): Promise<string | undefined> => {
    const known = texts.get(id);
    if (known !== undefined) return Promise.resolve(known);
    let p = loading.get(id);
    if (!p) {
      p = fetchText(FILES.text(id))
        .then((s) => textFileSchema.parse(JSON.parse(s)).text)
        .then(
          (text) => {
            keepRecent(texts, id, text, TEXTS_KEPT);
            return text;
          },
          // A missing text only costs the body snippet: the summary's stays.
          () => undefined,
        )
        .finally(() => loading.delete(id));
      loading.set(id, p);
    }
    return p;
  };

  /** Sends body snippets for the shown body matches once their texts are in, unless a newer question came. */
  async function sendSnippets(engine: Engine, seq: number, { shown, cards, withText }: Answer) {
    const wanted = shown.filter((h, i) => cards[i]!.wantsText && !withText.has(cards[i]!.id));
    if (wanted.length === 0) return;
    const loaded = await Promise.all(wanted.map(async (h) => [h, await textOf(recordOf(engine, h.id).id)] as const));
    if (seq < newest) return;
    const snippets: Record<string, Segment[]> = {};
    for (const [h, text] of loaded)
      if (text !== undefined) snippets[recordOf(engine, h.id).id] = resultCard(engine, h, text).snippet;
    post({ type: 'snippets', seq, snippets });
  }

  /**
   * Sends the facet counts of the newest answer once no newer question has come for
   * `countsAfterMs` and the facet values are in; not at all if one has. The values themselves
   * start loading only at such a pause (unless a filter needed them earlier): parsing them while
   * the reader types would hold up keystrokes for counts no one waits for.
   */
  async function sendCounts(loading: LoadingEngine, seq: number) {
    const paused = async () => {
      for (let wait = askedAt + countsAfterMs - now(); wait > 0; wait = askedAt + countsAfterMs - now())
        await new Promise((r) => setTimeout(r, wait));
      return answered?.seq === seq && newest === seq;
    };
    if (!(await paused())) return;
    await loadFacets(loading);
    if (!(await paused()) || !answered) return;
    post({ type: 'counts', seq, counts: facetCounts(loading.engine, answered.matched, answered.filters) });
  }

  /**
   * Did-you-mean queries for a query that matched nothing, once the shards of the words near its
   * words (and of the candidates' words) are in; given up (empty) once `stale` says a newer
   * question came.
   */
  async function suggest(loading: LoadingEngine, query: CleanQuery, stale: () => boolean): Promise<string[]> {
    const { engine, short, body } = loading;
    // autoSuggest splits each term as the index does ("http/2" also as "http" and "2"), and
    // looks for the near words of every piece: all of their shards must be in.
    const words = [...new Set(query.terms.flatMap((t) => [t, ...indexTokens(t).flatMap((w) => processTerm(w) ?? [])]))];
    await Promise.all([short.ensure(words), body.ensure(words)]);
    const near = (t: string) => Math.round(t.length * SUGGEST_FUZZY);
    await Promise.all(words.flatMap((t) => [short.reach(t, near(t), false), body.reach(t, near(t), false)]));
    if (stale()) return [];
    const candidates = suggestionCandidates(engine, query);
    for (const c of candidates) {
      await prepare(loading, c);
      if (stale()) return [];
    }
    return didYouMean(engine, query, candidates);
  }

  /**
   * Works out the answer to one question, loading what it needs; undefined once `stale` says a
   * newer question came, or (`offline`) when it would need a file not yet loaded. Kept (by the
   * cleaned query, filters and limit: the answer depends on nothing else) and reused when the same
   * question comes again.
   */
  async function answer(
    loading: LoadingEngine,
    q: string,
    filters: Filters,
    limit: number,
    stale: () => boolean,
    offline = false,
  ): Promise<Answer | undefined> {
    const key = answerKey(cleanQuery(q).text, filters, limit);
    const { engine } = loading;
    const known = answers.get(key);
    if (known) {
      // Cards of body matches whose texts have come since get their body snippets now.
      const better = known.shown.map((h, i) => {
        const card = known.cards[i]!;
        const text = card.wantsText && !known.withText.has(card.id) ? texts.get(card.id) : undefined;
        return text === undefined ? card : resultCard(engine, h, text);
      });
      const rebuilt = better.filter((c, i) => c !== known.cards[i]).map((c) => c.id);
      // Reused: it costs nothing more to answer ahead.
      const fresh = {
        ...known,
        cards: better,
        withText: rebuilt.length > 0 ? new Set([...known.withText, ...rebuilt]) : known.withText,
        cpu: 0,
      };
      keep(key, fresh);
      return fresh;
    }
    // Not when saving data on a large index: a word of the corpus would pull in its whole run.
    const early = answered !== undefined && !(saveData && largeIndex(loading));
    const reached = await prepare(loading, q, offline, early);
    if (stale() || !reached) return undefined;
    const { records } = loading;
    if (hasFilters(filters)) {
      if (offline && !engine.facets) return undefined;
      await loadFacets(loading);
    }
    // The time spent computing, without the waits for files (answering ahead is budgeted by it).
    let cpu = 0;
    const timed = <T>(work: () => T): T => {
      const start = now();
      const result = work();
      cpu += now() - start;
      return result;
    };
    const matched = timed(() => matchQuery(engine, q));
    const pairs = phrasePairs(matched);
    if (offline && !loading.phrases.holds(pairs)) return undefined;
    await loading.phrases.ensure(pairs);
    const needs = phraseNeeds(engine, matched);
    if (offline && !needs.every((id) => records.has(id))) return undefined;
    await loadRecords(loading, needs);
    if (stale()) return undefined;
    // The counts follow on their own (sendCounts), once the reader stops typing.
    const outcome = timed(() => finishSearch(engine, matched, filters, false));
    const shown = outcome.hits.slice(0, limit);
    if (offline && !shown.every((h) => records.has(h.id))) return undefined;
    await loadRecords(
      loading,
      shown.map((h) => h.id),
    );
    if (stale()) return undefined;
    const withText = new Set<string>();
    const cards = timed(() =>
      shown.map((h) => {
        const id = recordOf(engine, h.id).id;
        const text = texts.get(id);
        if (text !== undefined) withText.add(id);
        return resultCard(engine, h, text);
      }),
    );
    const offers = timed(() => termOffers(engine, outcome.query));
    const made: Answer = {
      outcome: shownOutcome(outcome),
      cards,
      offers,
      suggesting: outcome.hits.length === 0 && outcome.terms.length > 0,
      shown,
      matched,
      filters,
      withText,
      last: reached.at(-1)?.term,
      cpu,
      cost: cpu,
    };
    keep(key, made);
    return made;
  }

  /**
   * Answers, likeliest first, the questions the reader's next keystroke may ask (ahead.ts), and sends
   * each to the page to keep; stops once a newer question comes or the time budget is spent.
   */
  async function answerAhead(loading: LoadingEngine, req: SearchRequest, stale: () => boolean) {
    const { filters } = req.state;
    // Computing time only: waiting for a file blocks nothing, and a newer question is let in meanwhile.
    let spent = 0;
    let stop = false;
    // Where the whole index loads in the background anyway, a guess may load the files it needs
    // first (nothing more is fetched, only sooner). Beyond that size, or saving data, guesses come
    // only from what is loaded: fetching and parsing files for a guess would hold up the reader's
    // next question, and most of a large index is never loaded.
    const offline = saveData || largeIndex(loading);
    // From an empty box the next keystroke is a lone character, which matches nothing and costs
    // nothing to answer: every character a word starts with is answered, in both cases.
    const max = req.state.q === '' && aheadMax > 0 ? Math.max(aheadMax, AHEAD_MAX_START) : aheadMax;
    // The texts on screen: the next word of a phrase they show is a likely next word.
    const shown = (answered?.seq === req.seq ? answered.cards : []).flatMap((c) =>
      [c.title, c.snippet].map((segments) => segments.map((x) => x.text).join('')),
    );
    for (const q of nextQueries(loading.engine, req.state.q, max, shown)) {
      // Any message already waiting (the next keystroke's question) is let in first.
      await pause();
      if (stale() || spent >= aheadBudgetMs) return;
      const a = await answer(loading, q, filters, req.limit, stale, offline);
      if (stale()) return;
      if (!a) continue;
      spent += a.cpu;
      // One costly guess (over a quarter of the budget) is enough: the next would hold up the
      // reader's next question as long.
      if (a.cpu * 4 > aheadBudgetMs) stop = true;
      post({ type: 'ahead', key: answerKey(q, filters, req.limit), ...sentAnswer({ ...a, q }) });
      if (stop) return;
    }
  }

  /**
   * Answers one search (unless the page already shows the answer it was sent ahead), then answers
   * ahead; `onAnswered` is called once `answered` is this search's.
   */
  async function search(req: SearchRequest, onAnswered: () => void) {
    const start = now();
    askedAt = start;
    newest = Math.max(newest, req.seq);
    // A newer question came (while files loaded, or after the answer): answer that one instead.
    const stale = () => req.seq < newest;
    let loading: LoadingEngine;
    try {
      loading = await ready;
    } catch {
      return; // reported once above
    }
    const { short, body } = loading;
    try {
      const { q, filters } = req.state;
      const a = await answer(loading, q, filters, req.limit, stale);
      if (!a || stale()) return;
      if (!req.shown) post({ type: 'result', seq: req.seq, ms: now() - start, ...sentAnswer({ ...a, q }) });
      // An answer the page shows from its own copy (sent ahead, or kept from before) may have older
      // snippets than the worker's: every body match then gets its snippet sent again.
      answered = { ...a, seq: req.seq, loading, withText: req.shown ? new Set<string>() : a.withText };
      onAnswered();
      // The reader is typing a word that completes within a few letters (not after a space): the
      // shards of its completions load now, while the next letter is typed.
      const { last } = a;
      const typing = last && !/\s$/u.test(q) && last.length >= COMPLETE_MIN - 1 && !isExact(last);
      const prefetched = typing
        ? Promise.all([short.prefetch(last, PREFETCH_SHARDS), body.prefetch(last, PREFETCH_SHARDS)]).catch(
            () => undefined,
          )
        : undefined;
      if (a.suggesting) {
        // A keystroke already waiting makes these suggestions moot: it is let in first.
        await pause();
        if (!stale()) {
          const suggestions = await suggest(loading, a.outcome.query, stale);
          if (!stale()) post({ type: 'suggestions', seq: req.seq, suggestions });
        }
      }
      // On a large index, a question that took longer than the whole budget (a common start of a
      // word) has costly neighbours: working them out ahead would hold up the next question (which
      // waits for the one under way) more than it saves. On a small one a slow answer means code
      // not yet warmed up, and the guesses are cheap. From an empty box the neighbours are lone
      // characters, which cost nothing whatever the empty box's own answer cost.
      const cheap = q === '' || !largeIndex(loading) || a.cost <= aheadBudgetMs;
      const ahead = cheap ? answerAhead(loading, req, stale) : Promise.resolve();
      aheadOf = { seq: req.seq, done: ahead };
      await ahead;
      await prefetched;
    } catch (e) {
      // A question a newer one overtook has no answer to show: its failure would only hide the
      // newer answer behind an error (the file is retried when a query needs it again).
      if (stale()) return;
      report(e);
    }
  }

  return async (msg) => {
    if (msg.type === 'search') {
      // The page may show an answer sent ahead and ask for its snippets before the worker has
      // taken up that question: such a request waits for it.
      let onAnswered = () => {};
      const settled = new Promise<void>((resolve) => (onAnswered = resolve));
      settling = { seq: msg.seq, settled };
      return search(msg, onAnswered).finally(onAnswered);
    }
    if (answered?.seq !== msg.seq && settling?.seq === msg.seq) await settling.settled;
    if (answered?.seq === msg.seq) {
      // The page shows the answer: what was left for later loads now, never before a first result.
      const { loading } = answered;
      void sendCounts(loading, msg.seq).catch(report);
      preloadRecords(loading);
      preloadIndexes(loading);
      // Typo tolerance starts at five letters; with the vocabularies in, those keystrokes wait
      // only for the shards their near words are in.
      void Promise.all([loading.short.preloadWords(), loading.body.preloadWords()]).catch(() => undefined);
      // Better snippets can wait until the answers ahead are out: those make the next keystroke fast.
      if (aheadOf?.seq === msg.seq) await aheadOf.done.catch(() => undefined);
      if (answered?.seq !== msg.seq) return;
      await sendSnippets(loading.engine, msg.seq, answered).catch(report);
    }
  };
}
