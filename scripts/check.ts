/**
 * `npm run check`: validates all content and prints every problem in one report; exit 1 on any.
 * `npm run check -- --watch` re-checks whenever a file under content/ is saved (editors validate
 * YAML files against schemas/ as you type, but not front matter inside Markdown).
 */
import fs from 'node:fs';
import { contentDir, formatReport } from '../lib/content';
import { loadContentParallel } from '../lib/content/load-parallel';
import { quizRuleProblems } from '../lib/quiz/rules/content-problems';

/**
 * Checks once (bodies are parsed and checked but not rendered; on worker threads when many files
 * changed since the last clean check); true when clean.
 */
async function checkOnce(): Promise<boolean> {
  const loaded = await loadContentParallel(undefined, { render: false, cache: true });
  // The quiz's rules run on valid content only: they read what the schemas guarantee.
  const problems = [...loaded.problems, ...(loaded.content ? quizRuleProblems(loaded.content) : [])];
  const report = formatReport(problems, loaded.filesChecked);
  if (problems.length) console.error(report);
  else console.log(report);
  return problems.length === 0;
}

if (process.argv.includes('--watch')) {
  let running = checkOnce();
  let timer: NodeJS.Timeout | undefined;
  fs.watch(contentDir(), { recursive: true }, () => {
    // Editors write a file in several steps; check once they are done.
    clearTimeout(timer);
    timer = setTimeout(() => {
      // One check at a time: a save during a check waits for it.
      running = running.then(() => {
        console.log(`\n— ${new Date().toLocaleTimeString()}: content changed, checking again —`);
        return checkOnce();
      });
    }, 200);
  });
  // After the first report, as before checks became asynchronous.
  void running.then(() => console.log('Watching content/ (Ctrl+C to stop).'));
} else if (!(await checkOnce())) {
  process.exit(1);
}
