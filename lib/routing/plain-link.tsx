/**
 * What `next/link` resolves to in this site's build (next.config.ts aliases it): a plain anchor.
 * The static export ships no RSC `.txt` payloads (scripts/build.ts removes them to keep out/ small),
 * so a client-side transition would fetch a file that is not there; every link is a full page
 * load instead. Pages keep importing `next/link`, so its prop types still check their links.
 */
import type { AnchorHTMLAttributes, ReactNode } from 'react';
import { withBase } from '../routes';

/** next/link's props that only steer client-side routing; a full page load has no use for them. */
type RouterProps = { prefetch?: boolean | 'auto' | null; replace?: boolean; scroll?: boolean; shallow?: boolean };

/** Props: an anchor's attributes with a string href (a site path, a fragment or an absolute URL). */
export type PlainLinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> &
  RouterProps & { href: string; children?: ReactNode };

/** The href an anchor needs: site paths ("/x/") get the base path in front, as next/link does. */
export function anchorHref(href: string, base: string): string {
  return href.startsWith('/') && !href.startsWith('//') ? withBase(href, base) : href;
}

/** An `<a>` with next/link's href handling and none of its routing. */
export default function PlainLink({ href, prefetch, replace, scroll, shallow, ...anchor }: PlainLinkProps) {
  void [prefetch, replace, scroll, shallow];
  return <a href={anchorHref(href, process.env.NEXT_PUBLIC_BASE_PATH ?? '')} {...anchor} />;
}
