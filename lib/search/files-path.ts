/** Where the static search files live under the site root (route handlers write them at build). */
export { SEARCH_INDEX_DIR as INDEX_DIR } from '../routes';
