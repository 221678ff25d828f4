'use client';
import Link from 'next/link';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Grade as FsrsGrade } from 'ts-fsrs';
import { grade as gradeAnswer, isBlank, type Grade, type Response } from '@/lib/quiz/grade';
import type { Question } from '@/lib/quiz/question';
import { initialOrder } from '@/lib/quiz/round';
import { RATINGS, ratingFor } from '@/lib/quiz/schedule';

/** Whether option i of a choice question is one of its right answers. */
const isRight = (q: Question, i: number) =>
  q.kind === 'single' ? q.answer === i : q.kind === 'multi' ? q.answers.includes(i) : false;

/** The response of a learner who gives nothing, for grading "I don't know". */
function blankResponse(q: Question): Response {
  switch (q.kind) {
    case 'single':
      return { kind: 'single', choice: null };
    case 'multi':
      return { kind: 'multi', choices: [] };
    case 'order':
      return { kind: 'order', order: [] };
    default:
      return { kind: q.kind, text: '' };
  }
}

const UNIT_WORDS: Record<string, string> = {
  s: 'seconds',
  min: 'minutes',
  h: 'hours',
  d: 'days',
  '%': 'percent',
  nines: 'nines',
  probability: 'a probability such as 1e-6, or a percentage with %',
  '': '',
};

/**
 * One question: the input its kind needs, then feedback (right or wrong, each option marked, the
 * answer, the explanation, links). Number keys choose and Enter submits only while focus is inside
 * it; Enter with no answer asks for one and grades nothing. With `onRated` (a review) the learner
 * rates their recall (Again, Hard, Good, Easy) instead of moving on with Next.
 */
export function QuestionCard({
  q,
  seed,
  heading,
  onGraded,
  onNext,
  onRated,
  onSuspend,
  nextLabel,
}: {
  q: Question;
  seed: string;
  heading: string;
  onGraded: (g: Grade) => void;
  onNext: () => void;
  onRated?: (rating: FsrsGrade) => void;
  onSuspend?: () => void;
  nextLabel: string;
}) {
  const [asking, setAsking] = useState(false);
  const [dontKnow, setDontKnow] = useState(false);
  const [suspended, setSuspended] = useState(false);
  const [choice, setChoice] = useState<number | null>(null);
  const [choices, setChoices] = useState<number[]>([]);
  const [order, setOrder] = useState<number[]>(() => (q.kind === 'order' ? initialOrder(q, seed) : []));
  const [text, setText] = useState('');
  const [result, setResult] = useState<Grade | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const nextRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  useEffect(() => {
    if (result) nextRef.current?.focus();
  }, [result]);

  const response = (): Response => {
    switch (q.kind) {
      case 'single':
        return { kind: 'single', choice };
      case 'multi':
        return { kind: 'multi', choices };
      case 'order':
        return { kind: 'order', order };
      default:
        return { kind: q.kind, text };
    }
  };
  const submit = () => {
    if (result) return;
    const r = response();
    // No answer is not a wrong answer: ask for one, schedule nothing.
    if (isBlank(r)) {
      setAsking(true);
      return;
    }
    const g = gradeAnswer(q, r);
    setResult(g);
    onGraded(g);
  };
  const giveUp = () => {
    if (result) return;
    const g = { ...gradeAnswer(q, blankResponse(q)), score: 0, correct: false, note: 'You chose “I don’t know”.' };
    setDontKnow(true);
    setResult(g);
    onGraded(g);
  };
  const pick = (i: number) => {
    if (result) return;
    setAsking(false);
    if (q.kind === 'single') setChoice(i);
    if (q.kind === 'multi') setChoices((c) => (c.includes(i) ? c.filter((x) => x !== i) : [...c, i]));
  };
  const name = `q-${q.id}`;
  const moveId = (item: number, dir: 'up' | 'down') => `${name}-move-${item}-${dir}`;
  // What the last move did, for screen readers; and which button to focus after it, because the
  // button just used is disabled when its item reaches the top or bottom (focus would fall to <body>).
  const [moved, setMoved] = useState('');
  const focusAfterMove = useRef<string | null>(null);
  useEffect(() => {
    if (focusAfterMove.current) document.getElementById(focusAfterMove.current)?.focus();
    focusAfterMove.current = null;
  }, [order]);
  const move = (pos: number, by: number) => {
    const to = pos + by;
    if (q.kind !== 'order' || to < 0 || to >= order.length) return;
    const n = [...order];
    [n[pos], n[to]] = [n[to]!, n[pos]!];
    const item = n[to]!;
    const atEdge = to === 0 || to === n.length - 1;
    const dir = by < 0 ? 'up' : 'down';
    focusAfterMove.current = moveId(item, atEdge ? (dir === 'up' ? 'down' : 'up') : dir);
    setOrder(n);
    setMoved(`${q.items[item]} moved to position ${to + 1} of ${n.length}.`);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const tag = (e.target as HTMLElement).tagName;
    const typing = tag === 'TEXTAREA' || (tag === 'INPUT' && (e.target as HTMLInputElement).type === 'text');
    // In a review, once the answer is shown, keys 1–4 rate recall as Again, Hard, Good, Easy.
    if (result && onRated && /^[1-4]$/.test(e.key) && !typing) {
      e.preventDefault();
      onRated(RATINGS[Number(e.key) - 1]!.rating);
      return;
    }
    if (/^[1-9]$/.test(e.key) && !typing && (q.kind === 'single' || q.kind === 'multi')) {
      const i = Number(e.key) - 1;
      if (i < q.options.length) {
        e.preventDefault();
        pick(i);
      }
      return;
    }
    if (e.key !== 'Enter' || ['BUTTON', 'A', 'SELECT'].includes(tag)) return;
    if (tag === 'TEXTAREA' && !(e.ctrlKey || e.metaKey)) return;
    e.preventDefault();
    if (!result) submit();
    else if (!onRated) onNext();
  };

  return (
    <div className="question" onKeyDown={onKeyDown}>
      <h2 ref={headingRef} tabIndex={-1}>
        {heading}
      </h2>
      {q.context && <blockquote className="context">{q.context}</blockquote>}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <fieldset disabled={!!result}>
          <legend>{q.prompt}</legend>
          {(q.kind === 'single' || q.kind === 'multi') && (
            <ol className="options">
              {q.options.map((o, i) => (
                <li key={o} className={result ? (isRight(q, i) ? 'is-right' : 'is-wrong') : undefined}>
                  <label>
                    <input
                      type={q.kind === 'single' ? 'radio' : 'checkbox'}
                      name={name}
                      checked={q.kind === 'single' ? choice === i : choices.includes(i)}
                      onChange={() => pick(i)}
                    />{' '}
                    <span className="key" aria-hidden="true">
                      {i + 1}
                    </span>{' '}
                    {o}
                  </label>
                  {result && (
                    <span className="mark">
                      {isRight(q, i) ? ' ✓ correct' : ' ✗ incorrect'}
                      {(q.kind === 'single' ? choice === i : choices.includes(i)) ? ' (your choice)' : ''}
                    </span>
                  )}
                </li>
              ))}
            </ol>
          )}
          {q.kind === 'order' && (
            <>
              <ol className="order">
                {order.map((item, pos) => (
                  <li key={q.items[item]}>
                    <span>{q.items[item]}</span>{' '}
                    <button
                      type="button"
                      id={moveId(item, 'up')}
                      onClick={() => move(pos, -1)}
                      disabled={pos === 0 || !!result}
                      aria-label={`Move ${q.items[item]} up`}
                    >
                      ↑
                    </button>{' '}
                    <button
                      type="button"
                      id={moveId(item, 'down')}
                      onClick={() => move(pos, 1)}
                      disabled={pos === order.length - 1 || !!result}
                      aria-label={`Move ${q.items[item]} down`}
                    >
                      ↓
                    </button>
                  </li>
                ))}
              </ol>
              <p className="sr-only" role="status">
                {moved}
              </p>
            </>
          )}
          {q.kind === 'recall' && (
            <p>
              <label htmlFor={`${name}-text`}>
                Your answer, one item per line or separated by commas (Ctrl+Enter submits)
              </label>
              <br />
              <textarea
                id={`${name}-text`}
                rows={5}
                value={text}
                onChange={(e) => {
                  setText(e.target.value);
                  setAsking(false);
                }}
              />
            </p>
          )}
          {q.kind === 'numeric' && (
            <p>
              <label htmlFor={`${name}-num`}>Your answer{q.unit ? ` (in ${UNIT_WORDS[q.unit]})` : ''}</label>{' '}
              <input
                id={`${name}-num`}
                type="text"
                inputMode="decimal"
                autoComplete="off"
                value={text}
                onChange={(e) => {
                  setText(e.target.value);
                  setAsking(false);
                }}
                size={14}
              />
              {q.unit && <span aria-hidden="true"> {q.unit}</span>}
            </p>
          )}
          <button type="submit">Submit answer</button>{' '}
          <button type="button" onClick={giveUp}>
            I don’t know
          </button>
          {asking && !result && (
            <p role="alert" className="ask">
              {q.kind === 'single' || q.kind === 'multi'
                ? 'Choose an answer first, or press “I don’t know”.'
                : 'Type an answer first, or press “I don’t know”.'}
            </p>
          )}
        </fieldset>
      </form>
      <div role="status" aria-live="polite" className="feedback-region">
        {result && (
          <div className={`feedback ${result.correct ? 'right' : result.score > 0 ? 'partial' : 'wrong'}`}>
            <p className="verdict">
              <strong>
                {result.correct
                  ? 'Right.'
                  : result.score > 0
                    ? `Partly right (${Math.round(result.score * 100)}%).`
                    : 'Wrong.'}
              </strong>{' '}
              Correct answer: {result.expected}
            </p>
            {result.note && <p>{result.note}</p>}
            <p>{q.explanation}</p>
            {q.links.length > 0 && (
              <p>
                Read more:{' '}
                {q.links.map((l, i) => (
                  <span key={l.href}>
                    {i > 0 && ' · '}
                    <Link href={l.href} prefetch={false}>
                      {l.label}
                    </Link>
                  </span>
                ))}
              </p>
            )}
          </div>
        )}
      </div>
      {result && onRated && (
        <div role="group" aria-labelledby={`${name}-rate`} className="ratings">
          <p id={`${name}-rate`}>
            How well did you recall it? This sets when you see the card again
            {dontKnow
              ? ''
              : ` (your answer suggests ${RATINGS.find((x) => x.rating === ratingFor(result.score))!.label})`}
            .
          </p>
          {RATINGS.map((x, i) => (
            <button
              key={x.label}
              ref={x.rating === (dontKnow ? RATINGS[0].rating : ratingFor(result.score)) ? nextRef : undefined}
              type="button"
              onClick={() => onRated(x.rating)}
            >
              {x.label} <span className="muted">— {x.hint}</span>
              <span className="sr-only"> (key {i + 1})</span>
            </button>
          ))}
        </div>
      )}
      {result && !onRated && (
        <button ref={nextRef} type="button" onClick={onNext}>
          {nextLabel}
        </button>
      )}
      {result && onSuspend && (
        <p className="suspend">
          {suspended ? (
            <span role="status">
              Suspended: this card will not be asked again. You can bring suspended cards back under “Your progress” on
              the quiz menu.
            </span>
          ) : (
            <button
              type="button"
              onClick={() => {
                setSuspended(true);
                onSuspend();
              }}
            >
              Suspend this card (I think it is wrong)
            </button>
          )}
        </p>
      )}
    </div>
  );
}
