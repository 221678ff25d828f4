import fs from 'node:fs';
import path from 'node:path';
import type { SiteFile } from '../lib/data/site-files';

/**
 * Writes files given by site path ("/data/incidents.json") under `outDir`, creating folders, and
 * returns how many and their bytes. Throws, writing nothing more, on a path that is not absolute,
 * ends in "/" or would leave `outDir` ("..").
 */
export function writeSiteFiles(files: Iterable<SiteFile>, outDir: string): { files: number; bytes: number } {
  let count = 0;
  let bytes = 0;
  const made = new Set<string>();
  for (const { path: sitePath, text } of files) {
    const segments = sitePath.split('/').slice(1);
    if (!sitePath.startsWith('/') || segments.some((s) => s === '' || s === '.' || s === '..'))
      throw new Error(`Not a file path under the site root: ${JSON.stringify(sitePath)}`);
    const file = path.join(outDir, ...segments);
    const dir = path.dirname(file);
    if (!made.has(dir)) {
      fs.mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    fs.writeFileSync(file, text);
    count += 1;
    bytes += Buffer.byteLength(text);
  }
  return { files: count, bytes };
}
