import { describe, expect, it } from 'vitest';
import {
  MAX_QUERY_CHARS,
  MAX_QUERY_TERMS,
  cleanQuery,
  foldCase,
  indexTokens,
  isExact,
  tokenize,
  wordSpans,
} from './normalize';

describe('tokenize', () => {
  it('folds case and accents so "Zürich" and "zurich" index alike', () => {
    expect(tokenize('Zürich ZOOKEEPER')).toEqual(['zurich', 'zookeeper']);
  });
  it('splits on punctuation and regex metacharacters, keeping identifiers whole', () => {
    expect(tokenize('us-east-1 .*(a+)+[\\d]{2}$')).toEqual(['us-east-1', 'a', 'd', '2']);
  });
  it.each([
    ['us-east-1', ['us-east-1', 'us-east', 'east-1', 'us', 'east', '1']],
    ['1.1.1.1', ['1.1.1.1', '1.1', '1.1.1', '1']],
    ['europe-west2-a', ['europe-west2-a', 'europe-west2', 'west2-a', 'europe', 'west2', 'west', '2', 'a']],
    ['IPv6', ['ipv6', 'ipv', '6']],
    ['S3', ['s3', 's', '3']],
    ['HTTP/2', ['http/2', 'http', '2']],
    ['503', ['503']],
    ['rm -rf', ['rm', '-rf', 'rf']],
  ])('indexes %s whole and in parts', (text, tokens) => {
    expect(indexTokens(text)).toEqual(tokens);
  });
  it('leaves sentence punctuation out of identifiers', () => {
    expect(tokenize('It failed in us-east-1. Then 1.1.1.1, too.')).toEqual([
      'it',
      'failed',
      'in',
      'us-east-1',
      'then',
      '1.1.1.1',
      'too',
    ]);
  });
  it('segments unspaced scripts into words (Japanese, Chinese, Thai)', () => {
    expect(tokenize('東京証券取引所')).toEqual(['東京', '証券', '取引', '所']);
    expect(tokenize('取引所')).toEqual(['取引', '所']);
    expect(tokenize('ไฟไหม้ศูนย์ข้อมูล')).toEqual(['ไฟ', 'ไหม้', 'ศูนย์', 'ข้อมูล']);
  });
  it('folds diacritics of Latin letters only: ガス and カス stay different words', () => {
    expect(foldCase('Crème Brûlée NAÏVE')).toBe('creme brulee naive');
    expect(foldCase('ガス')).not.toBe(foldCase('カス'));
    expect(tokenize('ガス カス')).toEqual(['ガス', 'カス']);
  });
  it('marks words with digits or connectors as exact', () => {
    expect(['s3', 'us-east-1', '-rf', '503', 'http/2'].every(isExact)).toBe(true);
    expect(['zookeeper', '取引'].some(isExact)).toBe(false);
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

describe('foldCase', () => {
  // The fold by definition: decompose, drop the marks of Latin letters, recompose, lower-case.
  const byDefinition = (t: string) =>
    t
      .normalize('NFKD')
      .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
      .normalize('NFKC')
      .toLowerCase();

  it('folds plain ASCII as the definition does (every character, and mixed runs)', () => {
    const ascii = Array.from({ length: 128 }, (_, i) => String.fromCharCode(i)).join('');
    for (const t of [ascii, 'US-East-1 HTTP/2 ZooKeeper', '', 'rm -rf /']) expect(foldCase(t)).toBe(byDefinition(t));
  });

  it('folds text beyond ASCII as the definition does', () => {
    for (const t of ['Zürich', 'ﬁle', 'ガス カス', 'ＡＢＣ', 'İstanbul', 'Ångström', 'नमस्ते'])
      expect(foldCase(t)).toBe(byDefinition(t));
    expect(foldCase('Zürich')).toBe('zurich');
  });
});
