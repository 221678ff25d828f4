import type { Element, Root as HastRoot, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';

/** Parts of a rendered body that are not prose: the "Sources cited" section, footnote markers, heading anchors. */
function isApparatus(node: RootContent): boolean {
  if (node.type !== 'element') return false;
  const el = node as Element;
  const cls = el.properties.className;
  const classes = Array.isArray(cls) ? cls.map(String) : [];
  return (
    (el.tagName === 'section' && el.properties.dataFootnotes !== undefined) ||
    el.tagName === 'sup' ||
    (el.tagName === 'a' && classes.includes('heading-anchor'))
  );
}

function strip<T extends HastRoot | Element>(node: T): T {
  return {
    ...node,
    children: node.children
      .filter((c) => !isApparatus(c as RootContent))
      .map((c) => (c.type === 'element' ? strip(c) : c)),
  } as T;
}

/**
 * The readable text of a rendered body, from the same syntax tree the HTML is serialised from
 * (hast-util-to-string, no regular expressions): sources section, footnote markers and heading
 * anchors dropped; blocks separated by spaces; whitespace collapsed.
 */
export function hastToText(tree: HastRoot): string {
  const blocks = strip(tree).children.map((c) => toString(c as Element));
  return blocks.join(' ').replace(/\s+/g, ' ').trim();
}
