import fs from 'node:fs';
import path from 'node:path';

/**
 * The absolute output directory of `npm run build`: OUT_DIR (relative to the project or absolute),
 * else out/. The build deletes it first, so a directory that holds the project, its sources or the
 * whole file system is refused with a message instead of being wiped.
 */
export function resolveOutDir(value: string | undefined, project = process.cwd()): string {
  const out = path.resolve(project, value && value.trim() !== '' ? value : 'out');
  const inside = (parent: string) =>
    out === parent || (!path.relative(parent, out).startsWith('..') && !path.isAbsolute(path.relative(parent, out)));
  const protectedDirs = ['content', 'app', 'lib', 'scripts', 'node_modules', 'e2e', 'docs', 'public', 'tests'].map(
    (d) => path.join(project, d),
  );
  if (
    out === path.parse(out).root ||
    path.relative(out, project) === '' ||
    !path.relative(out, project).startsWith('..')
  ) {
    throw new Error(
      `OUT_DIR=${value} would delete ${out}, which holds the project; choose an empty directory such as out or /tmp/faultline-site.`,
    );
  }
  const hit = protectedDirs.find(inside);
  if (hit)
    throw new Error(
      `OUT_DIR=${value} points into ${path.relative(project, hit)}/, which the build would delete; choose a directory outside the sources.`,
    );
  return out;
}

/**
 * Where Next writes the export for `outDir`: the directory itself when it is inside the project,
 * else a staging directory inside the project (Next refuses a distDir outside the application
 * directory), which `moveDir` then moves to `outDir`.
 */
export function buildDirFor(outDir: string, project = process.cwd()): string {
  const rel = path.relative(project, outDir);
  return rel.startsWith('..') || path.isAbsolute(rel) ? path.join(project, 'out-staging') : outDir;
}

/** Moves directory `from` to `to` (replacing it), copying when they are on different file systems. */
export function moveDir(from: string, to: string): void {
  fs.rmSync(to, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(to), { recursive: true });
  try {
    fs.renameSync(from, to);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
    fs.cpSync(from, to, { recursive: true });
    fs.rmSync(from, { recursive: true, force: true });
  }
}

/**
 * Moves every file under `from` into the same place under `to`, creating folders as needed, then
 * removes `from`. Throws, naming the path, if a file already exists there: the two writers of the
 * output (Next and the site-files step) must never write the same file.
 */
export function mergeDir(from: string, to: string): void {
  for (const entry of fs.readdirSync(from, { withFileTypes: true, recursive: true })) {
    if (entry.isDirectory()) continue;
    const rel = path.relative(from, path.join(entry.parentPath, entry.name));
    const target = path.join(to, rel);
    if (fs.existsSync(target)) throw new Error(`${rel} was written twice: by Next and by the site-files step.`);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    try {
      fs.renameSync(path.join(from, rel), target);
    } catch (e) {
      // The system temp directory may be another file system.
      if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
      fs.copyFileSync(path.join(from, rel), target);
    }
  }
  fs.rmSync(from, { recursive: true, force: true });
}
