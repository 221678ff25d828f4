import { expect, test, type Page } from '@playwright/test';
import { grade, type Response } from '../lib/quiz/grade';
import type { Pool } from '../lib/quiz/pool';
import type { Question } from '../lib/quiz/question';
import { cardIds, initialOrder, materialise, pickRound } from '../lib/quiz/round';

// Rich in single-choice cards (root causes, which incident, means) and holds an ordering card.
const TOPIC = 'learn:fault-error-failure';

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

  // The rest: an ordering is graded as it stands; anything else is answered "I don't know" (0).
  let expected = 1;
  for (let i = 2; i < qs.length; i++) {
    const q = qs[i]!;
    if (q.kind === 'order') {
      expected += grade(q, untouched(q, seed)).score;
      await page.getByRole('button', { name: 'Submit answer' }).click();
    } else await page.getByRole('button', { name: 'I don’t know' }).click();
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
  await page.getByRole('button', { name: 'Review 1 due card now' }).click();
  // As above: the key is pressed only once the question has focus, or it would be lost.
  await expect(page.getByRole('heading', { name: 'Question 1 of 1' })).toBeFocused();
  // Answered and rated, the card is scheduled ahead: the menu says so, and Back into the review
  // must not replay the card the review started with.
  await page.keyboard.press('1');
  await expect(page.getByRole('radio').first()).toBeChecked();
  await page.getByRole('button', { name: 'Submit answer' }).click();
  await page.getByRole('button', { name: /^Good/ }).click();
  await page.getByRole('button', { name: 'Back to the quiz menu' }).click();
  await expect(page.getByText('No cards are due for review.')).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/mode=review/);
  await expect(page.getByText(/^No cards are due\. The next one is due/)).toBeVisible();
});

test('Enter with nothing chosen asks for an answer and schedules nothing, twice over', async ({ page }) => {
  const { seed } = await roundWithTwoSingles(page);
  await page.goto(`/quiz/?topic=${TOPIC}&seed=${seed}`);
  await expect(page.getByRole('heading', { name: 'Question 1 of 10' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'Choose an answer first' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Question 1 of 10' })).toBeVisible();
  await expect(page.getByText('Correct answer')).toHaveCount(0);
  await page.goto('/quiz/');
  await expect(page.getByText('0 cards reviewed so far.')).toBeVisible();
});

test('after answering, every option is marked correct or incorrect in words', async ({ page }) => {
  const { seed, qs } = await roundWithTwoSingles(page);
  const first = qs[0] as Question & { kind: 'single' };
  const wrong = first.options.findIndex((_, i) => i !== first.answer);
  await page.goto(`/quiz/?topic=${TOPIC}&seed=${seed}`);
  await page.getByRole('radio', { name: first.options[wrong] }).check();
  await page.getByRole('button', { name: 'Submit answer' }).click();
  const items = page.locator('ol.options > li');
  await expect(items).toHaveCount(first.options.length);
  for (let i = 0; i < first.options.length; i++) {
    const mark = i === first.answer ? '✓ correct' : '✗ incorrect';
    await expect(items.nth(i)).toContainText(mark);
  }
  await expect(items.nth(wrong)).toContainText('✗ incorrect (your choice)');
});

test('a reload mid-round resumes at the next question and does not re-ask answered cards', async ({ page }) => {
  const { seed, qs } = await roundWithTwoSingles(page);
  const first = qs[0] as Question & { kind: 'single' };
  await page.goto(`/quiz/?topic=${TOPIC}&seed=${seed}`);
  await page.getByRole('radio', { name: first.options[first.answer] }).check();
  await page.getByRole('button', { name: 'Submit answer' }).click();
  await page.getByRole('button', { name: 'Next question' }).click();
  await expect(page.getByRole('heading', { name: 'Question 2 of 10' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Question 2 of 10' })).toBeVisible();
  await expect(page.getByText('score so far 1 of 1')).toBeVisible();
});

test('review: rate recall, say "I don’t know", suspend a card; the forecast and the button say what is due', async ({
  page,
}) => {
  const { seed } = await roundWithTwoSingles(page);
  await page.goto('/quiz/');
  await expect(page.getByRole('button', { name: 'Nothing to review yet' })).toBeDisabled();
  await page.goto(`/quiz/?topic=${TOPIC}&seed=${seed}`);
  for (const q of [1, 2]) {
    await expect(page.getByRole('heading', { name: `Question ${q} of 10` })).toBeVisible();
    await page.getByRole('button', { name: 'I don’t know' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'I don’t know' })).toBeVisible();
    await page.getByRole('button', { name: 'Next question' }).click();
  }
  await page.getByRole('button', { name: 'Back to the quiz menu' }).click();
  // Two lapses: due again within minutes, so the forecast counts them today.
  const today = page.getByRole('row', { name: /Today/ });
  await expect(today).toContainText('2');
  await page.clock.setFixedTime(Date.now() + 3_600_000);
  await page.reload();
  await page.getByRole('button', { name: 'Review 2 due cards now' }).click();
  await expect(page).toHaveURL(/mode=review&seed=/);
  await expect(page.getByRole('heading', { name: 'Question 1 of 2' })).toBeVisible();
  await page.getByRole('button', { name: 'I don’t know' }).click();
  await expect(page.getByRole('group').filter({ hasText: 'How well did you recall it?' })).toBeVisible();
  for (const label of ['Again', 'Hard', 'Good', 'Easy'])
    await expect(page.getByRole('button', { name: new RegExp(`^${label}`) })).toBeVisible();
  await page.getByRole('button', { name: 'Suspend this card (I think it is wrong)' }).click();
  await expect(page.getByText('Suspended: this card will not be asked again.')).toBeVisible();
  await page.getByRole('button', { name: /^Easy/ }).click();
  await expect(page.getByRole('heading', { name: 'Question 2 of 2' })).toBeVisible();
  await page.getByRole('button', { name: 'Back to the quiz menu' }).click();
  await expect(page.getByText('1 card is suspended and never asked.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Review 1 due card now' })).toBeEnabled();
});

test('the print sheet has a way back, names its topic, and explains an unknown topic', async ({ page }) => {
  await page.goto('/quiz/?mode=print&topic=goal:availability');
  await expect(page.getByRole('heading', { name: 'Question sheet: Availability' })).toBeVisible();
  await page.getByRole('button', { name: 'Back to the quiz menu' }).click();
  await expect(page.getByRole('heading', { name: 'Quick round' })).toBeVisible();
  await page.goto('/quiz/?mode=print&topic=goal:no-such-topic');
  await expect(page.getByRole('alert').filter({ hasText: 'no quiz topic' })).toContainText(
    'There is no quiz topic “goal:no-such-topic”',
  );
  await expect(page.getByRole('button', { name: 'Back to the quiz menu' })).toBeVisible();
});

test('the history names topics, not ids', async ({ page }) => {
  await page.addInitScript(() => {
    const at = new Date().toISOString();
    localStorage.setItem(
      'faultline.quiz.progress',
      JSON.stringify({
        app: 'faultline-quiz',
        version: 1,
        cards: {},
        rounds: [{ at, topic: 'challenge:network-delay', score: 3, total: 10 }],
      }),
    );
  });
  await page.goto('/quiz/');
  const history = page.getByRole('region', { name: 'Your last rounds' });
  await expect(history).toContainText('Networks introduce delays — 3 of 10');
  await expect(history).not.toContainText('challenge:network-delay');
});

test('the list-answer box does not scroll the page sideways at 390 px', async ({ page }) => {
  const pool = (await (await page.request.get('/quiz/pool.json')).json()) as Pool;
  const topic = 'learn:list-challenges';
  let seed = '';
  for (let i = 0; i < 2000 && !seed; i++) {
    const id = pickRound(cardIds(pool, topic), `recall${i}`)[0]!;
    if (materialise(pool, id, `recall${i}`)?.kind === 'recall') seed = `recall${i}`;
  }
  expect(seed).not.toBe('');
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto(`/quiz/?topic=${topic}&seed=${seed}`);
  await expect(page.getByRole('textbox')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test('the quiz opens without the whole pool: only the small index, then one topic file for a topic round', async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto('/quiz/');
  await expect(page.getByRole('heading', { name: 'Quick round' })).toBeVisible();
  expect(fetched.filter((p) => p.startsWith('/quiz/') && p.endsWith('.json'))).toEqual(['/quiz/cards/index.json']);
  const index = await (await page.request.get('/quiz/cards/index.json')).body();
  const whole = await (await page.request.get('/quiz/pool.json')).body();
  expect(index.length * 5).toBeLessThan(whole.length);
  await page.getByRole('button', { name: 'Start a round on this topic' }).click();
  await expect(page.getByRole('heading', { name: 'Question 1 of 10' })).toBeVisible();
  expect(fetched.filter((p) => p.endsWith('.json'))).toEqual([
    '/quiz/cards/index.json',
    '/quiz/cards/goal--availability.json',
  ]);
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
