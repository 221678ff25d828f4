import type { BodyScan } from './body-scan';

/** The fixed story sections every incident body has, in this order. */
export const REQUIRED_SECTIONS = [
  'What happened',
  'Why it happened',
  'How it was detected and fixed',
  'What changed afterwards',
] as const;
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
export function checkBody(scan: BodyScan, sourceRefs: ReadonlySet<string>): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const found: string[] = [];
  const allowed: readonly string[] = [...REQUIRED_SECTIONS, ...OPTIONAL_SECTIONS];
  for (const h of scan.headings) {
    const pos = { line: h.line, column: h.column };
    if (h.depth === 1)
      problems.push({
        ...pos,
        expected: 'no level-1 heading (the title comes from front matter)',
        received: JSON.stringify(h.title),
        hint: 'Use ## for sections.',
      });
    if (h.depth !== 2) continue;
    if (!allowed.includes(h.title))
      problems.push({
        ...pos,
        expected: `a section heading (${allowed.join(', ')})`,
        received: JSON.stringify(h.title),
        hint: 'Use ### for sub-sections.',
      });
    found.push(h.title);
  }
  for (const ref of scan.footnoteRefs) {
    if (!sourceRefs.has(ref.id))
      problems.push({
        line: ref.line,
        column: ref.column,
        expected: 'a footnote naming a source ref',
        received: JSON.stringify(ref.raw),
        hint: `Known refs: ${[...sourceRefs].join(', ')}.`,
      });
  }
  for (const def of scan.footnoteDefinitions) {
    problems.push({
      line: def.line,
      column: def.column,
      expected: 'no footnote definitions in the body',
      received: JSON.stringify(`[^${def.id}]:`),
      hint: 'Footnote text is generated from the sources list; cite with [^ref] only.',
    });
  }
  const order = found.filter((t): t is (typeof REQUIRED_SECTIONS)[number] =>
    (REQUIRED_SECTIONS as readonly string[]).includes(t),
  );
  REQUIRED_SECTIONS.forEach((section, i) => {
    if (!order.includes(section)) {
      problems.push({
        line: 1,
        column: 1,
        expected: `a "## ${section}" section`,
        received: 'none',
        hint: `Bodies have these sections in order: ${REQUIRED_SECTIONS.join(', ')}.`,
      });
    } else if (order.indexOf(section) !== i && order.length === REQUIRED_SECTIONS.length) {
      problems.push({
        line: 1,
        column: 1,
        expected: `sections in the order ${REQUIRED_SECTIONS.join(', ')}`,
        received: order.join(', '),
      });
    }
  });
  return problems;
}

/** The source refs a scanned body cites, in first-cited order. */
export function citedRefs(scan: BodyScan): string[] {
  return [...new Set(scan.footnoteRefs.map((r) => r.id))];
}
