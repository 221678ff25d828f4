import type { z } from 'zod';
import { PARTIAL_DATE_EXPECTED } from './dates';
import { DURATION_EXPECTED } from './duration';
import { isRuleId, type RuleId } from './rules';
import { nearest } from './suggest';

/** What a maintainer should write for `added` and `revised`. */
const DAY_DATE_EXPECTED = 'a calendar day, YYYY-MM-DD (for example 2026-11-25)';

/** What a field of each format rule must look like, in words (never as a pattern). */
const FORMAT_EXPECTED: Partial<Record<RuleId, string>> = {
  'bad-date': PARTIAL_DATE_EXPECTED,
  'bad-day': DAY_DATE_EXPECTED,
  'bad-duration': DURATION_EXPECTED,
  'bad-id': 'a kebab-case id (lower-case words joined by hyphens)',
  'bad-version': 'a version such as 1.4.0',
  'bad-url': 'an http(s) URL',
  'bad-page-link': 'a site path such as /goals/availability/ (lower-case letters, digits, -, / and #)',
  'bad-topic': 'a topic such as goal:availability',
  'bad-host': 'a host name such as example.com (no scheme, path or port)',
  'bad-path-prefix': 'a path starting with /',
};

/** What one zod issue means to a maintainer: the rule, expected, received and a hint. */
export interface IssueExplanation {
  rule: RuleId;
  path: PropertyKey[];
  expected: string;
  received?: string | undefined;
  hint?: string | undefined;
  /** Where to point in the file when that differs from `path` (e.g. at the stray fragment of a cut text). */
  locateAt?: PropertyKey[];
}

/** What the explainer may ask of the YAML the value came from. */
interface YamlFacts {
  /** True when the mapping at `path` was written in flow style, `{ a: 1, b: 2 }`. */
  isFlowMap(path: readonly PropertyKey[]): boolean;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  array: 'a list',
  object: 'a mapping of fields',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
};

/** Short, safe rendering of a received value (long text is cut, never dumped whole). */
function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'a mapping of fields';
  const json = JSON.stringify(value);
  return json.length > 80 ? `${json.slice(0, 77)}…"` : json;
}

type AnySchema = z.core.$ZodType;

/** The schemas a path can lead to (unions fan out), with wrappers (optional, default, pipe…) removed. */
function schemasAt(schema: AnySchema, path: readonly PropertyKey[]): AnySchema[] {
  const unwrap = (s: AnySchema): AnySchema[] => {
    const def = s._zod.def as unknown as Record<string, unknown> & { type: string };
    switch (def.type) {
      case 'optional':
      case 'nullable':
      case 'default':
      case 'prefault':
      case 'readonly':
      case 'catch':
      case 'nonoptional':
        return unwrap(def.innerType as AnySchema);
      case 'pipe':
        // The input side is what the contributor wrote (a transform sits on the output side).
        return [...unwrap(def.in as AnySchema), ...((def.out as AnySchema)._zod.def.type === 'transform' ? [] : unwrap(def.out as AnySchema))];
      case 'union':
        return (def.options as AnySchema[]).flatMap(unwrap);
      default:
        return [s];
    }
  };
  let current = unwrap(schema);
  for (const key of path) {
    current = current.flatMap((s) => {
      const def = s._zod.def as unknown as Record<string, unknown> & { type: string };
      if (def.type === 'object' && typeof key === 'string') {
        const child = (def.shape as Record<string, AnySchema>)[key];
        return child ? unwrap(child) : [];
      }
      if (def.type === 'array' && typeof key === 'number') return unwrap(def.element as AnySchema);
      return [];
    });
  }
  return current;
}

/** The field names of the object(s) at a path in a schema: suggestions come from that object's own keys. */
function keysAt(schema: AnySchema, path: readonly PropertyKey[]): string[] {
  return [
    ...new Set(
      schemasAt(schema, path).flatMap((s) => (s._zod.def.type === 'object' ? Object.keys((s._zod.def as unknown as { shape: object }).shape) : [])),
    ),
  ];
}

/** True when the field at a path is a partial date (text or a { at, derivedFrom… } mapping). */
function isDateField(schema: AnySchema, path: readonly PropertyKey[]): boolean {
  return keysAt(schema, path).includes('derivedFrom');
}

/** The rule a custom issue or format issue names through its message (a catalogued rule id). */
function namedRule(issue: z.core.$ZodIssue): RuleId | undefined {
  return isRuleId(issue.message) ? issue.message : undefined;
}

function isDateIssue(issue: z.core.$ZodIssue): boolean {
  if (namedRule(issue) === 'bad-date') return true;
  if (issue.code === 'invalid_union') return issue.errors.some((branch) => branch.some(isDateIssue));
  return false;
}

/** Options for explainIssue. */
export interface ExplainOptions {
  /** The schema the value was checked against, for suggestions from the right object's keys. */
  schema?: AnySchema;
  yaml?: YamlFacts;
  /** The whole input, to look up values beside an issue. */
  root?: unknown;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

/**
 * What is wrong with a date that is nearly right: a time without its Z (or with a space for the T),
 * or a day the calendar does not have. Undefined for anything else (the expected forms say enough).
 */
function badDateHint(input: unknown): string | undefined {
  if (typeof input !== 'string') return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::\d{2})?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(input.trim());
  if (!m) return undefined;
  const [, y, mo, d, hh, mm, zone] = m;
  const day = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (day.getUTCMonth() !== Number(mo) - 1 || day.getUTCDate() !== Number(d)) return `${y}-${mo}-${d} is not a day of the calendar.`;
  if (hh === undefined) return undefined;
  if (zone && zone !== 'Z') return `Times are written in UTC: convert it and keep the original in derivedFrom, e.g. { at: ${y}-${mo}-${d}T…Z, derivedFrom: "${zone} (${hh}:${mm})" }.`;
  return `Times are written in UTC with T and Z: ${y}-${mo}-${d}T${hh}:${mm}Z, if that time is UTC; a local time is converted, and the original kept in derivedFrom.`;
}

/** Turns one zod issue into located words; unknown-key issues become one explanation per key. */
function explainIssue(issue: z.core.$ZodIssue, opts: ExplainOptions = {}, prefix: readonly PropertyKey[] = []): IssueExplanation[] {
  const path = [...prefix, ...issue.path];
  const input = 'input' in issue ? issue.input : undefined;
  const rule = namedRule(issue);

  if (issue.code === 'invalid_union' && (isDateIssue(issue) || (opts.schema && isDateField(opts.schema, path)))) {
    // A date is text or a { at, approximate?, derivedFrom? } mapping: explain the branch the value chose.
    if (input === undefined) return [{ rule: 'required-field', path, expected: `${PARTIAL_DATE_EXPECTED} (this field is required)`, received: 'nothing' }];
    if (input !== null && typeof input === 'object' && !Array.isArray(input)) {
      const objectBranch = issue.errors.find((branch) => !branch.some((i) => i.path.length === 0 && i.code === 'invalid_type'));
      if (objectBranch) return objectBranch.flatMap((i) => explainIssue(i, opts, path));
    }
    return [{ rule: 'bad-date', path, expected: PARTIAL_DATE_EXPECTED, received: describeValue(input), hint: badDateHint(input) }];
  }
  if (rule === 'bad-date') return [{ rule, path, expected: PARTIAL_DATE_EXPECTED, received: describeValue(input), hint: badDateHint(input) }];

  switch (issue.code) {
    case 'invalid_type': {
      const words = TYPE_WORDS[issue.expected] ?? 'a value of another kind';
      if (input === undefined) return [{ rule: 'required-field', path, expected: `${words} (this field is required)`, received: 'nothing' }];
      return [{ rule: 'wrong-type', path, expected: words, received: describeValue(input) }];
    }
    case 'invalid_value': {
      const values = issue.values.map((v) => String(v));
      const close = typeof input === 'string' ? nearest(input, values) : undefined;
      if (input === undefined) return [{ rule: 'required-field', path, expected: `one of ${values.join(', ')} (this field is required)`, received: 'nothing' }];
      return [{ rule: 'not-one-of', path, expected: `one of ${values.join(', ')}`, received: describeValue(input), hint: close ? `Did you mean "${close}"?` : undefined }];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key): IssueExplanation => {
        if (key === 'id' && path.length === 0) {
          return { rule: 'id-in-front-matter', path: [key], expected: 'no id key', received: 'an id key', hint: "An incident's id is its file name; remove the id: line." };
        }
        const value = valueAt(opts.root, [...path, key]);
        if (value === null && opts.yaml?.isFlowMap(path)) {
          // `{ text: a limit of 20,000 units }` reads as text "a limit of 20" plus a key "000 units": the key is
          // a fragment of the text, so deleting it would silently shorten the sentence.
          const object = valueAt(opts.root, path);
          const entries = object && typeof object === 'object' ? Object.entries(object) : [];
          const at = entries.findIndex(([k]) => k === key);
          const cut = entries.slice(0, Math.max(at, 0)).reverse().find(([, v]) => typeof v === 'string');
          // Named by the field that was cut (where the contributor wrote the text), located at the fragment.
          const field = cut ? cut[0] : 'text';
          return {
            rule: 'text-cut-at-comma',
            path: cut ? [...path, cut[0]] : [...path, key],
            locateAt: [...path, key],
            expected: 'text with no unquoted comma inside { … }',
            received: cut
              ? `${describeValue(cut[1])} and a stray field ${JSON.stringify(key)}: YAML ended ${field} at the comma and read the rest as a field`
              : `a stray field ${JSON.stringify(key)}: YAML ended the text before it at the comma and read the rest as a field`,
            hint: `Put the whole ${field} in double quotes, e.g. ${field}: "…, …".`,
          };
        }
        const own = opts.schema ? keysAt(opts.schema, path) : [];
        const close = nearest(key, own);
        const known = own.length ? ` Fields here: ${own.join(', ')}.` : '';
        return {
          rule: 'unknown-field',
          path: [...path, key],
          expected: 'a known field',
          received: JSON.stringify(key),
          hint: close ? `Did you mean "${close}"?` : `Check the spelling, or remove it if it is not meant to be here.${known}`,
        };
      });
    case 'too_small':
      if (issue.origin === 'array') return [{ rule: 'too-few', path, expected: `a list of at least ${String(issue.minimum)}`, received: describeValue(input) }];
      if (issue.origin === 'number') return [{ rule: 'too-few', path, expected: `a number of at least ${String(issue.minimum)}`, received: describeValue(input) }];
      return [{ rule: 'too-few', path, expected: 'non-empty text', received: describeValue(input) }];
    case 'too_big':
      if (issue.origin === 'array') return [{ rule: 'too-many', path, expected: `a list of at most ${String(issue.maximum)}`, received: describeValue(input) }];
      return [{ rule: 'too-many', path, expected: `at most ${String(issue.maximum)}`, received: describeValue(input) }];
    case 'invalid_format': {
      const r = rule ?? (issue.format === 'url' ? 'bad-url' : undefined);
      if (r && FORMAT_EXPECTED[r]) return [{ rule: r, path, expected: FORMAT_EXPECTED[r], received: describeValue(input) }];
      return [{ rule: 'wrong-type', path, expected: 'text in the documented form (see the field list in README.md)', received: describeValue(input) }];
    }
    case 'custom': {
      const params = (issue.params ?? {}) as { expected?: string; received?: string; hint?: string };
      if (rule && FORMAT_EXPECTED[rule]) return [{ rule, path, expected: FORMAT_EXPECTED[rule], received: describeValue(input) }];
      return [{ rule: rule ?? 'wrong-type', path, expected: params.expected ?? 'a valid value', received: params.received ?? describeValue(input), hint: params.hint }];
    }
    case 'invalid_union': {
      // Several shapes are allowed: explain against the branch the value came closest to.
      const best = [...issue.errors].sort((a, b) => a.length - b.length)[0];
      if (input !== undefined && best && best.length) return best.flatMap((i) => explainIssue(i, opts, path));
      return [{ rule: input === undefined ? 'required-field' : 'wrong-type', path, expected: 'a value in one of the documented forms', received: describeValue(input) }];
    }
    default:
      return [{ rule: 'wrong-type', path, expected: 'a value in the documented form', received: describeValue(input) }];
  }
}

/**
 * Every issue of one parse in words. A required field that is missing because it was misspelt
 * (`trem:` for `term:`) is one mistake, not two: the missing-field problem is dropped and the
 * misspelling's own message says the field is required.
 */
export function explainIssues(issues: readonly z.core.$ZodIssue[], opts: ExplainOptions = {}): IssueExplanation[] {
  const all = issues.flatMap((issue) => explainIssue(issue, opts));
  const key = (path: readonly PropertyKey[]) => path.map(String).join('\u0000');
  const missing = new Map(all.filter((e) => e.rule === 'required-field').map((e) => [key(e.path), e]));
  const covered = new Set<IssueExplanation>();
  const out = all.map((e) => {
    const meant = e.rule === 'unknown-field' ? /^Did you mean "([^"]+)"\?$/.exec(e.hint ?? '')?.[1] : undefined;
    const required = meant === undefined ? undefined : missing.get(key([...e.path.slice(0, -1), meant]));
    if (!required) return e;
    covered.add(required);
    return { ...e, hint: `Did you mean "${meant}" (a required field)?` };
  });
  return out.filter((e) => !covered.has(e));
}
