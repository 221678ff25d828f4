/** The public origin the site is served from; SITE_URL overrides it at build time. */
export const SITE_URL = (process.env.SITE_URL ?? 'https://faultline.example.org').replace(/\/+$/, '');

/** The sub-path the site is built under (BASE_PATH), '' at the root. */
export const BASE_PATH = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');

/** The site's name, used in titles and feeds. */
export const SITE_NAME = 'Faultline';

/** Where maintainers edit content and readers report errors. */
export const REPO_URL = process.env.REPO_URL ?? 'https://github.com/faultline-kb/faultline';

/** The "edit this page" link for a content file. */
export function editUrl(file: string): string {
  return `${REPO_URL}/edit/main/${file}`;
}

/** A prefilled "report an error" link for a page. */
export function reportUrl(title: string, pagePath: string): string {
  const q = new URLSearchParams({
    title: `Error on "${title}"`,
    body: `Page: ${SITE_URL}${BASE_PATH}${pagePath}\nWhat is wrong (with a source, please):\n`,
  });
  return `${REPO_URL}/issues/new?${q.toString()}`;
}
