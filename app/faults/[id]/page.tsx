import type { Metadata } from 'next';
import { pageMeta } from '@/lib/page-meta';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { WhyList } from '../../_components/WhyList';
import { MentionedIn } from '../../_components/MentionedIn';
import { Comparisons } from '../../_components/Comparisons';
import { getCorpus } from '@/lib/corpus';
import { FAULT_ROLES, facetLabel, facetMeaning } from '@/lib/content/facets';
import { ProfileTable } from '../../_components/ProfileTable';
import { FAULTS, faultPath, searchPath } from '@/lib/routes';

type Params = { params: Promise<{ id: string }> };

export const dynamicParams = false;

/** One page per fault class and per fault type. */
export function generateStaticParams() {
  const { tax } = getCorpus();
  return tax.classes.flatMap((c) => [{ id: c.id }, ...c.types.map((t) => ({ id: t.id }))]);
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { tax } = getCorpus();
  const id = (await params).id;
  const term = tax.classById.get(id) ?? tax.typeById.get(id);
  if (!term) return {};
  return pageMeta({
    title: `${term.name} (fault ${tax.classById.has(id) ? 'class' : 'type'})`,
    description: term.definition,
    path: faultPath(id),
  });
}

/** A fault class or type: definition, dependability profile, parent/children, and incidents by role. */
export default async function FaultPage({ params }: Params) {
  const { tax, byFault, comparisonsByTarget } = getCorpus();
  const id = (await params).id;
  const cls = tax.classById.get(id);
  const type = tax.typeById.get(id);
  const parent = type ? tax.classOfType.get(id) : undefined;
  const term = cls ?? type;
  if (!term) notFound();
  const profileOf = cls ?? parent;
  const group = byFault.get(id);
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

      <section aria-labelledby="incidents-h">
        <h2 id="incidents-h">Incidents, by the role this fault played</h2>
        {type?.unusedReason && (
          <p>
            <strong>No incident carries this type yet.</strong> {type.unusedReason}
          </p>
        )}
        {FAULT_ROLES.map((role) => (
          <section key={role} aria-labelledby={`role-${role}`}>
            <h3 id={`role-${role}`}>
              As {facetLabel(role).toLowerCase()} <span className="count">({group?.[role].length ?? 0})</span>
            </h3>
            <p className="muted">{facetMeaning(role)}</p>
            {group && group[role].length > 0 ? (
              <WhyList
                incidents={group[role]}
                headingLevel={4}
                why={(inc) =>
                  inc.faults.find((f) => f.role === role && (f.type === id || tax.classOfType.get(f.type)?.id === id))
                    ?.why
                }
                searchHref={searchPath({ fault: id, role })}
              />
            ) : (
              <p className="muted">None yet.</p>
            )}
          </section>
        ))}
      </section>

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
