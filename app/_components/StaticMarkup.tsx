import type { HTMLAttributes, ReactNode } from 'react';
import { putPiece } from '@/lib/routing/markup-relay';
import { StaticMarkupClient, type StaticTag } from './StaticMarkupClient';

/**
 * A piece of a page that needs no JavaScript (no client component, no hook inside; synchronous
 * components only), written into the page once. Next writes every server-rendered element twice:
 * as markup and again in the RSC payload it inlines for hydration, about 2.2 bytes of page per
 * byte of markup. Here the payload carries only `relayKey`; the server render gets the children
 * through lib/routing/markup-relay.ts and hydration reuses the markup already in the document.
 * `relayKey` must be unique on the site (the page's path and a name), `as` and `attrs` are the
 * wrapping element and its attributes.
 */
export function StaticMarkup({
  relayKey,
  as = 'div',
  children,
  ...attrs
}: { relayKey: string; as?: StaticTag; children: ReactNode } & HTMLAttributes<HTMLElement>) {
  putPiece(relayKey, children);
  return <StaticMarkupClient as={as} relayKey={relayKey} attrs={attrs} />;
}
