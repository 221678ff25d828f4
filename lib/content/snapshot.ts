import fs from 'node:fs';
import type { Content } from './load';

/**
 * The environment variable naming a snapshot of validated content. `npm run build` validates and
 * renders the content once, writes it here, and every Next.js build worker reads it back instead
 * of parsing and rendering every Markdown file again (the workers would otherwise each do it).
 */
export const SNAPSHOT_ENV = 'FAULTLINE_CONTENT_SNAPSHOT';

const FORMAT = 'faultline-content-snapshot/1';

/** Writes validated content as a snapshot file. */
export function writeSnapshot(file: string, content: Content): void {
  fs.writeFileSync(file, JSON.stringify({ format: FORMAT, content }));
}

/**
 * Reads the snapshot named by FAULTLINE_CONTENT_SNAPSHOT, or undefined when none is set. The file
 * is this build's own output, written moments earlier from content that passed validation, so it
 * is trusted rather than validated a second time; only its format marker is checked.
 */
export function readSnapshot(): Content | undefined {
  const file = process.env[SNAPSHOT_ENV];
  if (!file) return undefined;
  const parsed: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (typeof parsed !== 'object' || parsed === null || !('format' in parsed) || parsed.format !== FORMAT || !('content' in parsed)) {
    throw new Error(`${file} is not a Faultline content snapshot (${FORMAT}); run npm run build.`);
  }
  return parsed.content as Content;
}
