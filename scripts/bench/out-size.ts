import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Size of a built site: raw bytes, gzip bytes (each file gzipped alone at level 6, as a CDN would
 * serve it), file count, and the largest file and largest HTML page with their raw sizes.
 */
export type OutSize = {
  bytes: number;
  gzipBytes: number;
  files: number;
  largest: { file: string; bytes: number };
  largestPage: { file: string; bytes: number };
  /** Raw bytes by first path segment ("incidents", "search-index", "index.html"), largest first. */
  byTop: [top: string, bytes: number][];
};

/** Walks outDir and sums its files; paths in the result are relative to outDir. Throws if outDir is missing. */
export function measureOut(outDir: string): OutSize {
  const size: OutSize = {
    bytes: 0,
    gzipBytes: 0,
    files: 0,
    largest: { file: '', bytes: -1 },
    largestPage: { file: '', bytes: -1 },
    byTop: [],
  };
  const byTop = new Map<string, number>();
  for (const e of fs.readdirSync(outDir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const full = path.join(e.parentPath, e.name);
    const data = fs.readFileSync(full);
    const file = path.relative(outDir, full);
    size.bytes += data.length;
    size.gzipBytes += gzipSync(data).length;
    size.files += 1;
    const top = file.split(path.sep)[0]!;
    byTop.set(top, (byTop.get(top) ?? 0) + data.length);
    if (data.length > size.largest.bytes) size.largest = { file, bytes: data.length };
    if (e.name.endsWith('.html') && data.length > size.largestPage.bytes)
      size.largestPage = { file, bytes: data.length };
  }
  size.byTop = [...byTop].sort((a, b) => b[1] - a[1]);
  return size;
}
