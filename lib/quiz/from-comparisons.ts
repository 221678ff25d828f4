import type { Comparison } from '../content/read-comparisons';
import { makeRng, shuffle } from '../random/seeded';
import { faultPath, incidentPath, technologyPath } from '../routes';
import type { Question } from './question';

/** The quiz topic that collects "which mechanism do these incidents share?" cards. */
export const MECHANISM_TOPIC = { id: 'mechanisms', label: 'Shared mechanisms', group: 'Case studies' } as const;

/**
 * One card per pair of compared incidents (the first two, and the last two when a comparison lists four
 * or more): "which mechanism do these two share?". Rule: a distractor is the name of another comparison
 * that does NOT list both incidents, so no distractor is also right; no card when fewer than two such
 * distractors exist.
 */
export function comparisonQuestions(
  comparisons: readonly Comparison[],
  titleOf: (id: string) => string,
  learningGoal: string,
): Question[] {
  const out: Question[] = [];
  for (const c of comparisons) {
    const pairs: [string, string][] = [[c.incidents[0]!, c.incidents[1]!]];
    const n = c.incidents.length;
    if (n >= 4) pairs.push([c.incidents[n - 2]!, c.incidents[n - 1]!]);
    for (const [a, b] of pairs) {
      const wrong = comparisons
        .filter((o) => o.id !== c.id && !(o.incidents.includes(a) && o.incidents.includes(b)))
        .map((o) => o.name)
        .filter((name) => name !== c.name);
      const seed = `comparison:${c.id}:${a}:${b}`;
      const others = shuffle([...new Set(wrong)], makeRng(seed)).slice(0, 3);
      if (others.length < 2) continue;
      const options = shuffle([c.name, ...others], makeRng(`${seed}:mix`));
      const target = c.attachTo.kind === 'fault' ? faultPath(c.attachTo.id) : technologyPath(c.attachTo.id);
      out.push({
        kind: 'single',
        id: `comparison:${c.id}:${a}:${b}`,
        prompt: 'Which mechanism do these two incidents share?',
        context: `“${titleOf(a)}” and “${titleOf(b)}”`,
        options,
        answer: options.indexOf(c.name),
        explanation: `Both are cases of ${c.name.toLowerCase()}. ${c.common
          .replace(/\[\[([a-z0-9-]+)\]\]/g, (_, id: string) => `“${titleOf(id)}”`)
          .replace(/\s+/g, ' ')
          .trim()}`,
        topics: [MECHANISM_TOPIC.id, `learn:${learningGoal}`, `incident:${a}`, `incident:${b}`],
        learningGoals: [learningGoal],
        links: [
          { href: `${target}#in-common`, label: c.name },
          { href: incidentPath(a), label: titleOf(a) },
          { href: incidentPath(b), label: titleOf(b) },
        ],
      });
    }
  }
  return out;
}
