import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

const isFootnoteRef = (n: ElementContent | undefined): n is Element =>
  n?.type === 'element' &&
  n.tagName === 'sup' &&
  n.children.some((c) => c.type === 'element' && c.tagName === 'a' && 'dataFootnoteRef' in c.properties);

/**
 * Rehype plugin: puts a superscript comma between adjacent footnote references, so markers 1 and 5
 * read "1,5" and never "15".
 */
export function separateFootnoteRefs() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      for (let i = node.children.length - 1; i > 0; i--)
        if (isFootnoteRef(node.children[i]) && isFootnoteRef(node.children[i - 1]))
          node.children.splice(i, 0, {
            type: 'element',
            tagName: 'sup',
            properties: { className: ['fn-sep'] },
            children: [{ type: 'text', value: ',' }],
          });
    });
  };
}
