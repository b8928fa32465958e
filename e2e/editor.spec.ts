// The editor end to end: paste, merge, keep across reloads, edit, export, import, cancel.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { bridgeFollowUp, bridgeReport } from './editor/articles';

// Each test gets a fresh browser context from Playwright, so IndexedDB starts empty.

async function addArticle(page: Page, text: string, publicationDate?: string): Promise<void> {
  await page.getByRole('button', { name: 'Add article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add an article' });
  await dialog.getByLabel('Article text').fill(text);
  if (publicationDate) await dialog.getByLabel('Publication date').fill(publicationDate);
  await dialog.getByRole('button', { name: 'Add to timeline' }).click();
  await expect(dialog).toBeHidden();
}

function labels(page: Page) {
  return page.getByTestId('timeline').locator('.vis-item-content [data-event-id]');
}

async function openApp(page: Page): Promise<void> {
  await page.goto('./');
  await expect(page.getByRole('button', { name: 'Add article' })).toBeVisible();
}

test('a pasted article shows its events in a lane and says nothing leaves the browser', async ({ page }) => {
  await openApp(page);
  await expect(page.locator('.dl-editor-bar').getByText('Everything stays in your browser: nothing is sent to any server.')).toBeVisible();
  await addArticle(page, bridgeReport, '2024-03-14');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your timeline');
  await expect(page.getByTestId('lane')).toHaveCount(1);
  await expect(page.getByTestId('lane')).toContainText('Council approves new river bridge');
  await expect(labels(page).first()).toBeVisible();
  const starts = await labels(page).evaluateAll((nodes) => nodes.map((node) => (node as HTMLElement).dataset.start));
  expect(starts).toEqual(expect.arrayContaining(['2024-03-12', '2024-06', '2022-10-03', '2019']));
  await expect(page.locator('.vis-label').first()).toContainText('Council approves new river bridge');
});

test('the publication date is filled in from the date line of the pasted text', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Add article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add an article' });
  await dialog.getByLabel('Article text').fill(bridgeReport);
  await expect(dialog.getByLabel('Publication date')).toHaveValue('2024-03-14');
});

test('articles and their events are still there after a reload', async ({ page }) => {
  await openApp(page);
  await addArticle(page, bridgeReport, '2024-03-14');
  await expect(labels(page).first()).toBeVisible();
  const before = await labels(page).count();
  await page.reload();
  await expect(page.getByTestId('lane')).toHaveCount(1);
  await expect(labels(page)).toHaveCount(before);
});
