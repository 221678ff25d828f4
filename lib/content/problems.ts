import { VFileMessage } from 'vfile-message';
import { errorRulePath } from '../routes';
import type { RuleId } from './rules';

/** What a reader knows about one breach of a rule, before it becomes a message. */
export interface ProblemInit {
  /** The catalogued rule broken (lib/content/rules.ts). */
  rule: RuleId;
  /** Path relative to the project root, e.g. content/incidents/x.md. */
  file: string;
  line: number;
  column: number;
  /** incidents, taxonomy, orgs, glossary, quiz. */
  collection: string;
  /** The record's id (file name for incidents), or the file name for whole-file problems. */
  id: string;
  /** Field path such as faults[1].type; empty for whole-file problems. */
  path: string;
  expected: string;
  received?: string | undefined;
  hint?: string | undefined;
}

/**
 * One thing wrong with the content: a vfile message with a permanent `ruleId`, its place, what was
 * `expected` and the `actual` value, plus where in the collection it sits.
 */
export class Problem extends VFileMessage {
  /** incidents, taxonomy, orgs, glossary, quiz. */
  readonly collection: string;
  /** The record's id, or the file name for whole-file problems. */
  readonly id: string;
  /** Field path such as faults[1].type; empty for whole-file problems. */
  readonly path: string;
  declare ruleId: RuleId;
  declare line: number;
  declare column: number;
  declare file: string;

  constructor(init: ProblemInit) {
    const field = init.path ? `${init.path}: ` : '';
    const received = init.received !== undefined ? `, received ${init.received}` : '';
    super(`${field}expected ${init.expected}${received}.`, {
      place: { line: init.line, column: init.column },
      ruleId: init.rule,
      source: 'faultline',
    });
    this.file = init.file;
    this.fatal = true;
    this.collection = init.collection;
    this.id = init.id;
    this.path = init.path;
    this.expected = [init.expected];
    if (init.received !== undefined) this.actual = init.received;
    if (init.hint) this.note = init.hint;
    this.url = errorRulePath(init.rule);
  }
}

/** A problem breaking one catalogued rule. */
export function problem(init: ProblemInit): Problem {
  return new Problem(init);
}

/** Formats a field path the way maintainers write it: faults[1].type. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    return acc ? `${acc}.${String(key)}` : String(key);
  }, '');
}

/** One problem as two lines: a clickable location, then what is wrong, what to do and the rule's id. */
export function formatProblem(p: Problem): string {
  const hint = p.note ? ` ${p.note}` : '';
  return `${p.file}:${p.line}:${p.column}\n  ${p.collection} → ${p.id}: ${p.reason}${hint} [${p.ruleId}]`;
}

/** The whole report: every problem in file order, then a closing total. */
export function formatReport(problems: readonly Problem[], filesChecked: number): string {
  if (problems.length === 0) return `No problems in ${filesChecked} files.`;
  const sorted = [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  const files = new Set(sorted.map((p) => p.file)).size;
  const noun = problems.length === 1 ? 'problem' : 'problems';
  const rules = [...new Set(sorted.map((p) => p.ruleId))].sort();
  return `${sorted.map(formatProblem).join('\n')}\n\nFound ${problems.length} ${noun} in ${files} of ${filesChecked} files. Rules broken: ${rules.join(', ')} (explained at /about/errors/).`;
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
