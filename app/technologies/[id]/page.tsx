import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { pageMeta } from '@/lib/page-meta';
import { getCorpus } from '@/lib/corpus';
import { IncidentTable } from '../../_components/IncidentTable';
import { Comparisons } from '../../_components/Comparisons';
import { TECHNOLOGIES, technologyPath } from '@/lib/routes';

type Params = { params: Promise<{ id: string }> };
export const dynamicParams = false;

/** A page for every technology in the vocabulary, so links to one never break. */
export function generateStaticParams() {
  return [...getCorpus().tax.technologyById.keys()].map((id) => ({ id }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const t = getCorpus().tax.technologyById.get((await params).id);
  return t ? pageMeta({ title: t.name, description: t.definition, path: technologyPath(t.id) }) : {};
}

/** One technology: its definition, other names, and the incidents that involved it, newest first. */
export default async function TechnologyPage({ params }: Params) {
  const { tax, byTechnology, comparisonsByTarget } = getCorpus();
  const id = (await params).id;
  const t = tax.technologyById.get(id);
  if (!t) notFound();
  const incidents = byTechnology.get(id) ?? [];
  return (
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
      <h2>
        Incidents <span className="count">({incidents.length})</span>
      </h2>
      <IncidentTable incidents={incidents} caption={`Incidents involving ${t.name}, newest first`} />
      <Comparisons comparisons={comparisonsByTarget.get(`technology:${id}`)} />
    </>
  );
}
