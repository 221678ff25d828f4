import type { BankQuestion } from '../content/quiz-schema';
import type { Question } from './question';

/** A hand-written question as a quiz card (id bank:<id>), its topics including its learning goals. */
export function fromBank(q: BankQuestion): Question {
  const base = {
    id: `bank:${q.id}`,
    template: q.template,
    prompt: q.prompt,
    explanation: q.explanation,
    learningGoals: q.learningGoals,
    topics: [...new Set([...q.topics, ...q.learningGoals.map((g) => `learn:${g}`)])],
    links: q.links,
  };
  switch (q.kind) {
    case 'single':
      return { ...base, kind: 'single', options: q.options, answer: q.answer };
    case 'multi':
      return { ...base, kind: 'multi', options: q.options, answers: q.answers };
    case 'order':
      return { ...base, kind: 'order', items: q.items };
    case 'recall':
      return { ...base, kind: 'recall', items: q.items };
  }
}
