import type { ReactNode } from 'react';
import Link from 'next/link';
import { getCorpus } from '@/lib/corpus';
import { idea, ideaQuizHref } from '@/lib/reliability/lecture-map';
import { incidentPath, learnPath } from '@/lib/routes';

/** The quiz topic's reader-facing name: "goal:latency" → the goal's name. */
export function topicName(topic: string): string {
  const { tax } = getCorpus();
  const [kind, id] = topic.split(':') as [string, string];
  const name = kind === 'goal' ? tax.goalById.get(id)?.name : tax.challengeById.get(id)?.name;
  if (!name) throw new Error(`lecture map: unknown quiz topic ${topic}`);
  return name;
}

/**
 * One lecture idea taught on a study page: a section whose anchor is the idea's id (the lecture map
 * links to it), the slide it comes from, the teaching, the corpus evidence and the quiz that drills it.
 */
export function IdeaSection({ id, children }: { id: string; children: ReactNode }) {
  const i = idea(id);
  const { incidentById } = getCorpus();
  return (
    <section id={i.id} aria-labelledby={`${i.id}-heading`} className="idea" data-idea={i.id}>
      <h2 id={`${i.id}-heading`}>{i.title}</h2>
      <p className="muted">Lecture slide: “{i.slide}”</p>
      {children}
      <h3>Evidence from the corpus</h3>
      <ul>
        {i.evidence.map((e) => {
          // The real corpus holds every cited incident (lecture-map.test.ts); a partial test corpus may not.
          const inc = incidentById.get(e.incident);
          if (!inc) return null;
          return (
            <li key={e.incident}>
              <Link href={incidentPath(inc.id)} prefetch={false}>
                {inc.title}
              </Link>{' '}
              — {e.why}
            </li>
          );
        })}
      </ul>
      <p>
        <Link href={ideaQuizHref(i)} prefetch={false}>
          Quiz yourself: {topicName(i.topic)}
        </Link>{' '}
        ·{' '}
        <Link href={`${learnPath('lecture')}#map-${i.id}`} prefetch={false}>
          On the lecture map
        </Link>
      </p>
    </section>
  );
}
