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
