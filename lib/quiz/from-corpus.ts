import type { Incident } from '../content';
import type { TaxonomyIndex } from '../corpus/taxonomy-index';
import { MEANS } from '../content/incident-schema';
import type { Link, Question } from './question';
import { viewpointParts } from './viewpoints';
import { hashString, makeRng, shuffle } from '../random/seeded';
import { challengePath, faultPath, goalPath, incidentPath, learnPath } from '../routes';

const MEANS_LABEL: Record<(typeof MEANS)[number], string> = {
  prevention: 'Fault prevention',
  tolerance: 'Fault tolerance',
  removal: 'Fault removal',
  forecasting: 'Fault forecasting',
};

/** Up to `count` distractors from `pool`, never one of `exclude`, chosen by a seed so builds repeat. */
function distractors(pool: readonly string[], exclude: ReadonlySet<string>, count: number, seed: string): string[] {
  return shuffle(
    pool.filter((x) => !exclude.has(x)),
    makeRng(seed),
  ).slice(0, count);
}

/** Options with the answers mixed in at seeded positions; returns the options and the answers' indexes. */
function mix(answers: string[], others: string[], seed: string): { options: string[]; indexes: number[] } {
  const options = shuffle([...answers, ...others], makeRng(`${seed}:mix`));
  return { options, indexes: answers.map((a) => options.indexOf(a)).sort((a, b) => a - b) };
}

/**
 * Questions generated from every incident's tags (taxonomy.md §8 templates 3, 4, 7, 8, 9, 10 and
 * "which incident is this?"). Works for any incident: nothing here names an incident id.
 */
export function corpusQuestions(incidents: readonly Incident[], tax: TaxonomyIndex): Question[] {
  const typeName = (id: string) => tax.typeById.get(id)?.name ?? id;
  const allTypes = [...tax.typeById.keys()].filter((id) => !tax.typeById.get(id)?.deprecated);
  const out: Question[] = [];
  for (const inc of incidents) {
    const goalTopics = inc.goals.map((g) => `goal:${g.id}`);
    const challengeTopics = inc.challenges.map((c) => `challenge:${c.id}`);
    const incidentLink: Link = { href: incidentPath(inc.id), label: inc.title };
    const common = (id: string, learningGoal: string, extraTopics: string[] = []) => ({
      id: `incident:${inc.id}:${id}`,
      context: inc.summary,
      learningGoals: [learningGoal],
      topics: [
        ...new Set([`incident:${inc.id}`, `learn:${learningGoal}`, ...goalTopics, ...challengeTopics, ...extraTopics]),
      ],
    });
    const tagged = new Set(inc.faults.map((f) => f.type));
    const rootTags = inc.faults.filter((f) => f.role === 'root');
    const roots = [...new Set(rootTags.map((f) => f.type))];
    const rootWhy = rootTags.map((f) => `${typeName(f.type)}: ${f.why ?? 'tagged as root.'}`).join(' ');
    const faultLinks = (ids: string[]): Link[] => ids.map((t) => ({ href: faultPath(t), label: typeName(t) }));

    if (roots.length > 0) {
      const seed = `${inc.id}:root-fault`;
      const others = distractors(allTypes, tagged, roots.length === 1 ? 3 : 6 - roots.length, seed);
      const { options, indexes } = mix(roots.map(typeName), others.map(typeName), seed);
      const stem = {
        ...common(
          'root-fault',
          'fault-error-failure',
          roots.map((r) => `fault:${tax.classOfType.get(r)?.id ?? r}`),
        ),
        template: 7,
        explanation: rootWhy,
        links: [incidentLink, ...faultLinks(roots)],
      };
      out.push(
        roots.length === 1
          ? {
              ...stem,
              kind: 'single',
              prompt: `Which fault type was the root cause of "${inc.title}"?`,
              options,
              answer: indexes[0]!,
            }
          : {
              ...stem,
              kind: 'multi',
              prompt: `Which fault types were root causes of "${inc.title}"? Choose all that apply.`,
              options,
              answers: indexes,
            },
      );
    }

    const rootTag = rootTags[0];
    const viewpoints = rootTag && viewpointParts(rootTag, tax.classOfType.get(rootTag.type));
    if (rootTag && viewpoints) {
      out.push({
        ...common('viewpoints', 'fault-error-failure'),
        template: 4,
        kind: 'multi',
        prompt: `In "${inc.title}", the root fault was "${typeName(rootTag.type)}". Which Avizienis viewpoint values describe it? Choose all that apply.`,
        options: viewpoints.options,
        answers: viewpoints.answers,
        explanation: viewpoints.explanation,
        links: [
          incidentLink,
          ...faultLinks([rootTag.type]),
          { href: learnPath('fault-error-failure'), label: 'Fault, error, failure' },
        ],
      });
    }

    const trigger = inc.faults.find((f) => f.role === 'trigger');
    if (trigger && roots.length > 0) {
      const seed = `${inc.id}:trigger-root`;
      const choices = [trigger.type, ...roots.filter((r) => r !== trigger.type)];
      const { options, indexes } = mix(
        [typeName(trigger.type)],
        [...choices.slice(1).map(typeName), ...distractors(allTypes, tagged, 1, seed).map(typeName)],
        seed,
      );
      out.push({
        ...common('trigger-root', 'fault-error-failure'),
        kind: 'single',
        template: 8,
        prompt: `In "${inc.title}", which fault was the trigger rather than the root cause?`,
        options,
        answer: indexes[0]!,
        explanation: `Trigger — ${typeName(trigger.type)}: ${trigger.why ?? 'tagged as trigger.'} Root — ${rootWhy}`,
        links: [incidentLink, ...faultLinks([trigger.type, ...roots])],
      });
    }

    const goalIds = [...tax.goalById.keys()];
    const goals = mix(
      inc.goals.map((g) => tax.goalById.get(g.id)!.name),
      goalIds.filter((g) => !inc.goals.some((x) => x.id === g)).map((g) => tax.goalById.get(g)!.name),
      `${inc.id}:goal`,
    );
    out.push({
      ...common('goal', 'list-goals'),
      kind: 'multi',
      template: 9,
      prompt: `Which goals of a distributed system did "${inc.title}" violate? Choose all that apply.`,
      options: goals.options,
      answers: goals.indexes,
      explanation: inc.goals.map((g) => `${tax.goalById.get(g.id)!.name}: ${g.why}`).join(' '),
      links: [incidentLink, ...inc.goals.map((g) => ({ href: goalPath(g.id), label: tax.goalById.get(g.id)!.name }))],
    });

    if (inc.challenges.length > 0) {
      const ids = [...tax.challengeById.keys()];
      const ch = mix(
        inc.challenges.map((c) => tax.challengeById.get(c.id)!.name),
        ids.filter((c) => !inc.challenges.some((x) => x.id === c)).map((c) => tax.challengeById.get(c)!.name),
        `${inc.id}:challenge`,
      );
      out.push({
        ...common('challenge', 'list-challenges'),
        kind: 'multi',
        template: 10,
        prompt: `Which of the four challenges does "${inc.title}" illustrate? Choose all that apply.`,
        options: ch.options,
        answers: ch.indexes,
        explanation: inc.challenges.map((c) => `${tax.challengeById.get(c.id)!.name}: ${c.why}`).join(' '),
        links: [
          incidentLink,
          ...inc.challenges.map((c) => ({ href: challengePath(c.id), label: tax.challengeById.get(c.id)!.name })),
        ],
      });
    }

    const otherTitles = incidents.filter((o) => o.id !== inc.id).map((o) => o.title);
    if (otherTitles.length >= 1) {
      const { options, indexes } = mix(
        [inc.title],
        distractors(otherTitles, new Set(), 3, `${inc.id}:summary`),
        `${inc.id}:summary`,
      );
      out.push({
        ...common('from-summary', 'fault-error-failure'),
        kind: 'single',
        prompt: 'Which incident does this summary describe?',
        options,
        answer: indexes[0]!,
        explanation: `It is "${inc.title}". ${inc.impactNote}`,
        links: [incidentLink],
      });
    }

    for (const item of inc.actionItems.slice(0, 2)) {
      out.push({
        // Named by the action item's own words, not its position: reordering or inserting items
        // must not hand a learner's schedule for one action item to another.
        ...common(`means-${actionItemKey(item.text)}`, 'fault-error-failure'),
        context: undefined,
        kind: 'single',
        template: 3,
        prompt: `After "${inc.title}", the action item was: "${item.text}" Which means of dependability is that?`,
        options: MEANS.map((m) => MEANS_LABEL[m]),
        answer: MEANS.indexOf(item.means),
        explanation: `${MEANS_LABEL[item.means]}. Prevention stops faults being introduced (canaries, review); tolerance masks them (replication, failover, isolation); removal finds and fixes them (tests, fixes); forecasting estimates them (alarms on trends, capacity models).`,
        links: [incidentLink, { href: learnPath('fault-error-failure'), label: 'Fault, error, failure' }],
      });
    }
  }
  return out;
}

/** A short stable key for an action item: its text hashed, so card ids survive reordering. */
export function actionItemKey(text: string): string {
  return hashString(text.trim().replace(/\s+/g, ' ').toLowerCase()).toString(36);
}
