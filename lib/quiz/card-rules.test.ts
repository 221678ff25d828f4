import { describe, expect, it } from 'vitest';
import { getContent } from '../content';
import { getCorpus } from '../corpus';
import { fuzzyMatches } from './fuzzy';
import { grade } from './grade';
import { actionItemKey } from './from-corpus';
import { MATHS_TEMPLATES, mathsQuestion } from './maths';
import { buildPool } from './pool';
import type { Question } from './question';
import { classifyMeans } from './rules/means';
import { CHALLENGE_CUES, FAULT_TYPE_CUES, GOAL_CUES } from './rules/evidence';
import { orgNames } from './rules/redact';
import { pinnedViewpoints, profileConflicts, viewpointOption } from './viewpoints';

// Integrity tests over the WHOLE generated pool: every rule written next to a template in
// lib/quiz/from-corpus.ts and lib/quiz/rules/ is checked on every card, including cards added later
// to content/quiz/*.yaml or generated from new incidents.
const content = getContent();
const { tax } = getCorpus();
const pool = buildPool(content, tax);
const byId = new Map(pool.questions.map((q) => [q.id, q]));
const incident = (id: string) => content.incidents.find((i) => i.id === id);
const cardsOf = (suffix: string) => pool.questions.filter((q) => q.id.startsWith('incident:') && q.id.endsWith(suffix));
const incidentOf = (q: Question) => incident(q.id.split(':')[1]!)!;
type Choice = Extract<Question, { kind: 'single' | 'multi' }>;
const rightOptions = (q: Choice) =>
  q.kind === 'single' ? [q.options[q.answer]!] : q.answers.map((i) => q.options[i]!);
const wrongOptions = (q: Choice) => q.options.filter((o) => !rightOptions(q).includes(o));
const typeIdByName = new Map([...tax.typeById.values()].map((t) => [t.name, t.id]));
const classOfName = (name: string) => tax.classOfType.get(typeIdByName.get(name)!)!.id;

describe('template 3 (means of an action item): one means per wording, or no card', () => {
  const means = pool.questions.filter((q): q is Choice => q.template === 3 && q.id.startsWith('incident:'));
  const labels = {
    prevention: 'Fault prevention',
    tolerance: 'Fault tolerance',
    removal: 'Fault removal',
    forecasting: 'Fault forecasting',
  };

  it('asks only items whose words name a means, with that means as the answer', () => {
    expect(means.length).toBeGreaterThan(20);
    for (const q of means) {
      const text = /action item was: "(.*)" Which means/.exec(q.prompt)![1]!;
      const verdict = classifyMeans(text);
      expect(verdict.means, q.id).not.toBeNull();
      expect(rightOptions(q), q.id).toEqual([labels[verdict.means!]]);
    }
  });
  it('finds every curated label equal to the means its wording names (equivalent items, same means)', () => {
    const disagree = content.incidents.flatMap((i) =>
      i.actionItems
        .filter((a) => classifyMeans(a.text).means !== null && classifyMeans(a.text).means !== a.means)
        .map((a) => `${i.id}: "${a.text}" is ${a.means}, its wording says ${classifyMeans(a.text).means}`),
    );
    expect(disagree).toEqual([]);
  });
  it('labels disabling or halting automation as prevention everywhere (gcp-network-congestion-2019)', () => {
    const halt = incident('gcp-network-congestion-2019')!.actionItems.find((a) => /^Halt the datacenter/.test(a.text))!;
    expect(halt.means).toBe('prevention');
    const card = byId.get(`incident:gcp-network-congestion-2019:means-${actionItemKey(halt.text)}`) as Choice;
    expect(rightOptions(card)).toEqual(['Fault prevention']);
    for (const id of ['aws-dynamodb-dns-race-2025', 'aws-us-east-1-network-2021'])
      expect(incident(id)!.actionItems.find((a) => /^Disable/.test(a.text))!.means).toBe('prevention');
  });
  it('makes no card of "remove circular dependencies" (roblox-consul-2021) or of reporting status (github-mysql-partition-2018)', () => {
    const item = incident('roblox-consul-2021')!.actionItems.find((a) => /circular dependencies/.test(a.text))!;
    expect(byId.has(`incident:roblox-consul-2021:means-${actionItemKey(item.text)}`)).toBe(false);
    // No card anywhere asks the means of telling users about the site's status.
    expect(means.filter((q) => /status (page|to users)|site's status/i.test(q.prompt)).map((q) => q.id)).toEqual([]);
    expect(classifyMeans("Report the site's status to users faster during incidents.")).toMatchObject({
      means: null,
      reason: 'not-a-means',
    });
  });
});

describe('template 7 (root cause): no distractor is also right', () => {
  const cards = cardsOf(':root-fault') as Choice[];
  it('draws distractors from classes the incident has no tag in, whose words its record does not use', () => {
    expect(cards.length).toBeGreaterThan(20);
    for (const q of cards) {
      const inc = incidentOf(q);
      const record = [inc.title, inc.summary, ...inc.faults.map((f) => f.why ?? '')].join(' ');
      const taggedClasses = new Set(inc.faults.map((f) => tax.classOfType.get(f.type)!.id));
      for (const o of wrongOptions(q)) {
        expect(taggedClasses.has(classOfName(o)), `${q.id}: ${o}`).toBe(false);
        expect(FAULT_TYPE_CUES[typeIdByName.get(o)!]!.test(record), `${q.id}: ${o}`).toBe(false);
      }
    }
  });
  it('does not offer resource exhaustion for the file that grew past a limit (cloudflare-bot-feature-file-2025)', () => {
    const q = byId.get('incident:cloudflare-bot-feature-file-2025:root-fault') as Choice;
    expect(q.options).not.toContain('Resource exhaustion');
    expect(rightOptions(q)).toEqual(['Error-handling bug']);
  });
});

describe('template 8 (trigger vs root): the options name different acts', () => {
  it('gives the trigger a fault class no other option has', () => {
    const cards = cardsOf(':trigger-root') as Choice[];
    expect(cards.length).toBeGreaterThan(5);
    for (const q of cards) {
      const trigger = classOfName(rightOptions(q)[0]!);
      expect(wrongOptions(q).map(classOfName), q.id).not.toContain(trigger);
    }
  });
  it('makes no card where trigger and root are one act (knight-capital-2012, aws-s3-us-east-1-2017)', () => {
    expect(byId.has('incident:knight-capital-2012:trigger-root')).toBe(false);
    expect(byId.has('incident:aws-s3-us-east-1-2017:trigger-root')).toBe(false);
  });
});

describe('templates 9 and 10 (goals, challenges): only what the context shows', () => {
  for (const [suffix, cues, names, tags] of [
    [':goal', GOAL_CUES, tax.goalById, (i: ReturnType<typeof incidentOf>) => i.goals.map((g) => g.id)],
    [
      ':challenge',
      CHALLENGE_CUES,
      tax.challengeById,
      (i: ReturnType<typeof incidentOf>) => i.challenges.map((c) => c.id),
    ],
  ] as const) {
    it(`${suffix} cards: answers are tagged and shown; distractors neither`, () => {
      const idOf = new Map([...names.values()].map((x) => [x.name, x.id]));
      const cards = cardsOf(suffix) as Choice[];
      expect(cards.length).toBeGreaterThan(10);
      for (const q of cards) {
        const inc = incidentOf(q);
        const shown = `${inc.title}. ${q.context}`;
        expect(q.context).toBe(inc.summary);
        for (const o of rightOptions(q)) {
          expect(tags(inc), `${q.id}: ${o}`).toContain(idOf.get(o));
          expect(cues[idOf.get(o)!]!.test(shown), `${q.id}: ${o} not shown`).toBe(true);
        }
        for (const o of wrongOptions(q)) {
          expect(tags(inc), `${q.id}: ${o}`).not.toContain(idOf.get(o));
          expect(cues[idOf.get(o)!]!.test(shown), `${q.id}: ${o} shown but wrong`).toBe(false);
        }
        expect(q.options.length).toBeGreaterThanOrEqual(3);
      }
    });
  }
});

describe('template 4 (viewpoints): answers agree with the class profile', () => {
  const cards = cardsOf(':viewpoints') as Choice[];
  it('answers every card with the values its class profile pins, and only those', () => {
    expect(cards.length).toBeGreaterThan(20);
    for (const q of cards) {
      const root = incidentOf(q).faults.find((f) => f.role === 'root')!;
      const pinned = pinnedViewpoints(tax.classOfType.get(root.type));
      expect(rightOptions(q).sort(), q.id).toEqual(pinned.map(([v, x]) => viewpointOption(v, x)).sort());
    }
  });
  it('makes no card for a root tag whose own boundary or persistence differs from its class profile', () => {
    for (const i of content.incidents) {
      const root = i.faults.find((f) => f.role === 'root');
      if (root && profileConflicts(root, tax.classOfType.get(root.type)).length > 0)
        expect(byId.has(`incident:${i.id}:viewpoints`), i.id).toBe(false);
    }
  });
  it('gives one fault type the same answers in every incident (gcp-europe-west2-heat-2022, gcp-europe-west9-water-fire-2023)', () => {
    const byType = new Map<string, string>();
    for (const q of cards) {
      const type = /the root fault was "([^"]+)"/.exec(q.prompt)![1]!;
      const answers = rightOptions(q).sort().join('|');
      expect(byType.get(type) ?? answers, q.id).toBe(answers);
      byType.set(type, answers);
    }
    const west2 = byId.get('incident:gcp-europe-west2-heat-2022:viewpoints') as Choice;
    const west9 = byId.get('incident:gcp-europe-west9-water-fire-2023:viewpoints') as Choice;
    expect(rightOptions(west2).sort()).toEqual(rightOptions(west9).sort());
    expect(west2.options.some((o) => o.includes('system boundary'))).toBe(false);
  });
  it('marks a dependency fault External (cloudflare-pdx-power-2023) and a change fault Permanent (gitlab-database-deletion-2017)', () => {
    const pdx = rightOptions(byId.get('incident:cloudflare-pdx-power-2023:viewpoints') as Choice);
    expect(pdx).toContain('External (system boundary)');
    expect(pdx).not.toContain('Internal (system boundary)');
    const gitlab = rightOptions(byId.get('incident:gitlab-database-deletion-2017:viewpoints') as Choice);
    expect(gitlab).toContain('Permanent (persistence)');
    expect(gitlab).not.toContain('Transient (persistence)');
  });
});

describe('"which incident is this?": the context does not name the answer', () => {
  const cards = cardsOf(':from-summary') as Choice[];
  it('hides every organisation of the incident and every name or number of its title', () => {
    expect(cards.length).toBe(content.incidents.length);
    for (const q of cards) {
      const inc = incidentOf(q);
      for (const o of inc.orgs) {
        const name = tax.orgById.get(o.id)!.name;
        for (const n of orgNames(name)) expect(q.context, `${q.id}: ${n}`).not.toMatch(new RegExp(`\\b${n}\\b`));
      }
      const numbers = inc.title.match(/\d+/g) ?? [];
      for (const n of numbers) expect(q.context, `${q.id}: ${n}`).not.toMatch(new RegExp(`\\b${n}\\b`));
    }
  });
  it('does not name Roblox or Consul in the Roblox card', () => {
    const q = byId.get('incident:roblox-consul-2021:from-summary')!;
    expect(q.context).not.toMatch(/Roblox|Consul|73/);
    expect(q.context).toContain('[…]');
  });
});

describe('topics count only the cards that teach them', () => {
  it('tags an incident card with a goal or challenge only when it asks about it', () => {
    for (const q of pool.questions.filter((x) => x.id.startsWith('incident:'))) {
      const asked = q.kind === 'multi' || q.kind === 'single' ? rightOptions(q) : [];
      for (const t of q.topics.filter((x) => /^(goal|challenge):/.test(x))) {
        const [kind, id] = t.split(':') as [string, string];
        const name = kind === 'goal' ? tax.goalById.get(id)!.name : tax.challengeById.get(id)!.name;
        expect(asked, `${q.id} carries ${t}`).toContain(name);
      }
    }
  });
});

describe('every goal is the right answer of some single-choice card', () => {
  it.each([...tax.goalById.values()].map((g) => g.name))('%s', (name) => {
    expect(pool.questions.some((q) => q.kind === 'single' && q.options[q.answer] === name)).toBe(true);
  });
});

describe('typed lists accept the official wording and nothing foreign', () => {
  const recall = pool.questions.filter((q): q is Extract<Question, { kind: 'recall' }> => q.kind === 'recall');
  it('scores every recall card 100% for its answers written out, in any of the usual forms', () => {
    for (const q of recall) {
      const answers = q.items.map((it) => it.answer);
      const forms = [
        answers.join('\n'),
        answers.join(', '),
        answers.join('; '),
        `${answers.slice(0, -1).join(', ')} and ${answers.at(-1)}`,
        `${answers.slice(0, -1).join('; ')}; and ${answers.at(-1)}`,
      ];
      for (const text of forms)
        expect(grade(q, { kind: 'recall', text }), `${q.id}: ${text}`).toMatchObject({ score: 1 });
    }
  });
  it('accepts no alias that names another goal or challenge', () => {
    const vocabulary = [...tax.goalById.values(), ...tax.challengeById.values()].map((x) => x.name);
    for (const q of recall)
      for (const it of q.items)
        for (const alias of it.accept) {
          const foreign = vocabulary.filter((v) => fuzzyMatches(alias, v) && !fuzzyMatches(it.answer, v));
          expect(foreign, `${q.id}: "${alias}" for ${it.answer}`).toEqual([]);
        }
  });
  it('grades bank:four-challenges: the official wording in full, and not "latency"', () => {
    const q = byId.get('bank:four-challenges')!;
    const official =
      'More machines mean more links that might fail; networks introduce delays; networks fail intermittently and for prolonged periods; and we rely on other administrators who are not infallible.';
    const g = grade(q, { kind: 'recall', text: official });
    expect(g.score).toBe(1);
    expect(g.note).not.toContain('Not recognised');
    const latency = grade(q, {
      kind: 'recall',
      text: 'more machines more failures, latency, networks fail intermittently and for prolonged periods, other administrators',
    });
    expect(latency.score).toBe(0.75);
    expect(latency.note).toContain('Missing: Networks introduce delays');
  });
});

describe('maths: right units, readable answers, no 100% below 100%', () => {
  const seeds = Array.from({ length: 400 }, (_, i) => `s${i}`);
  const all = MATHS_TEMPLATES.flatMap((t) => seeds.map((s) => mathsQuestion(t, s)));
  it('accepts its own shown answer and shows the unit asked for', () => {
    for (const q of all) {
      if (q.kind !== 'numeric') continue;
      const g = grade(q, { kind: 'numeric', text: '' });
      const shown = g.expected.split(' (')[0]!;
      expect(grade(q, { kind: 'numeric', text: shown }).correct, `${q.id}: ${g.expected}`).toBe(true);
      if (q.unit === '%') expect(g.expected).toMatch(/%$/);
      if (q.unit === 'probability') expect(g.expected).toMatch(/%\)$/);
    }
  });
  it('never shows a value below 100% as 100%', () => {
    for (const q of all) {
      const shown = [q.prompt, q.explanation, grade(q, { kind: 'numeric', text: '' }).expected].join(' ');
      expect(shown, q.id).not.toMatch(/\b100(\.0+)?\s?%/);
    }
  });
  it('asks maths:at-least-one with enough decimals: 99.9965% is not 100%', () => {
    const q = all.find((x) => x.id === 'maths:at-least-one' && /Each of 200 servers.* 5%/.test(x.prompt))!;
    // 1 − 0.95²⁰⁰ = 99.99649…%: one decimal would round it to 100.0%.
    expect(q.kind === 'numeric' && q.answer).toBe(99.996);
    expect(q.prompt).toContain('3 decimal places');
    expect(grade(q, { kind: 'numeric', text: '99.996' })).toMatchObject({ correct: true, expected: '99.996%' });
    expect(grade(q, { kind: 'numeric', text: '100' }).correct).toBe(false);
  });
  it('accepts maths:all-fail as a fraction, a power of ten or a percentage, and says "both" for two', () => {
    const tiny = all.find(
      (x) => x.id === 'maths:all-fail' && x.kind === 'numeric' && Math.abs(x.answer - 1e-10) < 1e-20,
    )!;
    for (const text of ['1e-10', '10^-10', '10⁻¹⁰', '1 × 10⁻¹⁰', '1x10^-10', '0.00000001%', '1e-8 %'])
      expect(grade(tiny, { kind: 'numeric', text }).correct, text).toBe(true);
    expect(grade(tiny, { kind: 'numeric', text: '1e-10' }).expected).toBe('1 × 10⁻¹⁰ (= 1 × 10⁻⁸%)');
    const tenth = all.find(
      (x) => x.id === 'maths:all-fail' && x.kind === 'numeric' && Math.abs(x.answer - 1e-3) < 1e-12,
    )!;
    for (const text of ['0.1%', '0.001', '10^-3', '10⁻³'])
      expect(grade(tenth, { kind: 'numeric', text }).correct, text).toBe(true);
    const two = all.filter((x) => x.id === 'maths:all-fail' && /on 2 replicas/.test(x.prompt));
    expect(two.length).toBeGreaterThan(0);
    for (const q of two) {
      expect(q.prompt).toContain('both are lost');
      expect(q.prompt).not.toContain('all 2');
    }
  });
});
