import type { Incident } from '../content/load';
import { formatPartialDate } from '../content/dates';
import { formatMinutes } from '../content/duration';
import { facetLabel } from '../content/facets';
import { incidentMinutes } from './stats';
import type { TaxonomyIndex } from './taxonomy-index';
import type { CompareFile } from './compare-file';

/** Every comparable field of an incident as display strings; tags are one string each so shared ones can be found. */
function rowsOf(inc: Incident, tax: TaxonomyIndex): [string, string[]][] {
  const faults = (role: string) =>
    inc.faults.filter((f) => f.role === role).map((f) => tax.typeById.get(f.type)?.name ?? f.type);
  const d = incidentMinutes(inc);
  return [
    ['Summary', [inc.summary]],
    ['Started', [formatPartialDate(inc.started)]],
    ['Duration', d ? [`${formatMinutes(d.minutes)} (${facetLabel(d.basis)})`] : []],
    ['Organisations', inc.orgs.map((o) => tax.orgById.get(o.id)?.name ?? o.id)],
    ['Trigger', faults('trigger')],
    ['Root', faults('root')],
    ['Contributing', faults('contributing')],
    ['Fault classes', [...new Set(inc.faults.map((f) => tax.classOfType.get(f.type)?.name ?? f.type))]],
    ['Goals hurt', inc.goals.map((g) => tax.goalById.get(g.id)?.name ?? g.id)],
    ['Challenges', inc.challenges.map((c) => tax.challengeById.get(c.id)?.name ?? c.id)],
    ['Scope', [facetLabel(inc.scope)]],
    ['Impact', inc.impact.map(facetLabel)],
    ['Failure modes', inc.failureModes.map(facetLabel)],
    ['Propagation', inc.propagation.map(facetLabel)],
    ['Detectability', [facetLabel(inc.detectability)]],
    ['Detected by', [facetLabel(inc.detection.method)]],
    ['Process gaps', inc.processGaps.map(facetLabel)],
    ['Action items (means)', [...new Set(inc.actionItems.map((a) => facetLabel(a.means)))]],
  ];
}

/** The compare file for all incidents. */
export function compareRecords(
  incidents: readonly Incident[],
  tax: TaxonomyIndex,
  related: Pick<ReadonlyMap<string, readonly { incident: { id: string } }[]>, 'get'> = new Map(),
): CompareFile {
  const fields = incidents[0] ? rowsOf(incidents[0], tax).map(([label]) => label) : [];
  return {
    fields,
    incidents: incidents.map((inc) => ({
      id: inc.id,
      title: inc.title,
      values: rowsOf(inc, tax).map(([, v]) => v),
      related: (related.get(inc.id) ?? []).slice(0, 5).map((r) => r.incident.id),
    })),
  };
}
