import Link from 'next/link';
import { getCorpus } from '@/lib/corpus';
import { countBy, summarise } from '@/lib/corpus/incident-summaries';
import { INCIDENTS_PER_PAGE, pageCount, pageItems } from '@/lib/corpus/paging';
import { TECHNOLOGIES, faultPath, goalPath } from '@/lib/routes';
import { IncidentBrowser } from './IncidentBrowser';

/** Number of static pages of the incident list. */
export function incidentPageCount(): number {
  return pageCount(getCorpus().incidents.length, INCIDENTS_PER_PAGE);
}

/**
 * Page `n` of the incident list, newest first: a plain list and pager that work without JavaScript,
 * with filters that load the whole list once used. Page 1 also shows the counts, below the list so
 * that on a phone the first incident is on the first screen.
 */
export function IncidentPages({ n }: { n: number }) {
  const { incidents, tax } = getCorpus();
  const last = incidentPageCount();
  const items = pageItems(incidents, n, INCIDENTS_PER_PAGE).map((i) => summarise(i, tax));
  const first = (n - 1) * INCIDENTS_PER_PAGE + 1;
  const classes = tax.classes.map((c) => ({ id: c.id, name: c.name }));
  const goals = [...tax.goalById.values()].map((g) => ({ id: g.id, name: g.name }));
  const technologies = [...tax.technologyById.values()]
    .map((t) => ({ id: t.id, name: t.name }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return (
    <>
      <h1>Incidents{n > 1 && <span className="muted"> — page {n}</span>}</h1>
      <p className="lede">
        {incidents.length} public postmortems, newest first
        {last > 1 && (
          <>
            {' '}
            — {first}–{first + items.length - 1} on page {n} of {last}
          </>
        )}
        . Browse them also by{' '}
        <Link href={TECHNOLOGIES} prefetch={false}>
          technology
        </Link>
        .
      </p>
      <IncidentBrowser
        items={items}
        page={n}
        pages={last}
        total={incidents.length}
        classes={classes}
        goals={goals}
        technologies={technologies}
      />
      {n === 1 && <IncidentCounts />}
    </>
  );
}

/** How many incidents carry each fault class and goal (over the whole corpus). */
function IncidentCounts() {
  const { incidents, tax } = getCorpus();
  const items = incidents.map((i) => summarise(i, tax));
  const classCounts = countBy(
    items,
    tax.classes.map((c) => c.id),
    (s) => s.classes,
  );
  const goalCounts = countBy(items, [...tax.goalById.keys()], (s) => s.goals);
  return (
    <section aria-labelledby="incident-counts">
      <h2 id="incident-counts">Counts</h2>
      <div className="count-tables">
        <CountTable
          caption="Incidents by fault class"
          head="Fault class"
          rows={classCounts.map(({ key, count }) => ({
            key,
            count,
            href: faultPath(key),
            name: tax.classById.get(key)?.name,
          }))}
        />
        <CountTable
          caption="Incidents by goal hurt"
          head="Goal"
          rows={goalCounts.map(({ key, count }) => ({
            key,
            count,
            href: goalPath(key),
            name: tax.goalById.get(key)?.name,
          }))}
        />
      </div>
      <p className="muted">
        An incident counts once under each class and goal it carries, so the columns add up to more than{' '}
        {incidents.length}.
      </p>
    </section>
  );
}

/** A two-column table of incident counts, each row's name linking to its term page. */
function CountTable({
  caption,
  head,
  rows,
}: {
  caption: string;
  head: string;
  rows: { key: string; count: number; href: string; name: string | undefined }[];
}) {
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{head}</th>
          <th scope="col">Incidents</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">
              <Link href={r.href} prefetch={false}>
                {r.name}
              </Link>
            </th>
            <td>{r.count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
