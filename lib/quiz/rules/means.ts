import type { MEANS } from '../../content/facets';

/** A means of dependability (Avizienis §5), or a reason no "which means is this?" card may be asked. */
export type MeansVerdict =
  { means: (typeof MEANS)[number]; cue: string } | { means: null; cue: string; reason: 'not-a-means' | 'unclear' };

/**
 * Template 3's rule: the means of an action item is read from its wording, by the first cue that
 * matches, so two items that say the same thing always get the same answer. An item is asked only
 * when a cue names a means AND the curated `means` agrees (else the data is wrong and a test says so).
 *
 * Why these cues (Avizienis et al. 2004, §5):
 * - prevention stops faults being introduced: disabling or freezing the automation or change that
 *   brought the fault in (as an imperative: "controls that can disable a health check" are a
 *   tolerance kill switch), canaries and staged rollouts, approvals and peer review of changes,
 *   tools that refuse unsafe input;
 * - tolerance delivers service despite faults: redundancy across zones, cells, isolation, graceful
 *   degradation, failing open or static, throttling and back-off, recovery (soft deletes, faster
 *   cold start), and dependants changed to tolerate a dependency's outage;
 * - removal finds and corrects faults: fixes, tests, drills, reviews and audits;
 * - forecasting estimates faults to come: alarms on resource trends, capacity models.
 * Not a means: telling users (status pages, dashboards, communication) and handling incidents
 * (playbooks, investigation, post-mortems). Unclear, so never asked: wording that fits two means —
 * "improve monitoring" (error detection is tolerance, trend alarms are forecasting), "improve error
 * handling" (a fix, or a tolerance mechanism), added "checks" and "protections" (verification, or
 * a guard), "harden", "remove a dependency" (removing a design fault, or tolerating a lost dependency),
 * operating rules such as "do not restart the master; promote a replica" (prevention, or failover).
 */
const MEANS_CUES: readonly {
  cue: string;
  pattern: RegExp;
  verdict: (typeof MEANS)[number] | 'not-a-means' | 'unclear';
}[] = [
  {
    cue: 'tells users',
    pattern: /\b(status page|dashboard|communicat\w*|report\w* the site's status)\b/i,
    verdict: 'not-a-means',
  },
  {
    cue: 'handles incidents',
    pattern:
      /\b(handling (large )?incidents|remediate incidents|during incidents|incident communications|investigat\w*|post ?mortem|find out why|playbook)\b/i,
    verdict: 'not-a-means',
  },
  { cue: 'monitoring', pattern: /\bmonitoring\b/i, verdict: 'unclear' },
  { cue: 'error handling', pattern: /\berror handling\b/i, verdict: 'unclear' },
  { cue: 'checks or protections', pattern: /\b(checks|protections?)\b/i, verdict: 'unclear' },
  { cue: 'harden', pattern: /\bharden\w*\b/i, verdict: 'unclear' },
  { cue: 'dependency removed', pattern: /\b(circular|remove\w* .*dependen\w*)\b/i, verdict: 'unclear' },
  { cue: 'an operating rule', pattern: /^(do not|never)\b/i, verdict: 'unclear' },
  { cue: 'a fix', pattern: /\bfix(es)?\b/i, verdict: 'removal' },
  { cue: 'tests and drills', pattern: /\b(tests?|testing|fuzzing|fault injection|drills?)\b/i, verdict: 'removal' },
  {
    cue: 'review of changes',
    pattern: /\b(peer review|technical controls|review (of|for) [\w\s-]*changes)\b/i,
    verdict: 'prevention',
  },
  { cue: 'review or audit', pattern: /\b(review|audit)\b/i, verdict: 'removal' },
  // Imperative only: "Disable the scaling activities", not "controls that can disable a health check".
  {
    cue: 'disable or freeze the change',
    pattern: /^(permanently )?(disable|halt|freeze|pause)\b|\bblocked\b/i,
    verdict: 'prevention',
  },
  { cue: 'staged rollout', pattern: /\b(canary|in stages|staged|feature flags?)\b/i, verdict: 'prevention' },
  { cue: 'safeguards on changes', pattern: /\b(approval|refuse\w*|more slowly)\b/i, verdict: 'prevention' },
  { cue: 'forecast', pattern: /\b(alarms?|forecast\w*|capacity model\w*)\b/i, verdict: 'forecasting' },
  {
    cue: 'redundancy and isolation',
    pattern:
      /\b(multiple (availability zones|regions|data cent\w*)|active\/active|into cells|cellularis\w*|cellulariz\w*|isolation|separate front-end fleet)\b/i,
    verdict: 'tolerance',
  },
  {
    cue: 'degrade or survive',
    pattern:
      /\b(fails? open|fail static|graceful degradation|kill switch\w*|can disable|throttling|back-?off|tolerate|cope with)\b/i,
    verdict: 'tolerance',
  },
  {
    cue: 'recovery',
    pattern: /\b(recovery|recover|brought back|soft deletes|cold start|bootstrapping)\b/i,
    verdict: 'tolerance',
  },
];

/** The means an action item's wording names, by the first matching cue; `means: null` when none may be asked. */
export function classifyMeans(text: string): MeansVerdict {
  for (const { cue, pattern, verdict } of MEANS_CUES) {
    if (!pattern.test(text)) continue;
    if (verdict === 'not-a-means' || verdict === 'unclear') return { means: null, cue, reason: verdict };
    return { means: verdict, cue };
  }
  return { means: null, cue: 'no cue', reason: 'unclear' };
}
