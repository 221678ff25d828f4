/**
 * Hands a server-only piece of a page (a React element tree) from a server component to the
 * server-side render of a client component without putting it in the page's React Server
 * Components payload (app/_components/StaticMarkup.tsx has why). Next renders the payload and then
 * the HTML of a page in the same process, one after the other, so a process-wide map carries the
 * piece across; it lives on globalThis because the server-component and server-render layers load
 * separate copies of this module. Only the newest pieces are kept: pages are generated a few at a
 * time per process, and each key names its page.
 */
const KEEP = 256;
const RELAY = Symbol.for('faultline.markup-relay');

function relay(): Map<string, unknown> {
  const g = globalThis as typeof globalThis & { [RELAY]?: Map<string, unknown> };
  return (g[RELAY] ??= new Map());
}

/** Stores `piece` under `key` for the render that follows (a key already held is replaced). */
export function putPiece(key: string, piece: unknown): void {
  const map = relay();
  map.delete(key);
  map.set(key, piece);
  for (const oldest of map.keys()) {
    if (map.size <= KEEP) break;
    map.delete(oldest);
  }
}

/** The piece stored under `key`; throws when there is none, so a page never ships an empty block. */
export function getPiece(key: string): unknown {
  const map = relay();
  if (!map.has(key)) throw new Error(`Nothing relayed under "${key}": it must be rendered by <StaticMarkup>.`);
  return map.get(key);
}
