import type { z } from 'zod';
import { PARTIAL_DATE_EXPECTED } from './dates';
import { DURATION_EXPECTED } from './duration';
import { nearest } from './suggest';

/** What a maintainer should write for `added` and `revised`. */
const DAY_DATE_EXPECTED = 'a calendar day, YYYY-MM-DD (for example 2026-11-25)';

/** What one zod issue means to a maintainer: expected, received and a hint. */
export interface IssueExplanation {
  path: PropertyKey[];
  expected: string;
  received?: string;
  hint?: string;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  array: 'a list',
  object: 'a mapping of fields',
  number: 'a number',
  boolean: 'true or false',
};

/** Short, safe rendering of a received value (long text is cut, never dumped whole). */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'a mapping of fields';
  const json = JSON.stringify(value);
  return json.length > 80 ? `${json.slice(0, 77)}…"` : json;
}

function isDateIssue(issue: z.core.$ZodIssue): boolean {
  if (issue.code === 'custom' && issue.message === 'invalid-partial-date') return true;
  if (issue.code === 'invalid_union') return issue.errors.some((branch) => branch.some(isDateIssue));
  return false;
}

/** Turns one zod issue into located words; unknown-key issues become one explanation per key. */
export function explainIssue(issue: z.core.$ZodIssue, knownKeys: readonly string[] = []): IssueExplanation[] {
  const path = [...issue.path];
  const input = 'input' in issue ? issue.input : undefined;
  if (isDateIssue(issue)) return [{ path, expected: PARTIAL_DATE_EXPECTED, received: describeValue(input) }];
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return [{ path, expected: `${TYPE_WORDS[issue.expected] ?? issue.expected} (this field is required)`, received: 'nothing' }];
      return [{ path, expected: TYPE_WORDS[issue.expected] ?? issue.expected, received: describeValue(input) }];
    case 'invalid_value': {
      const values = issue.values.map((v) => String(v));
      const close = typeof input === 'string' ? nearest(input, values) : undefined;
      return [{
        path,
        expected: `one of ${values.join(', ')}`,
        received: describeValue(input),
        hint: close ? `Did you mean "${close}"?` : undefined,
      }];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        if (key === 'id' && path.length === 0) {
          return { path: [key], expected: 'no id key', received: 'an id key', hint: 'An incident\'s id is its file name; remove the id: line.' };
        }
        const close = nearest(key, knownKeys);
        return { path: [...path, key], expected: 'a known field', received: JSON.stringify(key), hint: close ? `Did you mean "${close}"?` : 'Remove it, or check the field list in README.md.' };
      });
    case 'too_small':
      if (issue.origin === 'array') return [{ path, expected: `a list of at least ${String(issue.minimum)}`, received: describeValue(input) }];
      return [{ path, expected: 'non-empty text', received: describeValue(input) }];
    case 'invalid_format':
      if (issue.format === 'url') return [{ path, expected: 'an http(s) URL', received: describeValue(input) }];
      if (issue.message === 'invalid-duration') return [{ path, expected: DURATION_EXPECTED, received: describeValue(input) }];
      if (issue.message === 'invalid-day-date') return [{ path, expected: DAY_DATE_EXPECTED, received: describeValue(input) }];
      if (issue.message === 'not-kebab-case') return [{ path, expected: 'a kebab-case id (lower-case words joined by hyphens)', received: describeValue(input) }];
      return [{ path, expected: `text matching ${issue.format}`, received: describeValue(input) }];
    case 'custom': {
      const params = (issue.params ?? {}) as { expected?: string; received?: string; hint?: string };
      if (issue.message === 'invalid-duration') return [{ path, expected: DURATION_EXPECTED, received: describeValue(input) }];
      if (issue.message === 'invalid-day-date') return [{ path, expected: DAY_DATE_EXPECTED, received: describeValue(input) }];
      return [{ path, expected: params.expected ?? issue.message, received: params.received ?? describeValue(input), hint: params.hint }];
    }
    default:
      return [{ path, expected: issue.message, received: describeValue(input) }];
  }
}
