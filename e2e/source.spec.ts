// Sources by URL (issue 4, part 1): the app and the embed open ?src= (an article, or an events JSON
// as `npm run extract` prints it, served here from public/examples/belarus-events.json); a source that
// cannot be loaded or read shows a clear message where the timeline would be, never a blank frame.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const eventsPath = fileURLToPath(new URL('../public/examples/belarus-events.json', import.meta.url));
const eventsFile = JSON.parse(readFileSync(eventsPath, 'utf8')) as { title: string; events: Array<{ id: string; title: string }> };

async function shownIds(page: Page): Promise<string[]> {
  const labels = page.getByTestId('timeline').locator('.vis-item-content [data-event-id]');
  await expect(labels.first()).toBeVisible();
  return (await labels.evaluateAll((all) => all.map((label) => (label as HTMLElement).dataset.eventId ?? ''))).sort();
}

/** The message in place of the timeline: shown, and no timeline band beside it. */
async function expectProblem(page: Page, text: RegExp): Promise<void> {
  await expect(page.getByRole('alert')).toContainText(text);
  await expect(page.getByRole('heading', { level: 2 })).toBeVisible();
  await expect(page.getByTestId('timeline')).toHaveCount(0);
}

test('src opens an article of public/articles, parsed in the worker', async ({ app, page }) => {
  const parserWorker = page.waitForEvent('worker', (worker) => worker.url().includes('parser.worker'));
  await app.open('./?src=articles/000_df00862e278acaea.txt');
  await parserWorker;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Putin calls for dialogue between Belarusian authorities, opposition',
  );
});

test('src opens an events JSON as it is, each of its events on the timeline', async ({ app, page }) => {
  await app.open('./?src=examples/belarus-events.json');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(eventsFile.title);
  expect(await shownIds(page)).toEqual(eventsFile.events.map((event) => event.id).sort());
  const first = eventsFile.events[0]!;
  await app.item(first.id).click();
  await expect(page.getByTestId('card-title')).toHaveText(first.title);
});

test('src may be an absolute address', async ({ app, page, baseURL }) => {
  const absolute = new URL('examples/belarus-events.json', baseURL).href;
  await app.open(`./?src=${encodeURIComponent(absolute)}`);
  expect(await shownIds(page)).toHaveLength(eventsFile.events.length);
});

test('without src the app still opens ?article= and, without either, the first article', async ({ app, page }) => {
  await app.open('./?article=000_df00862e278acaea.txt');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Putin calls for dialogue');
  await app.open('./');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Putin calls for dialogue');
});

test('a src that is missing (HTTP 404) shows a message in place of the timeline', async ({ page }) => {
  await page.goto('./?src=examples/missing.json');
  await expectProblem(page, /“missing\.json” could not be loaded \(HTTP 404\)/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Article unavailable');
});

test('a src with broken JSON says it is not valid JSON', async ({ page }) => {
  await page.route('**/examples/broken.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: '{"title": "Cut short", "events": [' }),
  );
  await page.goto('./?src=examples/broken.json');
  await expectProblem(page, /“broken\.json” is not valid JSON/);
});

test('an events JSON whose quote is not at its offsets is refused with the problem named', async ({ page }) => {
  const moved = structuredClone(eventsFile) as { events: Array<Record<string, unknown>> };
  moved.events[2]!.quoteStart = 0;
  await page.route('**/examples/moved.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(moved) }));
  await page.goto('./?src=examples/moved.json');
  await expectProblem(page, /“moved\.json” is not a Dateline events file: events\[2\]\.quote is not the text at quoteStart–quoteEnd/);
});

test('a src that is not a web address is refused, not fetched', async ({ page }) => {
  await page.goto('./?src=javascript:alert(1)');
  await expectProblem(page, /The source “javascript:alert\(1\)” is not a web address/);
});

test('the embed opens an events JSON by src, and shows a message for a missing one', async ({ page }) => {
  await page.goto('embed.html?src=examples/belarus-events.json');
  expect(await shownIds(page)).toHaveLength(eventsFile.events.length);
  await page.goto('embed.html?src=examples/missing.json');
  await expectProblem(page, /could not be loaded \(HTTP 404\)/);
});

test('an article with no publication date says which dates it could not place', async ({ app, page }) => {
  const story = [
    'Lithuania closes two more border crossings',
    '',
    'Lithuania said on Tuesday it would close two more border crossings with Belarus from next week.',
    'The European Union imposed sanctions on Belarus in June 2021.',
  ].join('\n');
  await page.route('**/undated.txt', (route) => route.fulfill({ contentType: 'text/plain', body: story }));
  await app.open('./?src=undated.txt');
  await expect(page.getByRole('note')).toHaveText(
    'The article gives no publication date, so 2 dates that count from it are not on the timeline: “Tuesday”, “next week”.',
  );
  await expect(page.getByTestId('timeline').locator('.vis-item')).toHaveCount(1);
});
