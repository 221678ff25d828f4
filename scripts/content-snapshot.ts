/**
 * Step one of `npm run build`, run as its own process: loads, validates and renders all content,
 * prints the report, and writes the snapshot the Next.js workers read to the file named by the
 * first argument. Exits 1 (writing only a ".failed" marker beside it) when the content has problems. A process of its own so
 * that the rendered corpus (2.1 GB resident at 10,000 incidents) is freed before `next build`
 * starts, instead of being held by scripts/build.ts for the whole build.
 */
import { performance } from 'node:perf_hooks';
import { formatReport } from '../lib/content';
import { loadContentParallel } from '../lib/content/load-parallel';
import fs from 'node:fs';
import { failedMarker, writeSnapshot } from '../lib/content/snapshot';

const file = process.argv[2];
if (!file) throw new Error('usage: tsx scripts/content-snapshot.ts <snapshot file>');
const start = performance.now();
// Files the parse cache does not know are parsed on worker threads when there are enough of them.
const { content, problems, filesChecked } = await loadContentParallel(undefined, { cache: true });
if (problems.length || !content) {
  console.error(formatReport(problems, filesChecked));
  console.error('\nThe site was not built: fix the problems above and run the build again.');
  // Tells page workers already waiting for the snapshot that none is coming.
  fs.writeFileSync(failedMarker(file), '');
  process.exit(1);
}
console.log(`Content: ${formatReport(problems, filesChecked)}`);
writeSnapshot(file, content);
console.log(`Content loaded, validated and rendered in ${Math.round(performance.now() - start)} ms.`);
