import { describe, expect, it } from 'vitest';
import { getCorpus } from '../corpus';
import { createEngine, withBody } from './engine';
import { noFilters } from './facets';
import { bodyJson, bodyShards, coreJson, textJsons } from './files';
import { resultCard } from './cards';
import { runSearch } from './query';
import { readJudgments } from './relevance/judgments';
import { didYouMean } from './suggest';
import { coreFileSchema } from './schema';
import type { WorkerReply } from './worker-protocol';
import { FILES, searchService } from './worker-service';

const corpus = getCorpus();
const core = coreJson(corpus);
const { meta, shards } = bodyShards(corpus);
const whole = withBody(createEngine(coreFileSchema.parse(JSON.parse(core))), bodyJson(corpus));

/** A service over the built files, recording which files it fetched and what it posted. */
function service() {
  const fetched: string[] = [];
  const replies: WorkerReply[] = [];
  const files = new Map([
    [FILES.core, core],
    [FILES.meta, meta],
    ...shards.map((s, n) => [FILES.shard(n), s] as const),
    ...[...textJsons(corpus)].map(([id, t]) => [FILES.text(id), t] as const),
  ]);
  const handle = searchService(
    async (path) => {
      fetched.push(path);
      const text = files.get(path);
      if (text === undefined) throw new Error(`${path} answered 404`);
      return text;
    },
    (r) => replies.push(r),
  );
  const ask = async (q: string, seq = 1) => {
    await handle({ type: 'search', seq, state: { q, filters: noFilters() }, limit: 10 });
    const r = replies.findLast((m) => m.type === 'result' || m.type === 'error');
    if (r?.type !== 'result') throw new Error(`no result for ${q}: ${JSON.stringify(r)}`);
    return r;
  };
  return { ask, fetched, replies, handle };
}

describe('the search worker', () => {
  it('cuts the body index into more than one shard', () => {
    expect(shards.length).toBeGreaterThan(1);
  });

  it('answers every judged query as the whole index does, loading only the shards it needs', async () => {
    const s = service();
    for (const [i, j] of readJudgments().entries()) {
      const before = s.fetched.length;
      const r = await s.ask(j.q, i + 1);
      const expected = runSearch(whole, { q: j.q, filters: noFilters() });
      expect(
        r.cards.map((c) => c.id),
        j.q,
      ).toEqual(expected.hits.slice(0, 10).map((h) => h.record.id));
      expect(r.outcome.total, j.q).toBe(expected.hits.length);
      expect(r.q).toBe(j.q);
      if (i === 0) expect(s.fetched.length - before).toBeLessThan(shards.length + 2);
    }
  });

  it('fetches the core and meta files once, and a shard at most once', async () => {
    const s = service();
    await s.ask('thread limit', 1);
    await s.ask('thread limit', 2);
    expect(s.fetched.filter((f) => f === FILES.core)).toHaveLength(1);
    expect(new Set(s.fetched).size).toBe(s.fetched.length);
    expect(s.replies[0]).toMatchObject({ type: 'labels' });
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
    expect(none.suggestions).toEqual(didYouMean(whole, runSearch(whole, { q: 'xyzzyq', filters: noFilters() }).query));
  });

  it('sends cards as the page shows them, then body snippets from the texts of body matches', async () => {
    const s = service();
    const q = 'thread limit';
    const r = await s.ask(q);
    const hits = runSearch(whole, { q, filters: noFilters() }).hits.slice(0, 10);
    expect(r.cards).toEqual(hits.map((h) => resultCard(whole, h)));
    // No text is fetched until the page, showing the answer, asks for the snippets.
    expect(s.fetched.filter((f) => f.startsWith('text/'))).toEqual([]);
    await s.handle({ type: 'snippets', seq: 7 });
    expect(s.replies.filter((m) => m.type === 'snippets')).toEqual([]);
    await s.handle({ type: 'snippets', seq: 1 });
    const sent = s.replies.find((m) => m.type === 'snippets');
    const texts = textJsons(corpus);
    const withText = hits.filter((h) => resultCard(whole, h).wantsText);
    expect(withText.length).toBeGreaterThan(0);
    expect(sent).toEqual({
      type: 'snippets',
      seq: 1,
      snippets: Object.fromEntries(
        withText.map((h) => [h.record.id, resultCard(whole, h, JSON.parse(texts.get(h.record.id)!).text).snippet]),
      ),
    });
    // Asked again, the texts are already in: the cards come with their body snippets at once.
    const again = await s.ask(q, 2);
    expect(again.cards.map((c) => c.snippet)).toEqual(
      hits.map((h) => resultCard(whole, h, JSON.parse(texts.get(h.record.id)!).text).snippet),
    );
  });

  it('loads the shards a two-letter last word completes to before the third letter is typed', async () => {
    const s = service();
    await s.ask('thread li', 1);
    // Wait for the prefetch started after the answer.
    await new Promise((r) => setTimeout(r, 10));
    const before = s.fetched.filter((f) => f.startsWith('body/') && f !== FILES.meta).length;
    await s.ask('thread lim', 2);
    const after = s.fetched.filter((f) => f.startsWith('body/') && f !== FILES.meta).length;
    expect(after).toBe(before);
    // And the answer is the whole index's.
    const expected = runSearch(whole, { q: 'thread lim', filters: noFilters() });
    expect((await s.ask('thread lim', 3)).cards.map((c) => c.id)).toEqual(
      expected.hits.slice(0, 10).map((h) => h.record.id),
    );
  });

  it('does not load ahead after a finished word', async () => {
    const s = service();
    await s.ask('thread li ', 1);
    await new Promise((r) => setTimeout(r, 10));
    const shardsFetched = s.fetched.filter((f) => /^body\/\d+\.json$/.test(f));
    const alone = service();
    await alone.ask('thread', 1);
    await new Promise((r) => setTimeout(r, 10));
    expect(shardsFetched.sort()).toEqual(alone.fetched.filter((f) => /^body\/\d+\.json$/.test(f)).sort());
  });

  it('reports a missing file as an error', async () => {
    const replies: WorkerReply[] = [];
    searchService(
      async () => {
        throw new Error('core.json answered 404');
      },
      (r) => replies.push(r),
    );
    await new Promise((r) => setTimeout(r, 10));
    expect(replies).toEqual([{ type: 'error', message: 'core.json answered 404' }]);
  });
});
