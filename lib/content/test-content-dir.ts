import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * A throw-away content directory with the real taxonomy, organisations and never-cite list plus the given incident
 * files, for tests that feed the loader one bad file at a time. Returns its path.
 */
export function makeContentDir(incidents: Record<string, string>, realContent = path.resolve('content')): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-content-'));
  fs.cpSync(path.join(realContent, 'taxonomy'), path.join(dir, 'taxonomy'), { recursive: true });
  fs.copyFileSync(path.join(realContent, 'orgs.yaml'), path.join(dir, 'orgs.yaml'));
  fs.copyFileSync(path.join(realContent, 'never-cite.yaml'), path.join(dir, 'never-cite.yaml'));
  // The glossary is left out so reports count a fixed number of files (taxonomy, orgs, incidents).
  fs.mkdirSync(path.join(dir, 'incidents'));
  for (const [name, text] of Object.entries(incidents)) fs.writeFileSync(path.join(dir, 'incidents', name), text);
  return dir;
}

/** Reads a fixture from lib/content/__fixtures__. */
export function fixture(rel: string): string {
  return fs.readFileSync(path.resolve('lib/content/__fixtures__', rel), 'utf8');
}
