import path from 'node:path';
import { checkBody, citedRefs } from '../markdown/body-rules';
import { scanBody } from '../markdown/body-scan';
import type { WikiLink } from '../markdown/wiki-links';
import { splitFrontMatter } from './front-matter';
import { checkIncidentRules } from './incident-rules';
import { checkSources, EMPTY_SOURCE_POLICY, type SourcePolicy } from './source-rules';
import type { IncidentFrontMatter, makeIncidentSchema } from './incident-schema';
import type { Problem } from './problems';
import { formatPath } from './problems';
import { KEBAB_ID } from './taxonomy-schema';
import { explainIssue } from './zod-issues';

/** Most YAML syntax errors in front matter come from unquoted text. */
export const YAML_HINT = 'Quote text that starts with [, {, *, &, ! or a quote, or that contains ": " or " #".';

/** One incident file after phase 1: its validated front matter and parsed body. */
export interface ParsedIncident {
  id: string;
  file: string;
  frontMatter: IncidentFrontMatter;
  /** The Markdown body, parsed only when rendering (validation scans it lexically). */
  body: string;
  /** Source refs the body cites, in order of first citation. */
  cited: string[];
  /** The body's `[[…]]` links, located in the file (checked in phase 2). */
  wikiLinks: WikiLink[];
  /** Where fields sit in the file, for phase-2 problems. */
  locate: (path: readonly PropertyKey[]) => { line: number; column: number };
}

/** Phase 1 for one incident file: every problem it has, or the parsed record. */
export function readIncident(
  file: string,
  text: string,
  schema: ReturnType<typeof makeIncidentSchema>,
  sourcePolicy: SourcePolicy = EMPTY_SOURCE_POLICY,
): { incident?: ParsedIncident; problems: Problem[] } {
  const id = path.basename(file, '.md');
  const at = (line: number, column: number, rest: Omit<Problem, 'file' | 'line' | 'column' | 'collection' | 'id'>): Problem =>
    ({ file, line, column, collection: 'incidents', id, ...rest });
  const problems: Problem[] = [];
  if (!KEBAB_ID.test(id)) {
    problems.push(at(1, 1, { path: '', expected: 'a kebab-case file name (lower-case words joined by hyphens)', received: JSON.stringify(path.basename(file)), hint: 'The file name is the incident id and its URL.' }));
  }
  if (text.trim() === '') return { problems: [...problems, at(1, 1, { path: '', expected: 'front matter and a body', received: 'an empty file' })] };

  const split = splitFrontMatter(text);
  if (!split) {
    return { problems: [...problems, at(1, 1, { path: '', expected: 'front matter between --- lines at the top of the file', received: 'no front matter', hint: 'Run npm run new-incident -- <id> for a template.' })] };
  }
  const { yaml } = split;
  if (yaml.syntaxErrors.length) {
    return { problems: [...problems, ...yaml.syntaxErrors.map((e) => at(e.line, e.column, { path: '', expected: 'valid YAML front matter', received: `a syntax error: ${e.message}`, hint: YAML_HINT }))] };
  }
  if (typeof yaml.data !== 'object' || yaml.data === null || Array.isArray(yaml.data)) {
    return { problems: [...problems, at(2, 1, { path: '', expected: 'front matter as a mapping of fields', received: Array.isArray(yaml.data) ? 'a list' : JSON.stringify(yaml.data ?? null) })] };
  }

  const knownKeys = Object.keys(schema.shape);
  const parsed = schema.safeParse(yaml.data, { reportInput: true });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      for (const e of explainIssue(issue, knownKeys)) {
        const pos = yaml.locate(e.path);
        problems.push(at(pos.line, pos.column, { path: formatPath(e.path), expected: e.expected, received: e.received, hint: e.hint }));
      }
    }
    return { problems };
  }
  for (const e of [...checkIncidentRules(parsed.data), ...checkSources(parsed.data, sourcePolicy)]) {
    const pos = yaml.locate(e.path);
    problems.push(at(pos.line, pos.column, { path: formatPath(e.path), expected: e.expected, received: e.received, hint: e.hint }));
  }

  const refs = new Set(parsed.data.sources.map((s) => s.ref));
  const scan = scanBody(split.body);
  for (const b of checkBody(scan, refs)) {
    problems.push(at(b.line + split.bodyLineOffset, b.column, { path: 'body', expected: b.expected, received: b.received, hint: b.hint }));
  }
  if (problems.length) return { problems };
  const wikiLinks = scan.wikiLinks.map((l) => ({ ...l, line: l.line + split.bodyLineOffset }));
  return { incident: { id, file, frontMatter: parsed.data, body: split.body, cited: citedRefs(scan), wikiLinks, locate: yaml.locate }, problems };
}
