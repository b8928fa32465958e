// The page as a reader sees it, on a laptop and on phones: screenshots to look at, and no sideways scroll.
import { expect, test } from './fixtures';

const screens = [
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
  { name: 'mobile', viewport: { width: 390, height: 844 } },
  { name: 'narrow', viewport: { width: 360, height: 740 } },
] as const;

for (const screen of screens) {
  test.describe(`on a ${screen.name} screen, ${screen.viewport.width} px wide`, () => {
    test.use({ viewport: screen.viewport });

    test('the page fits the screen width and is captured before and after a selection', async ({ app, page }, testInfo) => {
      await app.open();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, 'no sideways scrolling').toBeLessThanOrEqual(0);
      await page.screenshot({ path: testInfo.outputPath(`${screen.name}.png`) });

      const quotes = await app.shownQuotes();
      const july = quotes.find((quote) => quote.text.includes('he no longer intended')) ?? quotes[0];
      await app.quote(july!.ids[0]!).click();
      await expect(app.article.locator('mark')).toHaveCount(1);
      await page.waitForTimeout(600); // let the focus animation of the timeline finish
      await page.screenshot({ path: testInfo.outputPath(`${screen.name}-selected.png`) });
      await page.screenshot({ path: testInfo.outputPath(`${screen.name}-selected-full.png`), fullPage: true });
    });
  });
}
