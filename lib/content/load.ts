import { vocabularyOf, type Vocabulary, type VocabularyKind } from './vocabulary';
import fs from 'node:fs';
import path from 'node:path';
import type { WikiKind } from '../markdown/wiki-links';
import { renderIncidentTreeAndText } from './render-incident';
import type { IncidentFrontMatter } from './incident-schema';
import { phaseOneRules, withLazyLocate, withoutLocate, type PhaseOneContext, type PhaseOneRules } from './phase-one';
import type { Problem } from './problems';
import { ParseCache } from './parse-cache';
import { readIncident, type ParsedIncident } from './read-incident';
import { readTaxonomy, type Taxonomy } from './read-taxonomy';
import { checkCorpus, checkFaultTypeUse } from './corpus-checks';
import { linkTargets } from './link-targets';
import { readQuiz, type QuizContent } from './read-quiz';
import { readYamlFile } from './read-yaml-file';
import { EMPTY_SOURCE_POLICY, neverCiteFileSchema } from './source-rules';
import { readComparisons, type Comparison, type ComparisonTargets } from './read-comparisons';

/** A validated, rendered incident: its front matter plus id, file and sanitised body HTML. */
export type Incident = IncidentFrontMatter & {
  id: string;
  file: string;
  html: string;
  /** The body's plain text (no sources section, markers or anchors), from the same tree as `html`; for search. */
  bodyText: string;
  /** Source refs the body cites, in order of first citation. */
  cited: string[];
  /** The pages the body wiki-links to, each once, in order of first mention. */
  mentions: { kind: WikiKind; id: string }[];
};

/** The whole validated content: taxonomy plus incidents, newest first. */
export interface Content {
  taxonomy: Taxonomy;
  incidents: Incident[];
  /** Learning goals and hand-written quiz questions (content/quiz/). */
  quiz: QuizContent;
  /** What incidents that share a mechanism have in common (content/comparisons/). */
  comparisons: Comparison[];
}

/** The content directory: FAULTLINE_CONTENT_DIR when set (tests build hostile fixtures), else content/. */
export function contentDir(): string {
  return path.resolve(process.env.FAULTLINE_CONTENT_DIR ?? 'content');
}

/** Options for loadContent. */
export interface LoadOptions {
  /** Render bodies to HTML (default true); benchmarks turn it off to time validation alone. */
  render?: boolean;
  /**
   * Check rules about the taxonomy's use across the whole corpus (every fault type used or its
   * unusedReason given). Default true; tests that load a throw-away directory with a handful of
   * incidents turn it off, since there most types are unused by construction. A build of such a
   * directory (the hostile-content browser test) sets FAULTLINE_PARTIAL_CORPUS=1 for the same reason.
   */
  wholeCorpusRules?: boolean;
  /**
   * Reuse the phase-1 result of incident files unchanged since a previous clean check
   * (lib/content/parse-cache.ts). Off by default; `npm run check`, the build and the benchmark's
   * warm runs turn it on. A string is the cache file to use instead of the default.
   */
  cache?: boolean | string;
}

/** Loads and validates everything in two phases; returns content only when there is no problem. */
export function loadContent(dir = contentDir(), options: LoadOptions = {}): LoadResult {
  const load = startLoad(dir, options);
  return load.finish(load.pending.map(({ file, text }) => readIncident(file, text, load.rules.schema, load.rules.ctx)));
}

/** What loadContent returns: content only when there is no problem. */
export interface LoadResult {
  content?: Content;
  problems: Problem[];
  filesChecked: number;
}

/** One incident file phase 1 still has to read (not in the parse cache). */
interface PendingFile {
  /** Path relative to the project. */
  file: string;
  text: string;
  /** Its parse-cache key, when the cache is on. */
  key?: string;
}

/** A load between its two halves: everything read except the incident files phase 1 must parse. */
export interface StartedLoad {
  /** The plain rule context (for worker threads) and the schema and rule context built from it. */
  context: PhaseOneContext;
  rules: PhaseOneRules;
  /** Incident files not served by the parse cache, in file-name order. */
  pending: PendingFile[];
  /** The second half: phase 2, the quiz and comparisons, rendering; given one phase-1 outcome per pending file, in order. */
  finish: (outcomes: readonly { incident?: ParsedIncident; problems: Problem[] }[]) => LoadResult;
}

/**
 * The first half of a load: the taxonomy, the never-cite list and the rule context, and every
 * incident file read, with those the parse cache knows already resolved. Phase 1 of the pending
 * files may then run here (loadContent) or on worker threads (load-parallel.ts).
 */
export function startLoad(dir: string, { render = true, wholeCorpusRules = process.env.FAULTLINE_PARTIAL_CORPUS !== '1', cache = false }: LoadOptions = {}): StartedLoad {
  const root = process.cwd();
  const rel = (abs: string) => path.relative(root, abs) || abs;
  const { taxonomy, problems, files, faultsLocate, unreadable } = readTaxonomy(dir, rel);
  const vocab = vocabularyOf(taxonomy, unreadable);
  // The never-cite list is required: a missing file reports a problem instead of silently allowing every host.
  const neverCiteAbs = path.join(dir, 'never-cite.yaml');
  const neverCite = readYamlFile(rel(neverCiteAbs), fs.existsSync(neverCiteAbs) ? fs.readFileSync(neverCiteAbs, 'utf8') : '', neverCiteFileSchema, 'never-cite', 'never-cite');
  problems.push(...neverCite.problems);
  const sourcePolicy = neverCite.data ?? EMPTY_SOURCE_POLICY;
  const profiles = new Map(taxonomy.classes.flatMap((c) => c.types.map((t) => [t.id, { classId: c.id, profile: c.profile }] as const)));
  const context: PhaseOneContext = { vocab, sourcePolicy, profiles, today: new Date().toISOString().slice(0, 10) };
  const rules = phaseOneRules(context);

  // Phase 1: each file on its own. Every file is read even when an earlier one fails.
  const incidentsDir = path.join(dir, 'incidents');
  const names = fs.existsSync(incidentsDir) ? fs.readdirSync(incidentsDir).filter((f) => f.endsWith('.md')).sort() : [];
  // Everything besides the file and the code that a phase-1 verdict depends on (sets and maps as lists).
  const asJson = (_key: string, v: unknown) => (v instanceof Set || v instanceof Map ? [...v] : v instanceof RegExp ? String(v) : v);
  const store = cache ? new ParseCache(JSON.stringify([vocab, sourcePolicy, profiles, rules.ctx.today.at], asJson), process.cwd(), typeof cache === 'string' ? cache : undefined) : undefined;
  // Each file in name order: its cached record, or the file still to parse.
  const slots = names.map((name): { hit: ParsedIncident } | { pending: PendingFile } => {
    const file = rel(path.join(incidentsDir, name));
    const text = fs.readFileSync(path.join(incidentsDir, name), 'utf8');
    const key = store?.key(file, text);
    const hit = key === undefined ? undefined : store?.get(key);
    // The YAML document is needed only to place a phase-2 problem; it is parsed again then.
    return hit ? { hit: withLazyLocate(hit, text, rules) } : { pending: { file, text, key } };
  });
  const pending = slots.flatMap((s) => ('pending' in s ? [s.pending] : []));

  const finish = (outcomes: readonly { incident?: ParsedIncident; problems: Problem[] }[]): LoadResult => {
    if (outcomes.length !== pending.length) throw new Error(`phase 1 gave ${outcomes.length} outcomes for ${pending.length} files`);
    const parsed: ParsedIncident[] = [];
    let next = 0;
    for (const slot of slots) {
      if ('hit' in slot) {
        parsed.push(slot.hit);
        continue;
      }
      const result = outcomes[next++]!;
      problems.push(...result.problems);
      if (result.incident) {
        parsed.push(result.incident);
        if (slot.pending.key !== undefined) store?.set(slot.pending.key, withoutLocate(result.incident));
      }
    }
    store?.save();
    return linkAndRender({ dir, rel, taxonomy, problems, files, faultsLocate, unreadable, vocab, names, parsed, render, wholeCorpusRules });
  };
  return { context, rules, pending, finish };
}

/** Phase 2 (the corpus as a whole), the quiz and comparisons, then rendering when all is clean. */
function linkAndRender({
  dir,
  rel,
  taxonomy,
  problems,
  files,
  faultsLocate,
  unreadable,
  vocab,
  names,
  parsed,
  render,
  wholeCorpusRules,
}: ReturnType<typeof readTaxonomy> & {
  dir: string;
  rel: (abs: string) => string;
  vocab: Vocabulary;
  names: readonly string[];
  parsed: ParsedIncident[];
  render: boolean;
  wholeCorpusRules: boolean;
}): LoadResult {
  // Phase 2: the corpus as a whole (dangling references, duplicate titles).
  const wikiTargets = {
    fault: vocab.faultTypes && new Set([...taxonomy.classes.map((c) => c.id), ...vocab.faultTypes]),
    goal: vocab.goals,
    challenge: vocab.challenges,
  };
  problems.push(...checkCorpus(parsed, names.map((n) => path.basename(n, '.md')), wikiTargets));
  if (wholeCorpusRules && parsed.length === names.length) problems.push(...checkFaultTypeUse(taxonomy, parsed, rel(path.join(dir, 'taxonomy/faults.yaml')), faultsLocate));
  const incidentIds = names.map((n) => path.basename(n, '.md'));
  // Links are checked only against a taxonomy that read cleanly: otherwise every link to a term would look dangling.
  const orgsWithIncidents = new Set(parsed.flatMap((p) => p.frontMatter.orgs.map((o) => o.id)));
  const targets = unreadable.size === 0 ? linkTargets(taxonomy, incidentIds, orgsWithIncidents) : undefined;
  const quiz = readQuiz(dir, rel, new Set(incidentIds), targets);
  problems.push(...quiz.problems);
  const compared = readComparisons(dir, rel, comparisonTargets(taxonomy, parsed, names, unreadable));
  problems.push(...compared.problems);
  const filesChecked = files + 1 + names.length + quiz.files + compared.files;
  if (problems.length) return { problems, filesChecked };

  const targetNames = wikiNames(taxonomy, parsed);
  const incidents = parsed.map((p): Incident => {
    const mentions = [...new Map(p.wikiLinks.map((l) => [`${l.kind}:${l.id}`, { kind: l.kind, id: l.id }])).values()];
    if (!render) return { ...p.frontMatter, id: p.id, file: p.file, html: '', bodyText: '', cited: p.cited, mentions };
    const { html, text } = renderIncidentTreeAndText(p.tree, p.frontMatter.sources, (kind, id) => targetNames.get(`${kind}:${id}`));
    return { ...p.frontMatter, id: p.id, file: p.file, html, bodyText: text, cited: p.cited, mentions };
  });
  incidents.sort((a, b) => b.started.start - a.started.start || a.title.localeCompare(b.title));
  return { content: { taxonomy, incidents, quiz: quiz.quiz, comparisons: compared.comparisons }, problems, filesChecked };
}

/** Display names of every wiki-link target, keyed "kind:id". */
function wikiNames(taxonomy: Taxonomy, parsed: readonly ParsedIncident[]): Map<string, string> {
  const entries: [string, string][] = [
    ...parsed.map((p): [string, string] => [`incident:${p.id}`, p.frontMatter.title]),
    ...taxonomy.classes.flatMap((c) => [[`fault:${c.id}`, c.name], ...c.types.map((t): [string, string] => [`fault:${t.id}`, t.name])] as [string, string][]),
    ...taxonomy.goals.map((g): [string, string] => [`goal:${g.id}`, g.name]),
    ...taxonomy.challenges.map((c): [string, string] => [`challenge:${c.id}`, c.name]),
  ];
  return new Map(entries);
}

/** The tags comparisons may attach to, and what each parsed incident carries (fault types with their classes). */
function comparisonTargets(taxonomy: Taxonomy, parsed: readonly ParsedIncident[], names: readonly string[], unreadable: ReadonlySet<VocabularyKind>): ComparisonTargets {
  const classOf = new Map(taxonomy.classes.flatMap((c) => c.types.map((t): [string, string] => [t.id, c.id])));
  return {
    incidentIds: new Set(names.map((n) => path.basename(n, '.md'))),
    incidentTags: new Map(
      parsed.map((p) => [
        p.id,
        {
          faults: new Set(p.frontMatter.faults.flatMap((f) => [f.type, classOf.get(f.type) ?? f.type])),
          technologies: new Set(p.frontMatter.technologies),
        },
      ]),
    ),
    faultIds: unreadable.has('faultTypes') ? undefined : new Set([...taxonomy.classes.map((c) => c.id), ...classOf.keys()]),
    technologyIds: unreadable.has('technologies') ? undefined : new Set(taxonomy.technologies.map((t) => t.id)),
  };
}
