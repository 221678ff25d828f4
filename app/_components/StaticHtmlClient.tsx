'use client';
import { getHtml } from '@/lib/routing/html-relay';

/**
 * The client half of <StaticHtml>: on the server it renders the HTML relayed under `relayKey`; in
 * the browser, where hydration finds that HTML already in the document, it reads it back from the
 * element, so hydration matches without the HTML travelling in the RSC payload.
 */
export function StaticHtmlClient({ id, relayKey, className }: { id: string; relayKey: string; className?: string }) {
  const html = typeof document === 'undefined' ? getHtml(relayKey) : (document.getElementById(id)?.innerHTML ?? '');
  return <div id={id} className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
