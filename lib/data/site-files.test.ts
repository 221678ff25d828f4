import { describe, expect, it } from 'vitest';
import { getContent } from '../content';
import { getCorpus } from '../corpus';
import { buildPool } from '../quiz/pool';
import { cardFiles } from '../quiz/pool-files';
import { DATA_FILES, FEED, classFeedPath, quizCardsPath } from '../routes';
import { buildTextFiles } from '../search/records';
import { incidentsCsv } from './csv';
import { siteFiles } from './site-files';

describe('siteFiles', () => {
  const content = getContent();
  const corpus = getCorpus();
  const files = [...siteFiles(content, corpus, null)];
  const byPath = new Map(files.map((f) => [f.path, f.text]));

  it('lists each path once, every one a file path under the site root', () => {
    expect(byPath.size).toBe(files.length);
    for (const { path } of files) expect(path).toMatch(/^\/[a-z-]+\/(?:[\w.-]+\/)*[\w.-]+\.(json|csv|xml)$/);
  });

  it('holds every published data file, the JSON ones parseable', () => {
    for (const p of Object.values(DATA_FILES)) expect(byPath.has(p), p).toBe(true);
    for (const [p, text] of byPath) if (p.endsWith('.json')) expect(() => JSON.parse(text), p).not.toThrow();
    expect(byPath.get(DATA_FILES.incidentsCsv)).toBe(incidentsCsv(content.incidents));
  });

  it('holds one search text file per incident, with that incident’s prose', () => {
    const texts = buildTextFiles(corpus.incidents);
    expect(files.filter((f) => f.path.startsWith('/search-index/text/'))).toHaveLength(corpus.incidents.length);
    for (const t of texts) expect(JSON.parse(byPath.get(`/search-index/text/${t.id}.json`) ?? 'null')).toEqual(t);
    expect(files.filter((f) => /^\/search-index\/record\/\d+\.json$/.test(f.path))).toHaveLength(
      corpus.incidents.length,
    );
    expect(byPath.has('/search-index/record/chunk-0.json')).toBe(true);
    for (const p of [
      'labels',
      'facets/chunk-0',
      'short/meta',
      'short/words',
      'short/0',
      'short/group-0',
      'body/meta',
      'body/words',
      'body/0',
      'body/group-0',
    ])
      expect(byPath.has(`/search-index/${p}.json`), p).toBe(true);
  });

  it('holds the quiz index and every card file of the pool', () => {
    const pool = buildPool(content, corpus.tax);
    expect(JSON.parse(byPath.get(quizCardsPath('index.json')) ?? 'null').ids).toEqual(pool.questions.map((q) => q.id));
    for (const [name, cards] of cardFiles(pool))
      expect(JSON.parse(byPath.get(quizCardsPath(name)) ?? 'null')).toEqual(cards);
  });

  it('writes feeds only for an origin: one for all incidents and one per fault class', () => {
    expect(files.some((f) => f.path.endsWith('.xml'))).toBe(false);
    const withFeeds = new Map([...siteFiles(content, corpus, 'https://example.org')].map((f) => [f.path, f.text]));
    expect(withFeeds.get(FEED)).toContain('<feed');
    for (const c of corpus.tax.classes) expect(withFeeds.get(classFeedPath(c.id)), c.id).toContain(`<title>`);
    expect(withFeeds.size).toBe(byPath.size + 1 + corpus.tax.classes.length);
  });
});
