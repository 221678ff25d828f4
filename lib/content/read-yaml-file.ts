import type { z } from 'zod';
import { formatPath, problem, type Problem, type ProblemInit } from './problems';
import { parseYamlSource, stripBom, type YamlSource } from './yaml-source';
import { explainIssues } from './zod-issues';
import { yamlSyntaxProblems } from './yaml-syntax';

/** Reads one YAML data file against its schema, returning the data or located problems. */
export function readYamlFile<S extends z.ZodType>(
  file: string,
  rawText: string,
  schema: S,
  collection: string,
  id: string,
): { data?: z.infer<S>; yaml: YamlSource; problems: Problem[] } {
  const text = stripBom(rawText);
  const yaml = parseYamlSource(text);
  const at = (line: number, column: number, rest: Pick<ProblemInit, 'rule' | 'path' | 'expected' | 'received' | 'hint'>): Problem =>
    problem({ file, line, column, collection, id, ...rest });
  if (text.trim() === '') return { yaml, problems: [at(1, 1, { rule: 'empty-file', path: '', expected: 'YAML data', received: 'an empty file' })] };
  if (yaml.syntaxErrors.length > 0) {
    return { yaml, problems: [...yamlSyntaxProblems(yaml.syntaxErrors, 'valid YAML').map((e) => at(e.line, e.column, e))] };
  }
  const parsed = schema.safeParse(yaml.data, { reportInput: true });
  if (parsed.success) return { data: parsed.data, yaml, problems: [] };
  const problems = explainIssues(parsed.error.issues, { schema, yaml, root: yaml.data }).map((e) => {
      const pos = yaml.locate(e.locateAt ?? e.path);
      return at(pos.line, pos.column, { rule: e.rule, path: formatPath(e.path), expected: e.expected, received: e.received, hint: e.hint });
  });
  return { yaml, problems };
}
