import path from 'node:path';
import type { Root } from 'mdast';
import { parseIncidentBody } from '../markdown/parse';
import type { WikiLink } from '../markdown/wiki-links';
import { dateValue } from './dates';
import { splitFrontMatter } from './front-matter';
import { checkIncidentRules, type IncidentRuleContext } from './incident-rules';
import { checkSources, EMPTY_SOURCE_POLICY } from './source-rules';
import type { IncidentFrontMatter, makeIncidentSchema } from './incident-schema';
import { formatPath, problem, type Problem, type ProblemInit } from './problems';
import { isRuleId } from './rules';
import { KEBAB_ID } from './taxonomy-schema';
import { stripBom } from './yaml-source';
import { yamlSyntaxProblems } from './yaml-syntax';
import { explainIssues, type IssueExplanation } from './zod-issues';


/** One incident file after phase 1: its validated front matter and parsed body. */
export interface ParsedIncident {
  id: string;
  file: string;
  frontMatter: IncidentFrontMatter;
  /** The Markdown body as written. */
  body: string;
  /** The body's syntax tree, parsed once: the rules read it and the page is rendered from it. */
  tree: Root;
  /** Source refs the body cites, in order of first citation. */
  cited: string[];
  /** The body's `[[…]]` links, located in the file (checked in phase 2). */
  wikiLinks: WikiLink[];
  /** Where fields sit in the file, for phase-2 problems. */
  locate: (path: readonly PropertyKey[]) => { line: number; column: number };
}

/** Phase 1 for one incident file: every problem it has, or the parsed record. A byte-order mark is ignored. */
export function readIncident(
  file: string,
  rawText: string,
  schema: ReturnType<typeof makeIncidentSchema>,
  ctx: IncidentRuleContext = { today: dateValue(new Date().toISOString().slice(0, 10)) },
): { incident?: ParsedIncident; problems: Problem[] } {
  const text = stripBom(rawText);
  const id = path.basename(file, '.md');
  const at = (line: number, column: number, rest: Omit<ProblemInit, 'file' | 'line' | 'column' | 'collection' | 'id'>): Problem =>
    problem({ file, line, column, collection: 'incidents', id, ...rest });
  const problems: Problem[] = [];
  if (!KEBAB_ID.test(id)) {
    problems.push(at(1, 1, { rule: 'file-name', path: '', expected: 'a kebab-case file name (lower-case words joined by hyphens)', received: JSON.stringify(path.basename(file)), hint: 'The file name is the incident id and its URL.' }));
  }
  if (text.trim() === '') return { problems: [...problems, at(1, 1, { rule: 'empty-file', path: '', expected: 'front matter and a body', received: 'an empty file' })] };

  const split = splitFrontMatter(text);
  if (!split) {
    if (/^---\r?\n/.test(text)) {
      return { problems: [...problems, at(1, 1, { rule: 'front-matter-missing', path: '', expected: 'front matter between --- lines at the top of the file', received: 'an opening --- line and no closing one', hint: 'End the front matter with a line holding only ---, before the first ## heading.' })] };
    }
    return { problems: [...problems, at(1, 1, { rule: 'front-matter-missing', path: '', expected: 'front matter between --- lines at the top of the file', received: 'no front matter', hint: 'Run npm run new-incident -- <id> for a template.' })] };
  }
  const { yaml } = split;
  if (yaml.syntaxErrors.length > 0) {
    return { problems: [...problems, ...yamlSyntaxProblems(yaml.syntaxErrors, 'valid YAML front matter').map((e) => at(e.line, e.column, e))] };
  }
  if (typeof yaml.data !== 'object' || yaml.data === null || Array.isArray(yaml.data)) {
    return { problems: [...problems, at(2, 1, { rule: 'not-a-mapping', path: '', expected: 'front matter as a mapping of fields', received: Array.isArray(yaml.data) ? 'a list' : JSON.stringify(yaml.data ?? null) })] };
  }

  const located = (e: IssueExplanation): Problem => {
    const pos = yaml.locate(e.locateAt ?? e.path);
    return at(pos.line, pos.column, { rule: e.rule, path: formatPath(e.path), expected: e.expected, received: e.received, hint: e.hint });
  };
  const parsed = schema.safeParse(yaml.data, { reportInput: true });
  if (!parsed.success) {
    problems.push(...explainIssues(parsed.error.issues, { schema, yaml, root: yaml.data }).map(located));
    return { problems };
  }
  problems.push(...[...checkIncidentRules(parsed.data, ctx), ...checkSources(parsed.data, ctx.sourcePolicy ?? EMPTY_SOURCE_POLICY)].map(located));

  const refs = parsed.data.sources.map((s) => s.ref);
  const { tree, file: body } = parseIncidentBody(split.body, refs);
  for (const m of body.messages) {
    const rule = m.ruleId && isRuleId(m.ruleId) ? m.ruleId : 'wrong-type';
    problems.push(at((m.line ?? 1) + split.bodyLineOffset, m.column ?? 1, { rule, path: 'body', expected: m.expected?.[0] ?? m.reason, received: m.actual, hint: m.note }));
  }
  if (problems.length) return { problems };
  const facts = body.data.body ?? { wikiLinks: [], cited: [] };
  const wikiLinks = facts.wikiLinks.map((l) => ({ ...l, line: l.line + split.bodyLineOffset }));
  return { incident: { id, file, frontMatter: parsed.data, body: split.body, tree, cited: facts.cited, wikiLinks, locate: yaml.locate }, problems };
}
