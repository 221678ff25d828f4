import type { Incident } from '../content';
import type { TaxonomyIndex } from '../corpus/taxonomy-index';
import { facetLabel, MEANS } from '../content/facets';
import type { Link, Question } from './question';
import { viewpointParts } from './viewpoints';
import { classifyMeans } from './rules/means';
import { CHALLENGE_CUES, FAULT_TYPE_CUES, GOAL_CUES, shows, sortByEvidence } from './rules/evidence';
import { identifyingWords, orgNames, redact, REDACTED } from './rules/redact';
import { hashString, makeRng, shuffle } from '../random/seeded';
import { challengePath, faultPath, goalPath, incidentPath, learnPath } from '../routes';

/** How a quiz option names a means of dependability: "Fault prevention" (the facet table's label, in the lecture's words). */
const meansOption = (m: (typeof MEANS)[number]) => `Fault ${facetLabel(m).toLowerCase()}`;

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

/** The fewest distractors a generated single-choice card may have; fewer and no card is made. */
const MIN_DISTRACTORS = 2;

/**
 * Questions generated from every incident's tags (taxonomy.md §8 templates 3, 4, 7, 8, 9, 10 and
 * "which incident is this?"). Works for any incident: nothing here names an incident id. Each
 * template follows a written rule (below, and in lib/quiz/rules/) that makes every card it emits
 * right; a card whose answer the rule cannot settle is not made. lib/quiz/card-rules.test.ts checks
 * every rule over the whole pool.
 */
export function corpusQuestions(incidents: readonly Incident[], tax: TaxonomyIndex): Question[] {
  const typeName = (id: string) => tax.typeById.get(id)?.name ?? id;
  const classOf = (id: string) => tax.classOfType.get(id)?.id ?? id;
  const allTypes = [...tax.typeById.keys()].filter((id) => !tax.typeById.get(id)?.deprecated);
  const out: Question[] = [];
  for (const inc of incidents) {
    const incidentLink: Link = { href: incidentPath(inc.id), label: inc.title };
    // A card's topics are what it teaches: its incident, its learning goal, and only the goals,
    // challenges or fault classes it asks about (inheriting every tag of the incident inflated
    // "Availability" to 240 cards, most of them about something else).
    const common = (id: string, learningGoal: string, extraTopics: string[] = []) => ({
      id: `incident:${inc.id}:${id}`,
      context: inc.summary,
      learningGoals: [learningGoal],
      topics: [...new Set([`incident:${inc.id}`, `learn:${learningGoal}`, ...extraTopics])],
    });
    const tagged = new Set(inc.faults.map((f) => f.type));
    const taggedClasses = new Set([...tagged].map(classOf));
    const rootTags = inc.faults.filter((f) => f.role === 'root');
    const roots = [...new Set(rootTags.map((f) => f.type))];
    const rootWhy = rootTags.map((f) => `${typeName(f.type)}: ${f.why ?? 'tagged as root.'}`).join(' ');
    const faultLinks = (ids: string[]): Link[] => ids.map((t) => ({ href: faultPath(t), label: typeName(t) }));
    // Everything the incident's record says, for the "is this distractor also right?" rule.
    const record = [inc.title, inc.summary, ...inc.faults.map((f) => f.why ?? '')].join(' ');
    // Template 7 and 8 rule: a distractor fault type is of a class none of the incident's tags is
    // in, and its words do not appear in the record ("resource exhaustion" is no distractor for a
    // file that grew "past a limit").
    const farTypes = allTypes.filter((t) => !taggedClasses.has(classOf(t)) && !shows(FAULT_TYPE_CUES, t, record));

    const rootDistractors = distractors(
      farTypes,
      tagged,
      roots.length === 1 ? 3 : 6 - roots.length,
      `${inc.id}:root-fault`,
    );
    if (roots.length > 0 && rootDistractors.length >= MIN_DISTRACTORS) {
      const seed = `${inc.id}:root-fault`;
      const { options, indexes } = mix(roots.map(typeName), rootDistractors.map(typeName), seed);
      const stem = {
        ...common(
          'root-fault',
          'fault-error-failure',
          roots.map((r) => `fault:${classOf(r)}`),
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
        ...common('viewpoints', 'fault-error-failure', [`fault:${classOf(rootTag.type)}`]),
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

    // Template 8 rule: the trigger and every root must be different acts, so the trigger's fault
    // class is none of the roots' classes ("code deploy" vs "operator action" is one act, a manual
    // deploy, told two ways). The extra distractor comes from a class no option is in.
    const trigger = inc.faults.find((f) => f.role === 'trigger');
    const triggerExtra = distractors(farTypes, tagged, 1, `${inc.id}:trigger-root`);
    if (
      trigger &&
      roots.length > 0 &&
      !roots.some((r) => classOf(r) === classOf(trigger.type)) &&
      triggerExtra.length === 1
    ) {
      const seed = `${inc.id}:trigger-root`;
      const { options, indexes } = mix(
        [typeName(trigger.type)],
        [...roots.map(typeName), ...triggerExtra.map(typeName)],
        seed,
      );
      out.push({
        ...common(
          'trigger-root',
          'fault-error-failure',
          [trigger.type, ...roots].map((t) => `fault:${classOf(t)}`),
        ),
        kind: 'single',
        template: 8,
        prompt: `In "${inc.title}", which fault was the trigger rather than the root cause?`,
        options,
        answer: indexes[0]!,
        explanation: `Trigger — ${typeName(trigger.type)}: ${trigger.why ?? 'tagged as trigger.'} Root — ${rootWhy}`,
        links: [incidentLink, ...faultLinks([trigger.type, ...roots])],
      });
    }

    // Templates 9 and 10 rule (lib/quiz/rules/evidence.ts): a goal or challenge is a right answer
    // only when it is tagged and the text shown (title and summary) shows it; a distractor only
    // when it is neither. At least three options, so a card is never a one-or-the-other guess.
    const shown = `${inc.title}. ${inc.summary}`;
    const goals = sortByEvidence(GOAL_CUES, [...tax.goalById.keys()], new Set(inc.goals.map((g) => g.id)), shown);
    if (
      goals.answers.length > 0 &&
      goals.distractors.length > 0 &&
      goals.answers.length + goals.distractors.length >= 3
    ) {
      const goalName = (id: string) => tax.goalById.get(id)!.name;
      const mixed = mix(goals.answers.map(goalName), goals.distractors.map(goalName), `${inc.id}:goal`);
      out.push({
        ...common(
          'goal',
          'list-goals',
          goals.answers.map((g) => `goal:${g}`),
        ),
        kind: 'multi',
        template: 9,
        prompt: `Going by the summary above, which goals of a distributed system did "${inc.title}" violate? Choose all that apply.`,
        options: mixed.options,
        answers: mixed.indexes,
        explanation: inc.goals
          .filter((g) => goals.answers.includes(g.id))
          .map((g) => `${goalName(g.id)}: ${g.why}`)
          .join(' '),
        links: [incidentLink, ...goals.answers.map((g) => ({ href: goalPath(g), label: goalName(g) }))],
      });
    }

    const challenges = sortByEvidence(
      CHALLENGE_CUES,
      [...tax.challengeById.keys()],
      new Set(inc.challenges.map((c) => c.id)),
      shown,
    );
    if (
      challenges.answers.length > 0 &&
      challenges.distractors.length > 0 &&
      challenges.answers.length + challenges.distractors.length >= 3
    ) {
      const chName = (id: string) => tax.challengeById.get(id)!.name;
      const ch = mix(challenges.answers.map(chName), challenges.distractors.map(chName), `${inc.id}:challenge`);
      out.push({
        ...common(
          'challenge',
          'list-challenges',
          challenges.answers.map((c) => `challenge:${c}`),
        ),
        kind: 'multi',
        template: 10,
        prompt: `Going by the summary above, which of the four challenges does "${inc.title}" illustrate? Choose all that apply.`,
        options: ch.options,
        answers: ch.indexes,
        explanation: inc.challenges
          .filter((c) => challenges.answers.includes(c.id))
          .map((c) => `${chName(c.id)}: ${c.why}`)
          .join(' '),
        links: [incidentLink, ...challenges.answers.map((c) => ({ href: challengePath(c), label: chName(c) }))],
      });
    }

    // "Which incident is this?" rule: the summary shown names no organisation of the incident and
    // none of its title's names or numbers (lib/quiz/rules/redact.ts), so the title is not matched
    // by a word.
    const otherTitles = incidents.filter((o) => o.id !== inc.id).map((o) => o.title);
    if (otherTitles.length >= 1) {
      const names = [
        ...inc.orgs.flatMap((o) => {
          const org = tax.orgById.get(o.id);
          return org ? orgNames(org.name) : [];
        }),
        ...identifyingWords(inc.title, inc.summary),
      ];
      const { options, indexes } = mix(
        [inc.title],
        distractors(otherTitles, new Set(), 3, `${inc.id}:summary`),
        `${inc.id}:summary`,
      );
      out.push({
        ...common('from-summary', 'fault-error-failure'),
        context: redact(inc.summary, names),
        kind: 'single',
        prompt: `Which incident does this summary describe? Names and numbers that would give it away are hidden as ${REDACTED}.`,
        options,
        answer: indexes[0]!,
        explanation: `It is "${inc.title}". ${inc.impactNote}`,
        links: [incidentLink],
      });
    }

    // Template 3 rule (lib/quiz/rules/means.ts): the means is read from the action item's words, and
    // a card is made only when those words name a means and the curated label agrees.
    const askable = inc.actionItems.filter((item) => classifyMeans(item.text).means === item.means);
    for (const item of askable.slice(0, 2)) {
      out.push({
        // Named by the action item's own words, not its position: reordering or inserting items
        // must not hand a learner's schedule for one action item to another.
        ...common(`means-${actionItemKey(item.text)}`, 'fault-error-failure'),
        context: undefined,
        kind: 'single',
        template: 3,
        prompt: `After "${inc.title}", the action item was: "${item.text}" Which means of dependability is that?`,
        options: MEANS.map(meansOption),
        answer: MEANS.indexOf(item.means),
        explanation: `${meansOption(item.means)} (${classifyMeans(item.text).cue}). Prevention stops faults being introduced (canaries, freezes, approvals); tolerance delivers service despite them (redundancy, isolation, back-off, recovery); removal finds and fixes them (tests, reviews, fixes); forecasting estimates them (alarms on trends, capacity models).`,
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
