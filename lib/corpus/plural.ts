const rules = new Intl.PluralRules('en');

/** A count with its noun in the right number: countOf(1, 'incident') → "1 incident", countOf(2, …) → "2 incidents". */
export function countOf(n: number, one: string, other = `${one}s`): string {
  return `${n} ${rules.select(n) === 'one' ? one : other}`;
}
