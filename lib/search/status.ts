import type { ShownOutcome } from './worker-protocol';

/** "3 incidents match “x”." — the count of true matches only, with the right plural. */
export function statusText(outcome: ShownOutcome | undefined, error: string | undefined, filtered: boolean): string {
  if (error) return `Search could not load (${error}). Browse the incidents instead.`;
  if (!outcome) return 'Loading the search index…';
  if (outcome.noWords) return 'That query has no words to search for.';
  const q = outcome.query.text;
  const tail = outcome.query.truncated ? ' Only the first part of a very long query is searched.' : '';
  if (outcome.partial)
    return `No incident has all of ${outcome.terms.map((t) => `“${t}”`).join(', ')}. ${countPhrase(outcome.total, 'has', 'have')} some of them, shown below as partial matches.${tail}`;
  const n = outcome.total;
  return `${countPhrase(n, 'matches', 'match')}${q ? ` “${q}”` : ''}${filtered ? ' with these filters' : ''}.${tail}`;
}

/** "1 incident matches", "2 incidents match". */
export function countPhrase(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? `incident ${one}` : `incidents ${many}`}`;
}
