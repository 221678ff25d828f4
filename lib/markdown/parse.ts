import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { remarkGfmWithoutLiteralAutolinks } from './gfm-syntax';
import {
  remarkCitationRules,
  remarkImageRules,
  remarkSafetyRules,
  remarkSectionRules,
  remarkWikiLinks,
} from './body-rules';

const parser = unified().use(remarkParse).use(remarkGfmWithoutLiteralAutolinks);

/** Text of the footnote definitions generated for source refs (filled in later from front matter). */
const GENERATED_FOOTNOTE = '\u0000source';

/** The body followed by one generated footnote definition per source ref. */
function withDefinitions(markdown: string, sourceRefs: Iterable<string>): string {
  const definitions = [...sourceRefs].map((ref) => `[^${ref}]: ${GENERATED_FOOTNOTE}`).join('\n');
  return definitions ? `${markdown}\n\n${definitions}\n` : markdown;
}

/**
 * Parses a body (GFM footnotes, tables, strikethrough, task lists; no literal autolinks) into a Markdown syntax tree. GFM only treats
 * `[^ref]` as a footnote when a definition exists, so one is appended for every source ref;
 * source-footnotes.ts replaces their placeholder text with the source's details.
 */
export function parseMarkdown(markdown: string, sourceRefs: Iterable<string> = []): Root {
  // The GFM extensions only extend the parser, so the parsed tree needs no transform pass.
  return parser.parse(withDefinitions(markdown, sourceRefs));
}

// One frozen processor: the body rules are remark plugins reading the one tree the page is rendered from.
const bodyProcessor = unified()
  .use(remarkParse)
  .use(remarkGfmWithoutLiteralAutolinks)
  .use(remarkSectionRules)
  .use(remarkCitationRules)
  .use(remarkImageRules)
  .use(remarkSafetyRules)
  .use(remarkWikiLinks)
  .freeze();

/**
 * Parses an incident body once and runs the body rules on that tree. Returns the tree (wiki-links
 * already turned into links, ready to render) and the VFile carrying the rules' messages (body
 * lines, 1-based) and the facts they collected (`file.data.body`: citations, wiki-links).
 */
export function parseIncidentBody(body: string, sourceRefs: readonly string[]): { tree: Root; file: VFile } {
  const file = new VFile({ value: withDefinitions(body, sourceRefs) });
  file.data.bodyRules = { refs: new Set(sourceRefs), bodyLength: body.length };
  const tree = bodyProcessor.parse(file);
  bodyProcessor.runSync(tree, file);
  return { tree, file };
}
