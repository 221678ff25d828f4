import type { Root } from 'mdast';
import { renderMarkdownAndText } from '../markdown/render';
import { fillSourceFootnotes, type FootnoteSource } from '../markdown/source-footnotes';
import { labelWikiLinks, type WikiKind } from '../markdown/wiki-links';

/** Looks up the display name of a wiki-link target. */
export type NameOf = (kind: WikiKind, id: string) => string | undefined;

/**
 * Renders the tree the body rules already read (wiki-links applied) to sanitised HTML: fill the
 * footnotes from the sources, name unlabelled links, render. The tree is consumed.
 */
export function renderIncidentTree(tree: Root, sources: readonly FootnoteSource[], nameOf: NameOf = () => undefined): string {
  return renderIncidentTreeAndText(tree, sources, nameOf).html;
}

/** As renderIncidentTree, plus the body's plain text (for search) from the same HTML syntax tree. */
export function renderIncidentTreeAndText(tree: Root, sources: readonly FootnoteSource[], nameOf: NameOf = () => undefined): { html: string; text: string } {
  fillSourceFootnotes(tree, sources);
  labelWikiLinks(tree, nameOf);
  return renderMarkdownAndText(tree);
}

