import type { Metadata } from 'next';
import Link from 'next/link';
import { getCorpus } from '@/lib/corpus';
import { incidentsOfKind, kindsWithoutIncidents, LECTURE_FAULT_KINDS } from '@/lib/reliability/fault-kinds';
import { IdeaSection } from '../_components/IdeaSection';
import { FAULTS, faultPath, goalPath, incidentPath, learnPath } from '@/lib/routes';

/** How many incidents each fault kind lists (the newest): the page stays small as the corpus grows. */
const KIND_EXAMPLES = 8;

export const metadata: Metadata = {
  title: 'Fault tolerance and the faults to expect',
  description:
    'Fault tolerance as defined behaviour once faults occur; why you name the faults you expect first; and the lecture’s fault kinds — disks, networking, power supplies, security, power cuts, datacenters — each with the incidents of the corpus.',
  alternates: { canonical: learnPath('fault-tolerance') },
};

/** Fault tolerance: the lecture's fifth goal, and its list of fault kinds matched against the corpus. */
export default function FaultTolerancePage() {
  const { incidents, tax } = getCorpus();
  const missing = kindsWithoutIncidents(incidents);
  return (
    <>
      <h1>Fault tolerance and the faults to expect</h1>
      <p className="lede">What it means to tolerate faults, and which faults a distributed system should expect.</p>

      <IdeaSection id="fault-tolerance-definition">
        <p>
          A system is <strong>fault tolerant</strong> when, once some of its parts develop faults, it still behaves in a
          way its designers defined in advance — it keeps serving, serves less, or stops safely, but it does not do
          something nobody planned for. Fault tolerance is the behaviour;{' '}
          <Link href={learnPath('availability')} prefetch={false}>
            availability
          </Link>{' '}
          is one outcome it protects.
        </p>
        <p>
          That definition has a consequence the lecture stresses: <strong>decide which faults you expect first</strong>,
          then design for them. A fault nobody considered gets no defined behaviour, so it cannot be tolerated except by
          luck. Write the list down — disks, links, power, people, attackers, whole sites — and for each one say what
          the system will do.
        </p>
        <p>
          See the{' '}
          <Link href={goalPath('fault-tolerance')} prefetch={false}>
            incidents where fault tolerance failed
          </Link>{' '}
          and the{' '}
          <Link href={learnPath('fault-error-failure')} prefetch={false}>
            fault → error → failure chain
          </Link>
          .
        </p>
      </IdeaSection>

      <IdeaSection id="fault-kinds">
        <p>
          The lecture lists six kinds of fault to plan for. Each is matched below against Faultline’s{' '}
          <Link href={FAULTS} prefetch={false}>
            fault types
          </Link>
          , and the incidents listed are computed from the corpus.
        </p>
        {LECTURE_FAULT_KINDS.map((k) => {
          const list = incidentsOfKind(k, incidents);
          const types = k.faultTypes.map((t) => tax.typeById.get(t)?.name ?? t);
          return (
            <div key={k.id} id={`kind-${k.id}`} className="fault-kind">
              <h3>{k.name}</h3>
              <p>{k.plan}</p>
              <p className="muted">
                Counted as this kind:{' '}
                {[
                  ...types.map((t) => `fault type “${t}”`),
                  ...(k.scopes ?? []).map((s) => `incidents whose scope is a whole ${s.replace(/-or-/g, ' or ')}`),
                ].join(', ')}
                .
              </p>
              {list.length > 0 ? (
                <>
                  {list.length > KIND_EXAMPLES && (
                    <p>
                      The {KIND_EXAMPLES} newest of {list.length} incidents of this kind.
                      {k.faultTypes.length > 0 && (
                        <>
                          {' '}
                          More on the pages of its fault types:{' '}
                          {k.faultTypes.map((t, n) => (
                            <span key={t}>
                              {n > 0 && ', '}
                              <Link href={faultPath(t)} prefetch={false}>
                                {tax.typeById.get(t)?.name ?? t}
                              </Link>
                            </span>
                          ))}
                          .
                        </>
                      )}
                    </p>
                  )}
                  <ul>
                    {list.slice(0, KIND_EXAMPLES).map((i) => (
                      <li key={i.id}>
                        <Link href={incidentPath(i.id)} prefetch={false}>
                          {i.title}
                        </Link>
                      </li>
                    ))}
                  </ul>
                </>
              ) : (
                <p>
                  <strong>No incident of this kind in the corpus yet.</strong>
                </p>
              )}
            </div>
          );
        })}
        {missing.length > 0 && (
          <p>
            Still without an incident: {missing.map((k) => k.name.toLowerCase()).join('; ')}. The corpus grows; this
            list is computed on every build.
          </p>
        )}
      </IdeaSection>
    </>
  );
}
