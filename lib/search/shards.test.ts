import { describe, expect, it } from 'vitest';
import { getCorpus } from '../corpus';
import type MiniSearch from 'minisearch';
import { BODY_INDEX_OPTIONS, SHORT_INDEX_OPTIONS } from './config';
import { buildBodyIndex, buildShortIndex } from './engine';
import { searchSource } from './files';
import { buildCoreFile, buildTextFiles } from './records';
import {
  GROUP_SHARDS,
  SHARD_BYTES,
  ShardLoader,
  ShardedIndex,
  decodePostings,
  encodeLengths,
  encodePostings,
  groupShards,
  shardOf,
  shardSchema,
  splitIndex,
} from './shards';

const texts = buildTextFiles(getCorpus().incidents);
const body = buildBodyIndex(texts);
const { meta, words, shards, groups } = splitIndex(body, SHARD_BYTES.body);
const parsed = shards.map((s) => shardSchema.parse(JSON.parse(s)).words);

// The same index cut finer, so that a word start of this small corpus spans a group or more.
const fine = splitIndex(body, SHARD_BYTES.body / 8);

/** A sharded body index over a split above, noting which files it fetched ("3", "group-0", "words"). */
function sharded({ withGroups = true, failGroup = false, split = { meta, shards, groups } } = {}) {
  const { meta, shards, groups } = split;
  const fetched: string[] = [];
  const index = new ShardedIndex(meta, BODY_INDEX_OPTIONS, {
    shard: async (n) => (fetched.push(String(n)), shards[n]!),
    group: withGroups
      ? async (g) => {
          fetched.push(`group-${g}`);
          if (failGroup) throw new Error('offline');
          return groups[g]!;
        }
      : undefined,
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

  it('groups consecutive shards, each group file holding exactly its shards, within the group size', () => {
    const starts = meta.groups!;
    expect(starts[0]).toBe(0);
    expect(starts.length).toBe(groups.length);
    expect(starts.length).toBeGreaterThan(1);
    starts.forEach((a, g) => {
      const end = starts[g + 1] ?? shards.length;
      expect(end).toBeGreaterThan(a);
      expect(JSON.parse(groups[g]!)).toEqual(shards.slice(a, end).map((t) => JSON.parse(t)));
      const bytes = shards.slice(a, end).reduce((n, t) => n + t.length, 0);
      expect(bytes <= GROUP_SHARDS * SHARD_BYTES.body || end - a === 1).toBe(true);
    });
  });

  it('ends a group early rather than split the shards of one word start, when they fit in the next', () => {
    // Sizes 4 each, groups of at most 10: "aa…" (2 shards) then "thr…" (2 shards) would overflow.
    expect(groupShards(['aaa', 'aab', 'thra', 'thrb', 'thrc'], [4, 4, 4, 4, 4], 10)).toEqual([0, 2, 4]);
    // A word start too large for any group fills groups in turn.
    expect(groupShards(['con1', 'con2', 'con3', 'con4'], [4, 4, 4, 4], 10)).toEqual([0, 2]);
    // A shard larger than a group is one alone.
    expect(groupShards(['a', 'b', 'c'], [3, 30, 3], 10)).toEqual([0, 1, 2]);
    // A group half full ends where a word start's run ends; one less than half full goes on.
    expect(groupShards(['thra', 'thrb', 'thu', 'tic'], [3, 3, 1, 1], 10)).toEqual([0, 2]);
    expect(groupShards(['thra', 'thu', 'tic', 'tid'], [2, 2, 2, 3], 10)).toEqual([0, 3]);
  });

  it('loads the run of a word start through its group files, with the results of loading its shards one by one', async () => {
    let groupsUsed = 0;
    // One-letter starts span groups of this small corpus; three-letter ones (a typed word's first run) a few shards.
    for (const q of ['c', 's', 'p', 'con', 'thr', 'res']) {
      const alone = sharded({ withGroups: false, split: fine });
      const grouped = sharded({ split: fine });
      await alone.index.reach(q, 0, true);
      await grouped.index.reach(q, 0, true);
      const run = alone.fetched.length;
      expect(grouped.index.reaches(q, 0, true), q).toBe(true);
      for (const w of words.filter((w) => w.startsWith(q))) expect(grouped.index.has(w), w).toBe(true);
      const opts = { prefix: true };
      // As the index loaded shard by shard (both complete a word start to the same capped words).
      expect(grouped.index.index.search(q, opts), q).toEqual(alone.index.index.search(q, opts));
      // Every shard a run reaches is in, in no more files, and fewer once it spans most of a group.
      expect(grouped.fetched.length, q).toBeLessThanOrEqual(run);
      if (grouped.fetched.some((f) => f.startsWith('group-'))) {
        groupsUsed++;
        expect(grouped.fetched.length, q).toBeLessThan(run);
      }
    }
    expect(groupsUsed).toBeGreaterThanOrEqual(2);
  });

  it('takes from a group only the shards not already asked for alone, and retries a group that failed', async () => {
    const { index, fetched } = sharded({ split: fine });
    const run = [shardOf(fine.meta.firsts, 'c'), shardOf(fine.meta.firsts, 'c\uffff')];
    // The first shard of the run alone, still on its way when the run is asked for.
    const single = index.ensure(['c']);
    const reached = index.reach('c', 0, true);
    await Promise.all([single, reached]);
    expect(fetched.filter((f) => f === String(run[0]))).toHaveLength(1);
    expect(fetched.some((f) => f.startsWith('group-'))).toBe(true);
    const alone = sharded({ withGroups: false, split: fine });
    await alone.index.reach('con', 0, true);
    expect(index.index.search('con', { prefix: true })).toEqual(alone.index.index.search('con', { prefix: true }));

    const failing = sharded({ failGroup: true, split: fine });
    await expect(failing.index.reach('c', 0, true)).rejects.toThrow('offline');
    expect(failing.index.reaches('c', 0, true)).toBe(false);
    // The shards the group was to bring are asked for again (here through the group, which fails again).
    const before = failing.fetched.length;
    await expect(failing.index.reach('c', 0, true)).rejects.toThrow('offline');
    expect(failing.fetched.length).toBeGreaterThan(before);
  });

  it("keeps a group's shards applied before one that fails, asks again for the rest, and never hangs on an empty run", async () => {
    const applied: unknown[] = [];
    const fetched: string[] = [];
    const loader = new ShardLoader(
      ['a', 'b', 'c', 'd'],
      async (n) => (fetched.push(String(n)), JSON.stringify(n)),
      (shard) => {
        if (shard === 'bad') throw new Error('bad shard');
        applied.push(shard);
      },
      'test index',
      {
        starts: [0],
        // Its third shard is bad the first time only.
        fetch: async (g) => (fetched.push(`group-${g}`), JSON.stringify([0, 1, fetched.length > 1 ? 2 : 'bad', 3])),
      },
    );
    await expect(loader.loadRun(0, 3)).rejects.toThrow('bad shard');
    expect(applied).toEqual([0, 1]);
    expect([loader.has(0), loader.has(1), loader.has(2), loader.has(3)]).toEqual([true, true, false, false]);
    // The two not applied are asked for again (all the group still lacks: through it), the others not applied twice.
    await loader.loadRun(0, 3);
    expect(fetched).toEqual(['group-0', 'group-0']);
    expect(applied).toEqual([0, 1, 2, 3]);
    const empty = new ShardLoader(
      [],
      async () => '0',
      () => undefined,
      'empty index',
      { starts: [], fetch: async () => '[]' },
    );
    await expect(empty.loadRun(0, 0)).rejects.toThrow('empty index: shards 0–0 asked for, there are 0');
    await empty.loadRun(1, 0);
  });

  it('leaves no rejection unhandled when a run fails while the vocabulary is still loading', async () => {
    const unhandled: unknown[] = [];
    const note = (e: unknown) => unhandled.push(e);
    process.on('unhandledRejection', note);
    try {
      const index = new ShardedIndex(fine.meta, BODY_INDEX_OPTIONS, {
        shard: async () => {
          throw new Error('offline');
        },
        group: async () => {
          throw new Error('offline');
        },
        words: () => new Promise((r) => setTimeout(() => r(JSON.stringify(words)), 20)),
      });
      await expect(index.reach('connection', 1, true)).rejects.toThrow('offline');
      await new Promise((r) => setTimeout(r, 30));
    } finally {
      process.off('unhandledRejection', note);
    }
    expect(unhandled).toEqual([]);
  });

  it('writes postings and field lengths compactly and reads them back exactly', () => {
    expect(encodePostings({ 3: 1, 4: 1, 8: 2 })).toEqual([3, 1, -2, 4]);
    expect([...decodePostings([3, 1, -2, 4])]).toEqual([
      [3, 1],
      [4, 1],
      [8, 2],
    ]);
    expect(encodePostings({ 0: 5 })).toEqual([-5, 0]);
    expect(
      encodeLengths(
        new Map([
          [7, 0],
          [2, 12],
        ]),
      ),
    ).toEqual([2, 12, 5, 0]);
    // A frequency that would read back as a distance is refused.
    expect(() => encodePostings({ 4: 0 })).toThrow('term frequency 0 for document 4');
    // Seeded random postings, documents out of order as object keys may come.
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 200; round++) {
      const docs: Record<string, number> = {};
      for (let i = 0; i < 1 + next() * 40; i++)
        docs[String(Math.floor(next() * 10_000))] = 1 + Math.floor(next() ** 4 * 9);
      const expected = Object.entries(docs)
        .map(([d, f]) => [Number(d), f])
        .sort((a, b) => a[0]! - b[0]!);
      expect([...decodePostings(encodePostings(docs))]).toEqual(expected);
    }
    // Every shard of the split holds the postings of the whole index.
    const postings = new Map(body.toJSON().index);
    for (const p of parsed)
      for (const [w, fields] of p)
        for (const [f, list] of Object.entries(fields))
          expect(Object.fromEntries(decodePostings(list))).toEqual(postings.get(w)![f]);
  });

  it('finds the first shard for a word before every first word', () => {
    expect(shardOf(['b', 'd', 'f'], 'a')).toBe(0);
    expect(shardOf(['b', 'd', 'f'], 'e')).toBe(1);
    expect(shardOf(['b', 'd', 'f'], 'z')).toBe(2);
  });
});
