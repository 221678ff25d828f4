import { expect, type Page } from '@playwright/test';

/**
 * Waits until React has hydrated the page (app/_components/HydrationMark.tsx). A click or key
 * press on a JavaScript control before that is lost, as it would be for a reader, so a test that
 * uses one waits here instead of racing the scripts.
 */
export async function waitForHydration(page: Page): Promise<void> {
  await expect(page.locator('html[data-hydrated]')).toBeAttached();
}
