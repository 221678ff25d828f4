import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getCorpus } from '@/lib/corpus';
import { pageItems } from '@/lib/corpus/paging';
import { countOf } from '@/lib/corpus/plural';
import { TERM_PAGE_SIZE, termPageCount } from '@/lib/corpus/term-pages';
import { TECHNOLOGIES, searchPath } from '@/lib/routes';
import { Comparisons } from '../../_components/Comparisons';
import { IncidentTable } from '../../_components/IncidentTable';
import { LaterPageHeader, ListRange, TermPager } from '../../_components/TermPaging';

/**
 * Page n (from 1) of one technology. Page 1: definition, other names, the first incidents that
 * involved it (newest first) and comparisons; later pages: a short header and the table.
 */
export function TechnologyView({ id, n }: { id: string; n: number }) {
  const { tax, byTechnology, comparisonsByTarget } = getCorpus();
  const t = tax.technologyById.get(id);
  if (!t) notFound();
  const incidents = byTechnology.get(id) ?? [];
  const last = termPageCount(getCorpus(), 'technology', id);
  if (n > last) notFound();
  return (
    <>
      {n > 1 ? (
        <LaterPageHeader
          kind="technology"
          id={id}
          name={t.name}
          n={n}
          section="Technologies"
          sectionHref={TECHNOLOGIES}
        />
      ) : (
        <>
          <p className="muted">
            <Link href={TECHNOLOGIES} prefetch={false}>
              Technologies
            </Link>{' '}
            /
          </p>
          <h1>{t.name}</h1>
          <p className="lede">{t.definition}</p>
          {t.aka.length > 0 && (
            <p>
              <strong>Also called:</strong> {t.aka.join(', ')}
            </p>
          )}
        </>
      )}
      <h2>
        Incidents <span className="count">({incidents.length})</span>
      </h2>
      <ListRange kind="technology" n={n} total={incidents.length} last={last} />
      <IncidentTable
        incidents={pageItems(incidents, n, TERM_PAGE_SIZE.technology)}
        caption={`Incidents involving ${t.name}, newest first`}
      />
      <TermPager kind="technology" id={id} name={t.name} n={n} last={last} />
      {incidents.length > 0 && (
        <p>
          <Link href={searchPath({ tech: id })} prefetch={false}>
            Refine these {countOf(incidents.length, 'incident')} in search
          </Link>
        </p>
      )}
      {n === 1 && <Comparisons comparisons={comparisonsByTarget.get(`technology:${id}`)} />}
    </>
  );
}
