import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

/** The fixed story sections every incident body has, in this order. */
export const REQUIRED_SECTIONS = ['What happened', 'Why it happened', 'How it was detected and fixed', 'What changed afterwards'] as const;
/** Sections a body may add after the required ones' first appearance. */
export const OPTIONAL_SECTIONS = ['Where the sources disagree', 'Lessons'] as const;

/** A problem found in a body, located in the body's own lines (1-based). */
export interface BodyProblem {
  line: number;
  column: number;
  expected: string;
  received?: string;
  hint?: string;
}

/** Checks the section headings and that every footnote cites a known source ref. */
export function checkBody(tree: Root, sourceRefs: ReadonlySet<string>, bodyLines: number): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const found: string[] = [];
  visit(tree, (node) => {
    const pos = node.position?.start ?? { line: 1, column: 1 };
    if (node.type === 'heading' && node.depth === 1) {
      problems.push({ ...pos, expected: 'no level-1 heading (the title comes from front matter)', received: JSON.stringify(toString(node)), hint: 'Use ## for sections.' });
    }
    if (node.type === 'heading' && node.depth === 2) {
      const title = toString(node);
      const allowed: readonly string[] = [...REQUIRED_SECTIONS, ...OPTIONAL_SECTIONS];
      if (!allowed.includes(title)) {
        problems.push({ ...pos, expected: `a section heading (${allowed.join(', ')})`, received: JSON.stringify(title), hint: 'Use ### for sub-sections.' });
      }
      found.push(title);
    }
    // An unknown ref has no generated definition, so GFM leaves it as literal text.
    if (node.type === 'text') {
      for (const m of node.value.matchAll(/\[\^([^\]\s]+)\]/g)) {
        if (m[1] && !sourceRefs.has(m[1])) {
          problems.push({ ...pos, expected: 'a footnote naming a source ref', received: JSON.stringify(m[0]), hint: `Known refs: ${[...sourceRefs].join(', ')}.` });
        }
      }
    }
    if (node.type === 'footnoteDefinition' && pos.line <= bodyLines) {
      problems.push({ ...pos, expected: 'no footnote definitions in the body', received: JSON.stringify(`[^${node.identifier}]:`), hint: 'Footnote text is generated from the sources list; cite with [^ref] only.' });
    }
  });
  const order = found.filter((t): t is (typeof REQUIRED_SECTIONS)[number] => (REQUIRED_SECTIONS as readonly string[]).includes(t));
  REQUIRED_SECTIONS.forEach((section, i) => {
    if (!order.includes(section)) {
      problems.push({ line: 1, column: 1, expected: `a "## ${section}" section`, received: 'none', hint: `Bodies have these sections in order: ${REQUIRED_SECTIONS.join(', ')}.` });
    } else if (order.indexOf(section) !== i && order.length === REQUIRED_SECTIONS.length) {
      problems.push({ line: 1, column: 1, expected: `sections in the order ${REQUIRED_SECTIONS.join(', ')}`, received: order.join(', ') });
    }
  });
  return problems;
}

/** The source refs a body cites, in first-cited order. */
export function citedRefs(tree: Root): string[] {
  const refs: string[] = [];
  visit(tree, 'footnoteReference', (node) => {
    if (!refs.includes(node.identifier)) refs.push(node.identifier);
  });
  return refs;
}
