import type { Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { hastToText } from './plain-text';
import { sanitizeSchema } from './sanitize-schema';
import { separateFootnoteRefs } from './separate-footnotes';

// Sanitising runs before the trusted plugins, so only our own code adds ids, anchors and rel.
const processor = unified()
  .use(remarkRehype, {
    allowDangerousHtml: false,
    footnoteLabel: 'Sources cited',
    footnoteBackLabel: 'Back to the text',
  })
  .use(rehypeSanitize, sanitizeSchema)
  .use(rehypeSlug)
  .use(rehypeAutolinkHeadings, {
    behavior: 'append',
    properties: { className: ['heading-anchor'], ariaHidden: 'true', tabIndex: -1 },
    content: { type: 'text', value: '#' },
  })
  .use(rehypeExternalLinks, { rel: ['noopener', 'noreferrer'] })
  .use(separateFootnoteRefs)
  .use(rehypeStringify);

/** The sanitised HTML syntax tree of an untrusted Markdown tree (what renderMarkdown serialises). */
export function renderHast(tree: Root): HastRoot {
  return processor.runSync(structuredClone(tree));
}

/** Renders an untrusted Markdown tree to HTML with no raw HTML and only http(s), mailto and fragment links. */
export function renderMarkdown(tree: Root): string {
  return processor.stringify(renderHast(tree));
}

/** The HTML and the plain text of one tree, both from the one sanitised HTML syntax tree. */
export function renderMarkdownAndText(tree: Root): { html: string; text: string } {
  const hast = renderHast(tree);
  return { text: hastToText(hast), html: processor.stringify(hast) };
}
