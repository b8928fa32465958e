// The embed end to end (issue 4): a host page on a second origin, with hostile CSS, loads embed.js
// from the app's server; the iframe follows its content's height, leaves the host's styles alone,
// and mirrors the selected event in the host's #dateline-ID hash, both ways.
import { expect, test, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { startHostServer, type HostServer } from './host/hostServer';

let host: HostServer;
let appOrigin: string;

test.beforeAll(async ({}, testInfo) => {
  const base = testInfo.project.use.baseURL ?? 'http://localhost:4173/';
  appOrigin = new URL(base).origin;
  host = await startHostServer(new URL('embed.js', base).href);
});

test.afterAll(async () => {
  await host?.close();
});

interface Embed {
  iframe: Locator;
  frame: FrameLocator;
}

/** Opens the hostile host page (optionally with a hash) and waits for the timeline in its frame. */
async function openHost(page: Page, hash = ''): Promise<Embed> {
  await page.goto(`${host.origin}/hostile.html${hash}`);
  const iframe = page.locator('div.embed > iframe');
  const frame = page.frameLocator('div.embed > iframe');
  await expect(frame.locator('.vis-item-content [data-event-id]').first()).toBeVisible({ timeout: 15_000 });
  return { iframe, frame };
}

async function frameHeight(iframe: Locator): Promise<number> {
  return iframe.evaluate((element) => element.getBoundingClientRect().height);
}

async function contentHeight(frame: FrameLocator): Promise<number> {
  return frame.locator('body').evaluate((body) => Math.ceil(body.getBoundingClientRect().height));
}

/** Waits until the iframe is as tall as its content (to the pixel), and returns that height. */
async function expectFitted({ iframe, frame }: Embed): Promise<number> {
  await expect
    .poll(async () => Math.abs((await frameHeight(iframe)) - (await contentHeight(frame))), { timeout: 7_000 })
    .toBeLessThanOrEqual(1);
  return frameHeight(iframe);
}

async function someEventIds(frame: FrameLocator, count: number): Promise<string[]> {
  const ids = await frame
    .locator('.vis-item-content [data-event-id]')
    .evaluateAll((labels) => labels.map((label) => (label as HTMLElement).dataset.eventId ?? ''));
  expect(ids.length).toBeGreaterThanOrEqual(count);
  return ids.slice(0, count);
}

test('the loader turns the div into a lazy, sandboxed, titled iframe of the embed page', async ({ page }) => {
  const { iframe } = await openHost(page);
  await expect(page.locator('iframe')).toHaveCount(1);
  await expect(iframe).toHaveAttribute('title', /timeline/i);
  await expect(iframe).toHaveAttribute('loading', 'lazy');
  const sandbox = ((await iframe.getAttribute('sandbox')) ?? '').split(/\s+/).sort();
  expect(sandbox).toEqual(['allow-popups', 'allow-same-origin', 'allow-scripts']);
  const src = new URL((await iframe.getAttribute('src')) ?? '');
  expect(src.origin + src.pathname).toBe(`${appOrigin}/embed.html`);
  // src is relative to the host page, so the article comes from the host's origin.
  expect(src.searchParams.get('src')).toBe(`${host.origin}/articles/000_df00862e278acaea.txt`);
});

test('a div added later gets its frame, and a second copy of the loader adds no second frame', async ({ page }) => {
  await openHost(page);
  await page.addScriptTag({ url: new URL('/embed.js', appOrigin).href });
  await expect(page.locator('iframe')).toHaveCount(1);
  await page.evaluate(() => {
    const later = document.createElement('div');
    later.className = 'later';
    later.dataset.datelineSrc = 'articles/000_df00862e278acaea.txt';
    later.dataset.datelineTheme = 'dark';
    document.body.append(later);
  });
  const frame = page.locator('div.later > iframe');
  await expect(frame).toHaveCount(1);
  const src = new URL((await frame.getAttribute('src')) ?? '');
  expect(src.searchParams.get('theme')).toBe('dark');
  expect(src.searchParams.get('id')).toBe('dateline-1');
  await expect(page.locator('iframe')).toHaveCount(2);
});

test('the embed page shows the timeline, a card and the credit, and nothing of the article text', async ({ page }) => {
  const { frame } = await openHost(page);
  await expect(frame.getByRole('region', { name: 'Timeline' })).toBeVisible();
  await expect(frame.getByRole('complementary', { name: 'Event' })).toBeVisible();
  await expect(frame.locator('.dl-embed__credit')).toContainText('Primepress');
  await expect(frame.getByRole('link', { name: 'made with Dateline' })).toHaveAttribute('target', '_blank');
  await expect(frame.getByRole('article')).toHaveCount(0);
});

test('the iframe is as tall as its content, and grows when a card opens', async ({ page }) => {
  const embed = await openHost(page);
  const closed = await expectFitted(embed);
  const [id] = await someEventIds(embed.frame, 1);
  await page.evaluate((hash) => (window.location.hash = hash), `dateline-${id}`);
  await expect(embed.frame.getByTestId('card-title')).toBeVisible();
  const open = await expectFitted(embed);
  expect(open).toBeGreaterThan(closed);
});

test('the iframe follows its content when the viewport narrows to 360 px', async ({ page }) => {
  const embed = await openHost(page, '');
  const [id] = await someEventIds(embed.frame, 1);
  await page.evaluate((hash) => (window.location.hash = hash), `dateline-${id}`);
  await expect(embed.frame.getByTestId('card-title')).toBeVisible();
  const wide = await expectFitted(embed);
  await page.setViewportSize({ width: 360, height: 740 });
  await expect.poll(() => frameHeight(embed.iframe)).toBeGreaterThan(wide);
  await expectFitted(embed);
  const width = await embed.iframe.evaluate((element) => element.getBoundingClientRect().width);
  expect(width).toBeLessThanOrEqual(360);
  // Nothing overflows the frame sideways at that width.
  const overflow = await embed.frame.locator('html').evaluate((html) => html.scrollWidth - html.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('the host page keeps its own styles, elements and globals; its iframe rules do not reach the frame', async ({ page }) => {
  const selectors = ['html', 'body', 'h1.headline', 'p.lede', 'div.embed', 'p.after'];
  const properties = ['font-family', 'font-size', 'line-height', 'color', 'margin-top', 'padding-left', 'position', 'background-color', 'box-sizing'];
  const snapshot = () =>
    page.evaluate(
      ({ selectors, properties }) => ({
        styles: selectors.map((selector) => {
          const style = getComputedStyle(document.querySelector(selector)!);
          return [selector, properties.map((property) => style.getPropertyValue(property))];
        }),
        styleSheets: document.styleSheets.length,
        head: Array.from(document.head.children).map((element) => element.outerHTML),
        elements: document.body.querySelectorAll('*').length,
        globals: Object.keys(window).filter((key) => !/^\d+$/.test(key)).sort(),
      }),
      { selectors, properties },
    );

  await page.goto(`${host.origin}/hostile-plain.html`);
  const before = await snapshot();
  const embed = await openHost(page);
  const after = await snapshot();

  expect(after.styles).toEqual(before.styles);
  expect(after.styleSheets).toBe(before.styleSheets);
  expect(after.head).toEqual(before.head);
  // The iframe is all the loader adds to the page (the other extra element is its own <script>).
  expect(after.elements).toBe(before.elements + 2);
  expect(after.globals.filter((key) => !before.globals.includes(key))).toEqual(['Dateline']);

  // The host's `iframe {width: 40%; border: 12px dashed; float: right; opacity: .4}` is overruled.
  const frameStyle = await embed.iframe.evaluate((element) => {
    const style = getComputedStyle(element);
    const container = element.parentElement!;
    const inner = container.clientWidth - parseFloat(getComputedStyle(container).paddingLeft) * 2;
    return {
      width: Math.round(element.getBoundingClientRect().width - inner),
      border: style.borderTopWidth,
      float: style.float,
      opacity: style.opacity,
      margin: style.marginTop,
    };
  });
  expect(frameStyle).toEqual({ width: 0, border: '0px', float: 'none', opacity: '1', margin: '0px' });
});

test('the timeline looks the same inside the hostile host as on its own page', async ({ page, browser }) => {
  const inside = await openHost(page);
  const standalone = await browser.newPage();
  await standalone.goto(`/embed.html?src=${encodeURIComponent('articles/000_df00862e278acaea.txt')}`);
  const alone = standalone.locator('body');
  await expect(standalone.locator('.vis-item-content [data-event-id]').first()).toBeVisible({ timeout: 15_000 });
  // Passed to evaluate as a function of (element, selector): it runs in the page, not in the test.
  const look = (element: Element, selector: string) => {
    const target = selector === 'body' ? element : element.querySelector(selector)!;
    const style = getComputedStyle(target);
    return [style.fontFamily, style.fontSize, style.lineHeight, style.color, style.backgroundColor, style.padding].join(' | ');
  };
  for (const selector of ['body', '.dl-card__kicker', '.dl-legend', '.dl-embed__credit', '.dl-band__timeline']) {
    expect(await inside.frame.locator('body').evaluate(look, selector), selector).toBe(await alone.evaluate(look, selector));
  }
  await standalone.close();
});

test('selecting an event inside the frame puts #dateline-ID on the host page’s URL', async ({ page }) => {
  const { frame } = await openHost(page);
  const [, id] = await someEventIds(frame, 2);
  await frame.locator(`.vis-item-content [data-event-id="${id}"]`).click();
  await expect(frame.getByTestId('card-title')).toBeVisible();
  await expect(page).toHaveURL(`${host.origin}/hostile.html#dateline-${encodeURIComponent(id!)}`);
});

test('a host URL opened with #dateline-ID opens the frame on that event', async ({ page }) => {
  const first = await openHost(page);
  const [, id] = await someEventIds(first.frame, 2);
  const title = await first.frame.locator(`.vis-item-content [data-event-id="${id}"]`).getAttribute('title');

  const { frame } = await openHost(page, `#dateline-${encodeURIComponent(id!)}`);
  await expect(frame.getByTestId('card-title')).toHaveText(title!);
  const item = frame.locator('.vis-item').filter({ has: frame.locator(`[data-event-id="${id}"]`) });
  await expect(item).toHaveClass(/vis-selected/);
});

test('the embed page also reports its height as pym.js and amp-iframe expect it', async ({ page }) => {
  await page.addInitScript(() => {
    const seen: unknown[] = [];
    (window as unknown as { seenMessages: unknown[] }).seenMessages = seen;
    window.addEventListener('message', (event) => seen.push(event.data));
  });
  await openHost(page);
  const messages = () => page.evaluate(() => (window as unknown as { seenMessages: unknown[] }).seenMessages);
  await expect.poll(async () => (await messages()).some((data) => typeof data === 'string' && /^pymxPYMxdateline-0xPYMxheightxPYMx\d+$/.test(data))).toBe(true);
  await expect
    .poll(async () =>
      (await messages()).some((data) => {
        const amp = data as { sentinel?: string; type?: string; height?: number };
        return amp?.sentinel === 'amp' && amp.type === 'embed-size' && typeof amp.height === 'number' && amp.height > 0;
      }),
    )
    .toBe(true);
});

test('the embed page takes its options from the URL: event, theme and band height', async ({ page }) => {
  await page.goto('/embed.html?src=articles/000_df00862e278acaea.txt');
  const firstLabel = page.locator('.vis-item-content [data-event-id]').first();
  await expect(firstLabel).toBeVisible({ timeout: 15_000 });
  const id = (await firstLabel.getAttribute('data-event-id'))!;
  const title = (await firstLabel.getAttribute('title'))!;

  await page.goto(`/embed.html?src=articles/000_df00862e278acaea.txt&event=${encodeURIComponent(id)}&theme=dark&height=200`);
  await expect(page.getByTestId('card-title')).toHaveText(title);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const band = await page.getByTestId('timeline').evaluate((element) => element.getBoundingClientRect().height);
  expect(band).toBe(200);
  const background = await page.locator('body').evaluate((body) => getComputedStyle(body).backgroundColor);
  expect(background).toBe('rgb(24, 27, 32)');
});

test('an embed whose source cannot be loaded says so in place of the timeline', async ({ page }) => {
  await page.goto('/embed.html?src=articles/no-such-article.txt');
  await expect(page.getByRole('alert')).toContainText('could not be loaded');
  await page.goto('/embed.html');
  await expect(page.getByRole('alert')).toContainText('src');
});

test('the demo article page embeds the timeline with the one-line snippet', async ({ page }) => {
  await page.goto('/embed-demo.html');
  const frame = page.frameLocator('figure iframe');
  await expect(frame.locator('.vis-item-content [data-event-id]').first()).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Belarus');
});
