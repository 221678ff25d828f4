import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { getCorpus } from '../corpus';
import { answerKey, nextQueries } from './ahead';
import { createEngine, withBody, type Engine } from './engine';
import { noFilters } from './facets';
import { bodyJson, coreJson } from './files';
import { coreFileSchema } from './schema';
import { indexTokens } from './normalize';
import { limitExpansions } from './expansions';
import { buildTextFiles } from './records';

/** An engine whose indexes hold only these texts (one document each): all nextQueries reads. */
function engineOf(short: string[], body: string[] = []): Engine {
  const index = (texts: string[]) => {
    const ms = new MiniSearch({ fields: ['text'], tokenize: indexTokens });
    ms.addAll(texts.map((text, id) => ({ id, text })));
    // As the engine's indexes are: prefix completion capped to the most widespread words.
    limitExpansions(ms);
    return { index: ms, has: () => true };
  };
  return { short: index(short), body: index(body) } as unknown as Engine;
}

/** The characters each query adds to `q`. */
const added = (q: string, next: string[]) => next.map((n) => n.slice(q.length));

describe('the queries one more keystroke makes', () => {
  it('adds a space, then the letters that continue the word, the one in most documents first', () => {
    // "kines…" continues as "kinesis" in 3 documents, "kinesthetic" in 2 (one of them in the body), "kinesia" in 1.
    const e = engineOf(['kinesis', 'kinesis stream', 'kinesthetic', 'kinesia'], ['kinesis', 'kinesthetic']);
    expect(added('aws kines', nextQueries(e, 'aws kines', 10)).slice(0, 3)).toEqual([' ', 'i', 't']);
    // After the first letter of a continuation, what continues that word comes first.
    expect(added('kinesi', nextQueries(e, 'kinesi', 10)).slice(0, 3)).toEqual([' ', 's', 'a']);
  });

  it('is capped at max, and asks nothing for max 0', () => {
    const e = engineOf(['cona', 'conb', 'conc', 'cond']);
    expect(nextQueries(e, 'con', 3)).toHaveLength(3);
    expect(nextQueries(e, 'con', 0)).toEqual([]);
  });

  it('continues a word the corpus does not have with the letters that most often follow its last one', () => {
    // No word starts with "zook"; inside words, "k" is followed by "e" 3 times, by "i" once.
    const e = engineOf(['ke', 'ake', 'bke', 'kin']);
    expect(added('zook', nextQueries(e, 'zook', 3))).toEqual([' ', 'e', 'i']);
  });

  it('starts a word in an empty box and after a space, in both cases at the start of a query', () => {
    const e = engineOf(['alpha', 'apple', 'beta']);
    expect(nextQueries(e, '', 4)).toEqual(['a', 'A', 'b', 'B']);
    expect(nextQueries(e, 'x ', 4)).toEqual(['x a', 'x b']);
  });

  it('counts starting characters over every word, not only the most widespread that completion keeps', () => {
    // 60 words starting with "x" (in two documents each), then 10 with "q" (in one): prefix
    // completion keeps only the 50 most widespread, all "x" words.
    const two = (i: number) => String.fromCharCode(97 + Math.floor(i / 26), 97 + (i % 26));
    const xs = Array.from({ length: 60 }, (_, i) => `x${two(i)}`);
    const qs = Array.from({ length: 10 }, (_, i) => `q${two(i)}`);
    const e = engineOf([...xs, ...xs, ...qs]);
    expect(nextQueries(e, '', 4)).toEqual(['x', 'X', 'q', 'Q']);
  });

  it('after a space, starts first the words that follow the last one in the results shown', () => {
    // Over the index, "a" starts the most words; in the results shown, "thread" is followed by
    // "limit" twice and "pool" once.
    const e = engineOf(['alpha', 'apple', 'avocado', 'apricot', 'limit', 'pool']);
    const shown = ['Kinesis hit the thread limit', 'a Thread-limit again; thread pool'];
    expect(nextQueries(e, 'thread ', 3, shown)).toEqual(['thread l', 'thread p', 'thread a']);
    // Without them, the index's order.
    expect(nextQueries(e, 'thread ', 1)).toEqual(['thread a']);
  });

  it('continues a word with a capital in it in both cases, the case of its last letter first', () => {
    const e = engineOf(['bgp', 'bgpd']);
    expect(added('BG', nextQueries(e, 'BG', 3))).toEqual([' ', 'P', 'p']);
    expect(added('Bg', nextQueries(e, 'Bg', 3))).toEqual([' ', 'p', 'P']);
  });

  it('may start a new word after a character of a script written without spaces', () => {
    // "取引" is a word; "所" starts one (they are written together: 取引所).
    const e = engineOf(['取引', '所']);
    expect(nextQueries(e, '取引', 5)).toContain('取引所');
  });

  it('on the real corpus, continues a word first into a word of the incidents', () => {
    const corpus = getCorpus();
    const e = withBody(createEngine(coreFileSchema.parse(JSON.parse(coreJson(corpus)))), bodyJson(corpus));
    const words = new Set(buildTextFiles(corpus.incidents).flatMap((t) => indexTokens(t.text)));
    for (const [prefix, next] of [
      ['zookee', 'zookeep'],
      ['kines', 'kinesi'],
      ['leap secon', 'leap second'],
      ['cloudf', 'cloudfl'],
    ]) {
      const [first, second] = nextQueries(e, prefix!, 2);
      expect(first).toBe(`${prefix} `);
      expect(second).toBe(next);
      // Checked against the incidents' own text, not the index.
      const last = second!.split(' ').at(-1)!;
      expect([...words].some((w) => w.startsWith(last))).toBe(true);
    }
  });
});

describe('the key of a question', () => {
  it('tells apart query, filters and limit', () => {
    const f = noFilters();
    const keys = [answerKey('dns', f, 20), answerKey('dns ', f, 20), answerKey('dns', f, 40)];
    keys.push(answerKey('dns', { ...f, org: ['github'] }, 20));
    expect(new Set(keys).size).toBe(4);
    expect(answerKey('dns', noFilters(), 20)).toBe(keys[0]);
  });
});
