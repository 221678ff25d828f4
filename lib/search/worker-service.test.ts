import { describe, expect, it } from 'vitest';
import { getCorpus } from '../corpus';
import { createEngine, withBody } from './engine';
import { noFilters, type Filters } from './facets';
import { bodyJson, coreJson, searchIndexFiles } from './files';
import { resultCard } from './cards';
import { runSearch } from './query';
import { readJudgments } from './relevance/judgments';
import { didYouMean } from './suggest';
import { coreFileSchema, textFileSchema } from './schema';
import type { WorkerReply } from './worker-protocol';
import { RECORD_CHUNK } from './files-path';
import { FILES, searchService } from './worker-service';
import { answerKey } from './ahead';
import { indexMetaSchema, shardOf } from './shards';

const corpus = getCorpus();
const core = coreJson(corpus);
const files = searchIndexFiles(corpus);
const shards = [...files.keys()].filter((p) => /^body\/\d+\.json$/.test(p));
const textOf = (id: string) => textFileSchema.parse(JSON.parse(files.get(FILES.text(id))!)).text;
const whole = withBody(createEngine(coreFileSchema.parse(JSON.parse(core))), bodyJson(corpus));

/** A service over the built files, recording which files it fetched and what it posted. */
function service(extra: Parameters<typeof searchService>[3] = {}) {
  const fetched: string[] = [];
  const replies: WorkerReply[] = [];
  // What had been fetched when each answer was sent.
  const atResult: string[][] = [];
  const handle = searchService(
    async (path) => {
      fetched.push(path);
      const text = files.get(path);
      if (text === undefined) throw new Error(`${path} answered 404`);
      return text;
    },
    (r) => {
      replies.push(r);
      if (r.type === 'result') atResult.push([...fetched]);
    },
    undefined,
    // Counts as soon as the page shows an answer (the pause that waits for typing to stop is tested on its own).
    { countsAfterMs: 0, ...extra },
  );
  const ask = async (q: string, seq = 1, filters = noFilters()) => {
    await handle({ type: 'search', seq, state: { q, filters }, limit: 10 });
    const r = replies.findLast((m) => m.type === 'result' || m.type === 'error');
    if (r?.type !== 'result') throw new Error(`no result for ${q}: ${JSON.stringify(r)}`);
    // Did-you-mean follows an answer that matched nothing, in a reply of its own.
    const later = replies.findLast((m) => m.type === 'suggestions' && m.seq === seq);
    if (r.suggesting !== (later !== undefined)) throw new Error(`suggestions for ${q}: ${JSON.stringify(later)}`);
    return { ...r, suggestions: later?.type === 'suggestions' ? later.suggestions : [] };
  };
  /** The counts sent for answer `seq` once the page shows it. */
  const countsOf = async (seq: number) => {
    await handle({ type: 'snippets', seq });
    await settle();
    const c = replies.findLast((m) => m.type === 'counts' && m.seq === seq);
    return c?.type === 'counts' ? c.counts : undefined;
  };
  return { ask, fetched, replies, handle, atResult, countsOf };
}

/** The shard files fetched, alone or in a group file (short/group-<g>.json holds shards meta.groups[g]…). */
function inFetched(fetched: readonly string[]): Set<string> {
  const shardFiles = new Set(fetched);
  for (const name of ['short', 'body'] as const) {
    const meta = indexMetaSchema.parse(JSON.parse(files.get(FILES.meta(name))!));
    const starts = meta.groups ?? [];
    starts.forEach((a, g) => {
      if (!fetched.includes(FILES.group(name, g))) return;
      for (let n = a; n < (starts[g + 1] ?? meta.firsts.length); n++) shardFiles.add(FILES.shard(name, n));
    });
  }
  return shardFiles;
}

/** Did-you-mean of the whole index for a query. */
const suggested = (q: string) => didYouMean(whole, runSearch(whole, { q, filters: noFilters() }).query);
/** Lets the worker's follow-up work (facet counts, prefetches) finish. */
const settle = () => new Promise((r) => setTimeout(r, 5));

describe('the search worker', () => {
  it('cuts the body index into more than one shard', () => {
    expect(shards.length).toBeGreaterThan(1);
  });

  it('answers every judged query from a cold start as the whole index does: matches, count, order, cards, counts', async () => {
    for (const j of readJudgments()) {
      // A cold page: only the files this answer needs are in (pair index, per-result records).
      const s = service();
      const r = await s.ask(j.q, 1);
      const expected = runSearch(whole, { q: j.q, filters: noFilters() });
      const shown = expected.hits.slice(0, 10);
      expect(
        r.cards.map((c) => c.id),
        j.q,
      ).toEqual(shown.map((h) => h.id));
      expect(r.cards, j.q).toEqual(shown.map((h) => resultCard(whole, h)));
      expect(r.outcome.total, j.q).toBe(expected.hits.length);
      expect(r.outcome.partial, j.q).toBe(expected.partial);
      expect(r.suggestions, j.q).toEqual(expected.hits.length === 0 ? suggested(j.q) : []);
      expect(r.q).toBe(j.q);
      expect(
        s.atResult[0]!.some((f) => f.startsWith('facets/') || /^record\/chunk-/.test(f)),
        j.q,
      ).toBe(false);
      // The counts follow once the page shows the answer (and asks for its snippets).
      expect(r.outcome.counts, j.q).toBeUndefined();
      await s.handle({ type: 'snippets', seq: 1 });
      await settle();
      const later = s.replies.findLast((m) => m.type === 'counts' && m.seq === 1);
      expect(later?.type === 'counts' ? later.counts : undefined, j.q).toEqual(expected.counts);
    }
  });

  it('answers them all as the whole index does in one session, as records, facets and texts arrive', async () => {
    const s = service();
    // The texts the worker holds: those of cards it was asked body snippets for.
    const texts = new Map<string, string>();
    for (const [i, j] of readJudgments().entries()) {
      const before = s.fetched.length;
      const r = await s.ask(j.q, i + 1);
      const expected = runSearch(whole, { q: j.q, filters: noFilters() });
      const shown = expected.hits.slice(0, 10);
      expect(r.cards, j.q).toEqual(shown.map((h) => resultCard(whole, h, texts.get(h.id))));
      expect(r.outcome.total, j.q).toBe(expected.hits.length);
      expect(r.outcome.counts, j.q).toBeUndefined();
      if (i === 0) expect(s.fetched.length - before).toBeLessThan(shards.length + 2);
      // The page asks for snippets once it shows the answer: the texts then fetched are kept for the
      // next cards, and the counts follow.
      expect(await s.countsOf(i + 1), j.q).toEqual(expected.counts);
      for (const c of r.cards) if (c.wantsText) texts.set(c.id, textOf(c.id));
    }
  });

  it('answers with facet filters as the whole index does', async () => {
    const s = service();
    const cases: [string, Partial<Filters>][] = [
      ['thread limit', { goal: ['scalability'] }],
      ['', { fault: ['resource-exhaustion'], role: ['root'] }],
      ['dns', { year: ['2021'] }],
      ['config push', { fault: ['configuration-change'], org: ['cloudflare'] }],
    ];
    for (const [i, [q, chosen]] of cases.entries()) {
      const filters = { ...noFilters(), ...chosen };
      const r = await s.ask(q, i + 1, filters);
      const expected = runSearch(whole, { q, filters });
      expect(
        r.cards.map((c) => c.id),
        q,
      ).toEqual(expected.hits.slice(0, 10).map((h) => h.id));
      expect(r.outcome.total, q).toBe(expected.hits.length);
      expect(await s.countsOf(i + 1), q).toEqual(expected.counts);
    }
  });

  it('fetches each file at most once, and none of the vocabulary, facets or texts before a plain first answer', async () => {
    const s = service();
    await s.ask('thread limit', 1);
    const first = s.atResult[0]!;
    expect(first.some((f) => f.endsWith('words.json') || f.startsWith('facets/') || f.startsWith('text/'))).toBe(false);
    // The records fetched are those of the cards and of the phrase check's candidates only.
    expect(first.filter((f) => f.startsWith('record/')).length).toBeLessThan(corpus.incidents.length / 2);
    await settle();
    expect(s.fetched.filter((f) => f.startsWith('facets/'))).toEqual([]);
    await s.handle({ type: 'snippets', seq: 1 });
    await settle();
    expect(s.fetched.filter((f) => f.startsWith('facets/'))).toEqual(
      Array.from({ length: Math.ceil(corpus.incidents.length / RECORD_CHUNK) }, (_, k) => FILES.facetsChunk(k)),
    );
    // Once an answer is shown, both vocabularies load, so a later typo does not wait for them.
    expect(s.fetched).toContain(FILES.words('short'));
    expect(s.fetched).toContain(FILES.words('body'));
    await s.ask('thread limit', 2);
    expect(s.fetched.filter((f) => f === FILES.labels)).toHaveLength(1);
    expect(new Set(s.fetched).size).toBe(s.fetched.length);
    expect(s.replies[0]).toMatchObject({ type: 'labels' });
  });

  it('loads every record in chunks once the first answer is shown, so later answers fetch none one by one', async () => {
    const s = service();
    await s.ask('thread limit', 1);
    await settle();
    expect(s.fetched.filter((f) => f.startsWith('record/chunk-'))).toEqual([]);
    await s.handle({ type: 'snippets', seq: 1 });
    await settle();
    const chunks = s.fetched.filter((f) => f.startsWith('record/chunk-'));
    expect(chunks.length).toBe(Math.ceil(corpus.incidents.length / RECORD_CHUNK));
    const before = s.fetched.length;
    const r = await s.ask('cloudflare', 2);
    expect(r.cards.length).toBeGreaterThan(0);
    expect(s.fetched.slice(before).filter((f) => f.startsWith('record/'))).toEqual([]);
  });

  it('loads the records in chunks beyond the size whose whole index loads, but not when saving data there, nor beyond its own limit', async () => {
    const chunksLoaded = async (extra: Parameters<typeof searchService>[3]) => {
      const s = service(extra);
      await s.ask('thread limit', 1);
      await s.handle({ type: 'snippets', seq: 1 });
      await settle();
      return s.fetched.filter((f) => f.startsWith('record/chunk-')).length;
    };
    const n = corpus.incidents.length;
    const all = Math.ceil(n / RECORD_CHUNK);
    // A large index (its shards load as queries reach them): records still load whole.
    expect(await chunksLoaded({ preloadUpTo: n - 1 })).toBe(all);
    // Saving data on a small index: the records still load (they are what later answers wait for).
    expect(await chunksLoaded({ saveData: true })).toBe(all);
    expect(await chunksLoaded({ preloadUpTo: n - 1, saveData: true })).toBe(0);
    expect(await chunksLoaded({ preloadRecordsUpTo: n - 1 })).toBe(0);
    expect(await chunksLoaded({ preloadRecordsUpTo: n })).toBe(all);
  });

  it("asks for the last word's completions and the phrase's pairs with its own shard once an answer is on screen, not after it", async () => {
    // Word starts that are no words of the corpus, whose completions span more than one body shard.
    const meta = indexMetaSchema.parse(JSON.parse(files.get(FILES.meta('body'))!));
    const vocabulary: string[] = JSON.parse(files.get(FILES.words('body'))!);
    const spread = [...new Set(vocabulary.filter((w) => /^[a-z]{4}/.test(w)).map((w) => w.slice(0, 3)))].filter(
      (p) => !vocabulary.includes(p) && shardOf(meta.firsts, p) < shardOf(meta.firsts, `${p}\uffff`),
    );
    expect(spread.length).toBeGreaterThanOrEqual(2);
    const [first, second] = spread as [string, string];

    /** For a page's first question and the next (two words): whether each waited twice for files. */
    const waits = async (options: Parameters<typeof searchService>[3]) => {
      // Index files in the order they were asked for and came back.
      const events: { what: 'asked' | 'came'; path: string }[] = [];
      const handle = searchService(
        async (path) => {
          events.push({ what: 'asked', path });
          await new Promise((r) => setTimeout(r, 2));
          events.push({ what: 'came', path });
          return files.get(path) ?? Promise.reject(new Error(`${path} answered 404`));
        },
        () => undefined,
        undefined,
        { aheadMax: 0, ...options },
      );
      const index = (e: { path: string }) => /^(short|body|phrase)\//.test(e.path);
      /** Whether some index file was asked for after one asked for by this question came back. */
      const waitedTwice = async (seq: number, q: string) => {
        const from = events.length;
        await handle({ type: 'search', seq, state: { q, filters: noFilters() }, limit: 10 });
        const mine = events.slice(from).filter(index);
        const asked = new Set(mine.filter((e) => e.what === 'asked').map((e) => e.path));
        const firstCame = mine.findIndex((e) => e.what === 'came' && asked.has(e.path));
        const lastAsked = mine.findLastIndex((e) => e.what === 'asked');
        expect(asked.size, q).toBeGreaterThan(1);
        return lastAsked > firstCame;
      };
      const firstQuestion = await waitedTwice(1, first);
      const from = events.length;
      const next = await waitedTwice(2, `thread ${second}`);
      const pairsEarly = events
        .slice(from)
        .some((e) => e.what === 'asked' && e.path.startsWith('phrase/') && e.path !== FILES.phraseMeta);
      return { firstQuestion, next, pairsEarly };
    };
    // The page's first question waits for the word's own shard, then for its completions'. Once an
    // answer is on screen, both are asked for at once, and the pair index's shard for the phrase
    // "thread <start>" with them.
    expect(await waits({})).toEqual({ firstQuestion: true, next: false, pairsEarly: true });
    // Not when saving data on a large index: a word of the corpus would pull in its whole run.
    const large = { saveData: true, preloadUpTo: corpus.incidents.length - 1 };
    expect(await waits(large)).toMatchObject({ firstQuestion: true, next: true });
  });

  it('says so when the facet chunks do not hold one value per incident, and sends no counts', async () => {
    const replies: WorkerReply[] = [];
    const chunk = FILES.facetsChunk(0);
    const handle = searchService(
      async (path) => {
        const text = files.get(path);
        if (text === undefined) throw new Error(`${path} answered 404`);
        return path === chunk ? JSON.stringify(JSON.parse(text).slice(1)) : text;
      },
      (r) => replies.push(r),
      undefined,
      { countsAfterMs: 0 },
    );
    await handle({ type: 'search', seq: 1, state: { q: 'thread limit', filters: noFilters() }, limit: 10 });
    await handle({ type: 'snippets', seq: 1 });
    await settle();
    const n = corpus.incidents.length;
    expect(replies.filter((r) => r.type === 'error').map((r) => r.type === 'error' && r.message)).toEqual([
      `search index: ${chunk} holds ${n - 1} incidents, expected ${Math.min(RECORD_CHUNK, n)}`,
    ]);
    expect(replies.some((r) => r.type === 'counts')).toBe(false);
  });

  it('answers only the newest of two questions asked together', async () => {
    const s = service();
    await Promise.all([
      s.handle({ type: 'search', seq: 1, state: { q: 'thread', filters: noFilters() }, limit: 5 }),
      s.handle({ type: 'search', seq: 2, state: { q: 'thread limit', filters: noFilters() }, limit: 5 }),
    ]);
    const results = s.replies.filter((r) => r.type === 'result');
    expect(results.map((r) => r.seq)).toEqual([2]);
  });

  it('suggests as the whole index does when nothing matches', async () => {
    const s = service();
    const r = await s.ask('zookeeperr kinesys xyzzyq');
    const expected = runSearch(whole, { q: 'zookeeperr kinesys xyzzyq', filters: noFilters() });
    expect(r.outcome.total).toBe(expected.hits.length);
    const none = await s.ask('xyzzyq', 2);
    expect(none.outcome.total).toBe(0);
    expect(none.suggestions).toEqual(suggested('xyzzyq'));
  });

  it('sends the answer that matched nothing first, its suggestions after, and none once a newer question came', async () => {
    const s = service();
    await s.ask('zokeepr', 1);
    const kinds = s.replies.flatMap((m) => ('seq' in m && m.seq === 1 ? [m.type] : []));
    expect(kinds.slice(0, 2)).toEqual(['result', 'suggestions']);
    const found = s.replies.find((m) => m.type === 'suggestions');
    expect(found?.type === 'suggestions' && found.suggestions).toEqual(suggested('zokeepr'));
    expect(suggested('zokeepr').length).toBeGreaterThan(0);
    // A newer question arrives just after an answer that matched nothing: its suggestions are never sent.
    const replies: WorkerReply[] = [];
    let newer: Promise<void> | undefined;
    const handle = searchService(
      async (path) => files.get(path) ?? Promise.reject(new Error(`${path} answered 404`)),
      (r) => {
        replies.push(r);
        if (r.type === 'result' && r.seq === 1)
          newer = handle({ type: 'search', seq: 2, state: { q: 'kinesis', filters: noFilters() }, limit: 10 });
      },
    );
    await handle({ type: 'search', seq: 1, state: { q: 'zokeepr', filters: noFilters() }, limit: 10 });
    await newer;
    expect(replies.find((m) => m.type === 'result' && m.seq === 1)).toMatchObject({ suggesting: true });
    expect(replies.filter((m) => m.type === 'suggestions')).toEqual([]);
    expect(replies.findLast((m) => m.type === 'result')).toMatchObject({ seq: 2 });
  });

  it('loads every index shard in the background once an answer is shown, unless the reader saves data', async () => {
    const indexFiles = [...files.keys()].filter((p) => /^(short|body|phrase)\/\d+\.json$/.test(p)).sort();
    expect(indexFiles.length).toBeGreaterThan(shards.length);
    for (const saveData of [false, true]) {
      const fetched: string[] = [];
      const handle = searchService(
        async (path) => (fetched.push(path), files.get(path) ?? Promise.reject(new Error(`${path} answered 404`))),
        () => undefined,
        undefined,
        { saveData },
      );
      await handle({ type: 'search', seq: 1, state: { q: 'thread limit', filters: noFilters() }, limit: 10 });
      const asked = fetched.length;
      expect(asked).toBeLessThan(indexFiles.length);
      await handle({ type: 'snippets', seq: 1 });
      for (let i = 0; i < 200 && !indexFiles.every((f) => inFetched(fetched).has(f)); i++) await settle();
      const loaded = indexFiles.filter((f) => inFetched(fetched).has(f));
      if (saveData) expect(loaded.length).toBeLessThan(indexFiles.length);
      else expect(loaded).toEqual(indexFiles);
      // Each file once, however it was asked for.
      expect(fetched.length).toBe(new Set(fetched).size);
    }
  });

  it('loads the facet values and sends the counts only once no newer question has come for a moment', async () => {
    const replies: WorkerReply[] = [];
    const facetFiles: string[] = [];
    const handle = searchService(
      async (path) => {
        if (path.startsWith('facets/')) facetFiles.push(path);
        return files.get(path) ?? Promise.reject(new Error(`${path} answered 404`));
      },
      (r) => replies.push(r),
      undefined,
      // Each question is awaited here to its end, answers ahead included: without them, the next
      // one comes 10 ms after the answer, as typing does.
      { aheadMax: 0 },
    );
    const counted = () => replies.filter((m) => m.type === 'counts').map((m) => m.seq);
    // Typed a letter at a time, each answer shown: only the last one is counted.
    const q = 'thread limit';
    for (let n = 1; n <= q.length; n++) {
      await handle({ type: 'search', seq: n, state: { q: q.slice(0, n), filters: noFilters() }, limit: 10 });
      void handle({ type: 'snippets', seq: n });
      await new Promise((r) => setTimeout(r, 10));
    }
    expect(counted()).toEqual([]);
    // Nothing to parse while the reader types.
    expect(facetFiles).toEqual([]);
    await new Promise((r) => setTimeout(r, 400));
    expect(counted()).toEqual([q.length]);
    expect(facetFiles.length).toBeGreaterThan(0);
    const expected = runSearch(whole, { q, filters: noFilters() }).counts;
    expect(replies.findLast((m) => m.type === 'counts')).toEqual({ type: 'counts', seq: q.length, counts: expected });
  });

  it('suggests the same when nothing matches, typed a letter at a time or asked cold', async () => {
    for (const q of ['HTTP/2', 'rm -rf', 'xyzzyq', '1.1.1.2', 'IPv6', 'Node.js']) {
      const cold = await service().ask(q);
      const typed = service();
      // Other words asked first load other shards, which must not change the suggestion.
      await typed.ask('nodes jest https 2 poison packet', 0);
      let r = cold;
      for (let n = 1; n <= q.length; n++) {
        r = await typed.ask(q.slice(0, n), n);
        await settle();
      }
      expect(r.outcome.total, q).toBe(0);
      expect(r.suggestions, q).toEqual(cold.suggestions);
      expect(cold.suggestions, q).toEqual(suggested(q));
    }
  });

  it('sends cards as the page shows them, then body snippets from the texts of body matches', async () => {
    const s = service();
    const q = 'thread limit';
    const r = await s.ask(q);
    const hits = runSearch(whole, { q, filters: noFilters() }).hits.slice(0, 10);
    expect(r.cards).toEqual(hits.map((h) => resultCard(whole, h)));
    expect(r.cards.length).toBeGreaterThan(0);
    // No text is fetched until the page, showing the answer, asks for the snippets.
    expect(s.fetched.filter((f) => f.startsWith('text/'))).toEqual([]);
    await s.handle({ type: 'snippets', seq: 7 });
    expect(s.replies.filter((m) => m.type === 'snippets')).toEqual([]);
    await s.handle({ type: 'snippets', seq: 1 });
    const sent = s.replies.find((m) => m.type === 'snippets');
    const withText = hits.filter((h) => resultCard(whole, h).wantsText);
    expect(withText.length).toBeGreaterThan(0);
    expect(sent).toEqual({
      type: 'snippets',
      seq: 1,
      snippets: Object.fromEntries(withText.map((h) => [h.id, resultCard(whole, h, textOf(h.id)).snippet])),
    });
    // Asked again, the texts are already in: the cards come with their body snippets at once.
    const again = await s.ask(q, 2);
    expect(again.cards.map((c) => c.snippet)).toEqual(hits.map((h) => resultCard(whole, h, textOf(h.id)).snippet));
  });

  it('loads the shards a two-letter last word completes to before the third letter is typed', async () => {
    const s = service();
    await s.ask('thread li', 1);
    // Wait for the prefetch started after the answer.
    await new Promise((r) => setTimeout(r, 10));
    const isShard = (f: string) => /^(short|body)\/(\d+|group-\d+)\.json$/.test(f);
    const before = s.fetched.filter(isShard).length;
    await s.ask('thread lim', 2);
    const after = s.fetched.filter(isShard).length;
    expect(after).toBe(before);
    // And the answer is the whole index's.
    const expected = runSearch(whole, { q: 'thread lim', filters: noFilters() });
    expect((await s.ask('thread lim', 3)).cards.map((c) => c.id)).toEqual(expected.hits.slice(0, 10).map((h) => h.id));
  });

  it('does not load ahead after a finished word', async () => {
    const s = service();
    await s.ask('thread li ', 1);
    await new Promise((r) => setTimeout(r, 10));
    const isShard = (f: string) => /^(short|body)\/(\d+|group-\d+)\.json$/.test(f);
    const shardsFetched = s.fetched.filter(isShard);
    const alone = service();
    // The same words, the last one finished: only the shards of the words themselves.
    await alone.ask('li thread', 1);
    await new Promise((r) => setTimeout(r, 10));
    expect(shardsFetched.sort()).toEqual(alone.fetched.filter(isShard).sort());
  });

  it('reports a missing file as an error', async () => {
    const replies: WorkerReply[] = [];
    searchService(
      async () => {
        throw new Error('labels.json answered 404');
      },
      (r) => replies.push(r),
    );
    await new Promise((r) => setTimeout(r, 10));
    expect(replies).toEqual([{ type: 'error', message: 'labels.json answered 404' }]);
  });

  it('does not report the failure of a question a newer one has overtaken', async () => {
    const replies: WorkerReply[] = [];
    let failShards = false;
    const handle = searchService(
      async (path) => {
        if (failShards && /^(short|body)\/\d+\.json$/.test(path)) {
          await new Promise((r) => setTimeout(r, 20));
          throw new Error(`${path} failed`);
        }
        return files.get(path)!;
      },
      (r) => replies.push(r),
    );
    const ask = (q: string, seq: number) =>
      handle({ type: 'search', seq, state: { q, filters: noFilters() }, limit: 5 });
    await ask('leap second', 1);
    failShards = true;
    const overtaken = ask('zookeeper', 2);
    await new Promise((r) => setTimeout(r, 0));
    failShards = false;
    await ask('leap second', 3);
    await overtaken;
    const after = replies.slice(replies.findIndex((r) => r.type === 'result' && r.seq === 3));
    expect(after.length).toBeGreaterThan(0);
    expect(after.filter((r) => r.type === 'error')).toEqual([]);
  });
});

describe('answering ahead', () => {
  /** The answers sent ahead since reply `from`. */
  const aheadSince = (replies: WorkerReply[], from: number) =>
    replies.slice(from).flatMap((m) => (m.type === 'ahead' ? [m] : []));

  it('sends, after an answer, answers to the next keystroke that are what the worker answers when asked', async () => {
    // No time budget: the test is about what is sent, not how much fits in the time.
    const s = service({ aheadMax: 6, aheadBudgetMs: Infinity });
    for (const [seq, q] of ['zookee', 'kines', 'thread l', 'leap secon', 'Cloudfl', 'xyzzy'].entries()) {
      const from = s.replies.length;
      await s.ask(q, seq + 1);
      const ahead = aheadSince(s.replies, from);
      expect(ahead.length, q).toBeGreaterThan(1);
      // The same answer as a space, then answers to one more character.
      expect(ahead[0]!.q).toBe(`${q} `);
      for (const a of ahead.slice(0, 4)) {
        expect(a.q.slice(0, q.length)).toBe(q);
        expect([...a.q.slice(q.length)]).toHaveLength(1);
        const fresh = await service({ aheadMax: 0 }).ask(a.q, 1);
        expect(a.key).toBe(answerKey(a.q, noFilters(), 10));
        expect({ ...a, type: 'result' }, a.q).toEqual({
          type: 'result',
          key: a.key,
          q: a.q,
          outcome: fresh.outcome,
          cards: fresh.cards,
          offers: fresh.offers,
          suggesting: fresh.suggesting,
        });
      }
    }
  });

  it('sends no result for a question whose answer the page shows, but what follows one', async () => {
    const s = service();
    await s.ask('zookee', 1);
    const asked = async (q: string, seq: number) => {
      const from = s.replies.length;
      await s.handle({ type: 'search', seq, state: { q, filters: noFilters() }, limit: 10, shown: true });
      return s.replies.slice(from);
    };
    expect((await asked('zookeep', 2)).filter((m) => m.type === 'result')).toEqual([]);
    const expected = runSearch(whole, { q: 'zookeep', filters: noFilters() });
    expect(await s.countsOf(2)).toEqual(expected.counts);
    // Nothing matches: did-you-mean follows for the question shown.
    const after = await asked('xyzzyq', 3);
    expect(after.filter((m) => m.type === 'result')).toEqual([]);
    expect(after.find((m) => m.type === 'suggestions')).toEqual({
      type: 'suggestions',
      seq: 3,
      suggestions: suggested('xyzzyq'),
    });
  });

  it('answers the follow-ups of a shown question asked before the worker has taken the question up', async () => {
    const s = service();
    await s.ask('zookee', 1);
    // The page shows "thread limit" from its own copy and at once asks for its snippets: the
    // worker is still loading the question's files.
    const q = 'thread limit';
    const searching = s.handle({ type: 'search', seq: 2, state: { q, filters: noFilters() }, limit: 10, shown: true });
    await s.handle({ type: 'snippets', seq: 2 });
    await searching;
    await settle();
    const counts = s.replies.findLast((m) => m.type === 'counts' && m.seq === 2);
    expect(counts?.type === 'counts' ? counts.counts : undefined).toEqual(
      runSearch(whole, { q, filters: noFilters() }).counts,
    );
  });

  it('sends body snippets again for an answer the page shows from its own copy', async () => {
    const s = service();
    const q = 'thread limit';
    const first = await s.ask(q, 1);
    const bodyMatches = first.cards.filter((c) => c.wantsText).map((c) => c.id);
    expect(bodyMatches.length).toBeGreaterThan(0);
    // Shown, its texts are fetched and its snippets sent; the worker's copy now has them.
    await s.handle({ type: 'snippets', seq: 1 });
    // The page shows its own copy again (kept from before, with the summary's snippets).
    await s.handle({ type: 'search', seq: 2, state: { q, filters: noFilters() }, limit: 10, shown: true });
    await s.handle({ type: 'snippets', seq: 2 });
    const again = s.replies.findLast((m) => m.type === 'snippets' && m.seq === 2);
    expect(again?.type === 'snippets' ? Object.keys(again.snippets).sort() : []).toEqual(bodyMatches.sort());
  });

  it('stops once a newer question comes, and answers that one', async () => {
    let newer: Promise<void> | undefined;
    const s = service({
      // The first pause (before the first answer ahead of "kines") lets the next keystroke's question in.
      pause: async () => {
        newer ??= s.handle({ type: 'search', seq: 2, state: { q: 'kinesis', filters: noFilters() }, limit: 10 });
        await new Promise((r) => setTimeout(r, 0));
      },
    });
    await s.ask('kines', 1);
    await newer;
    const ahead = aheadSince(s.replies, 0);
    expect(ahead.length).toBeGreaterThan(0);
    for (const a of ahead) expect(a.q.startsWith('kinesis'), a.q).toBe(true);
    expect(s.replies.filter((m) => m.type === 'result').map((m) => (m.type === 'result' ? m.q : ''))).toEqual([
      'kines',
      'kinesis',
    ]);
  });

  it('fetches nothing to answer ahead when saving data: only what answering and prefetching load', async () => {
    // (Beyond 1,500 incidents it is the same without saving data: the whole index does not preload.)
    for (const q of ['zookee', 'thread l', 'xyzzyq', 'Cloudfl']) {
      const without = service({ aheadMax: 0, saveData: true });
      await without.ask(q, 1);
      const withAhead = service({ aheadBudgetMs: Infinity, saveData: true });
      await withAhead.ask(q, 1);
      expect(aheadSince(withAhead.replies, 0).length, q).toBeGreaterThan(0);
      expect([...withAhead.fetched].sort(), q).toEqual([...without.fetched].sort());
    }
  });

  it('may load files for a guess where the whole index loads in the background anyway', async () => {
    const offline = service({ aheadBudgetMs: Infinity, saveData: true });
    await offline.ask('thread l', 1);
    const online = service({ aheadBudgetMs: Infinity });
    await online.ask('thread l', 1);
    expect(aheadSince(online.replies, 0).length).toBeGreaterThan(aheadSince(offline.replies, 0).length);
    // Only index and phrase shards, which the background preload would fetch anyway.
    const extra = online.fetched.filter((f) => !offline.fetched.includes(f));
    expect(extra.length).toBeGreaterThan(0);
    for (const f of extra) expect(f).toMatch(/^(short|body|phrase)\/\d+\.json$|^record\//);
  });

  it('sends at most aheadMax answers, and none once its time budget is spent', async () => {
    const few = service({ aheadMax: 3 });
    await few.ask('zookee', 1);
    expect(aheadSince(few.replies, 0)).toHaveLength(3);
    const none = service({ aheadBudgetMs: 0 });
    await none.ask('zookee', 1);
    expect(aheadSince(none.replies, 0)).toEqual([]);
  });

  it('answers nothing ahead of a question that took longer than the budget on a large index, and stops after one costly guess', async () => {
    // A clock where every reading is 30 ms after the last: each answer seems to take 120 ms
    // (four timed steps of 30 ms).
    let t = 0;
    const clocked = (options: Parameters<typeof searchService>[3]) => {
      const replies: WorkerReply[] = [];
      const handle = searchService(
        async (path) => files.get(path)!,
        (r) => replies.push(r),
        () => (t += 30),
        options,
      );
      const ask = (q: string, seq: number) =>
        handle({ type: 'search', seq, state: { q, filters: noFilters() }, limit: 10 });
      return { replies, ask };
    };
    // The site's 100 incidents stand for a large index (beyond the size that preloads whole).
    const large = clocked({ aheadBudgetMs: 100, preloadUpTo: 10 });
    await large.ask('zookee', 1);
    expect(large.replies.some((m) => m.type === 'result')).toBe(true);
    expect(aheadSince(large.replies, 0)).toEqual([]);
    // On a small index a slow answer is code warming up: its neighbours are answered ahead.
    const small = clocked({ aheadBudgetMs: 100 });
    await small.ask('zookee', 1);
    expect(aheadSince(small.replies, 0).length).toBeGreaterThan(0);
    // From an empty box the lone characters ahead cost nothing, however long the answer took.
    await large.ask('', 2);
    expect(aheadSince(large.replies, 0).length).toBeGreaterThan(0);

    // A budget of 400 ms: the question (120 ms) is answered ahead; the space costs nothing (the
    // same answer), the next guess 120 ms, over a quarter of the budget: it is the last.
    const roomy = clocked({ aheadBudgetMs: 400 });
    await roomy.ask('zookee', 1);
    expect(aheadSince(roomy.replies, 0).map((m) => m.q)).toEqual(['zookee ', 'zookeep']);
  });
});
