import { parseMarkdown } from '../markdown/parse';
import { renderMarkdown } from '../markdown/render';
import { fillSourceFootnotes, type FootnoteSource } from '../markdown/source-footnotes';
import { applyWikiLinks, labelWikiLinks, type WikiKind } from '../markdown/wiki-links';

/**
 * Renders a validated incident body to sanitised HTML: parse (with a footnote per source), turn
 * wiki-links into links, fill the footnotes from the sources, name unlabelled links, render.
 */
export function renderIncidentBody(body: string, sources: readonly FootnoteSource[], nameOf: (kind: WikiKind, id: string) => string | undefined = () => undefined): string {
  const tree = parseMarkdown(body, sources.map((s) => s.ref));
  applyWikiLinks(tree);
  fillSourceFootnotes(tree, sources);
  labelWikiLinks(tree, nameOf);
  return renderMarkdown(tree);
}
