import { describe, expect, it } from 'vitest';
import { highlight, snippet } from './highlight';

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
