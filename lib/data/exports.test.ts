import { describe, expect, it } from 'vitest';
import { getContent } from '../content';
import { citeBibtex } from './cite';
import { CSV_COLUMNS, incidentsCsv } from './csv';
import { incidentsFile, taxonomyFile } from './exports';
import { incidentsAtom } from './feed';
import { incidentsFileSchema, taxonomyFileSchema } from './schemas';

const { incidents, taxonomy } = getContent();

describe('open data exports', () => {
  it('publishes every incident in a file that passes its published schema', () => {
    const file = incidentsFileSchema.parse(incidentsFile(incidents, taxonomy.version));
    expect(file.incidents.map((i) => i.id)).toEqual(incidents.map((i) => i.id));
    expect(file.incidents[0]!.url).toBe(`https://faultline.example.org/incidents/${incidents[0]!.id}/`);
    expect(Object.keys(file.incidents[0]!)).not.toContain('html');
  });

  it('publishes the taxonomy in a file that passes its published schema', () => {
    const file = taxonomyFileSchema.parse(taxonomyFile(taxonomy));
    expect(file.faultClasses.map((c) => c.id)).toEqual(taxonomy.classes.map((c) => c.id));
    expect(file.goals.map((g) => g.id)).toEqual([
      'scalability',
      'performance',
      'latency',
      'availability',
      'fault-tolerance',
    ]);
  });

  it('rejects a record with a field the schema does not publish', () => {
    const file = incidentsFile(incidents, taxonomy.version);
    const tampered = { ...file, incidents: [{ ...file.incidents[0], secret: 1 }] };
    expect(incidentsFileSchema.safeParse(tampered).success).toBe(false);
  });

  it('writes a CSV with the documented header and one row per incident', () => {
    const rows = incidentsCsv(incidents).split('\r\n').filter(Boolean);
    expect(rows[0]).toBe(CSV_COLUMNS.join(','));
    expect(rows).toHaveLength(incidents.length + 1);
    const kinesis = rows.find((r) => r.startsWith('aws-kinesis-us-east-1-2020,'))!;
    expect(kinesis).toContain(
      ',capacity-change,resource-exhaustion,logic-bug; upstream-service-failure; hidden-dependency,',
    );
    expect(kinesis).toContain(',1028,first-alarm-to-resolved,');
    const header = rows[0]!.split(',');
    const cells = (row: string) => row.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, ''));
    const techCell = cells(kinesis)[header.indexOf('technologies')];
    const record = incidents.find((i) => i.id === 'aws-kinesis-us-east-1-2020')!;
    expect(techCell).toBe(record.technologies.join('; '));
  });

  it('publishes every technology in taxonomy.json and every tag in incidents.json', () => {
    const tax = taxonomyFile(taxonomy);
    expect(tax.technologies.map((t) => t.id)).toEqual(taxonomy.technologies.map((t) => t.id));
    const file = incidentsFile(incidents, taxonomy.version);
    for (const inc of file.incidents) expect(inc.technologies.length).toBeGreaterThan(0);
  });

  // The browser's XML parser checks the served feeds in e2e/links.spec.ts; here, the content.
  it('writes an Atom feed with one entry per incident, linking to its page', () => {
    const xml = incidentsAtom(incidents, { title: 'Faultline', path: '/', selfPath: '/feed.xml' });
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
    const ids = [...xml.matchAll(/<entry>\s*<title[^>]*>[\s\S]*?<id>([^<]+)<\/id>/g)].map((m) => m[1]);
    expect(ids).toEqual(incidents.map((i) => `https://faultline.example.org/incidents/${i.id}/`));
  });

  it('cites an incident in BibTeX with a stable key and escaped title', () => {
    const bib = citeBibtex({ ...incidents[0]!, title: 'A 100% {odd} title' });
    expect(bib.split('\n').slice(0, 3)).toEqual([
      `@misc{faultline-${incidents[0]!.id},`,
      '  author = {{Faultline contributors}},',
      '  title = {A 100\\% \\{odd\\} title},',
    ]);
  });
});
