import { dateValue } from './dates';
import type { IncidentRuleContext } from './incident-rules';
import { makeIncidentSchema } from './incident-schema';
import { problem, type Problem, type ProblemInit } from './problems';
import { readIncident, type ParsedIncident } from './read-incident';
import type { SourcePolicy } from './source-rules';
import type { DependabilityProfile } from './taxonomy-schema';
import type { Vocabulary } from './vocabulary';

/** A parsed incident as plain data: everything but `locate`, which holds the YAML document. */
export type StoredIncident = Omit<ParsedIncident, 'locate'>;

/**
 * Everything besides a file's text that its phase-1 verdict depends on, as structured-cloneable
 * data (sets, maps, no functions), so it can be handed to a worker thread and hashed for the cache.
 */
export interface PhaseOneContext {
  vocab: Vocabulary;
  sourcePolicy: SourcePolicy;
  /** Fault type → its class and that class's profile. */
  profiles: ReadonlyMap<string, { classId: string; profile: DependabilityProfile }>;
  /** Today, YYYY-MM-DD in UTC. */
  today: string;
}

/** The schema and rule context phase 1 checks a file against, built from plain context. */
export interface PhaseOneRules {
  schema: ReturnType<typeof makeIncidentSchema>;
  ctx: IncidentRuleContext;
}

/** Builds the schema and rule context from plain context (on the main thread or in a worker). */
export function phaseOneRules(context: PhaseOneContext): PhaseOneRules {
  const { vocab, sourcePolicy, profiles, today } = context;
  return { schema: makeIncidentSchema(vocab), ctx: { today: dateValue(today), profileOf: (type) => profiles.get(type), sourcePolicy } };
}

/** One file's phase-1 outcome as plain data: the record, or the problems as their constructor inputs. */
export interface PlainOutcome {
  incident?: StoredIncident;
  problems: ProblemInit[];
}

/** Phase 1 for one file, as plain data that can cross threads (see readIncident). */
export function readIncidentPlain(file: string, text: string, rules: PhaseOneRules): PlainOutcome {
  const { incident, problems } = readIncident(file, text, rules.schema, rules.ctx);
  return { incident: incident && withoutLocate(incident), problems: problems.map(problemInit) };
}

/** The incident without its `locate` closure. */
export function withoutLocate(incident: ParsedIncident): StoredIncident {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- locate holds the YAML document; it is rebuilt on demand
  const { locate: _locate, ...stored } = incident;
  return stored;
}

/**
 * A stored incident made whole again: `locate` re-reads the file's YAML the first time a phase-2
 * problem needs a place (rare, and never on a clean corpus).
 */
export function withLazyLocate(stored: StoredIncident, text: string, rules: PhaseOneRules): ParsedIncident {
  let locate: ParsedIncident['locate'] | undefined;
  return { ...stored, locate: (p) => (locate ??= readIncident(stored.file, text, rules.schema, rules.ctx).incident!.locate)(p) };
}

/** The plain data a problem was made from: `problem(problemInit(p))` equals `p` in every field. */
function problemInit(p: Problem): ProblemInit {
  return {
    rule: p.ruleId,
    file: p.file,
    line: p.line,
    column: p.column,
    collection: p.collection,
    id: p.id,
    path: p.path,
    expected: p.expected?.[0] ?? '',
    received: p.actual,
    hint: p.note,
  };
}

/** Problems rebuilt from plain data (same rule, place, expected, actual, hint and message). */
export function problemsFrom(inits: readonly ProblemInit[]): Problem[] {
  return inits.map(problem);
}
