import { wikiLinksInText, type WikiLink } from './wiki-links';

/** A heading, footnote or reference found by scanning a body's lines (1-based positions). */
export interface Located {
  line: number;
  column: number;
}

/** What phase 1 needs to know about a body, found without building a syntax tree. */
export interface BodyScan {
  headings: (Located & { depth: number; title: string })[];
  footnoteRefs: (Located & { id: string; raw: string })[];
  footnoteDefinitions: (Located & { id: string })[];
  wikiLinks: WikiLink[];
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const DEFINITION = /^ {0,3}\[\^([^\]\s]+)\]:/;
const REFERENCE = /\[\^([^\]\s]+)\](?!:)/g;

/** Blanks out inline code spans (keeping columns), since nothing inside them is Markdown. */
function withoutCodeSpans(line: string): string {
  return line.replace(/(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, (span) => ' '.repeat(span.length));
}

/** Heading text as a reader sees it: emphasis and code marks dropped. */
function plainTitle(raw: string): string {
  return raw.replace(/[*_`]/g, '').trim();
}

/**
 * Scans an incident body line by line for what validation checks: section headings (ATX and
 * setext), footnote references and definitions, and wiki-links — skipping fenced code and inline
 * code. Parsing the whole body with micromark costs about 5 ms a file; this costs a fraction of
 * that, so `npm run check` stays fast, and the full parse happens once, when rendering.
 */
export function scanBody(body: string): BodyScan {
  const scan: BodyScan = { headings: [], footnoteRefs: [], footnoteDefinitions: [], wikiLinks: [] };
  const lines = body.split('\n');
  let fence: string | null = null;
  let previousIsText = false;
  lines.forEach((rawLine, index) => {
    const text = rawLine.replace(/\r$/, '');
    const line = index + 1;
    const fenceMatch = FENCE.exec(text);
    if (fence) {
      if (fenceMatch && fenceMatch[1]![0] === fence[0] && fenceMatch[1]!.length >= fence.length) fence = null;
      previousIsText = false;
      return;
    }
    if (fenceMatch) {
      fence = fenceMatch[1]!;
      previousIsText = false;
      return;
    }
    const atx = ATX.exec(text);
    const setext = SETEXT.exec(text);
    if (atx) {
      scan.headings.push({
        line,
        column: text.indexOf('#') + 1,
        depth: atx[1]!.length,
        title: plainTitle(atx[2] ?? ''),
      });
    } else if (setext && previousIsText) {
      const prev = lines[index - 1]!.replace(/\r$/, '');
      scan.headings.push({
        line: line - 1,
        column: prev.length - prev.trimStart().length + 1,
        depth: setext[1]![0] === '=' ? 1 : 2,
        title: plainTitle(prev),
      });
    }
    const definition = DEFINITION.exec(text);
    if (definition) scan.footnoteDefinitions.push({ line, column: text.indexOf('[') + 1, id: definition[1]! });
    const code = withoutCodeSpans(text);
    for (const m of code.matchAll(REFERENCE))
      scan.footnoteRefs.push({ line, column: m.index + 1, id: m[1]!, raw: m[0] });
    scan.wikiLinks.push(...wikiLinksInText(code).map((w) => ({ ...w, line })));
    previousIsText = text.trim() !== '' && !atx && !setext;
  });
  return scan;
}
