/** Where the static search files live under the site root (scripts/write-site-files.ts writes them after next build, from lib/data/site-files.ts). */
export { SEARCH_INDEX_DIR as INDEX_DIR } from '../routes';
