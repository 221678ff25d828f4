import { expect, test, type Page } from '@playwright/test';
import { grade, type Response } from '../lib/quiz/grade';
import type { Pool } from '../lib/quiz/pool';
import type { Question } from '../lib/quiz/question';
import { cardIds, initialOrder, materialise, pickRound } from '../lib/quiz/round';

const TOPIC = 'goal:availability';

/** The response the page sends when a learner submits without touching the inputs. */
function untouched(q: Question, seed: string): Response {
  switch (q.kind) {
    case 'single':
      return { kind: 'single', choice: null };
    case 'multi':
      return { kind: 'multi', choices: [] };
    case 'order':
      return { kind: 'order', order: initialOrder(q, seed) };
    default:
      return { kind: q.kind, text: '' };
  }
}

/** A seed whose round starts with two single-choice questions, and that round's questions. */
async function roundWithTwoSingles(page: Page) {
  const pool = (await (await page.request.get('/quiz/pool.json')).json()) as Pool;
  for (let i = 0; i < 500; i++) {
    const seed = `e2e${i}`;
    const qs = pickRound(cardIds(pool, TOPIC), seed).map((id) => materialise(pool, id, seed)!);
    if (qs[0]?.kind === 'single' && qs[1]?.kind === 'single') return { seed, qs };
  }
  throw new Error('no seed found');
}

test('a topic round answered right then wrong shows the right feedback and the score', async ({ page }) => {
  const { seed, qs } = await roundWithTwoSingles(page);
  await page.goto(`/quiz/?topic=${TOPIC}&seed=${seed}`);
  const first = qs[0] as Question & { kind: 'single' };
  await expect(page.getByRole('heading', { name: 'Question 1 of 10' })).toBeFocused();
  // Keyboard: the number key chooses, Enter submits, while the quiz has focus.
  await page.keyboard.press(String(first.answer + 1));
  await expect(page.getByRole('radio', { name: first.options[first.answer] })).toBeChecked();
  await page.keyboard.press('Enter');
  const status = page.getByRole('status').filter({ hasText: 'Correct answer' });
  await expect(status).toContainText('Right.');
  await expect(status).toContainText(first.explanation);
  await expect(status.getByRole('link').first()).toBeVisible();
  await page.keyboard.press('Enter');

  const second = qs[1] as Question & { kind: 'single' };
  const wrong = second.options.findIndex((_, i) => i !== second.answer);
  await page.getByRole('radio', { name: second.options[wrong] }).check();
  await page.getByRole('button', { name: 'Submit answer' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Correct answer' })).toContainText(
    `Wrong. Correct answer: ${second.options[second.answer]}`,
  );
  await page.getByRole('button', { name: 'Next question' }).click();

  let expected = 1;
  for (let i = 2; i < qs.length; i++) {
    expected += grade(qs[i]!, untouched(qs[i]!, seed)).score;
    await page.getByRole('button', { name: 'Submit answer' }).click();
    await page.getByRole('button', { name: i + 1 < qs.length ? 'Next question' : 'See your score' }).click();
  }
  await expect(page.getByText(`Your score: ${Number(expected.toFixed(2))} out of ${qs.length}.`)).toBeVisible();
});

test('a reviewed card stays scheduled across a reload and is due the next days', async ({ page }) => {
  const { seed } = await roundWithTwoSingles(page);
  await page.goto(`/quiz/?topic=${TOPIC}&seed=${seed}`);
  // The quiz renders in the browser: a key pressed before it has focus would be lost.
  await expect(page.getByRole('heading', { name: 'Question 1 of 10' })).toBeFocused();
  await page.keyboard.press('1');
  await expect(page.getByRole('radio').first()).toBeChecked();
  await page.getByRole('button', { name: 'Submit answer' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Correct answer' })).toBeVisible();
  await page.goto('/quiz/');
  await expect(page.getByText('1 cards reviewed so far.')).toBeVisible();
  await page.reload();
  await expect(page.getByText('1 cards reviewed so far.')).toBeVisible();
  await page.clock.setFixedTime(Date.now() + 3 * 86_400_000);
  await page.reload();
  await expect(page.getByText('1 card is due for review.')).toBeVisible();
  await page.getByRole('button', { name: 'Review due cards' }).click();
  await expect(page.getByRole('heading', { name: 'Question 1 of 1' })).toBeVisible();
  // Answered, the card is scheduled ahead: the menu says so, and Back into the review must not
  // replay the card the review started with.
  await page.getByRole('button', { name: 'Submit answer' }).click();
  await page.getByRole('button', { name: 'See your score' }).click();
  await page.getByRole('button', { name: 'Back to the quiz menu' }).click();
  await expect(page.getByText('No cards are due for review.')).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/mode=review/);
  await expect(page.getByText(/^No cards are due\. The next one is due/)).toBeVisible();
});

test('corrupted stored progress is reset with a visible notice', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('faultline.quiz.progress', '{"app":"faultline-quiz",broken');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await page.goto('/quiz/');
  await expect(page.getByRole('alert').filter({ hasText: 'could not be read' })).toBeVisible();
  await expect(page.getByText('0 cards reviewed so far.')).toBeVisible();
  await page.reload();
  await expect(page.getByText('0 cards reviewed so far.')).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'progress' })).toHaveCount(0);
});

test('importing a malformed file is refused with a message', async ({ page }) => {
  await page.goto('/quiz/');
  await page
    .getByLabel('Import progress from a file')
    .setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":"world"}') });
  await expect(page.getByRole('alert').filter({ hasText: 'not a Faultline quiz progress export' })).toBeVisible();
  await expect(page.getByText('0 cards reviewed so far.')).toBeVisible();
});

test('an ordering question is keyboard-operable: a move is announced and focus stays on the moved item', async ({
  page,
}) => {
  const pool = (await (await page.request.get('/quiz/pool.json')).json()) as Pool;
  let seed = '';
  for (let i = 0; i < 2000 && !seed; i++) {
    const id = pickRound(cardIds(pool, TOPIC), `order${i}`)[0]!;
    if (materialise(pool, id, `order${i}`)?.kind === 'order') seed = `order${i}`;
  }
  expect(seed, 'a seed whose round opens with an ordering question').not.toBe('');
  await page.goto(`/quiz/?topic=${TOPIC}&seed=${seed}`);
  await expect(page.getByRole('heading', { name: 'Question 1 of 10' })).toBeFocused();
  const items = page.locator('ol.order > li > span');
  const second = (await items.nth(1).textContent()) ?? '';
  await page.getByRole('button', { name: `Move ${second} up` }).focus();
  await page.keyboard.press('Enter');
  await expect(items.first()).toHaveText(second);
  await expect(page.getByRole('status').filter({ hasText: 'moved to' })).toHaveText(
    `${second} moved to position 1 of ${await items.count()}.`,
  );
  // Its "up" button is now disabled, so focus moved to its "down" button rather than to the page.
  await expect(page.getByRole('button', { name: `Move ${second} down` })).toBeFocused();
});
