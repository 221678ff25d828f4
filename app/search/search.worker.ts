/**
 * The search Web Worker: the engine runs here so a keystroke never waits for a search or for an
 * index shard to load. Messages: lib/search/worker-protocol.ts; the work: lib/search/worker-service.ts.
 */
import { INDEX_DIR } from '@/lib/search/files-path';
import type { PageMessage, WorkerReply } from '@/lib/search/worker-protocol';
import { searchService } from '@/lib/search/worker-service';

// The page's tsconfig types `self` as a Window; a dedicated worker's scope has these two members.
const scope = self as unknown as {
  postMessage(reply: WorkerReply): void;
  onmessage: ((e: MessageEvent<PageMessage>) => void) | null;
};
const base = `${process.env.NEXT_PUBLIC_BASE_PATH ?? ''}${INDEX_DIR}`;

async function fetchText(path: string): Promise<string> {
  const res = await fetch(`${base}/${path}`);
  if (!res.ok) throw new Error(`${path} answered ${res.status}`);
  return res.text();
}

// The Network Information API (Chromium; absent elsewhere): a reader saving data, or on a 2G-class
// connection, gets no background loading of the whole index.
const connection = (navigator as Navigator & { connection?: { saveData?: boolean; effectiveType?: string } })
  .connection;
const saveData = connection?.saveData === true || /2g$/.test(connection?.effectiveType ?? '');

// A macrotask without setTimeout's 4 ms clamp on nested calls: answering ahead pauses before
// each answer so that a keystroke's question already waiting is taken up first.
const channel = new MessageChannel();
const waiting: (() => void)[] = [];
channel.port1.onmessage = () => waiting.shift()?.();
const pause = () =>
  new Promise<void>((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(0);
  });

const handle = searchService(fetchText, (reply) => scope.postMessage(reply), undefined, { saveData, pause });
scope.onmessage = (e) => void handle(e.data);
