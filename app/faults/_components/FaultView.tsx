import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getCorpus } from '@/lib/corpus';
import { FAULT_ROLES, facetLabel, facetMeaning } from '@/lib/content/facets';
import { pageItems } from '@/lib/corpus/paging';
import { TERM_PAGE_SIZE, roleEntries, roleRuns, roleStartPages, termPageCount } from '@/lib/corpus/term-pages';
import { FAULTS, faultPath, searchPath, termPagePath } from '@/lib/routes';
import { Comparisons } from '../../_components/Comparisons';
import { MentionedIn } from '../../_components/MentionedIn';
import { ProfileTable } from '../../_components/ProfileTable';
import { WhyList } from '../../_components/WhyList';
import { LaterPageHeader, ListRange, TermPager } from '../../_components/TermPaging';

/**
 * Page n (from 1) of a fault class or type. Its incidents, grouped by the role the fault played
 * (trigger, root, contributing), are paged as one list; each page shows a role's heading with the
 * group's total wherever the group starts or continues. Page 1 also has the definition,
 * parent/children, the list of roles with where each starts, the dependability profile,
 * comparisons and back-links; later pages a short header.
 */
export function FaultView({ id, n }: { id: string; n: number }) {
  const { tax, byFault, comparisonsByTarget } = getCorpus();
  const cls = tax.classById.get(id);
  const type = tax.typeById.get(id);
  const parent = type ? tax.classOfType.get(id) : undefined;
  const term = cls ?? type;
  if (!term) notFound();
  const last = termPageCount(getCorpus(), 'fault', id);
  if (n > last) notFound();
  const profileOf = cls ?? parent;
  const group = byFault.get(id);
  const entries = roleEntries(group);
  const size = TERM_PAGE_SIZE.fault;
  const starts = roleStartPages(group, size);
  const onPage = pageItems(entries, n, size);
  const firstOnPage = (n - 1) * size;
  const total = (role: (typeof FAULT_ROLES)[number]) => group?.[role].length ?? 0;
  const list = (
    <section aria-labelledby="incidents-h">
      <h2 id="incidents-h">Incidents, by the role this fault played</h2>
      {type?.unusedReason && (
        <p>
          <strong>No incident carries this type yet.</strong> {type.unusedReason}
        </p>
      )}
      {n === 1 && (
        <ul className="role-index">
          {FAULT_ROLES.map((role) => {
            const start = starts[role];
            const label = `As ${facetLabel(role).toLowerCase()}`;
            return (
              <li key={role}>
                {start === undefined ? (
                  label
                ) : (
                  <Link href={`${termPagePath('fault', id, start)}#role-${role}`} prefetch={false}>
                    {label}
                  </Link>
                )}{' '}
                <span className="count">({total(role)})</span>
              </li>
            );
          })}
        </ul>
      )}
      <ListRange kind="fault" n={n} total={entries.length} last={last} />
      {roleRuns(onPage).map((run, i) => {
        // A group continues from the previous page when this page's first listing is not its first.
        const continued = i === 0 && firstOnPage > 0 && entries[firstOnPage - 1]?.role === run.role;
        return (
          <section key={run.role} aria-labelledby={`role-${run.role}`}>
            <h3 id={`role-${run.role}`}>
              As {facetLabel(run.role).toLowerCase()} <span className="count">({total(run.role)})</span>
              {continued && <span className="muted">, continued</span>}
            </h3>
            {!continued && <p className="muted">{facetMeaning(run.role)}</p>}
            <WhyList
              incidents={run.incidents}
              total={total(run.role)}
              headingLevel={4}
              why={(inc) =>
                inc.faults.find((f) => f.role === run.role && (f.type === id || tax.classOfType.get(f.type)?.id === id))
                  ?.why
              }
              searchHref={searchPath({ fault: id, role: run.role })}
            />
          </section>
        );
      })}
      <TermPager kind="fault" id={id} name={term.name} n={n} last={last} newestFirst={false} />
    </section>
  );
  if (n > 1)
    return (
      <>
        <LaterPageHeader kind="fault" id={id} name={term.name} n={n} section="Faults" sectionHref={FAULTS} />
        {list}
      </>
    );
  return (
    <>
      <p className="muted">
        <Link href={FAULTS} prefetch={false}>
          Faults
        </Link>{' '}
        /{' '}
        {parent && (
          <>
            <Link href={faultPath(parent.id)} prefetch={false}>
              {parent.name}
            </Link>{' '}
            /
          </>
        )}
      </p>
      <h1>{term.name}</h1>
      <p className="muted">
        Fault {cls ? 'class' : 'type'} · id <code>{id}</code>
      </p>
      <p className="lede">{term.definition}</p>

      {cls && (
        <section aria-labelledby="types-h">
          <h2 id="types-h">Fault types in this class</h2>
          <ul>
            {cls.types.map((t) => (
              <li key={t.id}>
                <Link href={faultPath(t.id)} prefetch={false}>
                  {t.name}
                </Link>{' '}
                — {t.definition}
              </li>
            ))}
          </ul>
        </section>
      )}
      {parent && (
        <p>
          Part of the class{' '}
          <Link href={faultPath(parent.id)} prefetch={false}>
            {parent.name}
          </Link>
          : {parent.definition}
        </p>
      )}

      {list}

      {profileOf && (
        <section aria-labelledby="profile-h">
          <h2 id="profile-h">Dependability profile{parent ? ` (of the class ${parent.name})` : ''}</h2>
          <p className="muted">
            Typical values on the eight viewpoints of Avizienis et al.; a tag may differ per incident.
          </p>
          <ProfileTable profile={profileOf.profile} />
        </section>
      )}
      <Comparisons comparisons={comparisonsByTarget.get(`fault:${id}`)} />
      <MentionedIn kind="fault" id={id} />
    </>
  );
}
