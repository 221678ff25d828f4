import type { Incident } from '../content/load';
import type { Taxonomy } from '../content/read-taxonomy';
import { absoluteUrl } from './urls';
import {
  DATA_LICENSE,
  DATA_SCHEMA_VERSION,
  type ExportedIncident,
  type IncidentsFile,
  type TaxonomyFile,
} from './schemas';
import { incidentPath } from '../routes';

/** One incident as published: the record minus build-only fields (file, rendered body, mentions). */
function exportIncident(inc: Incident): ExportedIncident {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the named fields are dropped; the rest is the published record
  const { id, html: _html, bodyText: _bodyText, file: _file, cited: _cited, mentions: _mentions, ...record } = inc;
  return { id, url: absoluteUrl(incidentPath(id)), ...record };
}

/** The content of /data/incidents.json. */
export function incidentsFile(incidents: readonly Incident[], taxonomyVersion: string): IncidentsFile {
  return {
    schemaVersion: DATA_SCHEMA_VERSION,
    taxonomyVersion,
    license: DATA_LICENSE.id,
    licenseUrl: DATA_LICENSE.url,
    count: incidents.length,
    incidents: incidents.map(exportIncident),
  };
}

/** The content of /data/taxonomy.json. */
export function taxonomyFile(taxonomy: Taxonomy): TaxonomyFile {
  return {
    schemaVersion: DATA_SCHEMA_VERSION,
    taxonomyVersion: taxonomy.version,
    license: DATA_LICENSE.id,
    licenseUrl: DATA_LICENSE.url,
    faultClasses: taxonomy.classes,
    goals: taxonomy.goals,
    challenges: taxonomy.challenges,
    organisations: taxonomy.orgs,
    technologies: taxonomy.technologies,
  };
}
