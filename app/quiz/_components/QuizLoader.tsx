'use client';
import dynamic from 'next/dynamic';

// The quiz lives in the URL and in localStorage, which only the browser has: render it client-side only.
const QuizApp = dynamic(() => import('./QuizApp').then((m) => m.QuizApp), {
  ssr: false,
  loading: () => <p>Loading the quiz…</p>,
});

/** The quiz, rendered in the browser only. */
export function QuizLoader() {
  return <QuizApp />;
}
