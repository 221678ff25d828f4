import type { Metadata } from 'next';
import Link from 'next/link';
import { getCorpus } from '@/lib/corpus';
import { chainExample } from '@/lib/corpus/correlated';
import { FAULTS, faultPath, incidentPath, learnPath, quizPath } from '@/lib/routes';

export const metadata: Metadata = {
  title: 'Fault, error, failure',
  description:
    'The dependability chain — fault → error → failure — defined after Avizienis et al. and walked through a real incident.',
  alternates: { canonical: learnPath('fault-error-failure') },
};

/** The fault → error → failure chain, its recursion, and one incident walked through it. */
export default function FaultErrorFailurePage() {
  const { incidents, tax } = getCorpus();
  const ex = chainExample(incidents);
  const typeName = (id: string) => tax.typeById.get(id)?.name ?? id;
  const tags = (role: string) => ex?.faults.filter((f) => f.role === role) ?? [];
  const detection = ex?.timeline.find((t) => t.phase === 'detection');
  return (
    <>
      <h1>Fault, error, failure</h1>
      <p className="lede">
        Three words that are not synonyms. Telling them apart is what lets a postmortem say what went wrong, where, and
        what to fix.
      </p>

      <h2>The chain</h2>
      {/* aria-label is not allowed on a paragraph: the arrows are hidden and a spoken version given instead. */}
      <p className="chain">
        <span aria-hidden="true">
          <strong>fault</strong> → <em>activation</em> → <strong>error</strong> → <em>propagation</em> →{' '}
          <strong>failure</strong>
        </span>
        <span className="sr-only">fault, then activation, then error, then propagation, then failure</span>
      </p>
      <dl>
        <dt>
          <strong>Fault</strong>
        </dt>
        <dd>
          The adjudged or hypothesized cause of an error. A fault is <em>active</em> when it produces an error and{' '}
          <em>dormant</em> otherwise — a bug can sleep for years. Note “adjudged”: a fault is a judgement made after the
          fact, which is why incidents can have several. See the{' '}
          <Link href={FAULTS} prefetch={false}>
            fault types
          </Link>
          .
        </dd>
        <dt>
          <strong>Error</strong>
        </dt>
        <dd>
          The part of the system’s state that may lead to a failure: a corrupt message in a buffer, a thread count over
          its limit, a wrong route in a table. Errors are <em>detected</em> or <em>latent</em>.
        </dd>
        <dt>
          <strong>Failure</strong>
        </dt>
        <dd>
          An event: the delivered service deviates from correct service. Failures are what users see — halts, omissions,
          late or wrong answers.
        </dd>
      </dl>
      <p>
        The chain recurses. The failure of a component is a fault for the system that contains it, and the failure of a
        service is an <em>external fault</em> for the services that depend on it. A <strong>trigger</strong> is the
        event that activated a dormant fault; the <strong>root cause</strong> is the fault itself. Definitions after
        Avizienis, Laprie, Randell and Landwehr (2004),{' '}
        <cite>Basic Concepts and Taxonomy of Dependable and Secure Computing</cite>.
      </p>

      {ex && (
        <>
          <h2>Walked through: {ex.title}</h2>
          <p>{ex.summary}</p>
          <ol className="chain-walk">
            {tags('trigger').map((f) => (
              <li key={`t-${f.type}`}>
                <strong>Trigger</strong> (
                <Link href={faultPath(f.type)} prefetch={false}>
                  {typeName(f.type)}
                </Link>
                ): {f.why}
              </li>
            ))}
            {tags('root').map((f) => (
              <li key={`r-${f.type}`}>
                <strong>Fault</strong>, the root cause (
                <Link href={faultPath(f.type)} prefetch={false}>
                  {typeName(f.type)}
                </Link>
                ): {f.why}
              </li>
            ))}
            <li>
              <strong>Error</strong>, the bad state as it was detected:{' '}
              {detection?.text ?? 'the report does not say how the bad state was first seen.'}
            </li>
            <li>
              <strong>Failure</strong>, what users saw: {ex.impactNote}
            </li>
            {tags('contributing')
              .filter((f) => f.type === 'upstream-service-failure' || f.type === 'hidden-dependency')
              .map((f) => (
                <li key={`c-${f.type}`}>
                  <strong>Recursion</strong> — the failure becomes a fault elsewhere (
                  <Link href={faultPath(f.type)} prefetch={false}>
                    {typeName(f.type)}
                  </Link>
                  ): {f.why}
                </li>
              ))}
          </ol>
          <p>
            <Link href={incidentPath(ex.id)} prefetch={false}>
              Read the full case study
            </Link>
          </p>
        </>
      )}

      <h2>Means: what to do about faults</h2>
      <ul>
        <li>
          <strong>Fault prevention</strong> — stop faults being introduced (review, canaries, staged rollouts).
        </li>
        <li>
          <strong>Fault tolerance</strong> — avoid failures despite faults (replication, failover, isolation).
        </li>
        <li>
          <strong>Fault removal</strong> — find and fix faults (testing, fault injection, the fix itself).
        </li>
        <li>
          <strong>Fault forecasting</strong> — estimate faults to come (alarms on trends, capacity models, SLOs).
        </li>
      </ul>
      <p>
        <Link href={quizPath('learn:fault-error-failure')} prefetch={false}>
          Quiz yourself on fault, error and failure
        </Link>
      </p>
    </>
  );
}
