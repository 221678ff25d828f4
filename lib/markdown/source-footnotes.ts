import type { PhrasingContent, Root } from 'mdast';

/** The bits of a source a footnote shows. */
export interface FootnoteSource {
  ref: string;
  title: string;
  publisher: string;
  kind: 'primary' | 'secondary';
  url?: string | undefined;
  /** A machine-written summary: the footnote says so, so no reader takes it for the report. */
  machineWritten?: boolean | undefined;
}

/**
 * Fills the generated footnote definitions with each source's details, built as syntax nodes (not
 * Markdown text) so a title can never inject markup. Bodies cite with [^ref]; text comes from front matter.
 */
export function fillSourceFootnotes(tree: Root, sources: readonly FootnoteSource[]): void {
  const byRef = new Map(sources.map((s) => [s.ref, s]));
  for (const node of tree.children) {
    if (node.type !== 'footnoteDefinition') continue;
    const source = byRef.get(node.identifier);
    if (!source) continue;
    const label: PhrasingContent[] = [
      {
        type: 'text',
        value: `${source.title} — ${source.publisher}${source.kind === 'primary' ? ' (primary report)' : ''}${source.machineWritten ? ' (machine-written summary)' : ''}`,
      },
    ];
    if (source.url) {
      label.push(
        { type: 'text', value: '. ' },
        { type: 'link', url: source.url, children: [{ type: 'text', value: source.url }] },
      );
    }
    node.children = [{ type: 'paragraph', children: label }];
  }
}
