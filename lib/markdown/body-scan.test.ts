import { describe, expect, it } from 'vitest';
import { scanBody } from './body-scan';

describe('scanBody', () => {
  it('finds ATX and setext headings with their depth and plain title', () => {
    const scan = scanBody('## What *happened*\ntext\n\nWhy it happened\n---------------\n# Title');
    expect(scan.headings.map((h) => [h.line, h.depth, h.title])).toEqual([
      [1, 2, 'What happened'],
      [4, 2, 'Why it happened'],
      [6, 1, 'Title'],
    ]);
  });

  it('treats a --- after a blank line as a rule, not a heading', () => {
    expect(scanBody('text\n\n---\n').headings).toEqual([]);
  });

  it('locates footnote references and definitions, and wiki-links, at their own column', () => {
    const scan = scanBody('See this.[^a] and [[fault:link-cut]].\n[^b]: defined here');
    expect(scan.footnoteRefs.map((r) => [r.id, r.line, r.column])).toEqual([['a', 1, 10]]);
    expect(scan.footnoteDefinitions.map((d) => [d.id, d.line, d.column])).toEqual([['b', 2, 1]]);
    expect(scan.wikiLinks).toEqual([{ kind: 'fault', id: 'link-cut', line: 1, column: 19 }]);
  });

  it('ignores everything inside fenced code and inline code spans', () => {
    const scan = scanBody('```\n## Not a heading [^x] [[y]]\n```\nUse `[^z]` and ``[[w]]``.\n~~~\n# no\n~~~');
    expect(scan).toEqual({ headings: [], footnoteRefs: [], footnoteDefinitions: [], wikiLinks: [] });
  });

  it('does not end a fence on a shorter or different fence', () => {
    const scan = scanBody('````\n```\n## inside\n````\n## outside');
    expect(scan.headings.map((h) => h.title)).toEqual(['outside']);
  });
});
