import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getContent } from '../content';
import { indexTaxonomy } from '../corpus/taxonomy-index';
import { YEAR } from './periods';
import { incidentsOfKind, kindsWithoutIncidents, LECTURE_FAULT_KINDS } from './fault-kinds';
import { cardsPerIdea, MIN_CARDS_PER_IDEA, unknownIdeas } from './lecture-cards';
import { LECTURE_IDEAS } from './lecture-map';

const content = getContent();
const tax = indexTaxonomy(content.taxonomy);
const incidentIds = new Set(content.incidents.map((i) => i.id));
const pageSource = (page: string) => fs.readFileSync(path.join('app', 'learn', page, 'page.tsx'), 'utf8');

describe('the lecture map', () => {
  it('gives every idea a unique id', () =>
    expect(new Set(LECTURE_IDEAS.map((i) => i.id)).size).toBe(LECTURE_IDEAS.length));
  it.each(LECTURE_IDEAS.map((i) => [i.id, i] as const))('has a page section teaching “%s”', (id, i) =>
    // The section is rendered by <IdeaSection id=…> on the idea's page; the built page is checked by e2e/learn.spec.ts.
    expect(pageSource(i.page)).toContain(`<IdeaSection id="${id}">`),
  );
  it('names only goals and challenges that exist as quiz topics', () => {
    for (const i of LECTURE_IDEAS) {
      const [kind, id] = i.topic.split(':') as [string, string];
      expect(kind === 'goal' ? tax.goalById.has(id) : tax.challengeById.has(id), i.topic).toBe(true);
    }
  });
  it('covers all five goals and all four challenges', () => {
    const topics = new Set(LECTURE_IDEAS.map((i) => i.topic));
    for (const g of tax.goalById.keys()) expect(topics, g).toContain(`goal:${g}`);
    for (const c of tax.challengeById.keys()) expect(topics, c).toContain(`challenge:${c}`);
  });
  it('cites only incidents that exist, at least one per idea', () => {
    for (const i of LECTURE_IDEAS) {
      expect(i.evidence.length, i.id).toBeGreaterThan(0);
      for (const e of i.evidence) expect(incidentIds, `${i.id} → ${e.incident}`).toContain(e.incident);
    }
  });
  it('uses the lecture’s founding case studies as its examples', () => {
    const cited = new Set(LECTURE_IDEAS.flatMap((i) => i.evidence.map((e) => e.incident)));
    for (const id of [
      'pagerduty-zookeeper-poison-packet-2014',
      'comcast-backbone-fiber-cuts-2018',
      'aws-kinesis-us-east-1-2020',
    ])
      expect(cited).toContain(id);
  });
  it('states the figures in its evidence correctly', () => {
    // Roblox: 73 hours offline caps a year at about 99.17%.
    expect(((1 - (73 * 3600) / YEAR) * 100).toFixed(2)).toBe('99.17');
    // S3 2017: "over four hours" is about half of a 99.9% year's 8.77 hours.
    expect((4 * 3600) / (0.001 * YEAR)).toBeGreaterThan(0.4);
    expect((4 * 3600) / (0.001 * YEAR)).toBeLessThan(0.6);
    const roblox = content.incidents.find((i) => i.id === 'roblox-consul-2021')!;
    expect(roblox.summary).toMatch(/73 hours/);
  });
});

describe('the lecture’s fault kinds', () => {
  it('map onto fault types and scopes that exist', () => {
    for (const k of LECTURE_FAULT_KINDS) for (const t of k.faultTypes) expect(tax.typeById.has(t), t).toBe(true);
  });
  it('list the incidents of each kind from the data', () => {
    for (const k of LECTURE_FAULT_KINDS) {
      const expected = content.incidents.filter(
        (i) => i.faults.some((f) => k.faultTypes.includes(f.type)) || (k.scopes ?? []).includes(i.scope),
      );
      expect(incidentsOfKind(k, content.incidents).map((i) => i.id)).toEqual(expected.map((i) => i.id));
    }
  });
  it('report a kind as missing exactly when no incident has it', () => {
    const missing = kindsWithoutIncidents(content.incidents).map((k) => k.id);
    for (const k of LECTURE_FAULT_KINDS)
      expect(missing.includes(k.id), k.id).toBe(incidentsOfKind(k, content.incidents).length === 0);
  });
  it('count power cuts and whole datacenters from the corpus', () => {
    const power = LECTURE_FAULT_KINDS.find((k) => k.id === 'power-cuts')!;
    expect(incidentsOfKind(power, content.incidents).map((i) => i.id)).toContain('cloudflare-pdx-power-2023');
  });
});

describe('lecture quiz cards', () => {
  const counts = cardsPerIdea(content.quiz.bank);
  it.each(LECTURE_IDEAS.map((i) => [i.id] as const))(`drill “%s” with at least ${MIN_CARDS_PER_IDEA} cards`, (id) =>
    expect(counts.get(id)).toBeGreaterThanOrEqual(MIN_CARDS_PER_IDEA),
  );
  it('link only to ideas on the map', () => expect(unknownIdeas(content.quiz.bank)).toEqual([]));
  it('define each goal and each challenge', () => {
    const defs = content.quiz.bank.filter((q) => q.id.startsWith('lecture-define-'));
    for (const g of tax.goalById.keys()) expect(defs.map((q) => q.id)).toContain(`lecture-define-${g}`);
    for (const c of tax.challengeById.keys()) expect(defs.map((q) => q.id)).toContain(`lecture-define-${c}`);
  });
  it('give single-choice cards distinct options and an answer in range', () => {
    for (const q of content.quiz.bank.filter((x) => x.idea)) {
      if (q.kind !== 'single' && q.kind !== 'multi') continue;
      expect(new Set(q.options).size, q.id).toBe(q.options.length);
      const answers = q.kind === 'single' ? [q.answer] : q.answers;
      for (const a of answers) expect(a, q.id).toBeLessThan(q.options.length);
    }
  });
});
