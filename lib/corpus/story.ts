/**
 * The rendered story of an incident, split for the case-study page: the body without its footnote
 * section (the page's one source list takes its place), the order sources are first cited in, and
 * the story's own section headings for the table of contents.
 *
 * The HTML comes from our own renderer (remark-rehype + rehype-slug + rehype-autolink-headings),
 * so the markers matched here are fixed by that pipeline; story.test.ts renders real Markdown
 * through it, so a change in the pipeline's output fails there.
 */

/** A heading in the story: its anchor id and its text. */
interface StoryHeading {
  id: string;
  text: string;
}

/** The story body, cited source refs in first-citation order, and its h2 headings. */
export interface StoryParts {
  /** The body HTML with the footnote section removed and footnote links pointing at `#source-<ref>`. */
  body: string;
  /** Source refs in the order the story first cites them (the footnote numbers 1, 2, …). */
  cited: string[];
  /** The story's second-level headings, in order. */
  headings: StoryHeading[];
}

const FOOTNOTES_START = '<section data-footnotes';

const decode = (s: string) =>
  s
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/**
 * Splits a rendered story. `sourcesHeadingId` is the id of the page's source-list heading, which
 * footnote references are described by once the footnote section is gone.
 */
export function splitStory(html: string, sourcesHeadingId: string): StoryParts {
  const at = html.indexOf(FOOTNOTES_START);
  const notes = at < 0 ? '' : html.slice(at);
  const cited = [...notes.matchAll(/<li id="user-content-fn-([^"]+)">/g)].map((m) => decode(m[1]!));
  const body = (at < 0 ? html : html.slice(0, at))
    .replace(/href="#user-content-fn-/g, 'href="#source-')
    .replace(/aria-describedby="footnote-label"/g, `aria-describedby="${sourcesHeadingId}"`);
  const headings = [...body.matchAll(/<h2 id="([^"]+)">(.*?)(?:<a class="heading-anchor"[^>]*>#<\/a>)?<\/h2>/g)].map(
    (m) => ({ id: decode(m[1]!), text: decode(m[2]!.replace(/<[^>]+>/g, '')).trim() }),
  );
  return { body, cited, headings };
}

/**
 * A source's local-time note in reading order: `PST (5:15 AM)` → `5:15 AM PST`,
 * `US/Pacific (21:20 on 20 July)` → `21:20 on 20 July US/Pacific`; anything else unchanged.
 */
export function localTimeNote(derivedFrom: string): string {
  const m = /^(.+?) \((.+)\)$/.exec(derivedFrom.trim());
  return m ? `${m[2]} ${m[1]}` : derivedFrom;
}
