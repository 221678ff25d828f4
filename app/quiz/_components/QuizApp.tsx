'use client';
import { startTransition, useCallback, useEffect, useMemo, useState } from 'react';
import type { Grade as FsrsGrade } from 'ts-fsrs';
import type { Grade } from '@/lib/quiz/grade';
import { MATHS_TOPICS } from '@/lib/quiz/maths';
import type { Pool } from '@/lib/quiz/pool';
import { cardFileName, groupOf, type PoolIndex } from '@/lib/quiz/pool-files';
import type { Question } from '@/lib/quiz/question';
import { resumable, ROUND_KEY, type RoundState } from '@/lib/quiz/resume';
import { cardIds, materialise, newSeed, pickRound, reviewRound } from '@/lib/quiz/round';
import { dueCards, dueForecast, nextDue, rate, review, suspend } from '@/lib/quiz/schedule';
import { PrintSheet } from './PrintSheet';
import { ProgressTools } from './ProgressTools';
import { QuestionCard } from './QuestionCard';
import { QuizMenu } from './QuizMenu';
import { useProgress } from './useProgress';
import { quizCardsPath, withBase } from '@/lib/routes';

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
const base = process.env.NEXT_PUBLIC_BASE_PATH ?? '';
const MATHS_IDS = Object.keys(MATHS_TOPICS);

/** Fetches quiz files (lib/quiz/pool-files.ts) once each; what they hold is merged by card id. */
const cache = new Map<string, Promise<unknown>>();
function fetchFile<T>(key: string): Promise<T> {
  const name = key === 'index' ? 'index.json' : cardFileName(key);
  if (!cache.has(name))
    cache.set(
      name,
      fetch(withBase(quizCardsPath(name), base)).then((r) =>
        r.ok ? r.json() : Promise.reject(new Error(String(r.status))),
      ),
    );
  return cache.get(name) as Promise<T>;
}

function readRound(round: string): RoundState | undefined {
  try {
    return resumable(window.localStorage.getItem(ROUND_KEY), round);
  } catch {
    return undefined;
  }
}
function writeRound(state: RoundState | null) {
  try {
    if (state) window.localStorage.setItem(ROUND_KEY, JSON.stringify(state));
    else window.localStorage.removeItem(ROUND_KEY);
  } catch {
    /* storage unavailable: the round simply does not survive a reload */
  }
}

/** A round being played: its cards (ids, questions loaded), scores so far, and the card on screen. */
interface Play {
  key: string;
  ids: string[];
  questions: Question[];
  scores: number[];
  index: number;
}

/** The quiz: reads the round from the URL, fetches only the cards it needs, runs rounds and keeps progress. */
export function QuizApp() {
  const [index, setIndex] = useState<PoolIndex | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [params, setParams] = useState<QuizParams>(() => {
    const p = readParams();
    // A round without a seed gets one now (written back to the URL below) so it can be shared and
    // resumed; a review gets one too, so its maths cards get fresh numbers.
    if ((p.topic || p.mode === 'quick' || p.mode === 'review') && p.mode !== 'print' && !p.seed) p.seed = newSeed();
    return p;
  });
  const [play, setPlay] = useState<Play | null>(null);
  const [sheet, setSheet] = useState<{ key: string; questions: Question[] } | null>(null);
  const { progress, save, notice, setNotice } = useProgress();

  useEffect(() => {
    window.history.replaceState(null, '', toSearch(params));
    fetchFile<PoolIndex>('index')
      // The menu (two lists of every topic) renders as a transition: in slices that yield to the
      // browser rather than one long task.
      .then((i) => startTransition(() => setIndex(i)))
      .catch(() => setLoadError('The questions could not be loaded. Reload the page to try again.'));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on mount
  }, []);

  const existing = useMemo(() => new Set([...(index?.ids ?? []), ...MATHS_IDS]), [index]);
  const knownTopic = (t: string | undefined) => !t || t === 'maths' || !!index?.topics.some((x) => x.id === t);

  // Sets up the round the URL names: resumes it if it was under way in this browser, else draws it.
  useEffect(() => {
    if (!index) return;
    const key = toSearch(params);
    let cancelled = false;
    if (!params.mode && !params.topic) return;
    if (!knownTopic(params.topic) || (params.mode === 'print' && !params.topic)) return;
    const topicQuestions = (t: string) =>
      t === 'maths' ? Promise.resolve([] as Question[]) : fetchFile<Question[]>(t);
    const load = async () => {
      if (params.mode === 'print') {
        const qs = await topicQuestions(params.topic ?? 'maths');
        if (!cancelled) setSheet({ key, questions: qs });
        return;
      }
      const stored = readRound(key);
      let ids: string[];
      let questions: Question[];
      if (stored) ids = stored.ids;
      else if (params.topic) ids = [];
      else if (params.mode === 'review') ids = reviewRound(dueCards(progress, new Date(), existing));
      else ids = pickRound([...(index.ids ?? []), ...MATHS_IDS], params.seed ?? 'quick');
      if (params.topic && !stored) {
        questions = await topicQuestions(params.topic);
        const pool: Pool = { questions, topics: index.topics };
        ids = pickRound(cardIds(pool, params.topic), params.seed ?? 'topic');
      } else {
        const groups = [...new Set(ids.filter((id) => !id.startsWith('maths:')).map(groupOf))];
        questions = (await Promise.all(groups.map((g) => fetchFile<Question[]>(g)))).flat();
      }
      // A new round leaves out suspended cards and cards no longer in the pool.
      if (!stored) ids = ids.filter((id) => existing.has(id) && !progress.suspended.includes(id));
      const scores = stored?.scores ?? [];
      if (!stored) writeRound({ round: key, ids, scores });
      if (!cancelled) setPlay({ key, ids, questions, scores, index: scores.length });
    };
    load().catch(() => !cancelled && setLoadError('The questions could not be loaded. Reload the page to try again.'));
    return () => {
      cancelled = true;
    };
    // Progress is read when a round starts, not followed: answering must not redraw the round.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [index, params]);

  // Back and Forward replay the URL.
  useEffect(() => {
    const onPop = () => setParams(readParams());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const go = useCallback((p: QuizParams) => {
    const next = { ...p, seed: p.mode === 'print' ? undefined : (p.seed ?? newSeed()) };
    if (!next.mode && !next.topic) delete next.seed;
    window.history.pushState(null, '', toSearch(next));
    setParams(next);
  }, []);

  if (loadError) return <p role="alert">{loadError}</p>;
  if (!index) return <p aria-live="polite">Loading the questions…</p>;

  const topicLabel = (t: string | undefined) =>
    t === 'maths' ? 'All the maths' : t ? index.topics.find((x) => x.id === t)?.label : undefined;
  const noticeBox = notice && (
    <div className="notice" role="alert">
      <p>{notice}</p>
      <button type="button" onClick={() => setNotice(undefined)}>
        Dismiss
      </button>
    </div>
  );
  const back = (
    <button type="button" onClick={() => go({})}>
      Back to the quiz menu
    </button>
  );
  const now = new Date();

  if (!params.mode && !params.topic) {
    return (
      <>
        {noticeBox}
        <QuizMenu
          topics={index.topics}
          due={dueCards(progress, now, existing).length}
          next={nextDue(progress, now, existing)}
          forecast={dueForecast(progress, now, existing)}
          rounds={progress.rounds}
          topicLabel={topicLabel}
          onStart={go}
        />
        <ProgressTools progress={progress} onReplace={save} />
      </>
    );
  }
  if (!knownTopic(params.topic) || (params.mode === 'print' && !params.topic))
    return (
      <>
        <h2>Unknown topic</h2>
        <p role="alert">
          {params.topic
            ? `There is no quiz topic “${params.topic}”. The link may be mistyped or out of date; choose a topic from the quiz menu.`
            : 'A question sheet needs a topic; choose one from the quiz menu.'}
        </p>
        {back}
      </>
    );
  // State left from another round or sheet (before Back, or a new start) is not this one's.
  const currentKey = toSearch(params);
  if (params.mode === 'print')
    return sheet?.key === currentKey ? (
      <>
        {noticeBox}
        <p className="no-print">{back}</p>
        <PrintSheet
          questions={sheet.questions}
          topic={params.topic}
          topicLabel={topicLabel(params.topic) ?? params.topic!}
        />
      </>
    ) : (
      <p aria-live="polite">Loading the sheet…</p>
    );
  if (!play || play.key !== currentKey) return <p aria-live="polite">Loading the round…</p>;

  const title =
    params.mode === 'review'
      ? 'Review of due cards'
      : params.topic
        ? `Round: ${topicLabel(params.topic)}`
        : 'Quick round';
  const pool: Pool = { questions: play.questions, topics: index.topics };
  if (play.ids.length === 0) {
    const next = nextDue(progress, now, existing);
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
  const total = play.scores.reduce((a, b) => a + b, 0);
  if (play.index >= play.ids.length) {
    return (
      <>
        {noticeBox}
        <h2 tabIndex={-1}>{title}: finished</h2>
        <p className="score" role="status">
          Your score: {Number(total.toFixed(2))} out of {play.scores.length}.
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
  const id = play.ids[play.index]!;
  const q = materialise(pool, id, params.seed ?? 'round');
  const advance = () => setPlay((p) => p && { ...p, index: p.index + 1 });
  if (!q)
    return (
      <>
        <p>This card is no longer in the quiz (it was changed or removed since the round began).</p>
        <button type="button" onClick={advance}>
          Skip it
        </button>
      </>
    );
  const isReview = params.mode === 'review';
  const finishRound = (scores: number[], p: typeof progress) =>
    scores.length === play.ids.length
      ? {
          ...p,
          rounds: [
            ...p.rounds,
            {
              at: new Date().toISOString(),
              topic: params.topic ?? params.mode ?? 'quick',
              score: scores.reduce((a, b) => a + b, 0),
              total: scores.length,
            },
          ].slice(-50),
        }
      : p;
  const onGraded = (g: Grade) => {
    const scores = [...play.scores, g.score];
    writeRound({ round: play.key, ids: play.ids, scores });
    setPlay({ ...play, scores });
    // A round schedules by score; a review waits for the learner's own rating.
    save(finishRound(scores, isReview ? progress : review(progress, q.id, g.score, new Date())));
  };
  const onRated = (rating: FsrsGrade) => {
    save(rate(progress, q.id, rating, new Date()));
    advance();
  };
  return (
    <>
      {noticeBox}
      <p className="round-title">
        <strong>{title}</strong> · score so far {Number(total.toFixed(2))} of {play.scores.length} · {back}
      </p>
      <QuestionCard
        key={`${play.key}-${play.index}-${q.id}`}
        q={q}
        seed={params.seed ?? 'round'}
        heading={`Question ${play.index + 1} of ${play.ids.length}`}
        onGraded={onGraded}
        onNext={advance}
        onRated={isReview ? onRated : undefined}
        onSuspend={() => save(suspend(progress, q.id))}
        nextLabel={play.index + 1 < play.ids.length ? 'Next question' : 'See your score'}
      />
    </>
  );
}
