import { describe, expect, it } from 'vitest';
import { MAX_QUERY_CHARS, MAX_QUERY_TERMS, cleanQuery, tokenize, wordSpans } from './normalize';

describe('tokenize', () => {
  it('folds case and accents so "Zürich" and "zurich" index alike', () => {
    expect(tokenize('Zürich ZOOKEEPER')).toEqual(['zurich', 'zookeeper']);
  });
  it('splits on punctuation and regex metacharacters', () => {
    expect(tokenize('us-east-1 .*(a+)+[\\d]{2}$')).toEqual(['us', 'east', '1', 'a', 'd', '2']);
  });
  it('keeps right-to-left words and drops emoji', () => {
    expect(tokenize('🔥 שרת נפל 🔥 خادم')).toEqual(['שרת', 'נפל', 'خادم']);
  });
});

describe('wordSpans', () => {
  it('gives offsets into the original text, accents and all', () => {
    const text = 'Café — ZooKeeper';
    expect(wordSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(['Café', 'ZooKeeper']);
  });
});

describe('cleanQuery', () => {
  it('turns a query of only spaces into the empty query', () => {
    expect(cleanQuery('   \t  ')).toEqual({ text: '', terms: [], truncated: false });
  });
  it('cuts a 5,000-character query and says so', () => {
    const q = cleanQuery('timeout '.repeat(625));
    expect(q.text.length).toBe(MAX_QUERY_CHARS);
    expect(q.terms).toEqual(['timeout']);
    expect(q.truncated).toBe(true);
  });
  it('never splits an emoji in half when cutting', () => {
    const q = cleanQuery('🔥'.repeat(300));
    expect([...q.text]).toHaveLength(MAX_QUERY_CHARS);
    expect(q.text).toBe('🔥'.repeat(MAX_QUERY_CHARS));
  });
  it('keeps at most MAX_QUERY_TERMS distinct words', () => {
    const words = Array.from({ length: 20 }, (_, i) => `w${i}`).join(' ');
    const q = cleanQuery(words);
    expect(q.terms).toEqual(Array.from({ length: MAX_QUERY_TERMS }, (_, i) => `w${i}`));
    expect(q.truncated).toBe(true);
  });
  it('drops control characters and collapses spaces', () => {
    expect(cleanQuery('thread\u0000\n  limit').text).toBe('thread limit');
  });
});
