import { describe, expect, it } from 'vitest';
import { highlight, snippet } from './highlight';
import { wordSpans } from './normalize';

const marked = (segs: { text: string; mark: boolean }[] | null) => segs?.filter((s) => s.mark).map((s) => s.text);
const joined = (segs: { text: string }[] | null) => segs?.map((s) => s.text).join('');

describe('highlight', () => {
  it('marks the matched words in their original spelling', () => {
    expect(marked(highlight('The OS thread limit in us-east-1', new Set(['thread', 'limit'])))).toEqual([
      'thread',
      'limit',
    ]);
  });
  it('keeps the text intact, markup included, as plain segments', () => {
    const text = '<script>alert(1)</script> thread';
    expect(joined(highlight(text, new Set(['thread'])))).toBe(text);
  });
});

describe('snippet', () => {
  const text = `${'filler '.repeat(100)}the servers hit the thread limit of the OS ${'more '.repeat(100)}`;
  it('shows the words around the match, cut with ellipses', () => {
    const s = snippet(text, new Set(['thread', 'limit']), 12);
    expect(marked(s)).toEqual(['thread', 'limit']);
    expect(joined(s)?.startsWith('… ')).toBe(true);
    expect(joined(s)?.endsWith(' …')).toBe(true);
  });
  it('prefers the place where most different matched words sit together', () => {
    const t = `limit ${'x '.repeat(50)} thread limit here`;
    expect(marked(snippet(t, new Set(['thread', 'limit']), 10))).toEqual(['thread', 'limit']);
  });
  it('returns null when no matched word occurs', () => {
    expect(snippet('nothing to see', new Set(['thread']))).toBeNull();
  });
});

describe('snippet window', () => {
  /** The window start by definition: the first matched word whose window holds the most different matched words. */
  function bestStart(text: string, words: ReadonlySet<string>, size: number): number {
    const spans = wordSpans(text);
    const hits = spans.flatMap((s, i) => (words.has(s.word) ? [i] : []));
    const lead = Math.min(6, Math.floor(size / 4));
    let best = hits[0]!;
    let most = 0;
    for (const h of hits) {
      const distinct = new Set(hits.filter((i) => i >= h && i < h + size - lead).map((i) => spans[i]!.word)).size;
      if (distinct > most) [best, most] = [h, distinct];
    }
    const first = Math.max(0, best - lead);
    return first === 0 ? 0 : spans[first]!.start;
  }

  it('starts where the definition says, on random texts', () => {
    // A small seeded generator, so a failure can be replayed.
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const vocab = ['alpha', 'beta', 'gamma', 'delta', 'x', 'y', 'z', 'w', 'v', 'u'];
    const words = new Set(['alpha', 'beta', 'gamma', 'delta']);
    for (let t = 0; t < 300; t++) {
      const text = Array.from({ length: 20 + rand(200) }, () => vocab[rand(vocab.length)]).join(' ');
      const size = 5 + rand(30);
      const s = snippet(text, words, size);
      if (!s) {
        expect(wordSpans(text).some((w) => words.has(w.word))).toBe(false);
        continue;
      }
      const shown = joined(s)!.replace(/^… /, '');
      expect(text.slice(bestStart(text, words, size)).startsWith(shown.replace(/ …$/, ''))).toBe(true);
    }
  });
});
