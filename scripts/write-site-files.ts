/**
 * Step three of `npm run build`, run as its own process after `next build`: writes every file of
 * the site that is not a page (data exports, feeds, search index, quiz files: lib/data/site-files.ts)
 * into the output directory named by the first argument, from the content snapshot named by
 * FAULTLINE_CONTENT_SNAPSHOT. Prints how many files and bytes, and how long it took.
 */
import { performance } from 'node:perf_hooks';
import { getContent } from '../lib/content';
import { getCorpus } from '../lib/corpus';
import { siteFiles } from '../lib/data/site-files';
import { writeSiteFiles } from './site-files';

const outDir = process.argv[2];
if (!outDir) throw new Error('usage: tsx scripts/write-site-files.ts <output directory>');
const start = performance.now();
const written = writeSiteFiles(siteFiles(getContent(), getCorpus()), outDir);
console.log(
  `Site files (data, feeds, search index, quiz): ${written.files.toLocaleString('en')} files, ${(written.bytes / 1e6).toFixed(1)} MB, written in ${Math.round(performance.now() - start)} ms.`,
);
