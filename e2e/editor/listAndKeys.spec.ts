// The editor's timeline without a mouse: the list view, the band's keys, and the lane titles on a phone.
import { expect, test, type Page } from '@playwright/test';
import { violations } from '../axeViolations';
import { showListView } from '../listView';
import { bridgeFollowUp, bridgeReport } from './articles';
import { addArticle, labels, openApp, slow } from './editorPage';

// Each test gets a fresh browser context, so IndexedDB starts empty.
test.describe.configure({ timeout: 90_000 });

const report = 'Council approves new river bridge after years of delay';
const followUp = 'Elm River bridge vote: what happens next';

/** The editor with both bridge articles in two lanes, one of their points merged. */
async function openTwoLanes(page: Page): Promise<void> {
  await openApp(page);
  await addArticle(page, bridgeReport, '2024-03-14');
  await addArticle(page, bridgeFollowUp, '2024-03-15');
  await expect(page.locator('.vis-label')).toHaveCount(2, slow);
  await expect(page.locator('.dl-item--merged [data-event-id]')).toHaveCount(1, slow);
}

/** The points' ids in the list's order: the list is in the page (hidden) even while it is off. */
function listedIds(page: Page): Promise<string[]> {
  return page
    .getByRole('list', { name: 'Events in date order', includeHidden: true })
    .locator('li')
    .evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.eventId ?? ''));
}

test('the list view shows every point with its article, in date order, and choosing one selects it as a click on the band does', async ({ page }, testInfo) => {
  await openTwoLanes(page);
  const list = await showListView(page);

  const rows = list.getByRole('listitem');
  const pointCount = await labels(page).count();
  expect(pointCount).toBe(6);
  await expect(rows).toHaveCount(pointCount);
  // In date order: the band's labels carry each point's start.
  const starts = new Map(
    await labels(page).evaluateAll((nodes) => nodes.map((node) => [(node as HTMLElement).dataset.eventId!, (node as HTMLElement).dataset.start!] as const)),
  );
  const listedStarts = (await listedIds(page)).map((id) => starts.get(id));
  expect(listedStarts).toEqual([...listedStarts].sort());
  expect(listedStarts[0]).toBe('2015');

  // Each row says which article (lane) it comes from; a merged point names both.
  await expect(rows.locator('.dl-list__source')).toHaveCount(pointCount);
  await expect(rows.filter({ hasText: 'first asked for a crossing' }).locator('.dl-list__source')).toHaveText(`From “${followUp}”`);
  await expect(rows.filter({ hasText: 'rejected an earlier design' }).locator('.dl-list__source')).toHaveText(`From “${report}”`);
  await expect(rows.filter({ hasText: '2 sources' }).locator('.dl-list__source')).toHaveText(`From “${report}” and “${followUp}”`);

  // Choosing a row: the card, the band's selection and the quote marked in the reading pane.
  const card = page.getByRole('complementary', { name: 'Event' });
  const reading = page.getByRole('article', { name: 'Article text' });
  for (const [quote, article] of [
    ['rejected an earlier design', report],
    ['first asked for a crossing', followUp],
  ] as const) {
    const row = rows.filter({ hasText: quote });
    const id = await row.getAttribute('data-event-id');
    await row.getByRole('button').click();
    await expect(row).toHaveAttribute('aria-current', 'true');
    await expect(card.getByTestId('card-title')).toHaveText((await row.getByRole('button').textContent()) ?? 'missing');
    await expect(card.getByTestId('source')).toContainText(article);
    await expect(page.getByTestId('timeline').locator('.vis-item.vis-selected [data-event-id]')).toHaveAttribute('data-event-id', id!);
    await expect(reading.locator('mark')).toContainText(quote);
  }
  await page.screenshot({ path: testInfo.outputPath('editor-list-1280.png'), fullPage: true });
});

test('Left, Right, Home and End walk the points of every lane in date order and announce “Event N of M”, as the card’s arrows do', async ({ page }, testInfo) => {
  await openTwoLanes(page);
  const band = page.getByTestId('timeline');
  const ordered = await listedIds(page);
  const count = ordered.length;
  expect(count).toBe(6);
  // One Tab stop, reached from the page's controls.
  for (let presses = 0; presses < 30 && !(await band.evaluate((element) => element === document.activeElement)); presses++) {
    await page.keyboard.press('Tab');
  }
  await expect(band).toBeFocused();
  await expect(band).toHaveAttribute('role', 'application');
  await expect(page.locator('.dl-band__keys')).toBeVisible();

  const active = band.locator('.vis-item.dl-item--active [data-event-id]');
  const status = page.locator('.dl-band [role="status"]');
  await page.keyboard.press('ArrowRight');
  await expect(active).toHaveAttribute('data-event-id', ordered[0]!);
  await expect(status).toContainText(`Event 1 of ${count}`);
  await page.keyboard.press('ArrowRight');
  await expect(active).toHaveAttribute('data-event-id', ordered[1]!);
  await expect(status).toContainText(`Event 2 of ${count}`);
  await page.keyboard.press('End');
  await expect(active).toHaveAttribute('data-event-id', ordered[count - 1]!);
  await expect(status).toContainText(`Event ${count} of ${count}`);
  await page.keyboard.press('Home');
  await expect(active).toHaveAttribute('data-event-id', ordered[0]!);
  await page.keyboard.press('ArrowLeft');
  await expect(active).toHaveAttribute('data-event-id', ordered[0]!);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(status).toContainText(`Event 3 of ${count}`);
  await page.screenshot({ path: testInfo.outputPath('editor-keys-1280.png') });
  // The merged point is one stop, in the lane of its first article.
  const lanesWalked = new Set<string>();
  for (const id of ordered) lanesWalked.add(id.startsWith('merged-') ? 'merged' : id.split('/')[0]!);
  expect(lanesWalked.size).toBe(3);

  // Enter selects the point moved to; the band keeps the focus.
  await page.keyboard.press('Enter');
  const card = page.getByRole('complementary', { name: 'Event' });
  await expect(card.getByTestId('card-title')).toBeVisible();
  await expect(band.locator('.vis-item.vis-selected [data-event-id]')).toHaveAttribute('data-event-id', ordered[2]!);
  await expect(card.locator('.dl-card__kicker')).toContainText(`3 of ${count}`);
  await expect(band).toBeFocused();

  // The card's ← → walk the same order, and keep the focus.
  const later = card.getByRole('button', { name: 'Later event' });
  await later.focus();
  await page.keyboard.press('Enter');
  await expect(band.locator('.vis-item.vis-selected [data-event-id]')).toHaveAttribute('data-event-id', ordered[3]!);
  await expect(card.locator('.dl-card__kicker')).toContainText(`4 of ${count}`);
  await expect(later).toBeFocused();
  await card.getByRole('button', { name: 'Earlier event' }).click();
  await card.getByRole('button', { name: 'Earlier event' }).click();
  await expect(band.locator('.vis-item.vis-selected [data-event-id]')).toHaveAttribute('data-event-id', ordered[1]!);
  await expect(card.locator('.dl-card__kicker')).toContainText(`2 of ${count}`);
  await card.getByRole('button', { name: 'Earlier event' }).click();
  await expect(card.getByRole('button', { name: 'Earlier event' })).toBeDisabled();

  // Escape on the band clears the selection.
  await band.focus();
  await page.keyboard.press('Escape');
  await expect(card.getByTestId('card-title')).toHaveCount(0);
  await expect(band.locator('.vis-item.vis-selected')).toHaveCount(0);
});

test('at 390 px the lane titles take at most 35% of the band, one line cut with an ellipsis and whole in a tooltip', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openTwoLanes(page);
  const band = page.getByTestId('timeline');
  const share = async () => {
    const [column, whole] = await Promise.all([band.locator('.vis-panel.vis-left').boundingBox(), band.boundingBox()]);
    return column!.width / whole!.width;
  };
  await expect.poll(share).toBeLessThanOrEqual(0.35);
  testInfo.annotations.push({ type: 'lane column at 390 px', description: `${Math.round((await share()) * 100)}% of the band` });

  const title = band.locator('.dl-lane__title', { hasText: /^Council approves/ });
  await expect(title).toHaveCSS('text-overflow', 'ellipsis');
  expect(await title.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
  await expect(band.locator('.dl-lane').first()).toHaveAttribute('title', report);
  await expect(band.locator('.dl-lane').nth(1)).toHaveAttribute('title', followUp);
  // The points still have room: the band shows at least one label whole.
  await expect(labels(page).first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('editor-lanes-390.png'), fullPage: true });
  await page.getByRole('button', { name: 'List view' }).click();
  await page.getByRole('list', { name: 'Events in date order' }).getByRole('listitem').nth(3).getByRole('button').click();
  await expect(page.getByTestId('card-title')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('editor-list-390.png'), fullPage: true });
  await page.getByRole('region', { name: 'Timeline' }).screenshot({ path: testInfo.outputPath('editor-band-390.png') });
  await page.getByRole('complementary', { name: 'Event' }).screenshot({ path: testInfo.outputPath('editor-card-390.png') });
  await page.getByRole('button', { name: 'List view' }).click();

  // On a desktop the column is as before: titles whole, wrapped over lines, at most 180 px.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect.poll(async () => title.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
  const desktop = (await band.locator('.vis-panel.vis-left').boundingBox())!.width;
  expect(desktop).toBeGreaterThan(120);
  expect(desktop).toBeLessThanOrEqual(205);
  await page.screenshot({ path: testInfo.outputPath('editor-lanes-1280.png') });
});

test('the editor with the list view open and a point selected has no axe violations', async ({ page }) => {
  await openTwoLanes(page);
  await page.getByRole('button', { name: 'List view' }).click();
  await page.getByRole('list', { name: 'Events in date order' }).getByRole('listitem').first().getByRole('button').click();
  await expect(page.getByTestId('card-title')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('a point stacked above the top of the lanes band, chosen in the list, is scrolled into the band', async ({ page }) => {
  await openApp(page);
  const witnesses = Array.from({ length: 16 }, (_, i) => `On ${i + 1} March 2021, the court heard witness number ${i + 1} in the case.`);
  await addArticle(page, `A month of witnesses\n\nIn 2015 the case was first brought.\n\n${witnesses.join('\n\n')}`, '2021-03-20');
  await expect(labels(page)).toHaveCount(17, slow);
  const band = page.getByTestId('timeline');
  const last = labels(page).filter({ hasText: 'witness number 16 ' });
  const edges = async () => {
    const [item, panel] = await Promise.all([last.boundingBox(), band.locator('.vis-panel.vis-center').boundingBox()]);
    return { top: item!.y - panel!.y, bottom: item!.y + item!.height - panel!.y, height: panel!.height };
  };
  expect((await edges()).bottom).toBeLessThan(0);

  await page.getByRole('button', { name: 'List view' }).click();
  await page.getByRole('list', { name: 'Events in date order' }).getByRole('listitem').filter({ hasText: 'witness number 16 ' }).getByRole('button').click();
  await expect.poll(async () => {
    const { top, bottom, height } = await edges();
    return top >= 0 && bottom <= height;
  }).toBe(true);
});
