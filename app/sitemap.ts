import type { MetadataRoute } from 'next';
import { sitePaths } from '@/lib/data/sitemap';
import { getCorpus } from '@/lib/corpus';
import { absoluteUrl } from '@/lib/data/urls';
import { SITE_URL } from '@/lib/site';

export const dynamic = 'force-static';

/** /sitemap.xml: every page, as absolute URLs on SITE_URL under BASE_PATH. */
export default function sitemap(): MetadataRoute.Sitemap {
  // Sitemap URLs must be absolute: without an origin scripts/build.ts removes this empty file.
  if (!SITE_URL) return [];
  return sitePaths(getCorpus()).map((p) => ({ url: absoluteUrl(p) }));
}
