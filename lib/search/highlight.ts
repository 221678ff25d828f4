import { indexTokens, isExact, wordSpans, type WordSpan } from './normalize';

// The same titles, summaries and texts are cut into words again on nearly every keystroke (the
// results change little from one letter to the next); the words of recent texts are kept.
const SPANS_KEPT = 1_000;
const spansMemo = new Map<string, WordSpan[]>();
function spansOf(text: string): WordSpan[] {
  let spans = spansMemo.get(text);
  if (!spans) {
    if (spansMemo.size >= SPANS_KEPT) spansMemo.clear();
    spansMemo.set(text, (spans = wordSpans(text)));
  }
  return spans;
}

/** True when a word of the text is, or (for an identifier) contains, a matched word. */
function isMatched(word: string, words: ReadonlySet<string>): boolean {
  return words.has(word) || (isExact(word) && indexTokens(word).some((w) => words.has(w)));
}

/** A piece of text, marked when it is a matched word. Rendered as text, so no markup can get in. */
export interface Segment {
  text: string;
  mark: boolean;
}

/** The whole text split into marked and unmarked pieces. */
export function highlight(text: string, words: ReadonlySet<string>): Segment[] {
  return markRange(text, words, 0, text.length);
}

function markRange(text: string, words: ReadonlySet<string>, from: number, to: number): Segment[] {
  const out: Segment[] = [];
  let at = from;
  // The window's ends are word boundaries of the whole text, so its words are the whole text's.
  for (const s of spansOf(text)) {
    if (s.start < from) continue;
    if (s.end > to) break;
    if (!isMatched(s.word, words)) continue;
    if (s.start > at) out.push({ text: text.slice(at, s.start), mark: false });
    out.push({ text: text.slice(s.start, s.end), mark: true });
    at = s.end;
  }
  if (at < to) out.push({ text: text.slice(at, to), mark: false });
  return out;
}

/**
 * A window of about `size` words around the place where the most different matched words sit
 * close together, with "…" where text was cut; null when no matched word occurs in the text.
 */
export function snippet(text: string, words: ReadonlySet<string>, size = 30): Segment[] | null {
  const spans = spansOf(text);
  const hits = spans.flatMap((s, i) => (isMatched(s.word, words) ? [i] : []));
  if (hits.length === 0) return null;
  const lead = Math.min(6, Math.floor(size / 4));
  let best = hits[0]!;
  let bestDistinct = 0;
  for (const h of hits) {
    const distinct = new Set(hits.filter((i) => i >= h && i < h + size - lead).map((i) => spans[i]!.word)).size;
    if (distinct > bestDistinct) [best, bestDistinct] = [h, distinct];
  }
  const first = Math.max(0, best - lead);
  const last = Math.min(spans.length - 1, first + size - 1);
  const from = first === 0 ? 0 : spans[first]!.start;
  const to = last === spans.length - 1 ? text.length : spans[last]!.end;
  const segs = markRange(text, words, from, to);
  if (from > 0) segs.unshift({ text: '… ', mark: false });
  if (to < text.length) segs.push({ text: ' …', mark: false });
  return segs;
}
