import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from './problems';
import { readQuiz } from './read-quiz';

const dir = path.join(__dirname, '__fixtures__/quiz-invalid');
const rel = (abs: string) => path.relative(dir, abs);

describe('reading the quiz bank', () => {
  it('reports a bad answer index, an unknown learning goal, a duplicate id and a link that is not a site path, each located', () => {
    const { problems } = readQuiz(dir, rel, new Set());
    expect(problems.map(formatProblem)).toEqual([
      'quiz/bank.yaml:8:21\n  quiz → one: questions[0].learningGoals[0]: expected a learning goal, received "list-goal". Learning goals are defined in content/quiz/learning-goals.yaml: list-goals. [quiz-goal-unknown]',
      'quiz/bank.yaml:6:13\n  quiz → one: questions[0].answer: expected an option index from 0 to 1, received 2. [quiz-answer-range]',
      'quiz/bank.yaml:9:9\n  quiz → one: questions[1].id: expected a question id used once across content/quiz/, received "one". It is already used in quiz/bank.yaml. [quiz-id-reused]',
      'quiz/links.yaml:10:17\n  quiz → links: questions[0].links[0].href: expected a site path such as /goals/availability/ (lower-case letters, digits, -, / and #), received "https://example.org/goals/availability/". [bad-page-link]',
    ]);
  });

  it('reports a link to a page the site does not have, or to a section its page lacks, with the nearest real one', () => {
    const targets = new Set(['/goals/', '/learn/scaling/', '/learn/scaling/#vertical-vs-horizontal']);
    const { problems } = readQuiz(dir, rel, new Set(), targets);
    expect(problems.filter((p) => p.ruleId === 'quiz-link-unknown-page').map(formatProblem)).toEqual([
      'quiz/dead-links.yaml:9:17\n  quiz → three: questions[0].links[0].href: expected the path of a page of the site, received "/goal/". Did you mean "/goals/"? [quiz-link-unknown-page]',
      'quiz/dead-links.yaml:10:17\n  quiz → three: questions[0].links[1].href: expected a section of /learn/scaling/ that exists, received the anchor "#vertical-vs-horizontl". Did you mean "/learn/scaling/#vertical-vs-horizontal"? [quiz-link-unknown-page]',
    ]);
  });
});
