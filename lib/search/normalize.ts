/** Longest query the engine looks at; the rest is ignored (and the page says so). */
export const MAX_QUERY_CHARS = 200;
/** Most words a query is split into; more words add cost but almost never change the top results. */
export const MAX_QUERY_TERMS = 12;

// Letters and digits of any script; everything else (punctuation, regex metacharacters, emoji) separates words.
const WORD = /[\p{L}\p{N}]+/gu;
const MARKS = /\p{M}+/gu;

/** Lower-cases and strips accents so "Zürich" and "zurich" index alike. */
export function foldCase(text: string): string {
  return text.normalize('NFKD').replace(MARKS, '').toLowerCase();
}

/** The searchable words of a text, folded; the same function runs at index and at query time. */
export function tokenize(text: string): string[] {
  return foldCase(text).match(WORD) ?? [];
}

/** One word with its place in the original text, for highlighting. */
export interface WordSpan {
  word: string;
  start: number;
  end: number;
}

/** The words of a text with their offsets in the unfolded text (folding is per word, so offsets stay true). */
export function wordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  for (const m of text.matchAll(WORD)) spans.push({ word: foldCase(m[0]), start: m.index, end: m.index + m[0].length });
  return spans;
}

/** A query made safe to search: control characters dropped, spaces collapsed, length and word count capped. */
export interface CleanQuery {
  /** The text as shown back to the reader. */
  text: string;
  /** Folded words to search for (at most MAX_QUERY_TERMS, no duplicates). */
  terms: string[];
  /** True when the query was cut to MAX_QUERY_CHARS or MAX_QUERY_TERMS. */
  truncated: boolean;
}

/** Cleans raw input (from the box or the URL) into the query the engine runs. */
export function cleanQuery(raw: string): CleanQuery {
  const collapsed = raw
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // Cut by code point, so an emoji or other astral character is never split in half.
  const chars = [...collapsed];
  const text = chars.length > MAX_QUERY_CHARS ? chars.slice(0, MAX_QUERY_CHARS).join('') : collapsed;
  const all = [...new Set(tokenize(text))];
  const terms = all.slice(0, MAX_QUERY_TERMS);
  return { text, terms, truncated: text.length < collapsed.length || terms.length < all.length };
}
