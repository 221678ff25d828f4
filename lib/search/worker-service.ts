/**
 * What runs inside the search Web Worker: loads core.json and the body index's meta file, fetches
 * body shards as queries need them, and answers each search with cards for the first hits, the
 * term offers and (when nothing matched) did-you-mean queries; then fetches the texts of shown
 * body matches and sends their body snippets. Free of worker globals so it is tested in Node.
 */
import { resultCard, type ResultCard } from './cards';
import { COMPLETE_MIN } from './config';
import { createEngine, type Engine } from './engine';
import type { Segment } from './highlight';
import { isExact } from './normalize';
import { reachedTerms, runSearch, type Hit } from './query';
import { coreFileSchema, textFileSchema } from './schema';
import { ShardedBody, bodyMetaSchema } from './shards';
import { didYouMean, termOffers } from './suggest';
import { shownOutcome, type PageMessage, type SearchRequest, type WorkerReply } from './worker-protocol';

/** Paths of the search files under the index directory. */
export const FILES = {
  core: 'core.json',
  meta: 'body/meta.json',
  shard: (n: number) => `body/${n}.json`,
  text: (id: string) => `text/${encodeURIComponent(id)}.json`,
} as const;

/** Did-you-mean looks this far for a near word (as a share of its length; MiniSearch's fuzzy). */
const SUGGEST_FUZZY = 0.34;

/**
 * When the last word is one letter short of being completed as a prefix, the shards its completions
 * will need are loaded while the reader types that letter — if they are at most this many (about
 * 12 KB compressed each), so a common two-letter start does not pull in a large part of the index.
 */
const PREFETCH_SHARDS = 3;

/** Incident texts kept for snippets (the most recently used; each is a few KB). */
const TEXTS_KEPT = 200;

/**
 * Starts loading at once; returns the handler for page messages. `fetchText(path)` reads a file
 * of the index directory, `post` sends a reply to the page, `now` is a millisecond clock.
 */
export function searchService(
  fetchText: (path: string) => Promise<string>,
  post: (reply: WorkerReply) => void,
  now: () => number = () => performance.now(),
): (msg: PageMessage) => Promise<void> {
  const ready: Promise<Engine> = (async () => {
    const [coreText, metaText] = await Promise.all([fetchText(FILES.core), fetchText(FILES.meta)]);
    const core = coreFileSchema.parse(JSON.parse(coreText));
    post({ type: 'labels', labels: { terms: core.terms, orgs: core.orgs } });
    const body = new ShardedBody(bodyMetaSchema.parse(JSON.parse(metaText)), (n) => fetchText(FILES.shard(n)));
    return { ...createEngine(core), body };
  })();
  ready.catch((e: unknown) => post({ type: 'error', message: e instanceof Error ? e.message : String(e) }));

  let newest = 0;
  // The newest answer sent: its hits and cards, for the body snippets the page asks for once it shows them.
  let answered: { seq: number; engine: Engine; shown: Hit[]; cards: ResultCard[] } | undefined;

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
            texts.set(id, text);
            if (texts.size > TEXTS_KEPT) texts.delete(texts.keys().next().value!);
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
  async function sendSnippets(engine: Engine, seq: number, shown: readonly Hit[], cards: readonly ResultCard[]) {
    const wanted = shown.filter((h, i) => cards[i]!.wantsText && !texts.has(h.record.id));
    if (wanted.length === 0) return;
    const loaded = await Promise.all(wanted.map(async (h) => [h, await textOf(h.record.id)] as const));
    if (seq < newest) return;
    const snippets: Record<string, Segment[]> = {};
    for (const [h, text] of loaded) if (text !== undefined) snippets[h.record.id] = resultCard(engine, h, text).snippet;
    post({ type: 'snippets', seq, snippets });
  }

  /** Answers one search. */
  async function search(req: SearchRequest) {
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
      const shown = outcome.hits.slice(0, req.limit);
      const cards = shown.map((h) => resultCard(engine, h, texts.get(h.record.id)));
      post({
        type: 'result',
        seq: req.seq,
        q: req.state.q,
        outcome: shownOutcome(outcome),
        cards,
        offers: termOffers(engine, outcome.query),
        suggestions,
        ms: now() - start,
      });
      answered = { seq: req.seq, engine, shown, cards };
      // The reader is typing a word that completes at the next letter (not after a space).
      const last = reached.at(-1);
      const typing = last && !/\s$/u.test(req.state.q) && last.term.length === COMPLETE_MIN - 1 && !isExact(last.term);
      if (typing) await body.prefetch(last.term, PREFETCH_SHARDS).catch(() => undefined);
    } catch (e) {
      post({ type: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  }

  return async (msg) => {
    if (msg.type === 'search') return search(msg);
    if (answered?.seq === msg.seq) {
      const { engine, shown, cards } = answered;
      await sendSnippets(engine, msg.seq, shown, cards).catch((e: unknown) =>
        post({ type: 'error', message: e instanceof Error ? e.message : String(e) }),
      );
    }
  };
}
