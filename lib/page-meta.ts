import type { Metadata } from 'next';
import { SITE_NAME, SITE_URL } from './site';

/**
 * A page's sharing metadata: title, description, canonical URL and OpenGraph tags. Paths are
 * site paths ("/incidents/x/"); the root layout's metadataBase makes them absolute under SITE_URL
 * and BASE_PATH. Next replaces (does not merge) the layout's openGraph, so every page sets it whole.
 * With no configured origin there is nothing to make them absolute against, so the canonical tag
 * and OpenGraph URL are left out (never a made-up host).
 */
export function pageMeta({
  title,
  description,
  path,
  type = 'website',
}: {
  title: string;
  description: string;
  path: string;
  type?: 'website' | 'article';
}): Metadata {
  return {
    title,
    description,
    ...(SITE_URL && { alternates: { canonical: path } }),
    openGraph: { title, description, ...(SITE_URL && { url: path }), siteName: SITE_NAME, type, locale: 'en' },
  };
}

/**
 * Metadata for page n (from 1) of a paged list at `path`: page 1 keeps the title and description;
 * later pages say "page n of last" in both.
 */
export function pagedMeta({
  title,
  description,
  path,
  n,
  last,
}: {
  title: string;
  description: string;
  path: string;
  n: number;
  last: number;
}): Metadata {
  if (n <= 1) return pageMeta({ title, description, path });
  return pageMeta({ title: `${title}, page ${n}`, description: `Page ${n} of ${last}. ${description}`, path });
}
