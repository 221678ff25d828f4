import type { Metadata } from 'next';
import { QuizLoader } from './_components/QuizLoader';

export const metadata: Metadata = { title: 'Quiz', description: 'Check that you know the goals and challenges of distributed systems, the availability maths and the fault types of real incidents — with spaced repetition.', alternates: { canonical: '/quiz/' } };

/** The self-quiz: quick rounds, topic rounds, spaced-repetition review and printable sheets. */
export default function QuizPage() {
  return (
    <>
      <h1>Quiz</h1>
      <QuizLoader />
    </>
  );
}
