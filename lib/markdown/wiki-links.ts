import type { Link, Parent, PhrasingContent, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { BASE_PATH } from '../site';
import { pageOf } from '../routes';

/** What a wiki-link can point at. */
export const WIKI_KINDS = ['incident', 'fault', 'goal', 'challenge'] as const;
/** One kind of wiki-link target. */
export type WikiKind = (typeof WIKI_KINDS)[number];

/** One `[[…]]` found in a body, located in the body's own lines (1-based). */
export interface WikiLink {
  kind: WikiKind;
  id: string;
  line: number;
  column: number;
}

/** `[[id]]`, `[[fault:id]]`, `[[goal:id]]`, `[[challenge:id]]`, each with an optional `|label`. */
const WIKI = /\[\[(?:(fault|goal|challenge):)?([^\]|\s]+)(?:\|([^\]]+))?\]\]/g;

/** The site path a target lives at (without base path). */
export function wikiPath(kind: WikiKind, id: string): string {
  return pageOf(kind, id);
}

/** The key a target is known by across the corpus: "incident:x", "fault:y". */
export function wikiKey(kind: WikiKind, id: string): string {
  return `${kind}:${id}`;
}

/** The kind and id a `[[…]]` match names. */
function targetOf(m: RegExpMatchArray): { kind: WikiKind; id: string } {
  const kind: WikiKind = m[1] === 'fault' || m[1] === 'goal' || m[1] === 'challenge' ? m[1] : 'incident';
  return { kind, id: m[2]! };
}

/** The wiki-links in one line of text, with 1-based columns (line is always 1). */
export function wikiLinksInText(text: string): WikiLink[] {
  return [...text.matchAll(WIKI)].map((m) => ({ ...targetOf(m), line: 1, column: m.index + 1 }));
}

/** Line and column of `offset` characters into a text node that starts at `start`. */
function locate(value: string, offset: number, start: { line: number; column: number }) {
  const before = value.slice(0, offset);
  const newlines = before.split('\n').length - 1;
  return newlines === 0
    ? { line: start.line, column: start.column + offset }
    : { line: start.line + newlines, column: offset - before.lastIndexOf('\n') };
}

/**
 * Turns `[[…]]` in text into links to the target's page, in place, prefixed with the build's base
 * path (rendered Markdown is plain HTML, which Next's basePath never sees). Links are marked with
 * `data.wikiTarget`. Returns the links found, for the corpus check.
 */
export function applyWikiLinks(tree: Root, basePath: string = BASE_PATH): WikiLink[] {
  const found: WikiLink[] = [];
  visit(tree, 'text', (node: Text, index, parent: Parent | undefined) => {
    if (!parent || index === undefined || parent.type === 'link' || parent.type === 'linkReference') return;
    const parts: PhrasingContent[] = [];
    let last = 0;
    for (const m of node.value.matchAll(WIKI)) {
      const { kind, id } = targetOf(m);
      if (m.index > last) parts.push({ type: 'text', value: node.value.slice(last, m.index) });
      const link: Link = {
        type: 'link',
        url: `${basePath}${wikiPath(kind, id)}`,
        children: [{ type: 'text', value: m[3]?.trim() || id }],
        data: { wikiTarget: { kind, id, labelled: m[3] !== undefined } },
      };
      parts.push(link);
      found.push({ kind, id, ...locate(node.value, m.index, node.position?.start ?? { line: 1, column: 1 }) });
      last = m.index + m[0].length;
    }
    if (parts.length === 0) return;
    if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
    parent.children.splice(index, 1, ...(parts as typeof parent.children));
    return [SKIP, index + parts.length];
  });
  return found;
}

declare module 'mdast' {
  interface LinkData {
    wikiTarget?: { kind: WikiKind; id: string; labelled: boolean };
  }
}
/** Replaces the text of unlabelled wiki-links with the target's name (titles are known only after phase 1). */
export function labelWikiLinks(tree: Root, nameOf: (kind: WikiKind, id: string) => string | undefined): void {
  visit(tree, 'link', (node: Link) => {
    const target = node.data?.wikiTarget;
    if (!target || target.labelled) return;
    const name = nameOf(target.kind, target.id);
    if (name) node.children = [{ type: 'text', value: name }];
  });
}
