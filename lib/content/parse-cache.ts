import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { StoredIncident } from './phase-one';

/** Where the cache lives: beside other tools' caches, outside the repository's tracked files. */
const CACHE_FILE = path.join('node_modules', '.cache', 'faultline', 'incidents.json');

// The code that turns a file into a ParsedIncident, and the library versions it runs on.
const CODE_DIRS = ['lib/content', 'lib/markdown'];
const CODE_FILES = ['lib/routes.ts', 'package-lock.json'];

/** SHA-256 of the parts, hex. */
function hash(...parts: string[]): string {
  const h = crypto.createHash('sha256');
  for (const p of parts) h.update(p).update('\0');
  return h.digest('hex');
}

/**
 * Hash of the parsing code under `root` (every source file that can change a parse, and the
 * lockfile), so an edited rule or an upgraded parser never serves an old verdict.
 */
function codeHash(root: string): string {
  const files = CODE_DIRS.flatMap((d) =>
    fs
      .readdirSync(path.join(root, d), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => path.join(d, f)),
  );
  const present = [...files.sort(), ...CODE_FILES].filter((f) => fs.existsSync(path.join(root, f)));
  return hash(...present.flatMap((f) => [f, fs.readFileSync(path.join(root, f), 'utf8')]));
}

/**
 * A content-hash cache of phase-1 results for incident files that passed: the key is a hash of
 * the file's path and text, the parsing code, and `context` (everything else a verdict depends on:
 * the vocabulary, the never-cite list, profiles, today's date). Files with problems are never
 * stored, so their problems are always reported fresh. Saving keeps only the entries used in
 * this run, so the file does not grow without bound.
 */
export class ParseCache {
  private readonly stored: Record<string, StoredIncident>;
  private readonly used: Record<string, StoredIncident> = {};
  private readonly salt: string;
  private readonly file: string;

  /** `file` is where the cache is kept (default CACHE_FILE under `root`, the project directory). */
  constructor(context: string, root = process.cwd(), file = path.join(root, CACHE_FILE)) {
    this.file = file;
    this.salt = hash(codeHash(root), context);
    let stored: Record<string, StoredIncident> = {};
    try {
      stored = JSON.parse(fs.readFileSync(this.file, 'utf8')) as Record<string, StoredIncident>;
    } catch {
      // No cache yet, or an unreadable one: start empty.
    }
    this.stored = stored;
  }

  /** The key of one file's text. */
  key(file: string, text: string): string {
    return hash(this.salt, file, text);
  }

  /** The stored parse for a key, if any. */
  get(key: string): StoredIncident | undefined {
    const hit = this.stored[key];
    if (hit) this.used[key] = hit;
    return hit;
  }

  /** Remembers a clean parse (without `locate`, which the loader rebuilds on demand). */
  set(key: string, incident: StoredIncident): void {
    this.used[key] = incident;
  }

  /** Writes the entries used in this run (atomically: a concurrent reader never sees half a file). */
  save(): void {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(this.used));
    fs.renameSync(tmp, this.file);
  }
}
