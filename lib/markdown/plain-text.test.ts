import { describe, expect, it } from 'vitest';
import { parseMarkdown } from './parse';
import { renderMarkdownAndText } from './render';

describe('plain text of a rendered body', () => {
  it('comes from the same tree as the HTML: no sources section, footnote markers or heading anchors; entities decoded', () => {
    const { html, text } = renderMarkdownAndText(
      parseMarkdown("## What happened\n\nAT&amp;T's link[^s] &lt;cut&gt;.\n\n- one\n- two", ['s']),
    );
    expect(html).toContain('<section data-footnotes');
    expect(text).toBe("What happened AT&T's link <cut>. one two");
  });
});
