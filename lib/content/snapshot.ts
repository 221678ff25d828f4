import fs from 'node:fs';
import type { Content } from './load';

/**
 * The environment variable naming a snapshot of validated content. `npm run build` validates and
 * renders the content once, writes it here, and every Next.js build worker reads it back instead
 * of parsing and rendering every Markdown file again (the workers would otherwise each do it).
 */
export const SNAPSHOT_ENV = 'FAULTLINE_CONTENT_SNAPSHOT';

const FORMAT = 'faultline-content-snapshot/1';

/**
 * Writes validated content as a snapshot file, whole or not at all: it is written beside and then
 * renamed into place, because the build's page workers may already be waiting for it.
 */
export function writeSnapshot(file: string, content: Content): void {
  fs.writeFileSync(`${file}.partial`, JSON.stringify({ format: FORMAT, content }));
  fs.renameSync(`${file}.partial`, file);
}

/** The file the content step writes instead of a snapshot when the content has problems. */
export const failedMarker = (file: string) => `${file}.failed`;

/** How long a page worker waits for the content step before giving up, in ms. */
const WAIT_MS = 30 * 60_000;

// `npm run build` starts Next's compile while the content is still being checked (the compile
// needs no content), so the first worker to ask may find no snapshot yet: it waits for the file.
// Synchronous, because content is read synchronously by the pages; Atomics.wait sleeps without
// spinning the core the content step is using.
function waitFor(file: string): void {
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  const until = Date.now() + WAIT_MS;
  while (!fs.existsSync(file)) {
    if (fs.existsSync(failedMarker(file)))
      throw new Error(`The content has problems (reported above), so no snapshot was written to ${file}.`);
    if (Date.now() > until) throw new Error(`No content snapshot appeared at ${file} within ${WAIT_MS / 60_000} min.`);
    Atomics.wait(sleeper, 0, 0, 50);
  }
}

/**
 * Reads the snapshot named by FAULTLINE_CONTENT_SNAPSHOT, or undefined when none is set. The file
 * is this build's own output, written moments earlier from content that passed validation, so it
 * is trusted rather than validated a second time; only its format marker is checked.
 */
export function readSnapshot(): Content | undefined {
  const file = process.env[SNAPSHOT_ENV];
  if (!file) return undefined;
  waitFor(file);
  const parsed: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (typeof parsed !== 'object' || parsed === null || !('format' in parsed) || parsed.format !== FORMAT || !('content' in parsed)) {
    throw new Error(`${file} is not a Faultline content snapshot (${FORMAT}); run npm run build.`);
  }
  return parsed.content as Content;
}
