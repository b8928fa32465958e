// Articles written to attack the page: markup, handlers, javascript: URLs, frames, CSS, a 5 MB line,
// NUL bytes, invalid UTF-8, right-to-left text and emoji are all shown as inert text.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Each payload would set window.__pwned or open a dialog if the page ever ran it. */
const payloads = {
  script: `<script>window.__pwned = 'script'; alert('script')</script>`,
  image: `<img src=x onerror="window.__pwned = 'img'; alert('img')">`,
  svg: `<svg onload="window.__pwned = 'svg'">`,
  link: `<a href="javascript:window.__pwned = 'link'">read more</a>`,
  frame: `<iframe src="javascript:parent.__pwned = 'iframe'"></iframe>`,
  style: `<style>body { display: none }</style>`,
  rtl: 'המועצה התכנסה \u202Eטקסט הפוך\u202C בירושלים',
  emoji: '🚀 🇺🇦 👩‍👩‍👧 ✊🏽',
};

/** Our article file format: title, HTML body, date, source, then the body as plain text. */
function hostileArticleFile(): Buffer {
  const lines = [
    `Council news ${payloads.script}`,
    '<p>The council met.</p>',
    '2021-11-19',
    `The Daily ${payloads.image}`,
    `On 3 March 2021 the council met and posted ${payloads.script} on its site.`,
    `On 4 March 2021 a reader sent ${payloads.image} and ${payloads.svg} to the council.`,
    `On 5 March 2021 the council linked ${payloads.link} from its page.`,
    `On 8 March 2021 an advert embedded ${payloads.frame} in the story.`,
    `On 9 March 2021 a stylesheet ${payloads.style} was added to the page.`,
    `On 10 March 2021 ${payloads.rtl} ${payloads.emoji} the members celebrated.`,
  ];
  // Three bytes that are not UTF-8 in the middle of a sentence: they arrive as U+FFFD.
  const text = Buffer.from(lines.join('\n') + '\nOn 11 March 2021 the mayor said ', 'utf8');
  return Buffer.concat([text, Buffer.from([0xc3, 0x28, 0xff, 0xfe]), Buffer.from(' goodbye.\n', 'utf8')]);
}

/** An HTML page whose markup is hostile and whose text quotes the same markup, escaped. */
function hostileHtmlPage(): string {
  const escaped = (html: string) => html.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<!doctype html><html><head><title>Escaped ${escaped(payloads.script)}</title>
<meta property="og:site_name" content="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;">
<style>body { display: none }</style><script>window.__pwned = 'head script'</script></head>
<body onload="window.__pwned = 'body onload'">
<p>On 3 March 2021 the council quoted ${escaped(payloads.script)} in a statement.</p>
<p onclick="window.__pwned = 'click'">On 4 March 2021 <a href="javascript:window.__pwned = 'link'">the mayor</a> resigned ${escaped(payloads.image)}.</p>
<iframe src="javascript:parent.__pwned = 'iframe'"></iframe><img src=x onerror="window.__pwned = 'img'">
<p>On 5 March 2021 ${payloads.rtl} ${payloads.emoji} ended.</p>
</body></html>`;
}

/** Collects dialogs; each one is dismissed so a run that fails does not hang on it. */
function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

async function expectNothingRan(page: Page, dialogs: string[]): Promise<void> {
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  // No live element came from the article: no frame, script, handler attribute or javascript: link.
  const live = page.locator(
    '.dl-app iframe, .dl-app script, .dl-app style, .dl-app img, [onerror], [onload], [onclick], a[href^="javascript:"]',
  );
  await expect(live).toHaveCount(0);
  await expect(page.locator('.dl-app')).toBeVisible();
}

test('an article full of markup, handlers, frames, RTL text and emoji shows it all as inert text', async ({ app, page }) => {
  test.setTimeout(60_000);
  const dialogs = watchDialogs(page);
  await page.route('**/articles/hostile.txt', (route) =>
    route.fulfill({ status: 200, contentType: 'text/plain; charset=utf-8', body: hostileArticleFile() }),
  );
  await app.open('./?article=hostile.txt');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Council news ${payloads.script}`);
  await expect(page.locator('.dl-header')).toContainText(`The Daily ${payloads.image}`);
  for (const payload of Object.values(payloads)) await expect(app.article).toContainText(payload);
  await expect(app.article).toContainText('\uFFFD');

  // Every label is text, and so is its tooltip; selecting each one puts its text on the card.
  const items = await app.shownItems();
  expect(items.length).toBeGreaterThanOrEqual(6);
  const labels = items.map((item) => item.label).join('\n');
  for (const payload of [payloads.script, payloads.image, payloads.link, payloads.frame, payloads.style]) {
    expect(labels).toContain(payload);
  }
  const cardQuotes: string[] = [];
  for (const item of items) {
    await app.item(item.id).hover();
    await app.item(item.id).click();
    await expect(app.card.getByTestId('card-title')).toHaveText(item.label);
    await expect(app.article.locator('mark')).toHaveCount(1);
    cardQuotes.push((await app.card.locator('blockquote').textContent()) ?? '');
  }
  expect(cardQuotes.join('\n')).toContain(payloads.emoji);
  expect(cardQuotes.join('\n')).toContain(payloads.rtl);
  await expectNothingRan(page, dialogs);
});

test('an HTML page with live scripts, handlers and frames is read as text and runs nothing', async ({ app, page }) => {
  const dialogs = watchDialogs(page);
  await page.route('**/articles/hostile.html', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: hostileHtmlPage() }),
  );
  await app.open('./?article=hostile.html');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Escaped ${payloads.script}`);
  await expect(app.article).toContainText(`quoted ${payloads.script} in a statement`);
  await expect(app.article).toContainText(payloads.image);
  await expect(app.article).toContainText(payloads.emoji);
  await expect(app.article).not.toContainText("window.__pwned = 'head script'");
  for (const item of await app.shownItems()) await app.item(item.id).click();
  await expectNothingRan(page, dialogs);
});

test('a 5 MB line with NUL bytes is read, and its events are drawn', async ({ app, page }) => {
  test.setTimeout(90_000);
  const filler = 'Words with no date in them at all, '.repeat(150_000);
  const body = `A very long line\nOn 3 March 2021 the council met. ${filler}\u0000\u0000 On 4 April 2021 it ended.\n`;
  expect(body.length).toBeGreaterThan(5_000_000);
  await page.route('**/articles/huge.txt', (route) =>
    route.fulfill({ status: 200, contentType: 'text/plain; charset=utf-8', body }),
  );
  await page.goto('./?article=huge.txt');
  await expect(app.timeline.locator('.vis-item [data-event-id]').first()).toBeVisible({ timeout: 60_000 });
  const starts = (await app.shownItems()).map((item) => item.start);
  expect(starts).toEqual(expect.arrayContaining(['2021-03-03', '2021-04-04']));
});
