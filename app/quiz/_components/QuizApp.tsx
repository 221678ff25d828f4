'use client';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Grade } from '@/lib/quiz/grade';
import type { Pool } from '@/lib/quiz/pool';
import type { Progress } from '@/lib/quiz/progress';
import { cardIds, materialise, newSeed, pickRound } from '@/lib/quiz/round';
import { dueCards, nextDue, review } from '@/lib/quiz/schedule';
import { PrintSheet } from './PrintSheet';
import { ProgressTools } from './ProgressTools';
import { QuestionCard } from './QuestionCard';
import { QuizMenu } from './QuizMenu';
import { useProgress } from './useProgress';

/** What the URL says: a shareable description of the round. */
export interface QuizParams {
  mode?: 'quick' | 'review' | 'print';
  topic?: string;
  seed?: string;
}

const readParams = (): QuizParams => {
  const s = new URLSearchParams(window.location.search);
  const mode = s.get('mode');
  return {
    mode: mode === 'quick' || mode === 'review' || mode === 'print' ? mode : undefined,
    topic: s.get('topic') ?? undefined,
    seed: s.get('seed') ?? undefined,
  };
};
const toSearch = (p: QuizParams) => {
  const s = new URLSearchParams();
  if (p.mode) s.set('mode', p.mode);
  if (p.topic) s.set('topic', p.topic);
  if (p.seed) s.set('seed', p.seed);
  const q = s.toString().replaceAll('%3A', ':');
  return q ? `?${q}` : window.location.pathname;
};

/** The quiz: reads the round from the URL, fetches the pool, runs rounds and keeps progress. */
export function QuizApp() {
  const [pool, setPool] = useState<Pool | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [params, setParams] = useState<QuizParams>(() => {
    const p = readParams();
    // A round without a seed gets one now (written back to the URL below) so it can be shared.
    if ((p.topic || p.mode === 'quick') && p.mode !== 'print' && p.mode !== 'review' && !p.seed) p.seed = newSeed();
    return p;
  });
  const [index, setIndex] = useState(0);
  const [scores, setScores] = useState<number[]>([]);
  // Review cards are fixed when the review starts, so answering one does not reshuffle the round.
  const [reviewIds, setReviewIds] = useState<string[]>([]);
  const { progress, save, notice, setNotice } = useProgress();
  const startReview = useCallback(
    (p: Pool, from: Progress) => setReviewIds(dueCards(from, new Date(), new Set(cardIds(p))).slice(0, 20)),
    [],
  );

  useEffect(() => {
    window.history.replaceState(null, '', toSearch(params));
    fetch(`${process.env.NEXT_PUBLIC_BASE_PATH ?? ''}/quiz/pool.json`)
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
      .then((data: Pool) => {
        setPool(data);
        startReview(data, progress);
      })
      .catch(() => setLoadError('The questions could not be loaded. Reload the page to try again.'));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on mount
  }, []);

  // Back and Forward replay the URL. Re-subscribed as progress changes so that going Back into a
  // review picks the cards due now, not the ones that were due when the last review started.
  useEffect(() => {
    const onPop = () => {
      const next = readParams();
      if (next.mode === 'review' && pool) startReview(pool, progress);
      setParams(next);
      setIndex(0);
      setScores([]);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [pool, progress, startReview]);

  const go = useCallback(
    (p: QuizParams) => {
      const next = { ...p, seed: p.mode === 'review' || p.mode === 'print' ? p.seed : (p.seed ?? newSeed()) };
      if (!next.mode && !next.topic) delete next.seed;
      window.history.pushState(null, '', toSearch(next));
      if (next.mode === 'review' && pool) startReview(pool, progress);
      setParams(next);
      setIndex(0);
      setScores([]);
    },
    [pool, progress, startReview],
  );

  const existing = useMemo(() => new Set(pool ? cardIds(pool) : []), [pool]);

  if (loadError) return <p role="alert">{loadError}</p>;
  if (!pool) return <p aria-live="polite">Loading the questions…</p>;

  const topicLabel = params.topic ? (pool.topics.find((t) => t.id === params.topic)?.label ?? params.topic) : undefined;
  const noticeBox = notice && (
    <div className="notice" role="alert">
      <p>{notice}</p>
      <button type="button" onClick={() => setNotice(undefined)}>
        Dismiss
      </button>
    </div>
  );
  const tools = <ProgressTools progress={progress} onReplace={save} />;

  if (params.mode === 'print')
    return (
      <>
        {noticeBox}
        <PrintSheet pool={pool} topic={params.topic} topicLabel={topicLabel} />
      </>
    );
  if (!params.mode && !params.topic) {
    return (
      <>
        {noticeBox}
        <QuizMenu
          pool={pool}
          due={dueCards(progress, new Date(), existing).length}
          next={nextDue(progress, new Date(), existing)}
          rounds={progress.rounds}
          onStart={go}
        />
        {tools}
      </>
    );
  }

  const seed = params.seed ?? 'review';
  const ids = (params.mode === 'review' ? reviewIds : pickRound(cardIds(pool, params.topic), seed)).filter((id) =>
    existing.has(id),
  );
  const title = params.mode === 'review' ? 'Review of due cards' : topicLabel ? `Round: ${topicLabel}` : 'Quick round';
  const back = (
    <button type="button" onClick={() => go({})}>
      Back to the quiz menu
    </button>
  );

  if (ids.length === 0) {
    const next = nextDue(progress, new Date(), existing);
    return (
      <>
        {noticeBox}
        <h2>{title}</h2>
        <p>
          {params.mode === 'review'
            ? `No cards are due.${next ? ` The next one is due ${next.toLocaleString()}.` : ' Answer some questions first: every card you answer is scheduled for review.'}`
            : 'No questions match this topic.'}
        </p>
        {back}
      </>
    );
  }
  if (index >= ids.length) {
    const total = scores.reduce((a, b) => a + b, 0);
    return (
      <>
        {noticeBox}
        <h2 tabIndex={-1}>{title}: finished</h2>
        <p className="score" role="status">
          Your score: {Number(total.toFixed(2))} out of {ids.length}.
        </p>
        <p>
          <button type="button" onClick={() => go({ ...params, seed: undefined })}>
            Another round like this
          </button>{' '}
          {back}
        </p>
      </>
    );
  }
  const q = materialise(pool, ids[index]!, seed);
  if (!q) return null;
  const onGraded = (g: Grade) => {
    const now = new Date();
    let next = review(progress, q.id, g.score, now);
    const nextScores = [...scores, g.score];
    if (nextScores.length === ids.length) {
      next = {
        ...next,
        rounds: [
          ...next.rounds,
          {
            at: now.toISOString(),
            topic: params.topic ?? params.mode ?? 'quick',
            score: nextScores.reduce((a, b) => a + b, 0),
            total: ids.length,
          },
        ].slice(-50),
      };
    }
    setScores(nextScores);
    save(next);
  };
  return (
    <>
      {noticeBox}
      <p className="round-title">
        <strong>{title}</strong> · score so far {Number(scores.reduce((a, b) => a + b, 0).toFixed(2))} of{' '}
        {scores.length} · {back}
      </p>
      <QuestionCard
        key={`${seed}-${index}-${q.id}`}
        q={q}
        seed={seed}
        heading={`Question ${index + 1} of ${ids.length}`}
        onGraded={onGraded}
        onNext={() => setIndex(index + 1)}
        nextLabel={index + 1 < ids.length ? 'Next question' : 'See your score'}
      />
    </>
  );
}
