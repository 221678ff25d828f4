'use client';
import type { HTMLAttributes, ReactNode } from 'react';
import { getPiece } from '@/lib/routing/markup-relay';

/** The elements <StaticMarkup> can render as. */
export type StaticTag = 'div' | 'section' | 'header' | 'ul' | 'ol';

/**
 * The client half of <StaticMarkup>: on the server it renders the piece relayed under `relayKey`
 * inside a `Tag`; in the browser, where hydration finds that markup already in the document, it
 * hands React the element's own HTML as its content, so hydration matches without the piece
 * travelling in the RSC payload and React never re-renders what is inside.
 */
export function StaticMarkupClient({
  as: Tag,
  relayKey,
  attrs,
}: {
  as: StaticTag;
  relayKey: string;
  attrs: HTMLAttributes<HTMLElement>;
}) {
  if (typeof document === 'undefined')
    return (
      <Tag {...attrs} data-static={relayKey}>
        {getPiece(relayKey) as ReactNode}
      </Tag>
    );
  const html = document.querySelector(`[data-static="${CSS.escape(relayKey)}"]`)?.innerHTML ?? '';
  return <Tag {...attrs} data-static={relayKey} dangerouslySetInnerHTML={{ __html: html }} />;
}
