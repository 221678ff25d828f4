import { describe, expect, it } from 'vitest';
import { getCorpus } from '../../corpus';
import { createEngine, withBody } from '../engine';
import { bodyJson, searchSource } from '../files';
import { buildCoreFile } from '../records';
import { evaluate } from './evaluate';
import { QUERY_KINDS, readJudgments } from './judgments';
import recorded from './recorded.json';

const corpus = getCorpus();
const queries = readJudgments();

describe('the judged relevance set', () => {
  it('has at least 40 queries covering every kind', () => {
    expect(queries.length).toBeGreaterThanOrEqual(40);
    for (const kind of QUERY_KINDS)
      expect(
        queries.some((q) => q.kind === kind),
        kind,
      ).toBe(true);
  });
  it('judges only incidents that exist', () => {
    for (const q of queries)
      for (const id of Object.keys(q.relevant)) expect(corpus.incidentById.has(id), `${q.q}: ${id}`).toBe(true);
  });
  it('keeps mean nDCG@10 at or above the recorded figure', { timeout: 60_000 }, () => {
    const engine = withBody(createEngine(buildCoreFile(searchSource(corpus))), bodyJson(corpus));
    const { summary } = evaluate(engine, queries);
    expect(summary.ndcg10).toBeGreaterThanOrEqual(recorded.ndcg10);
  });
});
