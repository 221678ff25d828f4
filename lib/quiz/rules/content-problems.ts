import fs from 'node:fs';
import type { Content } from '../../content';
import { problem, type Problem } from '../../content/problems';
import { classifyMeans } from './means';

/** The 1-based line of the first line at or after `from` (0-based) that matches, or 1. */
function lineOf(lines: readonly string[], test: (l: string) => boolean, from = 0): number {
  const i = lines.findIndex((l, k) => k >= from && test(l));
  return i < 0 ? 1 : i + 1;
}

/**
 * The quiz's content rule for `npm run check`: an action item's curated `means` must be the means
 * its wording names (lib/quiz/rules/means.ts) when it names one, so equivalent items carry the same
 * means. Each problem is located at the item's `means:` line. (A root tag whose boundary or
 * persistence differs from its class's typical profile is allowed — a change made by a provider
 * is external to its customer — and simply gets no viewpoint card.)
 */
export function quizRuleProblems(
  content: Content,
  read: (file: string) => string = (f) => fs.readFileSync(f, 'utf8'),
): Problem[] {
  const problems: Problem[] = [];
  for (const inc of content.incidents) {
    let lines: string[] | undefined;
    const text = () => (lines ??= read(inc.file).split('\n'));
    inc.actionItems.forEach((item, i) => {
      const verdict = classifyMeans(item.text);
      if (verdict.means === null || verdict.means === item.means) return;
      const at = lineOf(text(), (l) => l.includes(item.text.slice(0, 40)));
      problems.push(
        problem({
          rule: 'action-means',
          file: inc.file,
          line: lineOf(text(), (l) => /^\s*means:/.test(l), at - 1),
          column: 1,
          collection: 'incidents',
          id: inc.id,
          path: `actionItems[${i}].means`,
          expected: `${verdict.means} (its wording matches the cue "${verdict.cue}"; equivalent action items get the same means)`,
          received: item.means,
          hint: 'Change the label, or reword the item if it really is another means (see docs/learn-and-quiz.md).',
        }),
      );
    });
  }
  return problems;
}
