/**
 * `npm run check`: validates all content and prints every problem in one report; exit 1 on any.
 * `npm run check -- --watch` re-checks whenever a file under content/ is saved (editors validate
 * YAML files against schemas/ as you type, but not front matter inside Markdown).
 */
import fs from 'node:fs';
import { contentDir, formatReport, loadContent } from '../lib/content';
import { quizRuleProblems } from '../lib/quiz/rules/content-problems';

/** Checks once (bodies are parsed and checked but not rendered); true when clean. */
function checkOnce(): boolean {
  const loaded = loadContent(undefined, { render: false, cache: true });
  // The quiz's rules run on valid content only: they read what the schemas guarantee.
  const problems = [...loaded.problems, ...(loaded.content ? quizRuleProblems(loaded.content) : [])];
  const report = formatReport(problems, loaded.filesChecked);
  if (problems.length) console.error(report);
  else console.log(report);
  return problems.length === 0;
}

if (process.argv.includes('--watch')) {
  checkOnce();
  let timer: NodeJS.Timeout | undefined;
  fs.watch(contentDir(), { recursive: true }, () => {
    // Editors write a file in several steps; check once they are done.
    clearTimeout(timer);
    timer = setTimeout(() => {
      console.log(`\n— ${new Date().toLocaleTimeString()}: content changed, checking again —`);
      checkOnce();
    }, 200);
  });
  console.log('Watching content/ (Ctrl+C to stop).');
} else if (!checkOnce()) {
  process.exit(1);
}
