import { REQUIRED_SECTIONS } from '../markdown/body-rules';
import {
  DETECTION_METHODS, DETECTABILITY, DURATION_BASES, FAILURE_MODES, IMPACTS, MEANS, ORG_ROLES, PHASES, PROCESS_GAPS, PROPAGATION, SCOPES,
} from './facets';

const one = (values: readonly string[]) => values.join(' | ');

/**
 * The text of a new incident file: every field, with the allowed values in comments, and the
 * fixed body sections. It deliberately fails `npm run check` until the placeholders are replaced.
 */
export function incidentTemplate(today: string): string {
  return `---
title: TODO one-line title that says what failed
summary: >-
  TODO two to four sentences: what failed, why, and what it did to users.
added: ${today} # the day this page is published on Faultline; add revised: YYYY-MM-DD after a substantive revision
orgs:
  - { id: TODO-org-id, role: operator } # role: ${one(ORG_ROLES)}; ids in content/orgs.yaml
started: { at: TODO, derivedFrom: "TODO local zone, if converted" } # UTC: 2024, 2024-06, 2024-06-01 or 2024-06-01T13:15Z
ended: { at: TODO }
durations:
  - { value: TODO, basis: as-reported, sources: [TODO-ref] } # value like 4h17m; basis: ${one(DURATION_BASES)}
disputes: [] # - { field: duration, note: "who says what", sources: [ref-a, ref-b] }
scope: TODO # ${one(SCOPES)}
region: TODO or delete this line
faults:
  - { type: TODO, role: root, confidence: stated, why: TODO } # types in content/taxonomy/faults.yaml; role: trigger | root | contributing
goals:
  - { id: availability, why: TODO }
challenges: [] # - { id: more-links-more-failures, why: TODO }
failureModes: [TODO] # ${one(FAILURE_MODES)}
propagation: [TODO] # ${one(PROPAGATION)}
detectability: TODO # ${one(DETECTABILITY)}
impact: [TODO] # ${one(IMPACTS)}
impactNote: TODO what users saw
detection: { method: TODO, text: TODO } # method: ${one(DETECTION_METHODS)}
timeline:
  - { at: TODO, phase: trigger, text: TODO, sources: [TODO-ref] } # phase: ${one(PHASES)}; add confidence: likely for secondary-only facts
actionItems:
  - { text: TODO, means: TODO, sources: [TODO-ref] } # means: ${one(MEANS)}
processGaps: [] # ${one(PROCESS_GAPS)}
sources:
  - { ref: TODO-ref, title: TODO, publisher: TODO, kind: primary, url: "https://TODO", accessed: ${today} }
technologies: [] # at least one id from content/taxonomy/technologies.yaml
terms: [] # ids of content/glossary/*.yaml
related: [] # ids of other incidents, only where a source links them
---

${REQUIRED_SECTIONS.map((s) => `## ${s}\n\nTODO — cite each fact with a footnote naming a source ref, like this.[^TODO-ref]\n`).join('\n')}
## Where the sources disagree

Delete this section if they agree.
`;
}
