import { describe, expect, it } from 'vitest';
import { readChunks } from './chunks';
import { RECORD_CHUNK } from './files-path';

/** Chunk files of `count` numbered documents (chunk k holds its documents' numbers), noting what was fetched and when. */
function chunkFiles(count: number, override: Record<number, unknown[]> = {}) {
  const events: string[] = [];
  const fetchText = async (path: string) => {
    events.push(`fetch ${path}`);
    const k = Number(/(\d+)$/.exec(path)![1]);
    const run = Array.from(
      { length: Math.min(RECORD_CHUNK, count - k * RECORD_CHUNK) },
      (_, i) => k * RECORD_CHUNK + i,
    );
    return JSON.stringify(override[k] ?? run);
  };
  return { events, fetchText };
}
const parse = (json: unknown) => json as number[];
const pause = () => new Promise<void>((r) => setTimeout(r, 0));

describe('readChunks', () => {
  it('reads every chunk in order, the next one on its way while one is taken, pausing between', async () => {
    const count = 2 * RECORD_CHUNK + 7;
    const { events, fetchText } = chunkFiles(count);
    const got: number[] = [];
    await readChunks(
      count,
      (k) => `c${k}`,
      fetchText,
      parse,
      (k, values) => {
        events.push(`take c${k}`);
        got.push(...values);
      },
      { pause: async () => (events.push('pause'), pause()) },
    );
    expect(got).toEqual(Array.from({ length: count }, (_, i) => i));
    expect(events).toEqual(['fetch c0', 'fetch c1', 'take c0', 'pause', 'fetch c2', 'take c1', 'pause', 'take c2']);
  });

  it('fetches no chunk it is told to skip, and none for no documents', async () => {
    const count = 3 * RECORD_CHUNK;
    const { events, fetchText } = chunkFiles(count);
    const taken: number[] = [];
    await readChunks(
      count,
      (k) => `c${k}`,
      fetchText,
      parse,
      (k) => taken.push(k),
      { pause, skip: (k) => k === 1 },
    );
    expect(taken).toEqual([0, 2]);
    expect(events.filter((e) => e.startsWith('fetch'))).toEqual(['fetch c0', 'fetch c2']);
    await readChunks(
      0,
      (k) => `c${k}`,
      fetchText,
      parse,
      () => taken.push(-1),
      { pause },
    );
    expect(taken).toEqual([0, 2]);
  });

  it('names the file of a chunk of the wrong length, even when the lengths add up, and leaves no rejection unhandled', async () => {
    const count = 2 * RECORD_CHUNK;
    const long = Array.from({ length: RECORD_CHUNK + 1 }, (_, i) => i);
    const { fetchText } = chunkFiles(count, { 0: long, 1: long.slice(2) });
    await expect(
      readChunks(
        count,
        (k) => `c${k}`,
        fetchText,
        parse,
        () => undefined,
        { pause },
      ),
    ).rejects.toThrow(`search index: c0 holds ${RECORD_CHUNK + 1} incidents, expected ${RECORD_CHUNK}`);
    const unhandled: unknown[] = [];
    const note = (e: unknown) => unhandled.push(e);
    process.on('unhandledRejection', note);
    try {
      const failing = async (path: string) => (path === 'c1' ? Promise.reject(new Error('offline')) : fetchText(path));
      const bad = (json: unknown) => {
        throw new Error(`bad ${String((json as number[]).length)}`);
      };
      await expect(
        readChunks(
          count,
          (k) => `c${k}`,
          failing,
          bad,
          () => undefined,
          { pause },
        ),
      ).rejects.toThrow('bad');
      await pause();
    } finally {
      process.off('unhandledRejection', note);
    }
    expect(unhandled).toEqual([]);
  });
});
