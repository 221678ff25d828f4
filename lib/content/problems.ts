/** One thing wrong with the content, located precisely enough to click on. */
export interface Problem {
  /** Path relative to the project root, e.g. content/incidents/x.md. */
  file: string;
  line: number;
  column: number;
  /** incidents, taxonomy, orgs, glossary. */
  collection: string;
  /** The record's id (file name for incidents), or the file name for whole-file problems. */
  id: string;
  /** Field path such as faults[1].type; empty for whole-file problems. */
  path: string;
  expected: string;
  received?: string;
  hint?: string;
}

/** Formats a field path the way maintainers write it: faults[1].type. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    return acc ? `${acc}.${String(key)}` : String(key);
  }, '');
}

/** One problem as two lines: a clickable location, then what is wrong and what to do. */
export function formatProblem(p: Problem): string {
  const field = p.path ? `${p.path}: ` : '';
  const received = p.received !== undefined ? `, received ${p.received}` : '';
  const hint = p.hint ? ` ${p.hint}` : '';
  return `${p.file}:${p.line}:${p.column}\n  ${p.collection} → ${p.id}: ${field}expected ${p.expected}${received}.${hint}`;
}

/** The whole report: every problem in file order, then a closing total. */
export function formatReport(problems: readonly Problem[], filesChecked: number): string {
  if (problems.length === 0) return `No problems in ${filesChecked} files.`;
  const sorted = [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  const files = new Set(sorted.map((p) => p.file)).size;
  const noun = problems.length === 1 ? 'problem' : 'problems';
  return `${sorted.map(formatProblem).join('\n')}\n\nFound ${problems.length} ${noun} in ${files} of ${filesChecked} files.`;
}

/** Thrown by the memoised loader so that a build stops with the full report. */
export class ContentError extends Error {
  constructor(
    readonly problems: readonly Problem[],
    readonly filesChecked: number,
  ) {
    super(formatReport(problems, filesChecked));
    this.name = 'ContentError';
  }
}
