import type { ProblemInit } from './problems';
import type { YamlSyntaxError } from './yaml-source';

/** The usual cause of a YAML syntax error in hand-written content: unquoted text or uneven indentation. */
const QUOTE_OR_INDENT =
  'Quote text that starts with [, {, *, &, ! or a quote, or that contains ": " or " #"; indent nested fields by two spaces, and the items of one list at the same column.';

/** A hint that fits the parser's error code, so a tab or a bad escape is not answered with quoting advice. */
function hintFor(error: YamlSyntaxError): string {
  switch (error.code) {
    case 'TAB_AS_INDENT':
      return 'Indent with spaces, two per level: YAML does not accept tabs.';
    case 'BAD_DQ_ESCAPE':
      return 'Inside "double quotes" a backslash starts an escape: write \\\\ for a backslash, or use \'single quotes\'.';
    case 'MISSING_CHAR':
      if (/quote/i.test(error.message)) return "Close the quote. Inside 'single quotes' an apostrophe is written twice (''); inside \"double quotes\" a quote is written \\\".";
      return QUOTE_OR_INDENT;
    default:
      return QUOTE_OR_INDENT;
  }
}

/**
 * The problem for the first YAML syntax error of a file: a key written twice becomes its own rule
 * (naming both lines), every other error `yaml-syntax` with a hint chosen by its cause. `what` names
 * what should have parsed ("valid YAML front matter"); `more` is true when the parser found further
 * errors, which usually follow from this one.
 */
function explainYamlSyntax(error: YamlSyntaxError, what: string, more: boolean): Pick<ProblemInit, 'rule' | 'path' | 'expected' | 'received' | 'hint'> {
  const later = more ? ' Then check again: later lines may have been misread because of this one.' : '';
  if (error.duplicate) {
    const { key, firstLine } = error.duplicate;
    return {
      rule: 'duplicate-field',
      path: key,
      expected: 'each field once in its mapping',
      received: `${JSON.stringify(key)} again (first on line ${firstLine})`,
      hint: `Keep one ${key}: line, with the value you mean; YAML does not merge the two.${later}`,
    };
  }
  return { rule: 'yaml-syntax', path: '', expected: what, received: `a syntax error: ${error.message}`, hint: `${hintFor(error)}${later}` };
}

/**
 * What to report for a text's YAML syntax errors, located: every field written twice (each stands
 * alone), else only the first error, because the parser's later errors mostly follow from it.
 */
export function yamlSyntaxProblems(errors: readonly YamlSyntaxError[], what: string): (ReturnType<typeof explainYamlSyntax> & { line: number; column: number })[] {
  const duplicates = errors.filter((e) => e.duplicate);
  const reported = duplicates.length === errors.length ? duplicates : errors.slice(0, 1);
  const more = errors.length > reported.length;
  return reported.map((e) => ({ line: e.line, column: e.column, ...explainYamlSyntax(e, what, more) }));
}
