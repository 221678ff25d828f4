import { stringify } from 'csv-stringify/sync';
import type { Incident } from '../content/load';
import { incidentMinutes } from '../corpus/stats';
import { absoluteUrl } from './urls';
import { incidentPath } from '../routes';

/** The columns of /data/incidents.csv, in order; list fields are joined with "; ". */
export const CSV_COLUMNS = [
  'id',
  'title',
  'started',
  'ended',
  'duration_minutes',
  'duration_basis',
  'scope',
  'orgs',
  'trigger_types',
  'root_types',
  'contributing_types',
  'goals',
  'challenges',
  'technologies',
  'failure_modes',
  'propagation',
  'detectability',
  'impact',
  'detection_method',
  'url',
] as const;

const list = (xs: readonly string[]) => [...new Set(xs)].join('; ');

/** One flat row per incident: for spreadsheets; the JSON file has every field. */
function incidentRow(inc: Incident): Record<(typeof CSV_COLUMNS)[number], string> {
  const d = incidentMinutes(inc);
  const types = (role: string) => list(inc.faults.filter((f) => f.role === role).map((f) => f.type));
  return {
    id: inc.id,
    title: inc.title,
    started: inc.started.at,
    ended: inc.ended?.at ?? '',
    duration_minutes: d ? String(Math.round(d.minutes)) : '',
    duration_basis: d?.basis ?? '',
    scope: inc.scope,
    orgs: list(inc.orgs.map((o) => o.id)),
    trigger_types: types('trigger'),
    root_types: types('root'),
    contributing_types: types('contributing'),
    goals: list(inc.goals.map((g) => g.id)),
    challenges: list(inc.challenges.map((c) => c.id)),
    technologies: list(inc.technologies),
    failure_modes: list(inc.failureModes),
    propagation: list(inc.propagation),
    detectability: inc.detectability,
    impact: list(inc.impact),
    detection_method: inc.detection.method,
    url: absoluteUrl(incidentPath(inc.id)),
  };
}

/**
 * /data/incidents.csv: RFC 4180, a header row, CRLF line ends. Cells starting with = + - @, a tab
 * or a carriage return get a leading apostrophe (csv-stringify's `escape_formulas`), so a
 * spreadsheet shows them as text instead of running them as formulas.
 */
export function incidentsCsv(incidents: readonly Incident[]): string {
  return stringify(incidents.map(incidentRow), {
    header: true,
    columns: [...CSV_COLUMNS],
    record_delimiter: 'windows',
    escape_formulas: true,
  });
}
