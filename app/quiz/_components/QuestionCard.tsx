'use client';
import Link from 'next/link';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { grade as gradeAnswer, type Grade, type Response } from '@/lib/quiz/grade';
import type { Question } from '@/lib/quiz/question';
import { initialOrder } from '@/lib/quiz/round';

const UNIT_WORDS: Record<string, string> = {
  s: 'seconds',
  min: 'minutes',
  h: 'hours',
  d: 'days',
  '%': 'percent',
  nines: 'nines',
  '': '',
};

/**
 * One question: the input its kind needs, then feedback (right or wrong, the answer, the
 * explanation, links). Number keys choose and Enter submits only while focus is inside it.
 */
export function QuestionCard({
  q,
  seed,
  heading,
  onGraded,
  onNext,
  nextLabel,
}: {
  q: Question;
  seed: string;
  heading: string;
  onGraded: (g: Grade) => void;
  onNext: () => void;
  nextLabel: string;
}) {
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
    const g = gradeAnswer(q, response());
    setResult(g);
    onGraded(g);
  };
  const pick = (i: number) => {
    if (result) return;
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
    if (result) onNext();
    else submit();
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
                <li key={o}>
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
              <textarea id={`${name}-text`} rows={5} cols={50} value={text} onChange={(e) => setText(e.target.value)} />
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
                onChange={(e) => setText(e.target.value)}
                size={14}
              />
              {q.unit && <span aria-hidden="true"> {q.unit}</span>}
            </p>
          )}
          <button type="submit">Submit answer</button>
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
      {result && (
        <button ref={nextRef} type="button" onClick={onNext}>
          {nextLabel}
        </button>
      )}
    </div>
  );
}
