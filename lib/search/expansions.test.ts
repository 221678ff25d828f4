import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { limitExpansions } from './expansions';

/** Documents where word `con<k>` occurs in k+1 documents (k = 0 … 9), and the word "con" once. */
function corpus() {
  const docs: { id: number; text: string }[] = [];
  for (let k = 0; k < 10; k++) for (let d = 0; d <= k; d++) docs.push({ id: docs.length, text: `con${k}` });
  docs.push({ id: docs.length, text: 'con' }, { id: docs.length + 1, text: 'other' });
  const index = new MiniSearch({ fields: ['text'] });
  index.addAll(docs);
  return { index, docs };
}
const completions = (index: MiniSearch) =>
  [...new Set(index.search('con', { prefix: true }).flatMap((r) => r.terms))].sort();

describe('prefix expansions', () => {
  it('completes a prefix to every word when there are few', () => {
    const { index } = corpus();
    limitExpansions(index, 20);
    expect(completions(index)).toEqual(['con', ...Array.from({ length: 10 }, (_, k) => `con${k}`)].sort());
  });

  it('keeps the most widespread words past the cap, and the prefix itself', () => {
    const { index } = corpus();
    limitExpansions(index, 3);
    expect(completions(index)).toEqual(['con', 'con7', 'con8', 'con9']);
    // Only documents with a kept word match.
    expect(index.search('con', { prefix: true }).length).toBe(1 + 8 + 9 + 10);
  });

  it('breaks ties alphabetically, whatever order the words were indexed in', () => {
    const a = new MiniSearch({ fields: ['text'] });
    a.addAll(['conb', 'cona', 'cond', 'conc'].map((text, id) => ({ id, text })));
    const b = new MiniSearch({ fields: ['text'] });
    b.addAll(['conc', 'cond', 'cona', 'conb'].map((text, id) => ({ id, text })));
    for (const index of [a, b]) {
      limitExpansions(index, 2);
      expect(completions(index)).toEqual(['cona', 'conb']);
    }
  });
});
