import { describe, expect, it } from 'vitest';
import { getCorpus } from '../corpus';
import { buildBodyIndex } from './engine';
import { buildTextFiles } from './records';
import { SHARD_BYTES, ShardedBody, bodyShardSchema, shardOf, splitBodyIndex } from './shards';

const body = buildBodyIndex(buildTextFiles(getCorpus().incidents));
const { meta, shards } = splitBodyIndex(body);
const parsed = shards.map((s) => bodyShardSchema.parse(JSON.parse(s)));

describe('the body index in shards', () => {
  it('puts every word in exactly one shard, in order, and the meta file finds it', () => {
    const words = parsed.flatMap((p) => p.map(([w]) => w));
    expect(words).toEqual(meta.vocabulary);
    expect(new Set(words).size).toBe(body.termCount);
    parsed.forEach((p, n) => {
      expect(meta.firsts[n]).toBe(p[0]![0]);
      for (const [w] of p) expect(shardOf(meta.firsts, w)).toBe(n);
    });
  });

  it('keeps shards near the target size (one word may exceed it alone)', () => {
    for (const s of shards) expect(s.length <= SHARD_BYTES * 1.1 || JSON.parse(s).length === 1).toBe(true);
  });

  it('gives the same results as the whole index once the reached shards are loaded', async () => {
    const sharded = new ShardedBody(meta, async (n) => shards[n]!);
    for (const q of ['thread', 'kinesys', 'leap', 'zookeeper']) {
      const words = sharded.reach(q, q.length >= 5 ? 1 : 0, true);
      await sharded.prepare(words);
      const opts = { fuzzy: q.length >= 5 ? 1 : 0, prefix: true };
      expect(sharded.index.search(q, opts)).toEqual(body.search(q, opts));
    }
    expect(sharded.progress().loaded).toBeLessThan(shards.length);
  });

  it('finds the first shard for a word before every first word', () => {
    expect(shardOf(['b', 'd', 'f'], 'a')).toBe(0);
    expect(shardOf(['b', 'd', 'f'], 'e')).toBe(1);
    expect(shardOf(['b', 'd', 'f'], 'z')).toBe(2);
  });
});
