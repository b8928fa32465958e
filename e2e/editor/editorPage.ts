// How the editor's end-to-end tests open the editor and bring articles in, as an editor does.
import { expect, type Locator, type Page } from '@playwright/test';

// Parsing and vis-timeline take seconds on a busy CI machine: room for both.
export const slow = { timeout: 30_000 };

export async function openApp(page: Page): Promise<void> {
  await page.goto('./');
  await expect(page.getByRole('button', { name: 'Add article' })).toBeVisible();
}

export async function addArticle(page: Page, text: string, publicationDate?: string): Promise<void> {
  await page.getByRole('button', { name: 'Add article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add an article' });
  await dialog.getByLabel('Article text').fill(text);
  if (publicationDate) await dialog.getByLabel('Publication date').fill(publicationDate);
  await dialog.getByRole('button', { name: 'Add to timeline' }).click();
  await expect(dialog).toBeHidden(slow);
}

/** The labels of the points on the band. */
export function labels(page: Page): Locator {
  return page.getByTestId('timeline').locator('.vis-item-content [data-event-id]');
}
