import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getCorpus } from '@/lib/corpus';
import { facetLabel } from '@/lib/content/facets';
import { pageItems } from '@/lib/corpus/paging';
import { countOf } from '@/lib/corpus/plural';
import { TERM_PAGE_SIZE, termPageCount } from '@/lib/corpus/term-pages';
import { ORGS, searchPath } from '@/lib/routes';
import { IncidentList } from '../../_components/IncidentList';
import { LaterPageHeader, ListRange, TermPager } from '../../_components/TermPaging';

/** Page n (from 1) of one organisation's incidents, with the role it played in each. */
export function OrgView({ id, n }: { id: string; n: number }) {
  const { tax, byOrg } = getCorpus();
  const o = tax.orgById.get(id);
  const incidents = byOrg.get(id);
  if (!o || !incidents) notFound();
  const last = termPageCount(getCorpus(), 'org', id);
  if (n > last) notFound();
  return (
    <>
      {n > 1 ? (
        <LaterPageHeader kind="org" id={id} name={o.name} n={n} section="Organisations" sectionHref={ORGS} />
      ) : (
        <>
          <p className="muted">
            <Link href={ORGS} prefetch={false}>
              Organisations
            </Link>{' '}
            /
          </p>
          <h1>{o.name}</h1>
          {o.url && (
            <p>
              <a href={o.url} rel="noopener noreferrer">
                {o.url}
              </a>
            </p>
          )}
        </>
      )}
      <h2>
        Incidents <span className="count">({incidents.length})</span>
      </h2>
      <ListRange kind="org" n={n} total={incidents.length} last={last} />
      <IncidentList
        incidents={pageItems(incidents, n, TERM_PAGE_SIZE.org)}
        note={(i) =>
          `Role: ${i.orgs
            .filter((x) => x.id === id)
            .map((x) => facetLabel(x.role))
            .join(', ')}`
        }
      />
      <TermPager kind="org" id={id} name={o.name} n={n} last={last} />
      <p>
        <Link href={searchPath({ org: id })} prefetch={false}>
          Refine these {countOf(incidents.length, 'incident')} in search
        </Link>
      </p>
    </>
  );
}
