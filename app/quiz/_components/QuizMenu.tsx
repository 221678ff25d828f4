'use client';
import { useId, useState } from 'react';
import type { Topic } from '@/lib/quiz/pool';
import type { Progress } from '@/lib/quiz/progress';
import type { QuizParams } from './QuizApp';

/** Topic options grouped as in the pool (learning goals, goals, challenges, …). */
function TopicOptions({ topics }: { topics: Topic[] }) {
  const groups = [...new Set(topics.map((t) => t.group))];
  return (
    <>
      {groups.map((g) => (
        <optgroup key={g} label={g}>
          {topics
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

// One formatter for the forecast's days: toLocaleDateString with options builds a new one on every
// call, and six of those were most of the menu's first render on a slow phone.
let dayFormat: Intl.DateTimeFormat | undefined;
const dayName = (d: Date) =>
  (dayFormat ??= new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short' })).format(d);

/** A past round's name: "Quick round", "Review", or its topic's name (the id only if the topic is gone). */
function roundName(topic: string, topicLabel: (id: string) => string | undefined): string {
  if (topic === 'quick') return 'Quick round';
  if (topic === 'review') return 'Review';
  return topicLabel(topic) ?? topic;
}

/** The quiz's start page: quick round, topic round, review with the due count, printable sheet. */
export function QuizMenu({
  topics,
  due,
  next,
  forecast,
  rounds,
  topicLabel,
  onStart,
}: {
  topics: Topic[];
  due: number;
  next?: Date;
  /** Cards due on each of the next 7 days (day 0 includes overdue cards). */
  forecast: { day: Date; count: number }[];
  rounds: Progress['rounds'];
  /** A topic's name for a topic id, undefined when unknown. */
  topicLabel: (id: string) => string | undefined;
  onStart: (p: QuizParams) => void;
}) {
  const id = useId();
  const [topic, setTopic] = useState(topics.find((t) => t.id === 'goal:availability')?.id ?? topics[0]?.id ?? '');
  const [printTopic, setPrintTopic] = useState(topic);
  return (
    <div className="quiz-menu">
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
            <TopicOptions topics={topics} />
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
          {due > 0
            ? `Review ${due} due ${due === 1 ? 'card' : 'cards'} now`
            : next
              ? `Nothing due — next card due ${next.toLocaleString()}`
              : 'Nothing to review yet'}
        </button>
        <h3 id={`${id}-forecast`}>Due in the next 7 days</h3>
        <table className="forecast" aria-labelledby={`${id}-forecast`}>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Cards due</th>
            </tr>
          </thead>
          <tbody>
            {forecast.map((f, i) => (
              <tr key={f.day.toISOString()}>
                <th scope="row">{i === 0 ? 'Today (and overdue)' : dayName(f.day)}</th>
                <td>{f.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
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
            <TopicOptions topics={topics} />
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
                  {new Date(r.at).toLocaleString()}: {roundName(r.topic, topicLabel)} — {Number(r.score.toFixed(2))} of{' '}
                  {r.total}
                </li>
              ))}
          </ul>
        </section>
      )}
    </div>
  );
}
