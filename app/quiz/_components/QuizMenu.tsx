'use client';
import { useId, useState } from 'react';
import type { Pool } from '@/lib/quiz/pool';
import type { Progress } from '@/lib/quiz/progress';
import type { QuizParams } from './QuizApp';

/** Topic options grouped as in the pool (learning goals, goals, challenges, …). */
function TopicOptions({ pool }: { pool: Pool }) {
  const groups = [...new Set(pool.topics.map((t) => t.group))];
  return (
    <>
      {groups.map((g) => (
        <optgroup key={g} label={g}>
          {pool.topics
            .filter((t) => t.group === g)
            .map((t) => (
              <option key={t.id} value={t.id}>
                {t.label} ({t.count})
              </option>
            ))}
        </optgroup>
      ))}
    </>
  );
}

/** The quiz's start page: quick round, topic round, review with the due count, printable sheet. */
export function QuizMenu({
  pool,
  due,
  next,
  rounds,
  onStart,
}: {
  pool: Pool;
  due: number;
  next?: Date;
  rounds: Progress['rounds'];
  onStart: (p: QuizParams) => void;
}) {
  const id = useId();
  const [topic, setTopic] = useState(
    pool.topics.find((t) => t.id === 'goal:availability')?.id ?? pool.topics[0]?.id ?? '',
  );
  const [printTopic, setPrintTopic] = useState(topic);
  return (
    <div className="quiz-menu">
      <p className="lede">
        Questions from a hand-written bank, from every incident in the corpus, and from the maths with fresh numbers
        each time. Every answer is explained, and every card you answer is scheduled for review.
      </p>
      <section aria-labelledby={`${id}-quick`}>
        <h2 id={`${id}-quick`}>Quick round</h2>
        <p>Ten questions from everything, with a score at the end.</p>
        <button type="button" onClick={() => onStart({ mode: 'quick' })}>
          Start a quick round
        </button>
      </section>
      <section aria-labelledby={`${id}-topic`}>
        <h2 id={`${id}-topic`}>Round by topic</h2>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            onStart({ topic });
          }}
        >
          <label htmlFor={`${id}-topic-select`}>Topic</label>{' '}
          <select id={`${id}-topic-select`} value={topic} onChange={(e) => setTopic(e.target.value)}>
            <TopicOptions pool={pool} />
          </select>{' '}
          <button type="submit">Start a round on this topic</button>
        </form>
        <p className="muted">
          A topic round can be shared as a link, for example <code>/quiz/?topic={topic}</code>.
        </p>
      </section>
      <section aria-labelledby={`${id}-review`}>
        <h2 id={`${id}-review`}>Review</h2>
        <p className="due-count">
          {due === 0 ? 'No cards are due for review.' : `${due} ${due === 1 ? 'card is' : 'cards are'} due for review.`}
          {due === 0 && next ? ` The next is due ${next.toLocaleString()}.` : ''}
        </p>
        <button type="button" onClick={() => onStart({ mode: 'review' })} disabled={due === 0}>
          Review due cards
        </button>
      </section>
      <section aria-labelledby={`${id}-print`}>
        <h2 id={`${id}-print`}>Printable sheet</h2>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            onStart({ mode: 'print', topic: printTopic });
          }}
        >
          <label htmlFor={`${id}-print-select`}>Topic</label>{' '}
          <select id={`${id}-print-select`} value={printTopic} onChange={(e) => setPrintTopic(e.target.value)}>
            <TopicOptions pool={pool} />
          </select>{' '}
          <button type="submit">Open the question sheet with answer key</button>
        </form>
      </section>
      {rounds.length > 0 && (
        <section aria-labelledby={`${id}-history`}>
          <h2 id={`${id}-history`}>Your last rounds</h2>
          <ul>
            {rounds
              .slice(-5)
              .reverse()
              .map((r) => (
                <li key={r.at}>
                  {new Date(r.at).toLocaleString()}: {r.topic} — {Number(r.score.toFixed(2))} of {r.total}
                </li>
              ))}
          </ul>
        </section>
      )}
    </div>
  );
}
