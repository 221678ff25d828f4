import type { Comparison } from '../content/read-comparisons';

/** One run of a comparison's prose: plain text, or a cited incident (id and title). */
export type ProseSegment = { text: string } | { incident: string; title: string };

/** A comparison ready to display: its name, the incidents it compares, and its prose split at each citation. */
export interface ComparisonView {
  id: string;
  name: string;
  incidents: { id: string; title: string }[];
  prose: ProseSegment[];
}

const WIKI_LINK = /\[\[([a-z0-9-]+)\]\]/g;

/** Splits `common` at each [[incident-id]] into text and cited-incident segments (whitespace folded). */
export function splitProse(common: string, titleOf: (id: string) => string): ProseSegment[] {
  const text = common.replace(/\s+/g, ' ').trim();
  const segments: ProseSegment[] = [];
  let last = 0;
  for (const m of text.matchAll(WIKI_LINK)) {
    if (m.index > last) segments.push({ text: text.slice(last, m.index) });
    const id = m[1] ?? '';
    segments.push({ incident: id, title: titleOf(id) });
    last = m.index + m[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last) });
  return segments;
}

/** Comparisons grouped by the page they belong on, keyed "fault:<id>" or "technology:<id>". */
export function comparisonsByTarget(
  comparisons: readonly Comparison[],
  titleOf: (id: string) => string,
): Map<string, ComparisonView[]> {
  const out = new Map<string, ComparisonView[]>();
  for (const c of comparisons) {
    const key = `${c.attachTo.kind}:${c.attachTo.id}`;
    const view: ComparisonView = {
      id: c.id,
      name: c.name,
      incidents: c.incidents.map((id) => ({ id, title: titleOf(id) })),
      prose: splitProse(c.common, titleOf),
    };
    out.set(key, [...(out.get(key) ?? []), view]);
  }
  return out;
}
