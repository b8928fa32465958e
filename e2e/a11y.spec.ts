// Accessibility (issue 4, part 6): axe-core finds no WCAG 2.1 A or AA violation in the app and the
// embed, in each state a reader reaches: as opened, with an event selected, with the list view open,
// and the embed in both themes.
import { expect, test, type Page } from '@playwright/test';
import { violations } from './axeViolations';
import { showListView } from './listView';

test.setTimeout(120_000);

const article = 'articles/000_df00862e278acaea.txt';

async function openApp(page: Page, path = './'): Promise<void> {
  await page.goto(path);
  await expect(page.getByTestId('timeline').locator('.vis-item [data-event-id]').first()).toBeVisible();
}

test('the app as it opens has no axe violations', async ({ page }) => {
  await openApp(page);
  expect(await violations(page)).toEqual([]);
});

test('the app with an event selected has no axe violations', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Start with the earliest event' }).click();
  await expect(page.getByTestId('card-title')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('the app with the list view open has no axe violations', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'List view' }).click();
  await expect(page.getByRole('list', { name: 'Events in date order' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

for (const theme of ['light', 'dark'] as const) {
  test(`the embed in the ${theme} theme has no axe violations, with and without a selection`, async ({ page }) => {
    await page.goto(`embed.html?src=${article}&theme=${theme}`);
    await expect(page.getByTestId('timeline').locator('.vis-item [data-event-id]').first()).toBeVisible();
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Start with the earliest event' }).click();
    await expect(page.getByTestId('card-title')).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
}

test('Tab reaches the timeline, and its focus ring is visible', async ({ page }) => {
  await openApp(page);
  const band = page.getByTestId('timeline');
  for (let presses = 0; presses < 15 && !(await band.evaluate((element) => element === document.activeElement)); presses++) {
    await page.keyboard.press('Tab');
  }
  await expect(band).toBeFocused();
  await expect(band).toHaveAttribute('role', 'application');
  const outline = await band.evaluate((element) => getComputedStyle(element));
  expect(outline.outlineStyle).toBe('solid');
  expect(Number.parseFloat(outline.outlineWidth)).toBeGreaterThanOrEqual(2);
  await expect(page.locator('.dl-band__keys')).toBeVisible();
});

test('arrow keys walk the events in date order, Enter selects, Escape clears, Up and Down zoom', async ({ page }) => {
  await openApp(page);
  const band = page.getByTestId('timeline');
  await band.focus();
  const ordered = await page
    .getByRole('list', { name: 'Events in date order' })
    .locator('li')
    .evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.eventId ?? ''));
  const active = band.locator('.vis-item.dl-item--active [data-event-id]');

  await page.keyboard.press('ArrowRight');
  await expect(active).toHaveAttribute('data-event-id', ordered[0]!);
  await page.keyboard.press('ArrowRight');
  await expect(active).toHaveAttribute('data-event-id', ordered[1]!);
  await expect(page.locator('.dl-band [role="status"]')).toContainText(`Event 2 of ${ordered.length}`);
  await page.keyboard.press('ArrowLeft');
  await expect(active).toHaveAttribute('data-event-id', ordered[0]!);

  await page.keyboard.press('Enter');
  await expect(page.getByTestId('card-title')).toBeVisible();
  await expect(band.locator('.vis-item.vis-selected [data-event-id]')).toHaveAttribute('data-event-id', ordered[0]!);
  await expect(band).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(page.getByTestId('card-title')).toHaveCount(0);
  await expect(band.locator('.vis-item.vis-selected')).toHaveCount(0);

  const span = async () => {
    const [start, end] = await Promise.all([band.getAttribute('data-window-start'), band.getAttribute('data-window-end')]);
    return Date.parse(end ?? '') - Date.parse(start ?? '');
  };
  const before = await span();
  await page.keyboard.press('ArrowUp');
  await expect.poll(span).toBeLessThan(before * 0.9);
  const zoomedIn = await span();
  await page.keyboard.press('-');
  await expect.poll(span).toBeGreaterThan(zoomedIn * 1.1);
});

test('the list view is a pressed button that shows the events, date, title and quote, and selects like the timeline', async ({ page }) => {
  await openApp(page);
  const list = await showListView(page);
  const rows = list.getByRole('listitem');
  const count = await page.getByTestId('timeline').locator('.vis-item-content [data-event-id]').count();
  await expect(rows).toHaveCount(count);
  const second = rows.nth(1);
  await expect(second.locator('.dl-list__date')).not.toBeEmpty();
  await expect(second.locator('blockquote')).not.toBeEmpty();
  const id = await second.getAttribute('data-event-id');
  await second.getByRole('button').click();
  await expect(second).toHaveAttribute('aria-current', 'true');
  await expect(page.getByTestId('timeline').locator('.vis-item.vis-selected [data-event-id]')).toHaveAttribute('data-event-id', id!);
  await expect(page.getByTestId('card-title')).toHaveText((await second.getByRole('button').textContent()) ?? '');
});

test('the card announces only the selected event’s title, politely', async ({ page }) => {
  await openApp(page);
  const card = page.getByRole('complementary', { name: 'Event' });
  await expect(card).not.toHaveAttribute('aria-live');
  const live = card.locator('[aria-live]');
  await expect(live).toHaveCount(1);
  await expect(live).toHaveAttribute('aria-live', 'polite');
  await expect(live).toHaveText('');
  await page.getByRole('button', { name: 'Start with the earliest event' }).click();
  await expect(live).toHaveText((await page.getByTestId('card-title').textContent()) ?? 'missing');
  await expect(live.locator('*')).toHaveCount(0);
});
