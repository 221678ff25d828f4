import { describe, expect, it } from 'vitest';
import { getContent } from '../content';
import { dateValue } from '../content/dates';
import type { Incident } from '../content';
import { citeBibtex } from './cite';
import { CSV_COLUMNS, incidentsCsv } from './csv';
import { incidentsFile, taxonomyFile } from './exports';
import { entryId, feedOrder, incidentsAtom } from './feed';
import { absoluteUrl } from './urls';
import { checkIncidentsFile, checkTaxonomyFile } from './validate';

const { incidents, taxonomy } = getContent();

describe('open data exports', () => {
  // Checked as JSON (what readers download) against the JSON Schema generated from the zod schema.
  const asJson = (v: unknown): unknown => JSON.parse(JSON.stringify(v));

  it('publishes every incident in a file that passes its published schema', () => {
    const file = checkIncidentsFile(asJson(incidentsFile(incidents, taxonomy.version)));
    expect(file.incidents.map((i) => i.id)).toEqual(incidents.map((i) => i.id));
    expect(file.incidents[0]!.url).toBe(absoluteUrl(`/incidents/${incidents[0]!.id}/`));
    expect(Object.keys(file.incidents[0]!)).not.toContain('html');
  });

  it('publishes the taxonomy in a file that passes its published schema', () => {
    const file = checkTaxonomyFile(asJson(taxonomyFile(taxonomy)));
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
    expect(() => checkIncidentsFile(asJson(tampered))).toThrow('/incidents/0 must NOT have additional properties');
    const undated = { ...file, incidents: [{ ...file.incidents[0], started: { at: '2020' } }] };
    expect(() => checkIncidentsFile(asJson(undated))).toThrow(
      "/incidents/0/started must have required property 'approximate'",
    );
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
    const xml = incidentsAtom(incidents, { title: 'Faultline', path: '/', selfPath: '/feed.xml' }, 'https://x.test')!;
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
    const ids = [...xml.matchAll(/<entry>\s*<title[^>]*>[\s\S]*?<id>([^<]+)<\/id>/g)].map((m) => m[1]);
    expect(ids).toEqual(feedOrder(incidents).map((i) => entryId(i.id, 'https://x.test')));
    expect(xml).toContain('<link rel="self" href="https://x.test/feed.xml"/>');
  });

  it('writes no feed without a configured origin (its links must be absolute)', () => {
    expect(incidentsAtom(incidents, { title: 'F', path: '/', selfPath: '/feed.xml' }, null)).toBeNull();
  });

  it("keeps a renamed incident's first entry id", () => {
    expect(entryId('pagerduty-zookeeper-poison-packet-2014', 'https://x.test')).toBe(
      'https://x.test/incidents/pagerduty-zookeeper-poison-packet-2015/',
    );
    expect(entryId('aws-kinesis-us-east-1-2020', 'https://x.test')).toBe(
      'https://x.test/incidents/aws-kinesis-us-east-1-2020/',
    );
  });

  it('dates feed entries by the page: published is added, updated is revised or added, the feed is as new as its newest entry', () => {
    const [a, b, c] = incidents as [Incident, Incident, Incident];
    // An old outage written up later is news: it comes first, and moves the feed's updated.
    const oldOutageNewPage = {
      ...a,
      id: 'z-old-outage',
      started: dateValue('2009-01-01'),
      added: dateValue('2026-11-29'),
      revised: undefined,
    };
    const revised = { ...b, id: 'm-revised', added: dateValue('2026-11-01'), revised: dateValue('2026-11-28') };
    const sameDayTie = [
      { ...c, id: 'b-tie', added: dateValue('2026-11-20'), revised: undefined },
      { ...c, id: 'a-tie', added: dateValue('2026-11-20'), revised: undefined },
    ];
    const xml = incidentsAtom(
      [revised, ...sameDayTie, oldOutageNewPage],
      { title: 'F', path: '/', selfPath: '/feed.xml' },
      'https://x.test',
    )!;
    const entries = [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((m) => ({
      id: /<id>[^<]*\/incidents\/([^/]+)\/<\/id>/.exec(m[1]!)![1],
      updated: /<updated>([^<]+)<\/updated>/.exec(m[1]!)![1],
      published: /<published>([^<]+)<\/published>/.exec(m[1]!)![1],
    }));
    expect(entries).toEqual([
      { id: 'z-old-outage', updated: '2026-11-29T00:00:00.000Z', published: '2026-11-29T00:00:00.000Z' },
      { id: 'm-revised', updated: '2026-11-28T00:00:00.000Z', published: '2026-11-01T00:00:00.000Z' },
      { id: 'a-tie', updated: '2026-11-20T00:00:00.000Z', published: '2026-11-20T00:00:00.000Z' },
      { id: 'b-tie', updated: '2026-11-20T00:00:00.000Z', published: '2026-11-20T00:00:00.000Z' },
    ]);
    const feedUpdated = /<feed[\s\S]*?<updated>([^<]+)<\/updated>/.exec(xml)![1];
    expect(feedUpdated).toBe('2026-11-29T00:00:00.000Z');
  });

  it('neutralises CSV cells that a spreadsheet would run as a formula (= + - @ tab CR)', () => {
    const starts = ['=HYPERLINK("x")', '+1', '-2', '@SUM(A1)', '\tcmd', '\rcmd'];
    const csv = incidentsCsv(starts.map((t, i) => ({ ...incidents[0]!, id: `x${i}`, title: t })));
    // Each data row starts "x<i>," then the title cell, quoted when it holds a quote or line break.
    const titleCells = csv
      .split('\r\n')
      .slice(1, -1)
      .map((row) => row.slice(row.indexOf(',') + 1));
    starts.forEach((t, i) =>
      expect(titleCells[i]!.replace(/^"/, '').startsWith(`'${t.replaceAll('"', '""')}`)).toBe(true),
    );
    // An ordinary title is untouched.
    expect(incidentsCsv([{ ...incidents[0]!, title: 'Plain title' }]).split('\r\n')[1]).toContain(',Plain title,');
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
