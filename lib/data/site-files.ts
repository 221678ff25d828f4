import type { Content } from '../content';
import { distinctIncidents, type Corpus } from '../corpus';
import { compareRecords } from '../corpus/compare';
import { incidentListFile } from '../corpus/incident-summaries';
import { buildPool } from '../quiz/pool';
import { cardFiles, poolIndex } from '../quiz/pool-files';
import {
  DATA_FILES,
  FEED,
  INCIDENTS,
  QUIZ_POOL,
  SEARCH_INDEX_DIR,
  classFeedPath,
  faultPath,
  quizCardsPath,
} from '../routes';
import { searchIndexFiles } from '../search/files';
import { SITE_NAME } from '../site';
import { incidentsCsv } from './csv';
import { incidentsFile, taxonomyFile } from './exports';
import { incidentsAtom } from './feed';
import { publishedJsonSchema } from './schemas';

/**
 * A file of the site that is not a page: its path from the site root ("/data/incidents.json", as
 * lib/routes.ts spells it) and its text. `scripts/build.ts` writes these into the export after
 * `next build` (as Next routes each of the ~2 per incident paid Next's per-route cost), and the
 * dev server answers them from `app/[...file]/route.dev.ts`.
 */
export interface SiteFile {
  path: string;
  text: string;
}

/** The published data exports under /data/: incidents (JSON, CSV), taxonomy, their schemas, list and compare rows. */
function* dataFiles(content: Content, corpus: Corpus): Generator<SiteFile> {
  const { incidents, tax, related } = corpus;
  yield {
    path: DATA_FILES.incidentsJson,
    text: JSON.stringify(incidentsFile(content.incidents, content.taxonomy.version)),
  };
  yield { path: DATA_FILES.incidentsCsv, text: incidentsCsv(content.incidents) };
  yield { path: DATA_FILES.taxonomyJson, text: JSON.stringify(taxonomyFile(content.taxonomy)) };
  yield { path: DATA_FILES.incidentsSchemaJson, text: JSON.stringify(publishedJsonSchema('incidents')) };
  yield { path: DATA_FILES.taxonomySchemaJson, text: JSON.stringify(publishedJsonSchema('taxonomy')) };
  yield { path: DATA_FILES.incidentListJson, text: JSON.stringify(incidentListFile(incidents, tax)) };
  yield { path: DATA_FILES.compareJson, text: JSON.stringify(compareRecords(incidents, tax, related)) };
}

/**
 * The Atom feeds: every incident, and one per fault class. None without a configured origin
 * (Atom links must be absolute; `scripts/build.ts` says so).
 */
function* feedFiles(corpus: Corpus, site?: string | null): Generator<SiteFile> {
  const { incidents, tax, byFault } = corpus;
  const all = incidentsAtom(incidents, { title: `${SITE_NAME}: incidents`, path: INCIDENTS, selfPath: FEED }, site);
  if (all === null) return;
  yield { path: FEED, text: all };
  for (const cls of tax.classes) {
    const inClass = new Set(distinctIncidents(byFault.get(cls.id)));
    const xml = incidentsAtom(
      incidents.filter((i) => inClass.has(i)),
      { title: `${SITE_NAME}: ${cls.name}`, path: faultPath(cls.id), selfPath: classFeedPath(cls.id) },
      site,
    );
    if (xml !== null) yield { path: classFeedPath(cls.id), text: xml };
  }
}

/**
 * The search files the search page's worker fetches (lib/search/files.ts): labels, the short-field
 * and body indexes in shards, facet values, one record and one text file per incident.
 */
function* searchFiles(corpus: Corpus): Generator<SiteFile> {
  for (const [rel, text] of searchIndexFiles(corpus))
    yield { path: `${SEARCH_INDEX_DIR}/${decodeURIComponent(rel)}`, text };
}

/** The quiz files (lib/quiz/pool-files.ts): the whole pool, its index, and one card file per topic and for the bank. */
function* quizFiles(content: Content, corpus: Corpus): Generator<SiteFile> {
  const pool = buildPool(content, corpus.tax);
  yield { path: QUIZ_POOL, text: JSON.stringify(pool) };
  yield { path: quizCardsPath('index.json'), text: JSON.stringify(poolIndex(pool)) };
  for (const [name, cards] of cardFiles(pool)) yield { path: quizCardsPath(name), text: JSON.stringify(cards) };
}

/** Every file of the site that is not a page, in a fixed order; feeds only when `site` is an origin. */
export function* siteFiles(content: Content, corpus: Corpus, site?: string | null): Generator<SiteFile> {
  yield* dataFiles(content, corpus);
  yield* feedFiles(corpus, site);
  yield* searchFiles(corpus);
  yield* quizFiles(content, corpus);
}
