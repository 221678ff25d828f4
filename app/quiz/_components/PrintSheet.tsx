'use client';
import { grade } from '@/lib/quiz/grade';
import { MATHS_TEMPLATES, mathsQuestion } from '@/lib/quiz/maths';
import type { Question } from '@/lib/quiz/question';
import { cardIds, initialOrder, materialise } from '@/lib/quiz/round';

const LETTERS = 'ABCDEFGHIJ';

/** The answer key line for a question, from the same grader the quiz uses. */
function keyFor(q: Question): string {
  switch (q.kind) {
    case 'single':
      return LETTERS[q.answer]!;
    case 'multi':
      return q.answers.map((a) => LETTERS[a]).join(', ');
    case 'numeric':
      return grade(q, { kind: 'numeric', text: '' }).expected;
    default:
      return grade(q, { kind: 'order', order: [] }).expected;
  }
}

/** A printable sheet of every question on a topic (its cards, fetched, plus its maths), then the answer key. */
export function PrintSheet({
  questions: fixed,
  topic,
  topicLabel,
}: {
  questions: Question[];
  topic?: string;
  topicLabel: string;
}) {
  const seed = 'print';
  const pool = { questions: fixed, topics: [] };
  const ids = cardIds(pool, topic).filter(
    (id) => !id.startsWith('maths:') || MATHS_TEMPLATES.some((t) => id === `maths:${t}`),
  );
  const questions = ids.map((id) =>
    id.startsWith('maths:')
      ? mathsQuestion(id.slice(6) as (typeof MATHS_TEMPLATES)[number], seed)
      : materialise(pool, id, seed)!,
  );
  return (
    <div className="print-sheet">
      <h2>Question sheet: {topicLabel}</h2>
      <p className="no-print">
        <button type="button" onClick={() => window.print()}>
          Print this sheet
        </button>
      </p>
      <ol>
        {questions.map((q) => (
          <li key={q.id} className="print-question">
            {q.context && <p className="context">{q.context}</p>}
            <p>{q.prompt}</p>
            {(q.kind === 'single' || q.kind === 'multi') && (
              <ul className="letters">
                {q.options.map((o, i) => (
                  <li key={o}>
                    {LETTERS[i]}. {o}
                  </li>
                ))}
              </ul>
            )}
            {q.kind === 'order' && (
              <p>
                Put in order:{' '}
                {initialOrder(q, seed)
                  .map((i) => q.items[i])
                  .join(' · ')}
              </p>
            )}
            {q.kind === 'numeric' && <p>Answer: ________ {q.unit}</p>}
            {q.kind === 'recall' && <p>Answer: ____________________________________________</p>}
          </li>
        ))}
      </ol>
      <h2 className="answer-key">Answer key</h2>
      <ol>
        {questions.map((q) => (
          <li key={q.id}>
            <strong>{keyFor(q)}</strong> — {q.explanation}
          </li>
        ))}
      </ol>
    </div>
  );
}
