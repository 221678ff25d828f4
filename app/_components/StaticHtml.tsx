import { createHash } from 'node:crypto';
import { putHtml } from '@/lib/routing/html-relay';
import { StaticHtmlClient } from './StaticHtmlClient';

/**
 * A <div id={id}> holding trusted, already-sanitised HTML (a rendered Markdown body), written into
 * the page once. A plain `dangerouslySetInnerHTML` in a server component is written twice: as
 * markup and again, JSON-escaped, in the RSC payload Next inlines for hydration (for a
 * 1,500-word story about 12 KB of each incident page). Here the payload carries only the id and
 * a hash of the HTML, which keys the relay so that pages rendered side by side never swap blocks.
 * `id` must be unique on the page.
 */
export function StaticHtml({ id, html, className }: { id: string; html: string; className?: string }) {
  const relayKey = `${id}:${createHash('sha256').update(html).digest('base64url')}`;
  putHtml(relayKey, html);
  return <StaticHtmlClient id={id} relayKey={relayKey} className={className} />;
}
