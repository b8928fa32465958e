// The editor end to end: paste, merge, keep across reloads, edit, export, import, cancel.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { bridgeFollowUp, bridgeReport, ferryUndated } from './editor/articles';
import { addArticle, labels, openApp, slow } from './editor/editorPage';

// Each test gets a fresh browser context from Playwright, so IndexedDB starts empty.
test.describe.configure({ timeout: 90_000 });

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

test('a second article that reports the same happening merges into one point listing both quotes', async ({ page }) => {
  await openApp(page);
  await addArticle(page, bridgeReport, '2024-03-14');
  await addArticle(page, bridgeFollowUp, '2024-03-15');
  await expect(page.getByTestId('lane')).toHaveCount(2);
  await expect(page.locator('.vis-label')).toHaveCount(2);
  const merged = page.locator('.dl-item--merged [data-event-id]');
  await expect(merged).toHaveCount(1);
  await expect(merged).toHaveAttribute('data-start', '2024-03-12');
  await merged.click();
  const card = page.getByRole('complementary', { name: 'Event' });
  await expect(card).toContainText('Merged point · 2 sources');
  const sources = card.getByTestId('source');
  await expect(sources).toHaveCount(2);
  await expect(sources.nth(0)).toContainText('The city council approved the construction of the Elm River bridge');
  await expect(sources.nth(0)).toContainText('Council approves new river bridge after years of delay');
  await expect(sources.nth(1)).toContainText('Councillors voted on 12 March 2024');
  await expect(sources.nth(1)).toContainText('Elm River bridge vote: what happens next');

  await card.getByRole('button', { name: 'Undo merge' }).click();
  await expect(page.locator('.dl-item--merged [data-event-id]')).toHaveCount(0);
  await expect(labels(page).and(page.locator('[data-start="2024-03-12"]'))).toHaveCount(2);
  // The undone merge is kept like any edit.
  await page.reload();
  await expect(page.getByTestId('lane')).toHaveCount(2);
  await expect(labels(page).and(page.locator('[data-start="2024-03-12"]'))).toHaveCount(2);
});

test('editing an event’s date moves its point, marks it as edited and survives a reload', async ({ page }) => {
  await openApp(page);
  await addArticle(page, bridgeReport, '2024-03-14');
  const design = page.getByTestId('timeline').locator('[data-event-id][data-start="2022-10-03"]');
  await expect(design).toHaveCount(1);
  const id = await design.getAttribute('data-event-id');
  const vote = page.getByTestId('timeline').locator('[data-event-id][data-start="2024-03-12"]');
  const x = async (label: typeof vote) => (await label.boundingBox())!.x;
  expect(await x(design)).toBeLessThan(await x(vote));
  await design.click();
  const card = page.getByRole('complementary', { name: 'Event' });
  await card.getByRole('button', { name: 'Edit' }).click();
  const form = card.getByRole('form', { name: 'Edit event' });
  await form.getByLabel('Precision').selectOption('day');
  await form.getByLabel('Date').fill('2025-01-20');
  await form.getByLabel('Title').fill('Transport agency rejects the first design');
  await form.getByLabel('Actors').fill('Regional transport agency');
  await form.getByRole('button', { name: 'Save' }).click();

  const moved = page.getByTestId('timeline').locator(`[data-event-id="${id}"]`);
  await expect(moved).toHaveAttribute('data-start', '2025-01-20');
  await expect(moved).toHaveAttribute('title', 'Transport agency rejects the first design');
  await expect(page.locator('.dl-item--edited [data-event-id]')).toHaveCount(1);
  await expect(card.getByText('Edited', { exact: true })).toBeVisible();
  // Once before the council's vote, the point now sits after it.
  await expect.poll(async () => (await x(moved)) - (await x(vote))).toBeGreaterThan(0);

  await page.reload();
  await expect(page.getByTestId('timeline').locator(`[data-event-id="${id}"]`)).toHaveAttribute('data-start', '2025-01-20');
  await expect(page.locator('.dl-item--edited [data-event-id]')).toHaveCount(1);
});

test('an event can be deleted, and one added from text selected in the article', async ({ page }) => {
  await openApp(page);
  await addArticle(page, bridgeReport, '2024-03-14');
  // Counted once the band has drawn the article's points: right after the dialog closes it may have drawn none yet.
  await expect(labels(page).first()).toBeVisible();
  const count = await labels(page).count();
  await page.getByTestId('timeline').locator('[data-start="2019"]').click();
  await page.getByRole('complementary', { name: 'Event' }).getByRole('button', { name: 'Delete' }).click();
  await expect(labels(page)).toHaveCount(count - 1);

  const sentence = page.getByRole('article', { name: 'Article text' }).getByText('Work is expected to take two years.');
  await sentence.selectText();
  await page.getByRole('button', { name: 'Add event', exact: true }).click();
  const form = page.getByRole('form', { name: 'Edit event' });
  await form.getByLabel('Precision').selectOption('year');
  await form.getByLabel('Date').fill('2026');
  await form.getByLabel('Title').fill('Bridge due to open');
  await form.getByRole('button', { name: 'Add event' }).click();
  await expect(page.getByTestId('timeline').locator('[data-start="2026"]')).toHaveAttribute('title', 'Bridge due to open');
  await expect(labels(page)).toHaveCount(count);
});

test('exports JSON, CSV and TimelineJS3 files with every event', async ({ page }) => {
  await openApp(page);
  await addArticle(page, bridgeReport, '2024-03-14');
  await addArticle(page, bridgeFollowUp, '2024-03-15');
  await expect(page.getByTestId('lane')).toHaveCount(2);

  async function exportAs(name: string): Promise<{ fileName: string; text: string }> {
    await page.getByRole('button', { name: 'Export' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name }).click()]);
    return { fileName: download.suggestedFilename(), text: await readFile((await download.path())!, 'utf8') };
  }

  const json = await exportAs('JSON (Dateline events)');
  expect(json.fileName).toMatch(/^dateline-\d{4}-\d{2}-\d{2}\.json$/);
  const events = JSON.parse(json.text);
  expect(events).toMatchObject({ format: 'dateline.events', version: 1 });
  expect(events.articles.map((article: { title: string }) => article.title)).toEqual([
    'Council approves new river bridge after years of delay',
    'Elm River bridge vote: what happens next',
  ]);
  expect(events.articles[0].publicationDate).toBe('2024-03-14');
  expect(events.articles[0].timeline.map((event: { start: string }) => event.start)).toEqual(
    expect.arrayContaining(['2024-03-12', '2024-06', '2022-10-03', '2019']),
  );

  const csv = await exportAs('CSV');
  expect(csv.fileName).toMatch(/\.csv$/);
  const lines = csv.text.split('\r\n');
  expect(lines[0]).toBe('date,precision,title,actors,quote,source,article title');
  expect(lines.filter(Boolean)).toHaveLength(1 + 7);
  expect(lines).toContain(
    '2024-06,month,Mayor Anna Berg said the first piles would be driven in June 2024,Anna Berg,Mayor Anna Berg said the first piles would be driven in June 2024.,,Council approves new river bridge after years of delay',
  );

  const timelineJs = await exportAs('TimelineJS3 JSON');
  expect(timelineJs.fileName).toMatch(/-timelinejs\.json$/);
  const tl = JSON.parse(timelineJs.text);
  expect(tl.events).toHaveLength(7);
  const june = tl.events.find((event: { start_date: { year: number; month?: number } }) => event.start_date.month === 6);
  expect(june).toMatchObject({
    start_date: { year: 2024, month: 6 },
    group: 'Council approves new river bridge after years of delay',
    text: { headline: 'Mayor Anna Berg said the first piles would be driven in June 2024' },
  });
  expect(june.start_date).not.toHaveProperty('day');
  expect(june.text.text).toMatch(/^<blockquote>Mayor Anna Berg said the first piles would be driven in June 2024\.<\/blockquote>/);
  expect(tl.events.find((event: { start_date: { year: number; month?: number } }) => event.start_date.year === 2019).start_date).toEqual({ year: 2019 });
});

test('a broken events file is named with its problem and nothing already loaded is lost; a good one is imported', async ({ page }) => {
  await openApp(page);
  await addArticle(page, bridgeReport, '2024-03-14');
  // Counted once the band has drawn the article's points: right after the dialog closes it may have drawn none yet.
  await expect(labels(page).first()).toBeVisible();
  const count = await labels(page).count();
  await page.getByRole('button', { name: 'Export' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'JSON (Dateline events)' }).click()]);
  const exported = JSON.parse(await readFile((await download.path())!, 'utf8'));

  const broken = structuredClone(exported);
  broken.articles[0].events[0].start = 'last Tuesday';
  await page.getByLabel('Open article or events files').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(broken)),
  });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('“broken.json” was not imported');
  await expect(alert).toContainText('articles[0].events[0].start: must be a date like 2021, 2021-07 or 2021-07-15');
  await expect(labels(page)).toHaveCount(count);

  await page.getByLabel('Open article or events files').setInputFiles({
    name: 'not-json.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format": '),
  });
  await expect(alert).toContainText('The file is not JSON');
  await expect(labels(page)).toHaveCount(count);

  // Starting over asks first; then the export brings everything back.
  await page.getByRole('button', { name: 'Start over' }).click();
  await page.getByRole('dialog', { name: 'Start over?' }).getByRole('button', { name: 'Keep my timeline' }).click();
  await expect(labels(page)).toHaveCount(count);
  await page.getByRole('button', { name: 'Start over' }).click();
  await page.getByRole('dialog', { name: 'Start over?' }).getByRole('button', { name: 'Remove everything' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Putin calls for dialogue between Belarusian authorities, opposition');
  await page.getByLabel('Open article or events files').setInputFiles({
    name: 'timeline.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(exported)),
  });
  await expect(page.getByRole('status').filter({ hasText: 'Added 1 article from “timeline.json”' })).toBeVisible();
  await expect(labels(page)).toHaveCount(count);
});

test('an undated article’s notice of its unplaced dates survives export and import into a fresh browser', async ({ page, browser }, testInfo) => {
  const unplaced = 'The article gives no publication date, so 2 dates that count from it are not on the timeline: “Tuesday”, “last month”.';
  await openApp(page);
  await addArticle(page, ferryUndated);
  const notice = page.getByRole('article', { name: 'Article text' }).getByRole('note');
  await expect(notice).toHaveText(unplaced);
  await page.getByRole('button', { name: 'Export' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'JSON (Dateline events)' }).click()]);
  const exported = await readFile((await download.path())!, 'utf8');
  expect(JSON.parse(exported).articles[0].unplacedDates).toEqual(['Tuesday', 'last month']);

  // A new context has its own, empty IndexedDB: only the file brings the article back.
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await openApp(other);
  await other.getByLabel('Open article or events files').setInputFiles({ name: 'ferry.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
  await expect(other.getByRole('status').filter({ hasText: 'Added 1 article from “ferry.json”' })).toBeVisible();
  const imported = other.getByRole('article', { name: 'Article text' }).getByRole('note');
  await expect(imported).toHaveText(unplaced);
  await other.screenshot({ path: testInfo.outputPath('unplaced-imported.png') });
  // Kept in IndexedDB like the rest of the article.
  await other.reload();
  await expect(imported).toHaveText(unplaced);
  await fresh.close();
});

test('article files can be opened with the file picker', async ({ page }) => {
  await openApp(page);
  await page.getByLabel('Open article or events files').setInputFiles([
    { name: 'bridge.txt', mimeType: 'text/plain', buffer: Buffer.from(bridgeReport) },
    {
      name: 'follow-up.html',
      mimeType: 'text/html',
      buffer: Buffer.from(
        '<html><head><title>Elm River bridge vote</title><meta property="og:site_name" content="The Valley Courier"></head>' +
          '<body><h1>Elm River bridge vote</h1><p>Councillors voted on 12 March 2024 to approve the Elm River bridge, Mayor Anna Berg confirmed.</p></body></html>',
      ),
    },
  ]);
  await expect(page.getByTestId('lane')).toHaveCount(2, slow);
  await expect(page.getByTestId('lane').nth(1)).toContainText('The Valley Courier');
  await expect(page.locator('.vis-label').nth(1)).toContainText('The Valley Courier');
  await expect(page.locator('.dl-item--merged [data-event-id]')).toHaveCount(1);
});

test('a long parse shows a progress bar and can be cancelled, and the page stays responsive', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Add article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add an article' });
  const area = dialog.getByLabel('Article text');
  // About 20 MB, pasted as a browser pastes: a paste event carrying the clipboard's text.
  await area.evaluate((textarea: HTMLTextAreaElement, text) => {
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', Array.from({ length: Math.ceil(20e6 / text.length) }, () => text).join('\n\n'));
    textarea.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
  }, bridgeReport);
  await expect(dialog.getByTestId('pasted-text')).toContainText(/Pasted text of 20,\d{3},\d{3} characters/);
  // The date line is found in the pasted text's first part.
  await expect(dialog.getByLabel('Publication date')).toHaveValue('2024-03-14');
  await dialog.getByRole('button', { name: 'Add to timeline' }).click();
  await expect(dialog.getByRole('progressbar', { name: 'Reading the article' })).toBeVisible(slow);
  await expect(dialog.getByRole('status')).toContainText(/Reading 20\.\d million characters/);
  // The main thread is free while the worker parses: a timer fires on time.
  const lag = await page.evaluate(() => new Promise<number>((resolve) => {
    const start = performance.now();
    setTimeout(() => resolve(performance.now() - start - 50), 50);
  }));
  expect(lag).toBeLessThan(500);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toContainText('Reading was cancelled. Nothing was added.');
  await expect(dialog.getByRole('progressbar')).toHaveCount(0);

  // A fresh worker reads the next article.
  await dialog.getByRole('button', { name: 'Clear' }).click();
  await area.fill(bridgeReport);
  await dialog.getByRole('button', { name: 'Add to timeline' }).click();
  await expect(dialog).toBeHidden(slow);
  await expect(page.getByTestId('lane')).toHaveCount(1);
});

test('the band opens on every event of an article that reaches back decades, each label whole', async ({ page }) => {
  await openApp(page);
  await addArticle(page, ferryUndated);
  const band = page.getByTestId('timeline');
  const lastLabel = labels(page).filter({ hasText: 'The current boat was built in' });
  await expect(lastLabel).toBeVisible(slow);
  // 1952 and 2011, 60 years apart: a 30-year zoom limit showed neither, and a fit measured before the lane titles cut the 2011 label.
  await expect.poll(async () => (await band.getAttribute('data-window-start')) ?? '', slow).toMatch(/^19[45]/);
  await expect.poll(async () => Number((await band.getAttribute('data-window-end'))?.slice(0, 4)), slow).toBeGreaterThan(2012);
  const panel = (await band.locator('.vis-center').boundingBox())!;
  await expect.poll(async () => {
    const label = (await lastLabel.boundingBox())!;
    return label.x + label.width <= panel.x + panel.width;
  }, slow).toBe(true);
});
