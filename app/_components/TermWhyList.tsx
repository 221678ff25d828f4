import type { Incident } from '@/lib/content';
import { pageItems } from '@/lib/corpus/paging';
import { TERM_PAGE_SIZE } from '@/lib/corpus/term-pages';
import type { TermKind } from '@/lib/routes';
import { ListRange, TermPager } from './TermPaging';
import { WhyList } from './WhyList';

/**
 * Page n of a term's incidents, each with the reason it carries the term (a goal it hurt, a
 * challenge it illustrates): heading with the total, "N–M of T", the list and the pager.
 */
export function TermWhyList(props: {
  kind: TermKind;
  id: string;
  name: string;
  n: number;
  last: number;
  heading: string;
  incidents: readonly Incident[];
  why: (i: Incident) => string | undefined;
  searchHref: string;
}) {
  const { kind, id, name, n, last, heading, incidents, why, searchHref } = props;
  return (
    <>
      <h2>
        {heading} <span className="count">({incidents.length})</span>
      </h2>
      <ListRange kind={kind} n={n} total={incidents.length} last={last} />
      <WhyList
        incidents={pageItems(incidents, n, TERM_PAGE_SIZE[kind])}
        total={incidents.length}
        why={why}
        searchHref={searchHref}
      />
      <TermPager kind={kind} id={id} name={name} n={n} last={last} />
    </>
  );
}
