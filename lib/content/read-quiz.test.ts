import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from './problems';
import { readQuiz } from './read-quiz';

const dir = path.join(__dirname, '__fixtures__/quiz-invalid');
const rel = (abs: string) => path.relative(dir, abs);

describe('reading the quiz bank', () => {
  it('reports a bad answer index, an unknown learning goal and a duplicate id, each located', () => {
    const { problems } = readQuiz(dir, rel, new Set());
    expect(problems.map(formatProblem)).toEqual([
      'quiz/bank.yaml:8:21\n  quiz → one: questions[0].learningGoals[0]: expected a learning goal, received "list-goal". Learning goals are defined in content/quiz/learning-goals.yaml: list-goals.',
      'quiz/bank.yaml:6:13\n  quiz → one: questions[0].answer: expected an option index from 0 to 1, received 2.',
      'quiz/bank.yaml:9:9\n  quiz → one: questions[1].id: expected a question id used once across content/quiz/, received "one". It is already used in quiz/bank.yaml.',
    ]);
  });
});
