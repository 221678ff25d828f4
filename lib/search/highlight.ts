import { indexTokens, isExact, wordSpans, type WordSpan } from './normalize';

// The same titles, summaries and texts are cut into words again on nearly every keystroke (the
// results change little from one letter to the next); the words of recently used texts are kept
// (least recently used out first, up to SPANS_KEPT words in all), each identifier with its parts
// (a matched part marks the whole identifier).
const SPANS_KEPT = 400_000;
interface Span extends WordSpan {
  /** An identifier's indexed parts ("us-east-1" → "us", "east", "1", …); empty for a plain word. */
  parts: readonly string[];
}
const NO_PARTS: readonly string[] = [];
const spansMemo = new Map<string, Span[]>();
let spansKept = 0;
function spansOf(text: string): Span[] {
  let spans = spansMemo.get(text);
  if (spans) {
    spansMemo.delete(text);
  } else {
    spans = wordSpans(text) as Span[];
    for (const s of spans) s.parts = isExact(s.word) ? indexTokens(s.word) : NO_PARTS;
    spansKept += spans.length;
    for (const [old, its] of spansMemo) {
      if (spansKept <= SPANS_KEPT) break;
      spansMemo.delete(old);
      spansKept -= its.length;
    }
  }
  spansMemo.set(text, spans);
  return spans;
}

/** True when a word of the text is, or (for an identifier) contains, a matched word. */
function isMatched(span: Span, words: ReadonlySet<string>): boolean {
  return words.has(span.word) || (span.parts.length > 0 && span.parts.some((w) => words.has(w)));
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
    if (!isMatched(s, words)) continue;
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
  const hits: number[] = [];
  for (let i = 0; i < spans.length; i++) if (isMatched(spans[i]!, words)) hits.push(i);
  if (hits.length === 0) return null;
  const lead = Math.min(6, Math.floor(size / 4));
  // The window starting at each hit, slid along the hits: how many different words it holds.
  let best = hits[0]!;
  let bestDistinct = 0;
  const inWindow = new Map<string, number>();
  let j = 0;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    for (; j < hits.length && hits[j]! < h + size - lead; j++) {
      const w = spans[hits[j]!]!.word;
      inWindow.set(w, (inWindow.get(w) ?? 0) + 1);
    }
    if (inWindow.size > bestDistinct) [best, bestDistinct] = [h, inWindow.size];
    const w = spans[h]!.word;
    const left = inWindow.get(w)! - 1;
    if (left === 0) inWindow.delete(w);
    else inWindow.set(w, left);
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
