/**
 * What runs inside the search Web Worker: loads core.json and the body index's meta file, fetches
 * body shards as queries need them, and answers each search with the first hits, the term offers
 * and (when nothing matched) did-you-mean queries. Free of worker globals so it is tested in Node.
 */
import { createEngine, type Engine } from './engine';
import { reachedTerms, runSearch } from './query';
import { coreFileSchema } from './schema';
import { ShardedBody, bodyMetaSchema } from './shards';
import { didYouMean, termOffers } from './suggest';
import { shownOutcome, type SearchRequest, type WorkerReply } from './worker-protocol';

/** Paths of the search files under the index directory. */
export const FILES = {
  core: 'core.json',
  meta: 'body/meta.json',
  shard: (n: number) => `body/${n}.json`,
} as const;

/** Did-you-mean looks this far for a near word (as a share of its length; MiniSearch's fuzzy). */
const SUGGEST_FUZZY = 0.34;

/**
 * Starts loading at once; returns the handler for page messages. `fetchText(path)` reads a file
 * of the index directory, `post` sends a reply to the page, `now` is a millisecond clock.
 */
export function searchService(
  fetchText: (path: string) => Promise<string>,
  post: (reply: WorkerReply) => void,
  now: () => number = () => performance.now(),
): (req: SearchRequest) => Promise<void> {
  const ready: Promise<Engine> = (async () => {
    const [coreText, metaText] = await Promise.all([fetchText(FILES.core), fetchText(FILES.meta)]);
    const core = coreFileSchema.parse(JSON.parse(coreText));
    post({ type: 'core', core });
    const body = new ShardedBody(bodyMetaSchema.parse(JSON.parse(metaText)), (n) => fetchText(FILES.shard(n)));
    return { ...createEngine(core), body };
  })();
  ready.catch((e: unknown) => post({ type: 'error', message: e instanceof Error ? e.message : String(e) }));

  let newest = 0;
  return async (req) => {
    const start = now();
    newest = Math.max(newest, req.seq);
    let engine: Engine;
    try {
      engine = await ready;
    } catch {
      return; // reported once above
    }
    const body = engine.body as ShardedBody;
    try {
      const reached = reachedTerms(engine, req.state.q);
      await body.prepare(reached.flatMap((r) => body.reach(r.term, r.distance, r.prefix)));
      // A newer request came while the shards loaded: answer that one instead.
      if (req.seq < newest) return;
      const outcome = runSearch(engine, req.state);
      let suggestions: string[] = [];
      if (outcome.hits.length === 0 && outcome.terms.length > 0) {
        await body.prepare(
          outcome.query.terms.flatMap((t) => body.reach(t, Math.round(t.length * SUGGEST_FUZZY), false)),
        );
        if (req.seq < newest) return;
        suggestions = didYouMean(engine, outcome.query);
      }
      post({
        type: 'result',
        seq: req.seq,
        q: req.state.q,
        outcome: shownOutcome(outcome, req.limit),
        offers: termOffers(engine, outcome.query),
        suggestions,
        ms: now() - start,
      });
    } catch (e) {
      post({ type: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  };
}
