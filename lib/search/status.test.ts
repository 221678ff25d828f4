import { describe, expect, it } from 'vitest';
import { getCorpus } from '../corpus';
import { createEngine, withBody } from './engine';
import { noFilters } from './facets';
import { bodyJson, searchSource } from './files';
import { runSearch } from './query';
import { buildCoreFile } from './records';
import { countPhrase, statusText } from './status';
import { shownOutcome } from './worker-protocol';

const corpus = getCorpus();
const engine = withBody(createEngine(buildCoreFile(searchSource(corpus))), bodyJson(corpus));
const status = (q: string) =>
  statusText(shownOutcome(runSearch(engine, { q, filters: noFilters() })), undefined, false);

describe('the search status line', () => {
  it('uses the right plural', () => {
    expect(countPhrase(1, 'matches', 'match')).toBe('1 incident matches');
    expect(countPhrase(0, 'matches', 'match')).toBe('0 incidents match');
    expect(countPhrase(2, 'matches', 'match')).toBe('2 incidents match');
  });
  it('counts only incidents with every word', () => {
    const out = runSearch(engine, { q: 'thread limit', filters: noFilters() });
    expect(status('thread limit')).toBe(`${countPhrase(out.hits.length, 'matches', 'match')} “thread limit”.`);
  });
  it('says honestly when no incident has all the words', () => {
    expect(status('knight zookeeper')).toMatch(
      /^No incident has all of “knight”, “zookeeper”\. \d+ incidents have some of them/,
    );
  });
  it('reports an absent identifier as no match, not a count of its parts', () => {
    expect(status('eu-north-7')).toBe('0 incidents match “eu-north-7”.');
  });
});
