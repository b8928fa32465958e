// The Dateline page end to end: the Belarus article, its gold events, the card, the article, zoom, links.
import { DatelinePage, expect, expectedCardDate, readGold, squash, test, type GoldEvent, type ShownItem, type ShownQuote } from './fixtures';

const gold = readGold();

/** The items whose quote contains the gold fragment and whose start agrees with the gold start. */
function itemsForGold(event: GoldEvent, items: ShownItem[], quotes: ShownQuote[]): ShownItem[] {
  const fragment = squash(event.quoteContains);
  const ids = new Set(quotes.filter((quote) => squash(quote.text).includes(fragment)).flatMap((quote) => quote.ids));
  return items.filter((item) => {
    if (!ids.has(item.id)) return false;
    // "For several months" after August 2020: a start in that month, open or with an approximate end.
    if (event.endOpen) return item.start.startsWith(event.start) && (item.open || item.end !== null);
    if (event.end) return item.start === event.start && (item.end === event.end || item.end === null);
    return item.start === event.start;
  });
}

test('the app opens on the Belarus article with its title, source and date', async ({ app, page }) => {
  const parserWorker = page.waitForEvent('worker', (worker) => worker.url().includes('parser.worker'));
  await app.open();
  // The article is parsed off the main thread.
  await parserWorker;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Putin calls for dialogue between Belarusian authorities, opposition',
  );
  await expect(page.locator('.dl-header')).toContainText('Dateline');
  await expect(page.locator('.dl-header')).toContainText('Primepress');
  await expect(page.locator('.dl-header')).toContainText('19 November 2021');
  await expect(page.getByRole('button', { name: 'Zoom in', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Zoom out', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Fit', exact: true })).toBeVisible();
  await expect(app.article).toContainText('Merkel discussed the migration issue');
});

test('every gold event is on the timeline with its quote and its start', async ({ app }) => {
  await app.open();
  const items = await app.shownItems();
  const quotes = await app.shownQuotes();
  const missing = gold.events.filter((event) => {
    if (itemsForGold(event, items, quotes).length > 0) return false;
    // "10 and 11 November" may also be two events, one per day.
    if (!event.end) return true;
    const perDay = [event.start, event.end].map((start) => itemsForGold({ ...event, start, end: undefined }, items, quotes));
    return perDay.some((found) => found.length === 0);
  });
  expect(missing, `gold events not on the timeline; shown: ${JSON.stringify(items)}`).toEqual([]);
});

test('clicking each event on the timeline shows its card and marks its quote in the article', async ({ app, page }) => {
  await app.open();
  const items = await app.shownItems();
  const quotes = await app.shownQuotes();
  expect(items.length).toBeGreaterThan(0);
  for (const item of items) {
    await app.item(item.id).click();
    await expect(app.itemFrame(item.id)).toHaveClass(/vis-selected/);
    await expect(page).toHaveURL(new RegExp(`#event-${item.id}$`));
    await expect(app.card.getByTestId('card-title')).toHaveText(item.label);
    await expect(app.card.getByTestId('card-date')).not.toBeEmpty();

    const dateText = squash((await app.card.getByTestId('card-date-text').textContent()) ?? '').replace(/^“|”$/g, '');
    const mark = app.article.locator('mark');
    await expect(mark).toHaveCount(1);
    await expect(mark).toBeInViewport();
    await expect(mark.locator('.dl-quote__date', { hasText: dateText }).first()).toBeVisible();
    const cardQuote = squash((await app.card.locator('blockquote').textContent()) ?? '');
    expect(squash((await mark.textContent()) ?? '')).toContain(cardQuote);

    const goldEvent = gold.events.find((event) => itemsForGold(event, [item], quotes).length > 0);
    if (goldEvent) await expect(app.card.getByTestId('card-date')).toHaveText(expectedCardDate(goldEvent));
  }
});

test('clicking a quote in the article selects its event', async ({ app, page }) => {
  await app.open();
  const quotes = await app.shownQuotes();
  const july = quotes.find((quote) => quote.text.includes('he no longer intended to restrain illegal migration'));
  expect(july, 'the July 2021 sentence is a quote').toBeDefined();
  const id = july!.ids[0]!;

  await app.quote(id).click();
  await expect(page).toHaveURL(new RegExp(`#event-${id}$`));
  await expect(app.itemFrame(id)).toHaveClass(/vis-selected/);
  await expect(app.card.getByTestId('card-date')).toHaveText('July 2021');
  await expect(app.article.locator('mark')).toContainText('he no longer intended to restrain illegal migration');
});

test('clicking a sentence with two events again selects its next event', async ({ app, page }) => {
  await app.open();
  const shared = (await app.shownQuotes()).find((quote) => quote.ids.length > 1);
  test.skip(!shared, 'the parser gives no sentence two events');
  const [first, second] = shared!.ids as [string, string];
  await app.quote(first).click();
  await expect(page).toHaveURL(new RegExp(`#event-${first}$`));
  await app.quote(first).click();
  await expect(page).toHaveURL(new RegExp(`#event-${second}$`));
  await expect(app.itemFrame(second)).toHaveClass(/vis-selected/);
});

test('the zoom buttons narrow, widen and reset the visible window', async ({ app, page }) => {
  await app.open();
  const fitted = await app.windowSpan();
  expect(fitted).toBeGreaterThan(0);
  const ratio = async () => (await app.windowSpan()) / fitted;
  const zoomIn = page.getByRole('button', { name: 'Zoom in', exact: true });
  const zoomOut = page.getByRole('button', { name: 'Zoom out', exact: true });

  // zoomIn(0.5) divides the span by 1.5; zoomOut(0.5) multiplies it by 1.5.
  await zoomIn.click();
  await expect.poll(ratio).toBeCloseTo(1 / 1.5, 2);
  await zoomIn.click();
  await expect.poll(ratio).toBeCloseTo(1 / 2.25, 2);
  await zoomOut.click();
  await expect.poll(ratio).toBeCloseTo(1 / 1.5, 2);

  await page.getByRole('button', { name: 'Fit', exact: true }).click();
  await expect.poll(ratio).toBeCloseTo(1, 2);
});

test('the mouse wheel zooms the timeline in', async ({ app, page }) => {
  await app.open();
  const fitted = await app.windowSpan();
  await app.timeline.hover({ position: { x: 300, y: 120 } });
  await page.mouse.wheel(0, -400);
  await expect.poll(() => app.windowSpan()).toBeLessThan(fitted);
});

test('a link to #event-ID opens with its card, its marked quote and the timeline focused on it', async ({ app, page, context }) => {
  await app.open();
  const items = await app.shownItems();
  const target = items.find((item) => item.start === '2021-11-17') ?? items[0]!;

  const fresh = await context.newPage();
  const linked = new DatelinePage(fresh);
  await linked.open(`./#event-${target.id}`);
  await expect(linked.card.getByTestId('card-title')).toHaveText(target.label);
  await expect(linked.article.locator('mark')).toHaveCount(1);
  await expect(linked.article.locator('mark')).toBeInViewport();
  await expect(linked.itemFrame(target.id)).toHaveClass(/vis-selected/);
  await expect(linked.item(target.id)).toBeInViewport();
  // Focused: zoomed in from the whole story to the weeks around the event.
  const fitted = await app.windowSpan();
  await expect.poll(() => linked.windowSpan()).toBeLessThan(fitted / 2);
  const window = await linked.window();
  const day = Date.parse(`${target.start}T12:00:00`);
  expect(window.start).toBeLessThan(day);
  expect(window.end).toBeGreaterThan(day);
  await fresh.close();
  void page;
});

test('an article that cannot be loaded shows a clear message instead of the timeline', async ({ page }) => {
  await page.goto('./?article=missing_article.txt');
  await expect(page.getByRole('alert')).toContainText('could not be loaded');
  await expect(page.getByRole('alert')).toContainText('missing_article.txt');
  await expect(page.getByTestId('timeline')).toHaveCount(0);
});

test('an article the parser cannot read shows its problem instead of the timeline', async ({ page }) => {
  await page.route('**/articles/000_df00862e278acaea.txt', (route) => route.fulfill({ status: 200, body: '' }));
  await page.goto('./');
  await expect(page.getByRole('alert')).toContainText('could not be read');
  await expect(page.getByTestId('timeline')).toHaveCount(0);
});

test('a link to an event the article does not have says so and selects nothing', async ({ app }) => {
  await app.open('./#event-1999-01-01-nothere');
  await expect(app.card).toContainText('The linked event is not in this article');
  await expect(app.article.locator('mark')).toHaveCount(0);
});

test('a band whose stacked events reach above its top edge says so with a fade, and a short one does not', async ({ app, page }) => {
  // Twelve events within three days stack higher than the band: vis clips the top ones without a sign.
  const days = Array.from({ length: 12 }, (_, i) => `On ${1 + (i % 3)} March 2021, the court heard witness number ${i + 1} in the case.`);
  await page.route('**/articles/crowded.txt', (route) =>
    route.fulfill({ status: 200, contentType: 'text/plain; charset=utf-8', body: `A crowded fortnight\n\nPublished 20 March 2021\n\n${days.join('\n\n')}` }),
  );
  await app.open('./?src=articles/crowded.txt');
  const band = page.getByTestId('timeline');
  await expect(band.locator('.vis-item').first()).toBeVisible();
  await expect(band).toHaveAttribute('data-overflowing', '');
  await app.open('./');
  await expect(band.locator('.vis-item').first()).toBeVisible();
  await expect(band).not.toHaveAttribute('data-overflowing');
});

/** Sixteen witnesses in one March and a case brought in 2015: at the opening zoom, March stacks far above the band's top. */
async function openWitnesses(app: DatelinePage): Promise<{ idOn(start: string): string }> {
  const witnesses = Array.from({ length: 16 }, (_, i) => `On ${i + 1} March 2021, the court heard witness number ${i + 1} in the case.`);
  await app.page.route('**/articles/witnesses.txt', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/plain; charset=utf-8',
      body: `A month of witnesses\n\nPublished 20 March 2021\n\nIn 2015 the case was first brought.\n\n${witnesses.join('\n\n')}`,
    }),
  );
  await app.open('./?src=articles/witnesses.txt');
  const items = await app.shownItems();
  return { idOn: (start) => items.find((item) => item.start === start)!.id };
}

/** An item's top and bottom edges from the top of the band's visible panel, and the panel's height. */
async function edgesInBand(app: DatelinePage, id: string): Promise<{ top: number; bottom: number; height: number }> {
  const [box, panel] = await Promise.all([app.itemFrame(id).boundingBox(), app.timeline.locator('.vis-panel.vis-center').boundingBox()]);
  return { top: box!.y - panel!.y, bottom: box!.y + box!.height - panel!.y, height: panel!.height };
}

async function insideBand(app: DatelinePage, id: string): Promise<boolean> {
  const { top, bottom, height } = await edgesInBand(app, id);
  return top >= 0 && bottom <= height;
}

test('an event selected while stacked above the top of the band is scrolled into it, until the reader scrolls it away', async ({ app, page }) => {
  const { idOn } = await openWitnesses(app);
  const last = idOn('2021-03-16');
  expect((await edgesInBand(app, last)).bottom).toBeLessThan(0);
  // A highlighted sentence in the article selects it.
  await app.quote(last).first().click();
  await expect(app.itemFrame(last)).toHaveClass(/vis-selected/);
  await expect.poll(() => insideBand(app, last)).toBe(true);

  // The reader scrolls the band: the event stays where they scrolled it, though vis redraws.
  await app.timeline.locator('.vis-panel.vis-center').hover();
  await page.mouse.wheel(0, 200);
  await expect.poll(async () => (await edgesInBand(app, last)).bottom).toBeLessThan(0);
  await page.waitForTimeout(700);
  expect((await edgesInBand(app, last)).bottom).toBeLessThan(0);

  // A new selection, with the card's arrow, is scrolled into the band again.
  await app.card.getByRole('button', { name: 'Earlier event' }).click();
  const earlier = idOn('2021-03-15');
  await expect(app.itemFrame(earlier)).toHaveClass(/vis-selected/);
  await expect.poll(() => insideBand(app, earlier)).toBe(true);
});

test('a link to an event stacked above the top of the band opens with the event inside it', async ({ app, page }) => {
  const { idOn } = await openWitnesses(app);
  const last = idOn('2021-03-16');
  // Opened afresh: the event is drawn only after the selection is made.
  await page.goto('about:blank');
  await page.goto(`./?src=articles/witnesses.txt#event-${last}`);
  await expect(app.itemFrame(last)).toHaveClass(/vis-selected/);
  await expect.poll(() => insideBand(app, last)).toBe(true);
});
