import pkg from '../package.json' with { type: 'json' };

/** package.json's `repository`: a URL string or `{ url }` (npm's two shapes). */
type RepositoryField = string | { url?: string } | undefined;

/** An origin or repository URL without trailing slashes, `git+` prefix or `.git` suffix; null when empty. */
function clean(url: string | undefined | null): string | null {
  const u = (url ?? '')
    .trim()
    .replace(/^git\+/, '')
    .replace(/\.git$/, '')
    .replace(/\/+$/, '');
  return u ? u : null;
}

/** The site origin: SITE_URL, else package.json `homepage`; null when neither is set. */
export function resolveSiteUrl(env: { SITE_URL?: string | undefined }, homepage: string | undefined): string | null {
  return clean(env.SITE_URL ?? homepage);
}

/** The repository's web URL: REPO_URL, else package.json `repository`; null when neither is set. */
export function resolveRepoUrl(env: { REPO_URL?: string | undefined }, repository: RepositoryField): string | null {
  const fromPkg = typeof repository === 'string' ? repository : repository?.url;
  return clean(env.REPO_URL ?? fromPkg);
}

const manifest = pkg as { homepage?: string; repository?: RepositoryField };

/**
 * The public origin the site is served from (e.g. "https://faultline.dev"), or null when none is
 * configured: then canonical tags, the sitemap and feeds' self links are left out.
 */
export const SITE_URL: string | null = resolveSiteUrl({ SITE_URL: process.env.SITE_URL }, manifest.homepage);

/** Said by the build (and written into any file that needs an origin) when none is configured. */
export const NO_ORIGIN_NOTE =
  'No site origin is configured (SITE_URL or package.json "homepage"), so canonical tags, the sitemap and the Atom feeds are left out.';

/** The sub-path the site is built under (BASE_PATH), '' at the root. */
export const BASE_PATH = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');

/** The site's name, used in titles and feeds. */
export const SITE_NAME = 'Faultline';

/** Where maintainers edit content and readers report errors; null leaves those links out. */
export const REPO_URL: string | null = resolveRepoUrl({ REPO_URL: process.env.REPO_URL }, manifest.repository);

/** The "edit this page" link for a content file, or null without a repository. */
export function editUrl(file: string, repo = REPO_URL): string | null {
  return repo ? `${repo}/edit/main/${file}` : null;
}

/** A prefilled "report an error" link for a page, or null without a repository. */
export function reportUrl(title: string, pagePath: string, repo = REPO_URL, site = SITE_URL): string | null {
  if (!repo) return null;
  const q = new URLSearchParams({
    title: `Error on "${title}"`,
    body: `Page: ${site ?? ''}${BASE_PATH}${pagePath}\nWhat is wrong (with a source, please):\n`,
  });
  return `${repo}/issues/new?${q.toString()}`;
}
