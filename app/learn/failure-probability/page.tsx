import type { Metadata } from 'next';
import Link from 'next/link';
import { getCorpus } from '@/lib/corpus';
import { correlatedIncidents } from '@/lib/corpus/correlated';
import { failureChart } from '@/lib/reliability/charts';
import { allFail, atLeastOneFails, smallestNExceeding } from '@/lib/reliability/probability';
import { FailureCalculator } from '../_components/FailureCalculator';
import { IdeaSection } from '../_components/IdeaSection';
import { LineChartSvg } from '../_components/LineChartSvg';
import { challengePath, goalPath, incidentPath, learnPath, quizPath } from '@/lib/routes';

export const metadata: Metadata = {
  title: 'Failure probability',
  description:
    'P(at least one of n fails) = 1 − (1 − p)^n and P(all fail) = p^n, with a calculator and a plot — and why real failures are correlated.',
  alternates: { canonical: learnPath('failure-probability') },
};

const pc = (x: number, digits = 3) => `${Number((x * 100).toPrecision(digits))}%`;

/** The lecture's probability model, its numbers, and the incidents that break its independence assumption. */
export default function FailureProbabilityPage() {
  const { incidents } = getCorpus();
  const correlated = correlatedIncidents(incidents);
  const all10 = allFail(0.01, 10);
  return (
    <>
      <h1>Failure probability</h1>
      <p className="lede">
        Why a big system is almost always failing somewhere — and why redundancy protects less than the arithmetic
        promises.
      </p>

      <h2>The model</h2>
      <p>Take n parts that each fail with probability p in some window, independently of each other.</p>
      <ul>
        <li className="formula">
          <strong>P(at least one of n fails) = 1 − (1 − p)ⁿ</strong>
        </li>
        <li className="formula">
          <strong>P(all n fail) = pⁿ</strong>
        </li>
      </ul>
      <p>
        This is the first of the{' '}
        <Link href={challengePath('more-links-more-failures')} prefetch={false}>
          four challenges
        </Link>
        : more machines mean more links that might fail.
      </p>

      <IdeaSection id="crude-failure-model">
        <p>
          The lecture’s model: a machine has a 1% chance of some hardware failure — a burnt-out power supply, a crashed
          disk — in a given month. With p = 1%:
        </p>
        <ul>
          <li>
            10 machines: P(at least one fails) = 1 − 0.99¹⁰ = <strong>{pc(atLeastOneFails(0.01, 10))}</strong>. The
            lecture rounds this to 10%.
          </li>
          <li>
            100 machines: 1 − 0.99¹⁰⁰ = <strong>{pc(atLeastOneFails(0.01, 100))}</strong> — more likely than not.
          </li>
          <li>
            From <strong>{smallestNExceeding(0.01)}</strong> machines on, at least one failure is more likely than none.
          </li>
          <li>
            All 10 failing: 0.01¹⁰ = (10⁻²)¹⁰ ={' '}
            <strong>
              10<sup>{Math.round(Math.log10(all10))}</sup>
            </strong>
            . The lecture slide prints 10⁻¹², which does not follow from its own numbers: each of the ten factors
            contributes 10⁻², so the exponent is −2 × 10 = −20.
          </li>
        </ul>

        <LineChartSvg
          chart={failureChart(0.01)}
          title="Probability that at least one, or all, of n parts fail, at p = 1%"
          description={`The at-least-one curve rises steeply and passes 50% at n = ${smallestNExceeding(0.01)}; the all-fail curve is indistinguishable from zero beyond n = 2.`}
        />
      </IdeaSection>

      <h2>Calculator</h2>
      <FailureCalculator />

      <h2>The caveat: real failures are correlated</h2>
      <p>
        pⁿ assumes the parts fail independently. They rarely do: replicas share racks, power, networks, software
        versions, configuration and operators. One cause can take out every replica at once — and then the chance that
        all fail is close to the chance that one does, not its n-th power. Google’s storage studies found that failures
        come in bursts, mostly at rack level and above.
      </p>
      {correlated.length > 0 ? (
        <>
          <p>Incidents in the corpus where one cause hit every replica, so redundancy masked nothing:</p>
          <ul>
            {correlated.map(({ incident, why }) => (
              <li key={incident.id}>
                <Link href={incidentPath(incident.id)} prefetch={false}>
                  {incident.title}
                </Link>{' '}
                — {why}
              </li>
            ))}
          </ul>
          <p>
            <Link href={goalPath('fault-tolerance')} prefetch={false}>
              All incidents where fault tolerance failed
            </Link>
          </p>
        </>
      ) : (
        <p className="muted">No incident is tagged with the fault-tolerance goal yet.</p>
      )}

      <p>
        <Link href={quizPath('learn:failure-probability')} prefetch={false}>
          Quiz yourself on failure probability
        </Link>
      </p>
    </>
  );
}
