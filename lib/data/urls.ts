import { BASE_PATH, SITE_URL } from '../site';

/** A site path ("/incidents/x/") as an absolute URL on the public origin, under the base path. */
export function absoluteUrl(pagePath: string, site = SITE_URL, base = BASE_PATH): string {
  return `${site}${base}${pagePath}`;
}
