import type { Metadata } from 'next';
import { pageMeta } from '@/lib/page-meta';
import Link from 'next/link';
import { distinctIncidents, getCorpus } from '@/lib/corpus';
import { countOf } from '@/lib/corpus/plural';
import { ABOUT_METHOD, FAULTS, faultPath } from '@/lib/routes';

export const metadata: Metadata = pageMeta({
  title: 'Fault taxonomy',
  description:
    'The 8 fault classes and 30 fault types Faultline tags incidents with, and how many incidents carry each.',
  path: FAULTS,
});

/** "(3)" on screen; "3 incidents" to a screen reader (a plain span cannot carry an aria-label). */
function Count({ n }: { n: number }) {
  return (
    <span className="count">
      <span aria-hidden="true">({n})</span>
      <span className="sr-only">{countOf(n, 'incident')}</span>
    </span>
  );
}

/** The taxonomy: classes with their types, each with its incident count. */
export default function FaultsPage() {
  const { tax, byFault } = getCorpus();
  return (
    <>
      <h1>Fault taxonomy</h1>
      <p className="lede">
        A fault is the adjudged cause of an error. Faultline sorts faults into 8 classes and 30 types; an incident
        carries several fault tags, each with a role — trigger, root or contributing.{' '}
        <Link href={ABOUT_METHOD} prefetch={false}>
          How tagging works
        </Link>
        .
      </p>
      <ul className="cards">
        {tax.classes.map((c) => (
          <li key={c.id}>
            <h2>
              <Link href={faultPath(c.id)} prefetch={false}>
                {c.name}
              </Link>{' '}
              <Count n={distinctIncidents(byFault.get(c.id)).length} />
            </h2>
            <p>{c.definition}</p>
            <ul>
              {c.types.map((t) => (
                <li key={t.id}>
                  <Link href={faultPath(t.id)} prefetch={false}>
                    {t.name}
                  </Link>{' '}
                  <Count n={distinctIncidents(byFault.get(t.id)).length} />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </>
  );
}
