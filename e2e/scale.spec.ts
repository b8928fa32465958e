// Thousands of events from hundreds of articles: crowded items are drawn as clusters that open as
// the reader zooms in, and an event chosen in the card is still selected on the timeline.
import { makeEventSet } from './bench/makeEventSet';
import { expect, test } from './fixtures';

test('a set of 2,000 events draws clusters, and selecting one zooms in to its events', async ({ app, page }) => {
  test.setTimeout(90_000);
  const body = JSON.stringify(makeEventSet(2_000));
  await page.route('**/bench/events-2000.json', (route) => route.fulfill({ contentType: 'application/json', body }));
  await page.goto('./?src=bench/events-2000.json');

  const clusters = app.timeline.locator('.vis-item.dl-cluster.vis-box');
  await expect(clusters.first()).toBeVisible({ timeout: 30_000 });
  const drawn = await app.timeline.locator('.vis-item').count();
  expect(drawn).toBeLessThan(500);
  const counts = await clusters.locator('.vis-item-content').evaluateAll((labels) =>
    labels.map((label) => Number(label.textContent)),
  );
  expect(counts.length).toBeGreaterThan(0);
  expect(counts.every((count) => count > 1)).toBe(true);

  const before = await app.windowSpan();
  await clusters.first().click();
  await expect.poll(() => app.windowSpan()).toBeLessThan(before / 2);
  // Zoomed in on a cluster: no event was selected by it, and the card still invites a choice.
  await expect(page).not.toHaveURL(/#event-/);
  await expect(app.card.getByText('The linked event is not in this article')).toHaveCount(0);
});

test('zooming in far enough splits the clusters into single events that can be selected', async ({ app, page }) => {
  test.setTimeout(90_000);
  const body = JSON.stringify(makeEventSet(2_000));
  await page.route('**/bench/events-2000.json', (route) => route.fulfill({ contentType: 'application/json', body }));
  await page.goto('./?src=bench/events-2000.json');
  await expect(app.timeline.locator('.vis-item').first()).toBeVisible({ timeout: 30_000 });

  await app.card.getByRole('button', { name: 'Start with the earliest event' }).click();
  await expect(page).toHaveURL(/#event-bench-/);
  const id = decodeURIComponent(new URL(page.url()).hash.replace('#event-', ''));
  await expect(app.card.getByTestId('card-title')).not.toBeEmpty();
  // Focused on the event's two months, it is drawn on its own and marked as selected.
  await expect(app.itemFrame(id)).toHaveClass(/vis-selected/, { timeout: 15_000 });
});

test('the list view of 2,000 events is read a hundred at a time and turns to the selected event', async ({ app, page }) => {
  test.setTimeout(90_000);
  const body = JSON.stringify(makeEventSet(2_000));
  await page.route('**/bench/events-2000.json', (route) => route.fulfill({ contentType: 'application/json', body }));
  await page.goto('./?src=bench/events-2000.json');
  await expect(app.timeline.locator('.vis-item').first()).toBeVisible({ timeout: 30_000 });

  await page.getByRole('button', { name: 'List view' }).click();
  const list = page.getByRole('list', { name: 'Events in date order' });
  await expect(list.getByRole('listitem')).toHaveCount(100);
  await expect(page.getByText('Events 1–100 of 2,000')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Earlier events' })).toBeDisabled();
  await page.getByRole('button', { name: 'Later events' }).click();
  await expect(page.getByText('Events 101–200 of 2,000')).toBeVisible();
  await expect(list.getByRole('listitem')).toHaveCount(100);

  // An event chosen by its link, wherever it is in date order, is on the page the list turns to.
  await page.goto('./?src=bench/events-2000.json#event-bench-1500');
  await page.getByRole('button', { name: 'List view' }).click();
  await expect(list.locator('[data-event-id="bench-1500"]')).toHaveAttribute('aria-current', 'true');
  await expect(list.getByRole('listitem')).toHaveCount(100);
});
