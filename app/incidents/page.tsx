import type { Metadata } from 'next';
import Link from 'next/link';
import { pageMeta } from '@/lib/page-meta';
import { getCorpus } from '@/lib/corpus';
import { countBy, summarise } from '@/lib/corpus/incident-summaries';
import { IncidentBrowser } from '../_components/IncidentBrowser';
import { INCIDENTS, faultPath, goalPath } from '@/lib/routes';

export const metadata: Metadata = pageMeta({
  title: 'Incidents',
  description: 'Every incident in Faultline, newest first, with counts by fault class and goal.',
  path: INCIDENTS,
});

/** All incidents, newest first, with counts by fault class and by goal. */
export default function IncidentsPage() {
  const { incidents, tax } = getCorpus();
  const items = incidents.map((i) => summarise(i, tax));
  const classes = tax.classes.map((c) => ({ id: c.id, name: c.name }));
  const goals = [...tax.goalById.values()].map((g) => ({ id: g.id, name: g.name }));
  const classCounts = countBy(
    items,
    classes.map((c) => c.id),
    (s) => s.classes,
  );
  const goalCounts = countBy(
    items,
    goals.map((g) => g.id),
    (s) => s.goals,
  );
  return (
    <>
      <h1>Incidents</h1>
      <p className="lede">
        {incidents.length} public postmortems, newest first. Each is a cited case study tagged by fault type, goal and
        challenge.
      </p>
      <div className="count-tables">
        <table>
          <caption>Incidents by fault class</caption>
          <thead>
            <tr>
              <th scope="col">Fault class</th>
              <th scope="col">Incidents</th>
            </tr>
          </thead>
          <tbody>
            {classCounts.map(({ key, count }) => (
              <tr key={key}>
                <th scope="row">
                  <Link href={faultPath(key)} prefetch={false}>
                    {tax.classById.get(key)?.name}
                  </Link>
                </th>
                <td>{count}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table>
          <caption>Incidents by goal hurt</caption>
          <thead>
            <tr>
              <th scope="col">Goal</th>
              <th scope="col">Incidents</th>
            </tr>
          </thead>
          <tbody>
            {goalCounts.map(({ key, count }) => (
              <tr key={key}>
                <th scope="row">
                  <Link href={goalPath(key)} prefetch={false}>
                    {tax.goalById.get(key)?.name}
                  </Link>
                </th>
                <td>{count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted">
        An incident counts once under each class and goal it carries, so the columns add up to more than{' '}
        {incidents.length}.
      </p>
      <IncidentBrowser items={items} classes={classes} goals={goals} />
    </>
  );
}
