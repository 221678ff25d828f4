import { startInstant } from './dates';
import type { IncidentFrontMatter } from './incident-schema';
import type { IssueExplanation } from './zod-issues';

/** Rules that span several fields of one incident, checked after its schema passes. */
export function checkIncidentRules(fm: IncidentFrontMatter): IssueExplanation[] {
  const out: IssueExplanation[] = [];
  const refs = new Set<string>();
  fm.sources.forEach((s, i) => {
    if (refs.has(s.ref)) out.push({ path: ['sources', i, 'ref'], expected: 'a ref used by one source only', received: JSON.stringify(s.ref), hint: 'Give each source its own ref.' });
    refs.add(s.ref);
  });

  const checkRefs = (list: readonly string[] | undefined, path: PropertyKey[]) =>
    list?.forEach((ref, i) => {
      if (!refs.has(ref)) out.push({ path: [...path, i], expected: 'the ref of a source listed under sources', received: JSON.stringify(ref), hint: `Known refs: ${[...refs].join(', ')}.` });
    });
  fm.durations.forEach((d, i) => checkRefs(d.sources, ['durations', i, 'sources']));
  fm.disputes.forEach((d, i) => checkRefs(d.sources, ['disputes', i, 'sources']));
  fm.timeline.forEach((e, i) => checkRefs(e.sources, ['timeline', i, 'sources']));
  fm.actionItems.forEach((a, i) => checkRefs(a.sources, ['actionItems', i, 'sources']));

  const hasPrimary = fm.sources.some((s) => s.kind === 'primary');
  if (fm.primaryReport === 'none') {
    if (!fm.primaryReportReason) out.push({ path: ['primaryReportReason'], expected: 'a reason why no primary report exists', received: 'nothing', hint: 'Say who published nothing and what the page relies on instead.' });
    if (hasPrimary) out.push({ path: ['primaryReport'], expected: 'no "primaryReport: none" when a primary source is listed', received: '"none"' });
  } else if (!hasPrimary) {
    out.push({ path: ['sources'], expected: 'at least one source of kind primary', received: 'only secondary sources', hint: 'Add the organisation\'s own report, or set primaryReport: none with primaryReportReason.' });
  }
  // The primary report comes first so readers meet the organisation's own words before anyone's summary.
  const firstPrimary = fm.sources.findIndex((s) => s.kind === 'primary');
  if (firstPrimary > 0) out.push({ path: ['sources', firstPrimary], expected: 'primary sources listed before secondary ones', received: `a primary source at position ${firstPrimary + 1}`, hint: 'Move it to the top of sources.' });

  if (!fm.faults.some((f) => f.role === 'root' || f.role === 'trigger')) {
    out.push({ path: ['faults'], expected: 'at least one fault tag with role root or trigger', received: 'only contributing tags', hint: 'Use undisclosed-cause as root when the record gives no cause.' });
  }

  if (fm.ended && startInstant(fm.ended.at) < startInstant(fm.started.at)) {
    out.push({ path: ['ended'], expected: `a time at or after started (${fm.started.at})`, received: JSON.stringify(fm.ended.at) });
  }

  fm.timeline.forEach((event, i) => {
    const prev = fm.timeline[i - 1];
    if (prev && startInstant(event.at.at) < startInstant(prev.at.at)) {
      out.push({ path: ['timeline', i, 'at'], expected: `a time at or after the previous event (${prev.at.at})`, received: JSON.stringify(event.at.at), hint: 'List timeline events in time order.' });
    }
  });

  // One event starts an incident; later events of the same kind are impact measurements or symptoms
  // (detection, other), and two "trigger" rows make the timeline disagree with the fault tags.
  const triggers = fm.timeline.flatMap((e, i) => (e.phase === 'trigger' ? [i] : []));
  for (const i of triggers.slice(1)) {
    out.push({ path: ['timeline', i, 'phase'], expected: 'at most one timeline event with phase trigger', received: `a second trigger event (the first is timeline[${triggers[0]}])`, hint: 'Give symptoms and impact measurements the phase detection or other.' });
  }

  const seen = new Map<string, number>();
  fm.goals.forEach((g, i) => {
    if (seen.has(`goal:${g.id}`)) out.push({ path: ['goals', i, 'id'], expected: 'each goal once', received: JSON.stringify(g.id) });
    seen.set(`goal:${g.id}`, i);
  });
  fm.challenges.forEach((c, i) => {
    if (seen.has(`challenge:${c.id}`)) out.push({ path: ['challenges', i, 'id'], expected: 'each challenge once', received: JSON.stringify(c.id) });
    seen.set(`challenge:${c.id}`, i);
  });
  return out;
}
