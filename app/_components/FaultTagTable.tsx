import Link from 'next/link';
import type { Incident } from '@/lib/content';
import { getCorpus } from '@/lib/corpus';
import { facetLabel, facetMeaning } from '@/lib/corpus/facet-labels';
import { TableScroll } from './TableScroll';
import { faultPath } from '@/lib/routes';

const ROLE_ORDER = { trigger: 0, root: 1, contributing: 2 } as const;

/**
 * An incident's fault tags: a table on wide screens (role, type, class, facets, why) and the same
 * facts as a list on narrow ones, so no column is ever off-screen. CSS shows one of the two.
 */
export function FaultTagTable({ incident }: { incident: Incident }) {
  const { tax } = getCorpus();
  const tags = [...incident.faults].sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role]);
  return (
    <>
      <ul className="fault-tag-list">
        {tags.map((tag, i) => {
          const cls = tax.classOfType.get(tag.type);
          const facets = [tag.persistence, tag.boundary].filter(Boolean).map((v) => facetLabel(v!).toLowerCase());
          return (
            <li key={i}>
              <strong>
                <abbr title={facetMeaning(tag.role)}>{facetLabel(tag.role)}</abbr>:
              </strong>{' '}
              <Link href={faultPath(tag.type)} prefetch={false}>
                {tax.typeById.get(tag.type)?.name ?? tag.type}
              </Link>
              {cls && (
                <>
                  {' '}
                  <span className="muted">
                    (
                    <Link href={faultPath(cls.id)} prefetch={false}>
                      {cls.name}
                    </Link>
                    )
                  </span>
                </>
              )}
              <br />
              <span className="muted">
                {[...facets, tag.confidence].join(', ')}
                {tag.why ? '. ' : ''}
              </span>
              {tag.why}
            </li>
          );
        })}
      </ul>
      <FaultTagGrid tags={tags} />
    </>
  );
}

function FaultTagGrid({ tags }: { tags: Incident['faults'] }) {
  const { tax } = getCorpus();
  return (
    <TableScroll label="Fault tags" className="fault-tag-table">
      <table>
        <caption className="sr-only">Fault tags of this incident</caption>
        <thead>
          <tr>
            <th scope="col">Role</th>
            <th scope="col">Fault type</th>
            <th scope="col">Class</th>
            <th scope="col">Facets</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {tags.map((tag, i) => {
            const cls = tax.classOfType.get(tag.type);
            return (
              <tr key={i}>
                <td>
                  <abbr title={facetMeaning(tag.role)}>{facetLabel(tag.role)}</abbr>
                </td>
                <td>
                  <Link href={faultPath(tag.type)} prefetch={false}>
                    {tax.typeById.get(tag.type)?.name ?? tag.type}
                  </Link>
                </td>
                <td>
                  {cls && (
                    <Link href={faultPath(cls.id)} prefetch={false}>
                      {cls.name}
                    </Link>
                  )}
                </td>
                <td>
                  {[tag.persistence, tag.boundary]
                    .filter(Boolean)
                    .map((v) => facetLabel(v!))
                    .join(', ')}
                  {tag.persistence || tag.boundary ? '; ' : ''}
                  <abbr title={facetMeaning(tag.confidence)}>{tag.confidence}</abbr>
                </td>
                <td>{tag.why}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
