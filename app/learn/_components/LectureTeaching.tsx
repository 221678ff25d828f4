import Link from 'next/link';
import { ideaHref, ideasFor } from '@/lib/reliability/lecture-map';
import { learnPath } from '@/lib/routes';

/**
 * What the lecture teaches about one goal or challenge (topic "goal:<id>" or "challenge:<id>"): each
 * idea in a sentence, linked to the study section that teaches it in full. Renders nothing for a
 * topic without ideas.
 */
export function LectureTeaching({ topic }: { topic: string }) {
  const ideas = ideasFor(topic);
  if (ideas.length === 0) return null;
  return (
    <section aria-labelledby="lecture-teaching" className="lecture-teaching">
      <h2 id="lecture-teaching">What the lecture teaches</h2>
      <ul>
        {ideas.map((i) => (
          <li key={i.id}>
            <strong>{i.title}.</strong> {i.summary}{' '}
            <Link href={ideaHref(i)} prefetch={false}>
              Study “{i.title}”
            </Link>
          </li>
        ))}
      </ul>
      <p>
        <Link href={learnPath('lecture')} prefetch={false}>
          The whole lecture, idea by idea
        </Link>
      </p>
    </section>
  );
}
