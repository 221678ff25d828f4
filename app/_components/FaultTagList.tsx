import Link from 'next/link';
import type { Incident } from '@/lib/content';
import { getCorpus } from '@/lib/corpus';
import { facetLabel, facetMeaning } from '@/lib/content/facets';
import { faultPath } from '@/lib/routes';

const ROLE_ORDER = { trigger: 0, root: 1, contributing: 2 } as const;

/**
 * An incident's fault tags as one list at every width (role, type, class, facets, confidence, why),
 * so no column is ever off-screen on a phone and the page carries the tags once.
 */
export function FaultTagList({ incident }: { incident: Incident }) {
  const { tax } = getCorpus();
  const tags = [...incident.faults].sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role]);
  return (
    <ul className="fault-tag-list" aria-label="Fault tags of this incident">
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
              {facets.map((f) => `${f}, `)}
              <abbr title={facetMeaning(tag.confidence)}>{tag.confidence}</abbr>
              {tag.why ? '. ' : ''}
            </span>
            {tag.why}
          </li>
        );
      })}
    </ul>
  );
}
