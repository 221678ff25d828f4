import fs from 'node:fs';
import path from 'node:path';

/** Next's RSC payload files in a static export: `index.txt` beside a page and `__next.*.txt` segments. */
function isRscPayload(dir: string, name: string): boolean {
  if (name === 'index.txt') return fs.existsSync(path.join(dir, 'index.html'));
  return name.startsWith('__next.') && name.endsWith('.txt');
}

/**
 * Deletes every RSC payload file under outDir (they serve only client-side transitions, which the
 * site does not make: next/link is a plain anchor, see lib/routing/plain-link.tsx); returns how
 * many files and bytes went.
 */
export function removeRscPayloads(outDir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const e of fs.readdirSync(outDir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile() || !isRscPayload(e.parentPath, e.name)) continue;
    const file = path.join(e.parentPath, e.name);
    bytes += fs.statSync(file).size;
    fs.rmSync(file);
    files += 1;
  }
  return { files, bytes };
}
