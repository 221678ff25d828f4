/**
 * The chunk files of a run of documents (RECORD_CHUNK each, in document order: the records and
 * the facet values), read in the worker's background loading.
 */
import { RECORD_CHUNK } from './files-path';

/**
 * Reads chunk 0, 1, … of `count` documents: `file(k)` names chunk k, `parse` checks its JSON
 * into values, `each(k, values)` takes them. One chunk is read at a time, with the next one on its
 * way, and `pause()` between chunks lets waiting messages (the reader's next question) in. A chunk
 * `skip(k)` says is not needed is not fetched. Throws, naming the file, when a chunk does not hold
 * one value per document of its run: a short chunk and a long one would add up, with every value
 * after them on the wrong document.
 */
export async function readChunks<T>(
  count: number,
  file: (k: number) => string,
  fetchText: (path: string) => Promise<string>,
  parse: (json: unknown) => readonly T[],
  each: (k: number, values: readonly T[]) => void,
  { pause, skip = () => false }: { pause: () => Promise<void>; skip?: (k: number) => boolean },
): Promise<void> {
  const chunks = Math.ceil(count / RECORD_CHUNK);
  const start = (k: number) => {
    for (; k < chunks; k++) if (!skip(k)) return { k, text: fetchText(file(k)) };
    return undefined;
  };
  let next = start(0);
  while (next) {
    const { k, text } = next;
    const json: unknown = JSON.parse(await text);
    next = start(k + 1);
    // Awaited on the next turn; until then a failure there must not go unhandled.
    next?.text.catch(() => undefined);
    const values = parse(json);
    const expected = Math.min(RECORD_CHUNK, count - k * RECORD_CHUNK);
    if (values.length !== expected)
      throw new Error(`search index: ${file(k)} holds ${values.length} incidents, expected ${expected}`);
    each(k, values);
    if (next) await pause();
  }
}
