import { describe, expect, it } from 'vitest';
import { incidentTemplate } from './incident-template';
import { makeIncidentSchema } from './incident-schema';
import { REQUIRED_SECTIONS } from '../markdown/body-rules';

describe('incidentTemplate', () => {
  const text = incidentTemplate('2026-01-01');
  const schema = makeIncidentSchema({ faultTypes: new Set(), goals: new Set(), challenges: new Set(), orgs: new Set(), terms: new Set(), technologies: new Set() });

  it('names every front-matter field of the incident schema', () => {
    const missing = Object.keys(schema.shape).filter((key) => !new RegExp(`^${key}:`, 'm').test(text) && !['primaryReport', 'primaryReportReason', 'revised'].includes(key));
    expect(missing).toEqual([]);
  });

  it('has every required body section, in order', () => {
    const headings = [...text.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(headings.slice(0, REQUIRED_SECTIONS.length)).toEqual([...REQUIRED_SECTIONS]);
  });
});
