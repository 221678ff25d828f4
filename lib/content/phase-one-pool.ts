import os from 'node:os';
import Tinypool from 'tinypool';
import type { PhaseOneContext, PlainOutcome } from './phase-one';

/**
 * Below this many files to parse, phase 1 stays on the calling thread. A worker takes about a
 * second to start (it compiles the content modules with tsx and imports remark, zod and yaml) and
 * one thread parses a file in ~4 ms, so with one worker N files take ~4N ms alone against
 * ~1,000 + (4N - 1,000) / 2 ms shared: the break-even is near 250 files (measured on 2 cores;
 * docs/benchmarks.md, "Where the check's time goes"). The real 100-incident site and the unit
 * tests' fixtures never start one.
 */
export const WORKER_THRESHOLD = 300;

/** Files per worker task: messaging is negligible next to parsing 20 files (~150 ms). */
const WORKER_BATCH = 20;
/** Files the calling thread parses between looks at its event loop, where the pool's messages wait. */
const HERE_BATCH = 4;

/** One incident file to parse: its path relative to the project, and its text. */
export interface FileText {
  file: string;
  text: string;
}

/**
 * Phase 1 of every file, shared between the calling thread (`readHere`) and worker threads
 * (phase-one-worker.mjs, whose plain outcomes `fromWorker` turns into the caller's type); one
 * result per file, in the order given. The calling thread parses too, so on 2 cores one worker
 * keeps both busy, and a worker takes files only once it has started, so no file waits for a slow
 * start. `share: false` sends every file to the workers (tests use it to cover that path).
 */
export async function readIncidentsInParallel<R>(
  context: PhaseOneContext,
  files: readonly FileText[],
  readHere: (f: FileText) => R,
  fromWorker: (o: PlainOutcome, f: FileText) => R,
  { workers = Math.max(1, os.availableParallelism() - 1), share = true }: { workers?: number; share?: boolean } = {},
): Promise<R[]> {
  const results: R[] = new Array<R>(files.length);
  let cursor = 0;
  const take = (size: number): [number, number] => {
    const start = cursor;
    cursor = Math.min(files.length, cursor + size);
    return [start, cursor];
  };
  const pool = new Tinypool({
    filename: new URL('./phase-one-worker.mjs', import.meta.url).href,
    workerData: context,
    minThreads: workers,
    maxThreads: workers,
    // Two tasks in flight per worker, so it has the next batch while this thread is busy parsing.
    concurrentTasksPerWorker: 2,
  });
  const viaWorker = async () => {
    // An empty batch answers once the worker has started; only then does it claim files.
    if (share) await pool.run([]);
    for (let [start, end] = take(WORKER_BATCH); start < end; [start, end] = take(WORKER_BATCH)) {
      const out = (await pool.run(files.slice(start, end))) as PlainOutcome[];
      out.forEach((o, i) => (results[start + i] = fromWorker(o, files[start + i]!)));
    }
  };
  const here = async () => {
    for (let [start, end] = take(HERE_BATCH); start < end; [start, end] = take(HERE_BATCH)) {
      for (let i = start; i < end; i += 1) results[i] = readHere(files[i]!);
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  try {
    await Promise.all([...Array.from({ length: workers * 2 }, viaWorker), ...(share ? [here()] : [])]);
  } finally {
    await pool.destroy();
  }
  return results;
}
