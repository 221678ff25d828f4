import { whollyBefore, type PartialDate } from './dates';
import { checkDerivedFrom } from './derived-from';
import type { IncidentFrontMatter } from './incident-schema';
import type { DependabilityProfile } from './taxonomy-schema';
import type { SourcePolicy } from './source-rules';
import type { IssueExplanation } from './zod-issues';

/** What the rules need besides the front matter. */
export interface IncidentRuleContext {
  /** Today's date, YYYY-MM-DD in UTC: `added` and `revised` may not be later. */
  today: PartialDate;
  /** The class profile of a fault type (faults.yaml), for the facet rule. */
  profileOf?: (faultType: string) => { classId: string; profile: DependabilityProfile } | undefined;
  /** The never-cite list (content/never-cite.yaml), for the source rules. */
  sourcePolicy?: SourcePolicy;
}

// Profile values that allow any tag value.
const OPEN_PROFILE = new Set(['varies', 'unknown', 'not-applicable']);

/** Rules that span several fields of one incident, checked after its schema passes. */
export function checkIncidentRules(fm: IncidentFrontMatter, ctx: IncidentRuleContext): IssueExplanation[] {
  const out: IssueExplanation[] = [];
  const refs = new Set<string>();
  fm.sources.forEach((s, i) => {
    if (refs.has(s.ref)) out.push({ rule: 'duplicate-source-ref', path: ['sources', i, 'ref'], expected: 'a ref used by one source only', received: JSON.stringify(s.ref), hint: 'Give each source its own ref.' });
    refs.add(s.ref);
  });

  const checkRefs = (list: readonly string[] | undefined, path: PropertyKey[]) =>
    list?.forEach((ref, i) => {
      if (!refs.has(ref)) out.push({ rule: 'unknown-source-ref', path: [...path, i], expected: 'the ref of a source listed under sources', received: JSON.stringify(ref), hint: `Known refs: ${[...refs].join(', ')}.` });
    });
  fm.durations.forEach((d, i) => checkRefs(d.sources, ['durations', i, 'sources']));
  fm.disputes.forEach((d, i) => checkRefs(d.sources, ['disputes', i, 'sources']));
  fm.timeline.forEach((e, i) => checkRefs(e.sources, ['timeline', i, 'sources']));
  fm.actionItems.forEach((a, i) => checkRefs(a.sources, ['actionItems', i, 'sources']));

  const hasPrimary = fm.sources.some((s) => s.kind === 'primary');
  if (fm.primaryReport === 'none') {
    if (!fm.primaryReportReason) out.push({ rule: 'primary-source', path: ['primaryReportReason'], expected: 'a reason why no primary report exists', received: 'nothing', hint: 'Say who published nothing and what the page relies on instead.' });
    if (hasPrimary) out.push({ rule: 'primary-report-conflict', path: ['primaryReport'], expected: 'no "primaryReport: none" when a primary source is listed', received: '"none"' });
  } else if (!hasPrimary) {
    out.push({ rule: 'primary-source', path: ['sources'], expected: 'at least one source of kind primary', received: 'only secondary sources', hint: "Add the organisation's own report, or set primaryReport: none with primaryReportReason." });
  }
  // The primary report comes first so readers meet the organisation's own words before anyone's summary.
  const firstPrimary = fm.sources.findIndex((s) => s.kind === 'primary');
  if (firstPrimary > 0) out.push({ rule: 'primary-first', path: ['sources', firstPrimary], expected: 'primary sources listed before secondary ones', received: `a primary source at position ${firstPrimary + 1}`, hint: 'Move it to the top of sources.' });

  if (!fm.faults.some((f) => f.role === 'root' || f.role === 'trigger')) {
    out.push({ rule: 'root-or-trigger', path: ['faults'], expected: 'at least one fault tag with role root or trigger', received: 'only contributing tags', hint: 'Use undisclosed-cause as root when the record gives no cause.' });
  }

  // Dates are intervals: `ended` and later events only break order when wholly before.
  if (fm.ended && whollyBefore(fm.ended, fm.started)) {
    out.push({ rule: 'ended-before-started', path: ['ended'], expected: `a time at or after started (${fm.started.at})`, received: JSON.stringify(fm.ended.at) });
  }
  fm.timeline.forEach((event, i) => {
    const prev = fm.timeline[i - 1];
    if (prev && whollyBefore(event.at, prev.at)) {
      out.push({ rule: 'timeline-order', path: ['timeline', i, 'at'], expected: `a time at or after the previous event (${prev.at.at})`, received: JSON.stringify(event.at.at), hint: 'List timeline events in time order.' });
    }
  });

  const checkDerived = (date: PartialDate | undefined, path: PropertyKey[]) => {
    if (!date?.derivedFrom) return;
    if (date.precision !== 'minute') return; // only a time of day has a local clock reading to compare
    const verdict = checkDerivedFrom(date.derivedFrom, date.start);
    if (verdict === undefined) return;
    if (verdict === 'unreadable') {
      out.push({ rule: 'derived-from-unreadable', path: [...path, 'derivedFrom'], expected: 'a time zone and local time such as "PDT (7:24 PM)" or "US/Pacific (19:24 on 20 July)"', received: JSON.stringify(date.derivedFrom), hint: 'Start with the zone (PST, PDT, US/Pacific, ET, CET, UTC …), then the local time in brackets.' });
    } else {
      out.push({ rule: 'derived-from-mismatch', path: [...path, 'derivedFrom'], expected: verdict.expected, received: JSON.stringify(date.derivedFrom), hint: `at is ${date.at}; correct whichever of the two is wrong (PDT = UTC−7, PST = UTC−8, CET = UTC+1 …).` });
    }
  };
  checkDerived(fm.started, ['started']);
  checkDerived(fm.ended, ['ended']);
  fm.timeline.forEach((e, i) => checkDerived(e.at, ['timeline', i, 'at']));

  for (const field of ['added', 'revised'] as const) {
    const day = fm[field];
    if (!day) continue;
    if (whollyBefore(ctx.today, day)) out.push({ rule: 'added-in-future', path: [field], expected: `a day no later than today (${ctx.today.at})`, received: JSON.stringify(day.at) });
    else if (whollyBefore(day, fm.started)) out.push({ rule: 'added-before-started', path: [field], expected: `a day on or after the incident started (${fm.started.at})`, received: JSON.stringify(day.at) });
  }
  if (fm.revised && whollyBefore(fm.revised, fm.added)) out.push({ rule: 'added-before-started', path: ['revised'], expected: `a day on or after added (${fm.added.at})`, received: JSON.stringify(fm.revised.at) });

  fm.faults.forEach((tag, i) => {
    const cls = ctx.profileOf?.(tag.type);
    if (!cls || tag.profileException) return;
    for (const facet of ['boundary', 'persistence'] as const) {
      const value = tag[facet];
      const allowed: readonly string[] = cls.profile[facet];
      if (!value || allowed.some((v) => OPEN_PROFILE.has(v)) || allowed.includes(value)) continue;
      out.push({
        rule: 'profile-disagrees',
        path: ['faults', i, facet],
        expected: `${allowed.join(' or ')}, as the ${cls.classId} profile in content/taxonomy/faults.yaml says`,
        received: JSON.stringify(value),
        hint: `Change it, or add profileException: with the sources' reason this ${tag.type} fault differs.`,
      });
    }
  });

  // One event starts an incident; later events of the same kind are impact measurements or symptoms
  // (detection, other), and two "trigger" rows make the timeline disagree with the fault tags.
  const triggers = fm.timeline.flatMap((e, i) => (e.phase === 'trigger' ? [i] : []));
  for (const i of triggers.slice(1)) {
    out.push({ rule: 'one-trigger-event', path: ['timeline', i, 'phase'], expected: 'at most one timeline event with phase trigger', received: `a second trigger event (the first is timeline[${triggers[0]}])`, hint: 'Give symptoms and impact measurements the phase detection or other.' });
  }

  const seen = new Map<string, number>();
  fm.goals.forEach((g, i) => {
    if (seen.has(`goal:${g.id}`)) out.push({ rule: 'duplicate-entry', path: ['goals', i, 'id'], expected: 'each goal once', received: JSON.stringify(g.id) });
    seen.set(`goal:${g.id}`, i);
  });
  fm.challenges.forEach((c, i) => {
    if (seen.has(`challenge:${c.id}`)) out.push({ rule: 'duplicate-entry', path: ['challenges', i, 'id'], expected: 'each challenge once', received: JSON.stringify(c.id) });
    seen.set(`challenge:${c.id}`, i);
  });
  return out;
}
