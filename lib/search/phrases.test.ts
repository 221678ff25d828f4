import { describe, expect, it } from 'vitest';
import { getCorpus } from '../corpus';
import { shortDoc } from './engine';
import { searchSource } from './files';
import { PhraseIndex, buildPhraseFiles, docTokens, pairsOf } from './phrases';
import { buildCoreFile } from './records';
import { vocabularyOf } from './vocabulary';

const core = buildCoreFile(searchSource(getCorpus()));
const { termById, orgName } = vocabularyOf(core);
const docs = core.records.map((r) => shortDoc(r, termById, orgName));
const { meta, shards } = buildPhraseFiles(docs);

describe('the phrase pair index', () => {
  it('names exactly the documents that have two words adjacent in a name field, and in the summary', async () => {
    const index = new PhraseIndex(meta, async (n) => shards[n]!);
    const pairs = new Set(
      docs.flatMap((d) => [...docTokens(d).names.flatMap(pairsOf), ...pairsOf(docTokens(d).summary)]),
    );
    await index.ensure([...pairs, 'zz no-such pair']);
    expect(shards.length).toBeGreaterThan(1);
    for (const pair of [...pairs].slice(0, 400)) {
      docs.forEach((d, n) => {
        const t = docTokens(d);
        expect(index.has(pair, 'names', String(n)), pair).toBe(t.names.some((w) => pairsOf(w).includes(pair)));
        expect(index.has(pair, 'summary', String(n)), pair).toBe(pairsOf(t.summary).includes(pair));
      });
    }
    expect(index.has('zz no-such pair', 'names', '0')).toBe(false);
  });

  it('answers only for pairs whose shard is loaded', () => {
    const index = new PhraseIndex(meta, async (n) => shards[n]!);
    expect(() => index.has('thread limit', 'names', '0')).toThrow(/before it was loaded/);
  });
});
