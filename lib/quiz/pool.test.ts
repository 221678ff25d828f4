import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getCorpus } from '../corpus';
import { getContent } from '../content';
import { MATHS_TEMPLATES, mathsQuestion } from './maths';
import { buildPool, poolSchema } from './pool';
import { cardIds } from './round';
import { actionItemKey, corpusQuestions } from './from-corpus';
import { classifyMeans } from './rules/means';

const content = getContent();
const { tax } = getCorpus();
const pool = buildPool(content, tax);
const all = [...pool.questions, ...MATHS_TEMPLATES.map((t) => mathsQuestion(t, 'integrity'))];

/** Whether an internal href names a page the build will write. */
function pageExists(href: string): boolean {
  const p = href.split('#')[0]!;
  const m = /^\/(incidents|faults|goals|challenges|technologies)\/([^/]+)\/$/.exec(p);
  if (m) {
    const [, kind, id] = m;
    if (kind === 'incidents') return content.incidents.some((i) => i.id === id);
    if (kind === 'faults') return tax.typeById.has(id!) || tax.classById.has(id!);
    if (kind === 'goals') return tax.goalById.has(id!);
    if (kind === 'technologies') return tax.technologyById.has(id!);
    return tax.challengeById.has(id!);
  }
  return fs.existsSync(path.join('app', p, 'page.tsx'));
}

describe('the quiz pool over the real content', () => {
  it('is valid against the pool schema', () => expect(poolSchema.safeParse(pool).success).toBe(true));
  it('has unique card ids', () => {
    const ids = cardIds(pool);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
  it('gives every learning goal questions', () => {
    expect(
      content.quiz.learningGoals.filter((g) => cardIds(pool, `learn:${g.id}`).length === 0).map((g) => g.id),
    ).toEqual([]);
  });
  it('gives every incident questions', () => {
    expect(content.incidents.filter((i) => cardIds(pool, `incident:${i.id}`).length === 0).map((i) => i.id)).toEqual(
      [],
    );
  });
  it('covers at least 10 of the 15 templates of taxonomy.md §8', () => {
    const covered = new Set(all.map((q) => q.template).filter((t) => t !== undefined));
    expect(covered.size).toBeGreaterThanOrEqual(10);
  });
  it('names only learning goals that exist', () => {
    const goals = new Set(content.quiz.learningGoals.map((g) => g.id));
    expect(all.flatMap((q) => q.learningGoals.filter((g) => !goals.has(g)).map((g) => `${q.id}: ${g}`))).toEqual([]);
  });
  it('links only to pages that exist', () => {
    expect(all.flatMap((q) => q.links.filter((l) => !pageExists(l.href)).map((l) => `${q.id}: ${l.href}`))).toEqual([]);
    expect(
      content.quiz.learningGoals.flatMap((g) =>
        g.pages.filter((l) => !pageExists(l.href)).map((l) => `${g.id}: ${l.href}`),
      ),
    ).toEqual([]);
  });
  it('links every question of the availability topic to a page that explains it', () => {
    expect(cardIds(pool, 'goal:availability').length).toBeGreaterThan(0);
    expect(all.filter((q) => q.topics.includes('goal:availability') && q.links.length === 0).map((q) => q.id)).toEqual(
      [],
    );
  });
  it('gives every single-choice and multi-select question an answer among its options', () => {
    const bad = pool.questions.filter(
      (q) =>
        (q.kind === 'single' && !q.options[q.answer]) || (q.kind === 'multi' && q.answers.some((a) => !q.options[a])),
    );
    expect(bad.map((q) => q.id)).toEqual([]);
  });
});

describe('action-item cards', () => {
  // An incident with two action items that make cards (lib/quiz/rules/means.ts decides which do).
  const inc = content.incidents.find(
    (i) => i.actionItems.filter((a) => classifyMeans(a.text).means === a.means).length === 2,
  )!;
  const ids = (incident: typeof inc) =>
    corpusQuestions([incident], tax)
      .filter((q) => q.template === 3)
      .map((q) => ({ id: q.id, prompt: q.prompt }));

  it('keep each action item on its own card id when the items are reordered', () => {
    const before = ids(inc);
    const after = ids({ ...inc, actionItems: [...inc.actionItems].reverse() });
    expect(before).toHaveLength(2);
    expect(new Set(before.map((q) => q.id)).size).toBe(2);
    for (const q of before) expect(after.find((a) => a.id === q.id)?.prompt).toBe(q.prompt);
  });
  it('ignore case and spacing changes in the action item text', () => {
    expect(actionItemKey('Add  a canary\nstage')).toBe(actionItemKey('add a canary stage'));
    expect(actionItemKey('Add a canary stage')).not.toBe(actionItemKey('Remove the canary stage'));
  });
});
