import fs from 'node:fs';
import path from 'node:path';
import { formatPath, problem, type Problem } from './problems';
import type { RuleId } from './rules';
import { INCIDENTS } from '../routes';
import { bankFileSchema, learningGoalsFileSchema, type BankQuestion, type LearningGoal } from './quiz-schema';
import { readYamlFile } from './read-yaml-file';
import { nearest } from './suggest';

/** The validated quiz content: learning goals and the hand-written bank. */
export interface QuizContent { learningGoals: LearningGoal[]; bank: BankQuestion[] }

/**
 * Reads content/quiz/: learning-goals.yaml and every other *.yaml as bank questions, then checks
 * what one file cannot: unique question ids, learning goals that exist, answers that index an option,
 * incident links that resolve, and (given `targets`, from link-targets.ts) every other site link.
 */
export function readQuiz(contentDir: string, rel: (abs: string) => string, incidentIds: ReadonlySet<string>, targets?: ReadonlySet<string>): { quiz: QuizContent; problems: Problem[]; files: number } {
  const dir = path.join(contentDir, 'quiz');
  const problems: Problem[] = [];
  if (!fs.existsSync(dir)) return { quiz: { learningGoals: [], bank: [] }, problems, files: 0 };
  const names = fs.readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();

  const goalsAbs = path.join(dir, 'learning-goals.yaml');
  const goalsText = fs.existsSync(goalsAbs) ? fs.readFileSync(goalsAbs, 'utf8') : '';
  const goals = readYamlFile(rel(goalsAbs), goalsText, learningGoalsFileSchema, 'quiz', 'learning-goals');
  problems.push(...goals.problems);
  const learningGoals = goals.data?.goals ?? [];
  const goalIds = new Set(learningGoals.map((g) => g.id));
  learningGoals.forEach((g, i) =>
    g.pages.forEach((l, j) => {
      const dead = targets && deadLink(l.href, targets);
      if (!dead) return;
      const field = ['goals', i, 'pages', j, 'href'];
      problems.push(problem({ rule: 'quiz-link-unknown-page', file: rel(goalsAbs), ...goals.yaml.locate(field), collection: 'quiz', id: g.id, path: formatPath(field), ...dead }));
    }),
  );

  const bank: BankQuestion[] = [];
  const seen = new Map<string, string>();
  for (const name of names.filter((n) => n !== 'learning-goals.yaml')) {
    const abs = path.join(dir, name);
    const file = rel(abs);
    const result = readYamlFile(file, fs.readFileSync(abs, 'utf8'), bankFileSchema, 'quiz', path.basename(name, '.yaml'));
    problems.push(...result.problems);
    result.data?.questions.forEach((q, i) => {
      const at = (rule: RuleId, field: (string | number)[], expected: string, received: string, hint?: string) =>
        problems.push(problem({ rule, file, ...result.yaml.locate(['questions', i, ...field]), collection: 'quiz', id: q.id, path: formatPath(['questions', i, ...field]), expected, received, hint }));
      if (seen.has(q.id)) at('quiz-id-reused', ['id'], 'a question id used once across content/quiz/', JSON.stringify(q.id), `It is already used in ${seen.get(q.id)}.`);
      seen.set(q.id, file);
      q.learningGoals.forEach((g, j) => {
        if (!goalIds.has(g)) at('quiz-goal-unknown', ['learningGoals', j], 'a learning goal', JSON.stringify(g), `Learning goals are defined in content/quiz/learning-goals.yaml: ${[...goalIds].join(', ')}.`);
      });
      if (q.kind === 'single' && q.answer >= q.options.length) at('quiz-answer-range', ['answer'], `an option index from 0 to ${q.options.length - 1}`, String(q.answer));
      if (q.kind === 'multi') q.answers.forEach((a, j) => { if (a >= q.options.length) at('quiz-answer-range', ['answers', j], `an option index from 0 to ${q.options.length - 1}`, String(a)); });
      q.links.forEach((l, j) => {
        const id = l.href.startsWith(INCIDENTS) ? l.href.slice(INCIDENTS.length).split('/')[0] : undefined;
        if (id && !incidentIds.has(id)) at('quiz-link-unknown-incident', ['links', j, 'href'], 'a link to an existing incident', JSON.stringify(l.href));
        else {
          const dead = targets && deadLink(l.href, targets);
          if (dead) at('quiz-link-unknown-page', ['links', j, 'href'], dead.expected, dead.received, dead.hint);
        }
      });
      bank.push(q);
    });
  }
  return { quiz: { learningGoals, bank }, problems, files: names.length };
}

/** Why a site link does not resolve (unknown page, or a section its page lacks), or undefined when it does. */
function deadLink(href: string, targets: ReadonlySet<string>): { expected: string; received: string; hint?: string } | undefined {
  if (targets.has(href)) return undefined;
  const [page = '', anchor] = href.split('#');
  const pageKnown = targets.has(page);
  const near = nearest(href, [...targets].filter((t) => !pageKnown || t.startsWith(page)));
  return {
    expected: pageKnown ? `a section of ${page} that exists` : 'the path of a page of the site',
    received: pageKnown ? `the anchor ${JSON.stringify(`#${anchor ?? ''}`)}` : JSON.stringify(href),
    hint: near ? `Did you mean "${near}"?` : undefined,
  };
}
