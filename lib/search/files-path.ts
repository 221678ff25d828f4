/** Where the static search files live under the site root (route handlers write them at build). */
export const INDEX_DIR = '/search-index';
