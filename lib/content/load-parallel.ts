import { contentDir, startLoad, type LoadOptions, type LoadResult } from './load';
import { problemsFrom, withLazyLocate } from './phase-one';
import { readIncidentsInParallel, WORKER_THRESHOLD } from './phase-one-pool';
import { readIncident } from './read-incident';

/** Options for loadContentParallel: loadContent's, plus when to use worker threads. */
export interface ParallelLoadOptions extends LoadOptions {
  /**
   * Parse on worker threads beside this one: always (true), never (false), or when at least
   * WORKER_THRESHOLD files are not in the parse cache ('auto', the default). 'only' parses every
   * file on the workers (tests use it to cover that path).
   */
  workers?: boolean | 'auto' | 'only';
}

/**
 * loadContent with phase 1 (front matter and body of each incident file) on worker threads; the
 * result, problems and their order are the same. Only scripts use it: pages read the snapshot
 * or load in-process, so Next's build workers never start a pool.
 */
export async function loadContentParallel(dir = contentDir(), { workers = 'auto', ...options }: ParallelLoadOptions = {}): Promise<LoadResult> {
  const load = startLoad(dir, options);
  const { pending, rules } = load;
  const useWorkers = workers === 'auto' ? pending.length >= WORKER_THRESHOLD : workers;
  const here = ({ file, text }: { file: string; text: string }) => readIncident(file, text, rules.schema, rules.ctx);
  if (!useWorkers || pending.length === 0) return load.finish(pending.map(here));
  const outcomes = await readIncidentsInParallel(
    load.context,
    pending.map(({ file, text }) => ({ file, text })),
    here,
    (o, { text }) => ({ incident: o.incident && withLazyLocate(o.incident, text, rules), problems: problemsFrom(o.problems) }),
    { share: workers !== 'only' },
  );
  return load.finish(outcomes);
}
