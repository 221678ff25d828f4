import fs from 'node:fs';
import path from 'node:path';

/** Every page the static export wrote, as URL paths ("/", "/incidents/x/"), read from out/. */
export function builtPages(outDir = path.resolve(process.env.OUT_DIR ?? 'out')): string[] {
  const pages: string[] = [];
  const walk = (dir: string, url: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory() && entry.name !== '_next' && entry.name !== '_not-found' && entry.name !== '404') walk(path.join(dir, entry.name), `${url}${entry.name}/`);
      else if (entry.name === 'index.html') pages.push(url);
    }
  };
  walk(outDir, '/');
  return pages.sort();
}
