import { BASE_PATH, SITE_URL } from '../site';

/**
 * A site path ("/incidents/x/") as a URL on the public origin, under the base path. Without a
 * configured origin it stays site-relative ("/incidents/x/"): never a made-up host.
 */
export function absoluteUrl(pagePath: string, site: string | null = SITE_URL, base = BASE_PATH): string {
  return `${site ?? ''}${base}${pagePath}`;
}
