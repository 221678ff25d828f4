import fs from 'node:fs';
import type { Content } from '../../content';
import type { Problem } from '../../content/problems';
import { profileConflicts } from '../viewpoints';
import { classifyMeans } from './means';

/** The 1-based line of the first line at or after `from` (0-based) that matches, or 1. */
function lineOf(lines: readonly string[], test: (l: string) => boolean, from = 0): number {
  const i = lines.findIndex((l, k) => k >= from && test(l));
  return i < 0 ? 1 : i + 1;
}

/**
 * The quiz's content rules, for `npm run check`: an action item's curated `means` must be the means
 * its wording names (lib/quiz/rules/means.ts) when it names one, and a root fault tag's boundary
 * and persistence must be allowed by its class profile (lib/quiz/viewpoints.ts). Each problem is
 * located at the offending line of the incident file.
 */
export function quizRuleProblems(
  content: Content,
  read: (file: string) => string = (f) => fs.readFileSync(f, 'utf8'),
): Problem[] {
  const classOfType = new Map(content.taxonomy.classes.flatMap((c) => c.types.map((t) => [t.id, c] as const)));
  const problems: Problem[] = [];
  for (const inc of content.incidents) {
    let lines: string[] | undefined;
    const text = () => (lines ??= read(inc.file).split('\n'));
    inc.actionItems.forEach((item, i) => {
      const verdict = classifyMeans(item.text);
      if (verdict.means === null || verdict.means === item.means) return;
      const at = lineOf(text(), (l) => l.includes(item.text.slice(0, 40)));
      problems.push({
        file: inc.file,
        line: lineOf(text(), (l) => /^\s*means:/.test(l), at - 1),
        column: 1,
        collection: 'incidents',
        id: inc.id,
        path: `actionItems[${i}].means`,
        expected: `${verdict.means} (its wording matches the cue "${verdict.cue}"; equivalent action items get the same means)`,
        received: item.means,
        hint: 'Change the label, or reword the item if it really is another means (see docs/learn-and-quiz.md).',
      });
    });
    const faultsAt = lineOf(text(), (l) => /^faults:/.test(l));
    inc.faults.forEach((tag, j) => {
      if (tag.role !== 'root') return;
      for (const conflict of profileConflicts(tag, classOfType.get(tag.type))) {
        // The j-th "- type:" line after "faults:" (lineOf is 1-based, its start 0-based: the next line on).
        let line = faultsAt;
        for (let k = 0; k <= j; k++) line = lineOf(text(), (l) => /^\s*- type:/.test(l), line);
        problems.push({
          file: inc.file,
          line,
          column: 1,
          collection: 'incidents',
          id: inc.id,
          path: `faults[${j}].${conflict.split(':')[0]}`,
          expected: `a value the ${classOfType.get(tag.type)!.name.toLowerCase()} class profile allows`,
          received: conflict,
          hint: 'Quiz viewpoint cards answer from the class profile (content/taxonomy/faults.yaml); tag and profile must agree.',
        });
      }
    });
  }
  return problems;
}
