import { describe, expect, it } from 'vitest';
import { htmlToText } from './plain-text';

describe('htmlToText', () => {
  it('drops footnote markers, heading anchors and the sources section, and decodes entities', () => {
    const html =
      '<h2 id="x">What happened<a class="heading-anchor" href="#x">#</a></h2><p>AT&amp;T&#x27;s link<sup><a href="#fn-1">1</a></sup> &lt;cut&gt;</p><section data-footnotes class="footnotes"><p>Source text</p></section>';
    expect(htmlToText(html)).toBe("What happened AT&T's link <cut>");
  });
});
