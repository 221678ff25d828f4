import { distance } from 'fastest-levenshtein';

/** Lower-case, strip punctuation and runs of space: "Fault-tolerance!" → "fault tolerance". */
function normalise(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Whether a typed phrase names a target: equal, contained as whole words, or within ~20% edits. */
export function fuzzyMatches(typed: string, target: string): boolean {
  const a = normalise(typed);
  const b = normalise(target);
  if (!a || !b) return false;
  if (a === b) return true;
  if (` ${a} `.includes(` ${b} `) && b.length >= 4) return true;
  return distance(a, b) <= Math.floor(Math.max(a.length, b.length) * 0.2);
}

/**
 * Splits a free-recall answer into items: lines, commas and semicolons, then "and" or "&" — except
 * inside a chunk that names one of the `names` that themselves contain "and" ("Networks fail intermittently and for
 * prolonged periods" is one challenge, not two). A leading "and" ("…, and we rely on…") is dropped.
 */
export function splitRecall(text: string, names: readonly string[] = []): string[] {
  const joined = names.filter((n) => /\s(?:and|&)\s/i.test(n));
  const clean = (s: string) =>
    s
      .replace(/^\s*(?:\d+[.)]|[-*•])\s*/, '')
      .replace(/^(?:and|&)\s+/i, '')
      .trim();
  return text
    .split(/[\n,;]+/)
    .map(clean)
    .filter(Boolean)
    .flatMap((chunk) => {
      // A name with "and" written out exactly, maybe next to other items: take it out whole first.
      const exact = joined.find((n) => chunk.toLowerCase().includes(n.toLowerCase()));
      if (exact) {
        const at = chunk.toLowerCase().indexOf(exact.toLowerCase());
        const rest = `${chunk.slice(0, at)} and ${chunk.slice(at + exact.length)}`;
        return [chunk.slice(at, at + exact.length), ...rest.split(/\s+and\s+|\s+&\s+/i).map(clean)];
      }
      // Close to such a name (a typo or two): one item.
      if (joined.some((n) => fuzzyMatches(chunk, n))) return [chunk];
      return chunk.split(/\s+and\s+|\s+&\s+/i).map(clean);
    })
    .filter(Boolean);
}

/**
 * Matches typed items to expected items one to one (each typed item used once), so typing
 * "availability" twice cannot earn two items. Returns, per expected item, the typed text matched.
 */
export function matchRecall(
  typed: readonly string[],
  expected: readonly { answer: string; accept: readonly string[] }[],
): (string | null)[] {
  const used = new Set<number>();
  return expected.map((item) => {
    const names = [item.answer, ...item.accept];
    const i = typed.findIndex((t, k) => !used.has(k) && names.some((n) => fuzzyMatches(t, n)));
    if (i < 0) return null;
    used.add(i);
    return typed[i]!;
  });
}
