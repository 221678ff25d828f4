import { describe, expect, it } from 'vitest';
import { getCorpus } from '../corpus';
import type MiniSearch from 'minisearch';
import { BODY_INDEX_OPTIONS, SHORT_INDEX_OPTIONS } from './config';
import { buildBodyIndex, buildShortIndex } from './engine';
import { searchSource } from './files';
import { buildCoreFile, buildTextFiles } from './records';
import { SHARD_BYTES, ShardedIndex, shardOf, shardSchema, splitIndex } from './shards';

const texts = buildTextFiles(getCorpus().incidents);
const body = buildBodyIndex(texts);
const { meta, words, shards } = splitIndex(body, SHARD_BYTES.body);
const parsed = shards.map((s) => shardSchema.parse(JSON.parse(s)).words);

/** A sharded body index over the split above, noting which files it fetched. */
function sharded() {
  const fetched: string[] = [];
  const index = new ShardedIndex(meta, BODY_INDEX_OPTIONS, {
    shard: async (n) => (fetched.push(String(n)), shards[n]!),
    words: async () => (fetched.push('words'), JSON.stringify(words)),
  });
  return { index, fetched };
}

describe('an index in shards', () => {
  it('puts every word in exactly one shard, in order, and the meta file finds it', () => {
    const all = parsed.flatMap((p) => p.map(([w]) => w));
    expect(all).toEqual(words);
    expect(new Set(all).size).toBe(body.termCount);
    parsed.forEach((p, n) => {
      expect(meta.firsts[n]).toBe(p[0]![0]);
      for (const [w] of p) expect(shardOf(meta.firsts, w)).toBe(n);
    });
  });

  it('keeps shards near the target size (one word may exceed it alone)', () => {
    for (const s of shards) expect(s.length <= SHARD_BYTES.body * 1.1 || JSON.parse(s).words.length === 1).toBe(true);
  });

  it('gives the same results as the whole index once the reached shards are loaded', async () => {
    const { index, fetched } = sharded();
    for (const q of ['thread', 'kinesys', 'leap', 'zookeeper']) {
      await index.reach(q, q.length >= 5 ? 1 : 0, true);
      const opts = { fuzzy: q.length >= 5 ? 1 : 0, prefix: true };
      // The sharded index numbers documents in the order they were added; the whole one names them.
      const named = index.index.search(q, opts).map((r) => ({ ...r, id: texts[Number(r.id)]!.id }));
      expect(named).toEqual(body.search(q, opts));
      expect(named.length).toBeGreaterThan(0);
    }
    expect(index.progress().loaded).toBeLessThan(shards.length);
    expect(fetched.filter((f) => f === 'words')).toHaveLength(1);
  });

  it('loads the vocabulary only for typo tolerance, and answers "is it a word?" only for loaded shards', async () => {
    const { index, fetched } = sharded();
    expect(() => index.has('thread')).toThrow(/not|before/);
    await index.ensure(['thread', 'xyzzyq']);
    expect(index.has('thread')).toBe(true);
    expect(index.has('xyzzyq')).toBe(false);
    await index.reach('thread', 0, true);
    expect(fetched).not.toContain('words');
  });

  it('scores as the whole index when the shards carry the field lengths (the short fields)', async () => {
    const core = buildCoreFile(searchSource(getCorpus()));
    const short = buildShortIndex(core.records, core) as unknown as MiniSearch;
    const split = splitIndex(short, SHARD_BYTES.short, true);
    expect(split.meta.lengths).toEqual([]);
    const index = new ShardedIndex(split.meta, SHORT_INDEX_OPTIONS, {
      shard: async (n) => split.shards[n]!,
      words: async () => JSON.stringify(split.words),
    });
    for (const q of ['thread', 'resource', 'cloudflare', 'dns']) {
      await index.reach(q, 0, true);
      const opts = { prefix: true, boost: { title: 4, summary: 1.5 } };
      const named = index.index.search(q, opts).map((r) => ({ ...r, id: core.records[Number(r.id)]!.id }));
      expect(named, q).toEqual(short.search(q, opts));
      expect(named.length, q).toBeGreaterThan(0);
    }
  });

  it('says whether a word, its completions or its near words would need a file, fetching none to say it', async () => {
    const { index, fetched } = sharded();
    const word = words.find((w) => w.startsWith('kines'))!;
    expect(index.holds([word])).toBe(false);
    expect(index.reaches(word, 0, false)).toBe(false);
    expect(fetched).toEqual([]);
    await index.reach(word, 0, false);
    expect(index.holds([word])).toBe(true);
    expect(index.reaches(word, 0, false)).toBe(true);
    // Each answer agrees with what reach then fetches: nothing when it says nothing is needed.
    const answers = new Set<boolean>();
    for (const [term, distance, prefix] of [
      ['kin', 0, true],
      ['con', 0, true],
      ['kinesys', 1, false],
      [word, 1, false],
    ] as const) {
      const said = index.reaches(term, distance, prefix);
      answers.add(said);
      const before = fetched.length;
      await index.reach(term, distance, prefix);
      expect(fetched.length === before, `${term} ${distance} ${prefix}`).toBe(said);
      expect(index.reaches(term, distance, prefix)).toBe(true);
    }
    expect([...answers].sort()).toEqual([false, true]);
  });

  it('finds the first shard for a word before every first word', () => {
    expect(shardOf(['b', 'd', 'f'], 'a')).toBe(0);
    expect(shardOf(['b', 'd', 'f'], 'e')).toBe(1);
    expect(shardOf(['b', 'd', 'f'], 'z')).toBe(2);
  });
});
