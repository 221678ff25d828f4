/**
 * What the search page's main thread loads on demand (one chunk, never part of other pages):
 * highlighting, snippets, "why it matched" and the per-incident text files. The engine itself
 * runs in the search worker (app/search/search.worker.ts).
 */
import { INDEX_DIR } from './files-path';
import { textFileSchema } from './schema';

export { hitFields, hitWords } from './query';
export { snippet, highlight } from './highlight';
export { whyMatched } from './why';
export { vocabularyOf, type Vocabulary } from './engine';

const base = () => `${process.env.NEXT_PUBLIC_BASE_PATH ?? ''}${INDEX_DIR}`;

/** Fetches one incident's prose for its snippet; throws when the file does not answer. */
export async function loadText(id: string): Promise<string> {
  const url = `${base()}/text/${encodeURIComponent(id)}.json`;
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url} answered ${res.status}`);
  return textFileSchema.parse(await res.json()).text;
}
