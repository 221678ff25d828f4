/**
 * Every page and file URL of the site, as paths from the site root without the base path
 * ("/incidents/x/"). Pages end in "/" because the static export writes `…/index.html`
 * (trailingSlash); files keep their extension. Next's <Link> adds the base path itself; plain
 * anchors to files use `withBase`, absolute URLs use `absoluteUrl` in lib/data/urls.ts.
 */

/** Kinds of record that have a page of their own. Fault classes and types share /faults/. */
export type PageKind =
  'incident' | 'fault' | 'fault-class' | 'fault-type' | 'goal' | 'challenge' | 'org' | 'technology';

const SECTION: Record<PageKind, string> = {
  incident: 'incidents',
  fault: 'faults',
  'fault-class': 'faults',
  'fault-type': 'faults',
  goal: 'goals',
  challenge: 'challenges',
  org: 'orgs',
  technology: 'technologies',
};

/** The page of one record of a kind: pageOf('goal', 'availability') → "/goals/availability/". */
export function pageOf(kind: PageKind, id: string): string {
  return `/${SECTION[kind]}/${encodeURIComponent(id)}/`;
}

/** The list page of a kind: sectionOf('org') → "/orgs/". */
export function sectionOf(kind: PageKind): string {
  return `/${SECTION[kind]}/`;
}

/** Home page. */
export const HOME = '/';

/** One incident's page. */
export const incidentPath = (id: string): string => pageOf('incident', id);
/** A fault class's or fault type's page. */
export const faultPath = (id: string): string => pageOf('fault', id);
/** A goal's page. */
export const goalPath = (id: string): string => pageOf('goal', id);
/** A challenge's page. */
export const challengePath = (id: string): string => pageOf('challenge', id);
/** An organisation's page. */
export const orgPath = (id: string): string => pageOf('org', id);
/** A technology's page. */
export const technologyPath = (id: string): string => pageOf('technology', id);

/** List pages. */
export const INCIDENTS = sectionOf('incident');
export const FAULTS = sectionOf('fault');
export const GOALS = sectionOf('goal');
export const CHALLENGES = sectionOf('challenge');
export const ORGS = sectionOf('org');
export const TECHNOLOGIES = sectionOf('technology');

/** Page n (from 1) of the paged incident list: 1 → "/incidents/", 2 → "/incidents/page/2/". */
export function incidentsPagePath(n: number): string {
  return n <= 1 ? INCIDENTS : `${INCIDENTS}page/${n}/`;
}

/** Kinds of term page whose incident list is paged (fault classes and types share 'fault'). */
export type TermKind = Extract<PageKind, 'fault' | 'goal' | 'challenge' | 'org' | 'technology'>;

/** Page n (from 1) of a term page's incident list: 1 → "/goals/availability/", 2 → "/goals/availability/page/2/". */
export function termPagePath(kind: TermKind, id: string, n: number): string {
  return n <= 1 ? pageOf(kind, id) : termPageRoute(kind, id, n);
}

/**
 * The "…/page/n/" address of a term list page even for n = 1: the stand-in page a static export
 * builds when no term of a kind has a second page (its canonical URL is the term's own page).
 */
export function termPageRoute(kind: TermKind, id: string, n: number): string {
  return `${pageOf(kind, id)}page/${n}/`;
}

/** Pages that are not about one record. */
export const SEARCH = '/search/';
export const MATRIX = '/matrix/';
export const STATS = '/stats/';
export const COMPARE = '/compare/';
export const HELP = '/help/';
export const QUIZ = '/quiz/';
export const LEARN = '/learn/';
export const ABOUT_DATA = '/about/data/';
export const ABOUT_METHOD = '/about/method/';
export const ABOUT_ERRORS = '/about/errors/';

/** The learning pages under /learn/, by slug. */
const LEARN_PAGES = [
  'availability',
  'failure-probability',
  'fault-error-failure',
  'glossary',
  'lecture',
  'scaling',
  'latency',
  'fault-tolerance',
  'network',
] as const;
/** One learning page's slug. */
export type LearnPage = (typeof LEARN_PAGES)[number];

/** A learning page: learnPath('glossary') → "/learn/glossary/". */
export function learnPath(page: LearnPage): string {
  return `${LEARN}${page}/`;
}

/**
 * The glossary's static pages, split by the first letter of a term's id so that each page stays
 * within the HTML budget as terms are added, and so that a term's page follows from its id alone.
 */
export const GLOSSARY_PARTS = [
  { slug: '', first: 'a', last: 'l' },
  { slug: 'm-z', first: 'm', last: 'z' },
] as const;

/** Which glossary page (index into GLOSSARY_PARTS) holds a term id; ids not starting a–z go first. */
export function glossaryPartOf(termId: string): number {
  const c = termId.charAt(0).toLowerCase();
  const i = GLOSSARY_PARTS.findIndex((p) => c >= p.first && c <= p.last);
  return i < 0 ? 0 : i;
}

/** The path of one glossary page: 0 → "/learn/glossary/", 1 → "/learn/glossary/m-z/". */
export function glossaryPartPath(part: number): string {
  const slug = GLOSSARY_PARTS[part]?.slug ?? '';
  return slug ? `${learnPath('glossary')}${slug}/` : learnPath('glossary');
}

/** A glossary entry's anchor on its glossary page. */
export function glossaryTermPath(termId: string): string {
  return `${glossaryPartPath(glossaryPartOf(termId))}#term-${encodeURIComponent(termId)}`;
}

/** The error catalogue, optionally at one rule's entry. */
export function errorRulePath(ruleId?: string): string {
  return ruleId ? `${ABOUT_ERRORS}#${encodeURIComponent(ruleId)}` : ABOUT_ERRORS;
}

/** A query string from pairs, or '' when there are none. Repeated keys are kept in order. */
function withQuery(path: string, pairs: ReadonlyArray<readonly [string, string]>): string {
  const q = new URLSearchParams(pairs.map(([k, v]) => [k, v])).toString();
  return q ? `${path}?${q}` : path;
}

/** The search page with a query and facet filters: searchPath({ fault: ['x'], goal: ['y'] }). */
export function searchPath(params: Readonly<Record<string, string | readonly string[] | undefined>> = {}): string {
  const pairs: [string, string][] = [];
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue;
    for (const v of typeof value === 'string' ? [value] : value) pairs.push([key, v]);
  }
  return withQuery(SEARCH, pairs);
}

/** The compare page, optionally with incident A chosen. */
export function comparePath(a?: string): string {
  return withQuery(COMPARE, a ? [['a', a]] : []);
}

/** The quiz, optionally limited to one topic ("learn:availability-maths"). */
export function quizPath(topic?: string): string {
  // Topic ids are "kind:kebab-id"; the colon is left readable as the quiz's own links show it.
  return topic ? `${QUIZ}?topic=${encodeURIComponent(topic).replace(/%3A/g, ':')}` : QUIZ;
}

/** Published data files (static, written at build). */
export const DATA_FILES = {
  incidentsJson: '/data/incidents.json',
  taxonomyJson: '/data/taxonomy.json',
  incidentsSchemaJson: '/data/incidents.schema.json',
  taxonomySchemaJson: '/data/taxonomy.schema.json',
  incidentsCsv: '/data/incidents.csv',
  compareJson: '/data/compare.json',
  incidentListJson: '/data/incident-list.json',
} as const;

/** The Atom feed of every incident. */
export const FEED = '/feed.xml';

/** The Atom feed of incidents with a fault of one class. */
export function classFeedPath(classId: string): string {
  return `/feeds/${encodeURIComponent(classId)}.xml`;
}

/** The whole quiz pool as one JSON file (the download; the quiz page fetches card files). */
export const QUIZ_POOL = '/quiz/pool.json';

/** One of the quiz's card files (lib/quiz/pool-files.ts): quizCardsPath('index.json') → "/quiz/cards/index.json". */
export function quizCardsPath(file: string): string {
  return `${QUIZ}cards/${file}`;
}

/** Where the static search index files live. */
export const SEARCH_INDEX_DIR = '/search-index';

/** A site path with the base path in front, for plain anchors and fetches (Next's <Link> adds it itself). */
export function withBase(pagePath: string, base: string): string {
  return `${base}${pagePath}`;
}

/**
 * Every page with a fixed route (no id in its path): the sections, tools, about pages, study pages
 * and every glossary page. The sitemap and the check's link targets both start from this list.
 */
export function fixedPages(): string[] {
  return [
    HOME,
    INCIDENTS,
    FAULTS,
    GOALS,
    CHALLENGES,
    ORGS,
    TECHNOLOGIES,
    MATRIX,
    STATS,
    COMPARE,
    SEARCH,
    QUIZ,
    HELP,
    ABOUT_METHOD,
    ABOUT_DATA,
    ABOUT_ERRORS,
    LEARN,
    ...LEARN_PAGES.map(learnPath),
    // Later glossary pages (the first is learnPath('glossary')).
    ...GLOSSARY_PARTS.slice(1).map((_, i) => glossaryPartPath(i + 1)),
  ];
}
