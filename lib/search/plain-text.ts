const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * The readable text of a rendered incident body: the "Sources cited" footnotes, footnote markers
 * and heading anchors are dropped (they are not prose), tags become spaces, entities are decoded.
 * The HTML comes from our own sanitised renderer, so a small decoder is enough.
 */
export function htmlToText(html: string): string {
  return html
    .replace(/<section[^>]*data-footnotes[^>]*>[\s\S]*?<\/section>/g, ' ')
    .replace(/<sup>[\s\S]*?<\/sup>/g, '')
    .replace(/<a[^>]*class="heading-anchor"[^>]*>[\s\S]*?<\/a>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/\s+/g, ' ')
    .trim();
}
