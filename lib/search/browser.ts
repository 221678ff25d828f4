/**
 * What the search page loads on demand (one chunk, never part of other pages): fetching and
 * checking the static files, and the engine itself.
 */
import { createEngine, withBody, type Engine } from './engine';
import { INDEX_DIR } from './files-path';
import { coreFileSchema, textFileSchema } from './schema';

export { runSearch, hitFields, hitWords } from './query';
export { snippet, highlight } from './highlight';
export { whyMatched } from './why';
export { termOffers, didYouMean } from './suggest';
export type { Engine } from './engine';

const base = () => `${process.env.NEXT_PUBLIC_BASE_PATH ?? ''}${INDEX_DIR}`;

async function fetchText(url: string): Promise<string> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url} answered ${res.status}`);
  return res.text();
}

/** Fetches core.json and builds the engine (short fields only). */
export async function loadEngine(): Promise<Engine> {
  return createEngine(coreFileSchema.parse(JSON.parse(await fetchText(`${base()}/core.json`))));
}

/** Fetches body.json and returns the engine with body text searchable. */
export async function loadBody(engine: Engine): Promise<Engine> {
  return withBody(engine, await fetchText(`${base()}/body.json`));
}

/** Fetches one incident's prose for its snippet. */
export async function loadText(id: string): Promise<string> {
  return textFileSchema.parse(JSON.parse(await fetchText(`${base()}/text/${encodeURIComponent(id)}.json`))).text;
}
