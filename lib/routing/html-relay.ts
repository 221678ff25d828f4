/**
 * Hands a block of server-made HTML from a server component to the server-side render of a client
 * component without putting it in the page's React Server Components payload (app/_components/
 * StaticHtml.tsx has why). Next renders the payload and then the HTML of a page in the same
 * process, one after the other, so a process-wide map carries the block across; it lives on
 * globalThis because the server-component and server-render layers load separate copies of this
 * module. Only the newest blocks are kept: pages are generated a few at a time per process.
 */
const KEEP = 256;
const RELAY = Symbol.for('faultline.html-relay');

function relay(): Map<string, string> {
  const g = globalThis as typeof globalThis & { [RELAY]?: Map<string, string> };
  return (g[RELAY] ??= new Map());
}

/** Stores `html` under `key` for the render that follows (a key already held is replaced). */
export function putHtml(key: string, html: string): void {
  const map = relay();
  map.delete(key);
  map.set(key, html);
  for (const oldest of map.keys()) {
    if (map.size <= KEEP) break;
    map.delete(oldest);
  }
}

/** The HTML stored under `key`; throws when there is none, so a page never ships an empty block. */
export function getHtml(key: string): string {
  const html = relay().get(key);
  if (html === undefined)
    throw new Error(`No server HTML relayed under "${key}": it must be rendered by <StaticHtml>.`);
  return html;
}
