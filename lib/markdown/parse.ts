import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkGfm);

/** Text of the footnote definitions generated for source refs (filled in later from front matter). */
const GENERATED_FOOTNOTE = '\u0000source';

/**
 * Parses a body (GFM: tables, footnotes, autolinks) into a Markdown syntax tree. GFM only treats
 * `[^ref]` as a footnote when a definition exists, so one is appended for every source ref;
 * source-footnotes.ts replaces their placeholder text with the source's details.
 */
export function parseMarkdown(markdown: string, sourceRefs: Iterable<string> = []): Root {
  const definitions = [...sourceRefs].map((ref) => `[^${ref}]: ${GENERATED_FOOTNOTE}`).join('\n');
  // remark-gfm only extends the parser, so the parsed tree needs no transform pass.
  return parser.parse(definitions ? `${markdown}\n\n${definitions}\n` : markdown);
}
