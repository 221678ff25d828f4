/**
 * A result as the page shows it, made in the search worker so the page's main thread only renders:
 * the title with matched words marked, date and organisations, a snippet, why it matched, and
 * which query words it has. Plain data, cheap to post and to render.
 */
import { recordOf, type Engine } from './engine';
import { highlight, snippet, type Segment } from './highlight';
import { hitFields, hitWords, type Hit } from './query';
import { whyMatched } from './why';

/** One shown result. */
export interface ResultCard {
  id: string;
  title: Segment[];
  /** "25 November 2020 · Amazon Web Services". */
  byline: string;
  /** Where the matched words sit: in the summary, or (once its text is in) the body. */
  snippet: Segment[];
  /** Fields and tags it matched in, in words ("title", "fault type: DNS (root)"). */
  why: string[];
  /** The query words it has (all of them unless the outcome is partial). */
  found: string[];
  /** It matched in its body text, so its text file can give a better snippet than the summary. */
  wantsText: boolean;
}

/**
 * The card of a hit. `text` is the incident's prose when already fetched: a body match is then
 * shown from the body when the summary lacks the words.
 */
export function resultCard(
  engine: Pick<Engine, 'termById' | 'orgName' | 'records'>,
  hit: Hit,
  text?: string,
): ResultCard {
  const words = hitWords(hit);
  const fields = hitFields(hit);
  const r = recordOf(engine, hit.id);
  const bodyFirst = !fields.includes('summary') && fields.includes('body');
  const snip =
    (bodyFirst && text ? snippet(text, words) : null) ?? snippet(r.lead, words) ?? (text ? snippet(text, words) : null);
  return {
    id: r.id,
    title: highlight(r.title, words),
    byline: `${r.date} · ${r.orgs.map((id) => engine.orgName.get(id) ?? id).join(', ')}`,
    snippet: snip ?? [{ text: r.lead, mark: false }],
    why: whyMatched(engine, hit),
    found: hit.found,
    wantsText: fields.includes('body'),
  };
}
