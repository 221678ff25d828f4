import type { Metadata } from 'next';
import Link from 'next/link';
import { getCorpus } from '@/lib/corpus';
import { CSV_COLUMNS } from '@/lib/data/csv';
import { DATA_LICENSE, DATA_SCHEMA_VERSION } from '@/lib/data/schemas';
import { pageMeta } from '@/lib/page-meta';
import { BASE_PATH, NO_ORIGIN_NOTE, REPO_URL, SITE_URL } from '@/lib/site';
import { ABOUT_DATA, DATA_FILES, FEED, STATS, classFeedPath } from '@/lib/routes';

export const metadata: Metadata = pageMeta({
  title: 'Open data',
  description:
    'Download every Faultline incident and the taxonomy as validated JSON or CSV, follow the Atom feeds, and reuse them under CC BY 4.0.',
  path: ABOUT_DATA,
});

/** Downloads, feeds and licences. Files are static, so links are plain anchors under the base path. */
export default function DataPage() {
  const { incidents, tax, taxonomyVersion } = getCorpus();
  const file = (p: string) => `${BASE_PATH}${p}`;
  return (
    <>
      <h1>Open data</h1>
      <p className="lede">
        The whole corpus — {incidents.length} incidents and the taxonomy — as files generated from the same validated
        records the pages show.
      </p>
      <section aria-labelledby="files-h">
        <h2 id="files-h">Files</h2>
        <ul>
          <li>
            <a href={file(DATA_FILES.incidentsJson)}>incidents.json</a> — every incident record (schema version{' '}
            {DATA_SCHEMA_VERSION}, taxonomy {taxonomyVersion}).
          </li>
          <li>
            <a href={file(DATA_FILES.taxonomyJson)}>taxonomy.json</a> — fault classes and types, goals, challenges,
            organisations.
          </li>
          <li>
            <a href={file(DATA_FILES.incidentsCsv)}>incidents.csv</a> — one row per incident; columns:{' '}
            {CSV_COLUMNS.join(', ')}. Lists are joined with &ldquo;; &rdquo;.
          </li>
          {SITE_URL && (
            <li>
              <a href={file('/sitemap.xml')}>sitemap.xml</a> — every page.
            </li>
          )}
        </ul>
        <p>
          The JSON formats are described field by field in{' '}
          {REPO_URL ? (
            <a href={`${REPO_URL}/blob/main/docs/data.md`} rel="noopener noreferrer">
              docs/data.md
            </a>
          ) : (
            <code>docs/data.md</code>
          )}{' '}
          and checked against the same schemas in the project&rsquo;s tests.
        </p>
      </section>
      <section aria-labelledby="feeds-h">
        <h2 id="feeds-h">Feeds</h2>
        {SITE_URL ? (
          <ul>
            <li>
              <a href={file(FEED)}>All incidents</a> (Atom)
            </li>
            {tax.classes.map((c) => (
              <li key={c.id}>
                <a href={file(classFeedPath(c.id))}>{c.name}</a> (Atom) — incidents with a fault of this class
              </li>
            ))}
          </ul>
        ) : (
          <p>{NO_ORIGIN_NOTE}</p>
        )}
      </section>
      <section aria-labelledby="licence-h">
        <h2 id="licence-h">Licences</h2>
        <p>
          Code: MIT. Content and data:{' '}
          <a href={DATA_LICENSE.url} rel="noopener noreferrer">
            CC BY 4.0
          </a>{' '}
          — reuse freely, credit &ldquo;Faultline contributors&rdquo; with a link. Every incident page has a &ldquo;Cite
          this&rdquo; line and a BibTeX entry.
        </p>
        <p>
          See also the{' '}
          <Link href={STATS} prefetch={false}>
            corpus in pictures
          </Link>
          .
        </p>
      </section>
    </>
  );
}
