import type { Metadata } from 'next';
import Link from 'next/link';
import { QuizLoader } from './_components/QuizLoader';
import { LEARN, QUIZ, learnPath } from '@/lib/routes';

export const metadata: Metadata = {
  title: 'Quiz',
  description:
    'Check that you know the goals and challenges of distributed systems, the availability maths and the fault types of real incidents — with spaced repetition.',
  alternates: { canonical: QUIZ },
};

/** The self-quiz: quick rounds, topic rounds, spaced-repetition review and printable sheets. */
export default function QuizPage() {
  return (
    <>
      <h1>Quiz</h1>
      {/* Rendered on the server, so the page has its text before the quiz's script runs. */}
      <p className="lede">
        Questions from a hand-written bank, from every incident in the corpus, and from the maths with fresh numbers
        each time. Every answer is explained, and every card you answer is scheduled for review.
      </p>
      <noscript>
        <p className="notice">
          The quiz runs in your browser and needs JavaScript: it builds rounds, grades answers and keeps your progress
          there. Without it, study the{' '}
          <Link href={LEARN} prefetch={false}>
            learning pages
          </Link>{' '}
          and the{' '}
          <Link href={learnPath('glossary')} prefetch={false}>
            glossary
          </Link>
          .
        </p>
      </noscript>
      <div className="quiz-app">
        <QuizLoader />
      </div>
    </>
  );
}
