import { distance } from 'fastest-levenshtein';

/** Lower-case, strip punctuation and runs of space: "Fault-tolerance!" → "fault tolerance". */
export function normalise(s: string): string {
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

/** Splits a free-recall answer into items: lines, commas, semicolons, or "and". */
export function splitRecall(text: string): string[] {
  return text
    .split(/[\n,;]+|\s+and\s+|\s+&\s+/i)
    .map((s) => s.replace(/^\s*(?:\d+[.)]|[-*•])\s*/, '').trim())
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
