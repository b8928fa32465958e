// The list view's toggle, as the reader's and the editor's tests both open it: a button pressed to show the list.
import { expect, type Locator, type Page } from '@playwright/test';

/** Presses "List view", checking it starts unpressed with the list out of view; returns the list, shown. */
export async function showListView(page: Page): Promise<Locator> {
  const toggle = page.getByRole('button', { name: 'List view' });
  const list = page.getByRole('list', { name: 'Events in date order' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(list).not.toBeInViewport();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(list).toBeVisible();
  return list;
}
