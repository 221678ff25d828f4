/** Longest query the engine looks at; the rest is ignored (and the page says so). */
export const MAX_QUERY_CHARS = 200;
/** Most words a query is split into; more words add cost but almost never change the top results. */
export const MAX_QUERY_TERMS = 12;

/**
 * A chunk of text that may be an identifier: letters and digits of any script, joined by single
 * connectors (- . / _ :) between two of them ("us-east-1", "1.1.1.1", "http/2"), or a command-line
 * flag ("-rf"). Everything else (spaces, other punctuation, emoji) separates chunks.
 */
// Combining marks belong to the word they sit in (Thai vowels, Devanagari signs, unfolded accents).
const CHUNK =
  /(?<![\p{L}\p{N}\p{M}])-{1,2}(?=\p{L})[\p{L}\p{N}\p{M}]+|[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:[-./_:][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*/gu;
const ALNUM = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;
// Scripts written without spaces between words: segmented by Intl.Segmenter's dictionaries.
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
// Where letters meet digits inside one word ("ipv6" → "ipv" + "6").
const LETTER_DIGIT = /\p{N}+|[^\p{N}]+/gu;

const ASCII = /^[\x00-\x7f]*$/;

/**
 * Lower-cases and strips accents from Latin letters only, so "Zürich" and "zurich" index alike but
 * kana voicing marks stay (ガス "gas" and カス "dregs" are different words), as do Indic vowel signs.
 */
export function foldCase(text: string): string {
  // ASCII has no marks and is its own NFKD and NFKC form: lower-casing is the whole fold (and the
  // common case, worth skipping three passes over every word of a text for).
  if (ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFKC')
    .toLowerCase();
}

let segmenter: Intl.Segmenter | undefined;
/** The word-like pieces of an unspaced run (Japanese, Chinese, Thai …), by the runtime's ICU dictionaries. */
function segmentWords(run: string): string[] {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  const out: string[] = [];
  for (const s of segmenter.segment(run)) if (s.isWordLike) out.push(...(s.segment.match(ALNUM) ?? []));
  return out;
}

/** True for a query word that must match only as typed (no typo tolerance, no completion). */
export function isExact(token: string): boolean {
  return /\p{N}|[\-./_:]/u.test(token);
}

/**
 * The words of a compound: words of three or more letters joined by hyphens ("split-brain",
 * "leap-second", "front-end"); undefined for anything else. Identifiers with digits, dots or
 * slashes (us-east-1, 1.1.1.1, http/2) or a short code ("us-east") are not compounds: they match whole.
 */
export function compoundWords(term: string): string[] | undefined {
  return /^\p{L}{3,}(?:-\p{L}{3,})+$/u.test(term) ? term.split('-') : undefined;
}

/** The plain words of one chunk without connectors, unspaced runs segmented. */
function words(chunk: string): string[] {
  return UNSPACED.test(chunk) ? segmentWords(chunk) : [chunk];
}

/**
 * The searchable words of a text, folded; the same splitting runs at index and at query time.
 * An identifier is kept whole; with `parts`, its pieces follow it ("us-east-1", "us", "east", "1";
 * "ipv6", "ipv", "6"), so a part finds it while a whole identifier in a query matches only the whole.
 */
export function tokenize(text: string, parts = false): string[] {
  const out: string[] = [];
  for (const m of foldCase(text).matchAll(CHUNK)) {
    const chunk = m[0];
    const pieces = chunk.match(ALNUM) ?? [];
    const joined = pieces.length > 1 || chunk.startsWith('-');
    if (joined && !parts) out.push(chunk);
    else if (joined) {
      // Each form once per occurrence, so "1.1.1.1" does not count as the word "1" four times.
      const forms = new Set([chunk, ...subRuns(chunk)]);
      for (const p of pieces) {
        forms.add(p);
        for (const m of splitMixed(p)) forms.add(m);
      }
      out.push(...forms);
    } else {
      for (const w of words(chunk)) {
        out.push(w);
        if (parts) {
          const mixed = splitMixed(w);
          if (mixed.length > 1) out.push(...mixed);
        }
      }
    }
  }
  return out;
}

/** Most pieces an identifier may have for all its inner runs to be indexed (a URL path has many). */
const MAX_RUN_PIECES = 8;

/**
 * The runs of two or more whole pieces inside an identifier, other than the identifier itself:
 * "dynamodb.us-east-1.amazonaws.com" holds "us-east-1", "europe-west2-a" holds "europe-west2".
 * A query identifier matches one of these, never a piece cut short ("us-east" is not in "us-east-1a").
 */
function subRuns(chunk: string): string[] {
  const bounds = [...chunk.matchAll(/[-./_:]/g)].map((m) => m.index);
  const lead = chunk.startsWith('-') ? 1 : 0;
  const cuts = bounds.filter((b) => b >= lead + 1);
  if (cuts.length + 1 > MAX_RUN_PIECES || cuts.length < 2) return [];
  const starts = [lead, ...cuts.map((c) => c + 1)];
  const ends = [...cuts, chunk.length];
  const out: string[] = [];
  for (let i = 0; i < starts.length; i++)
    for (let j = i + 1; j < ends.length; j++)
      if (!(i === 0 && j === ends.length - 1)) out.push(chunk.slice(starts[i], ends[j]));
  return out;
}

/** A word split where letters meet digits ("ipv6" → ["ipv", "6"]); an unspaced run is segmented. */
function splitMixed(word: string): string[] {
  if (UNSPACED.test(word)) return segmentWords(word);
  return word.match(LETTER_DIGIT) ?? [word];
}

/** The indexing tokeniser: every word, identifiers whole and in parts. */
export function indexTokens(text: string): string[] {
  return tokenize(text, true);
}

/** One word with its place in the original text, for highlighting. */
export interface WordSpan {
  word: string;
  start: number;
  end: number;
}

/**
 * The words of a text with their offsets in the unfolded text (folding is per chunk, so offsets
 * stay true); an identifier is one span, as are the segmented words of an unspaced run.
 */
export function wordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  for (const m of text.matchAll(CHUNK)) {
    const chunk = m[0];
    if (UNSPACED.test(chunk) && !/[-./_:]/.test(chunk)) {
      segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
      for (const s of segmenter.segment(chunk))
        if (s.isWordLike)
          spans.push({
            word: foldCase(s.segment),
            start: m.index + s.index,
            end: m.index + s.index + s.segment.length,
          });
    } else {
      spans.push({ word: foldCase(chunk), start: m.index, end: m.index + chunk.length });
    }
  }
  return spans;
}

/** A query made safe to search: control characters dropped, spaces collapsed, length and word count capped. */
export interface CleanQuery {
  /** The text as shown back to the reader. */
  text: string;
  /** Folded words to search for (at most MAX_QUERY_TERMS, no duplicates); identifiers kept whole. */
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
