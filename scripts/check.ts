/** `npm run check`: validates all content and prints every problem in one report; exit 1 on any. */
import { formatReport, loadContent } from '../lib/content';
import { quizRuleProblems } from '../lib/quiz/rules/content-problems';

const loaded = loadContent();
const { filesChecked } = loaded;
// The quiz's rules run on valid content only: they read what the schemas guarantee.
const problems = [...loaded.problems, ...(loaded.content ? quizRuleProblems(loaded.content) : [])];
const report = formatReport(problems, filesChecked);
if (problems.length) {
  console.error(report);
  process.exit(1);
}
console.log(report);
