// The parser's worker failing is reported on the page, and a fresh worker reads the article on retry.
import { expect, test } from './fixtures';

test('a parser worker that crashes is reported, and trying again starts a fresh one that reads the article', async ({ app, page }) => {
  await page.route('**/parser.worker*.js', (route) =>
    route.fulfill({ contentType: 'text/javascript', body: "throw new Error('the worker crashed');" }),
  );
  await page.goto('./');
  const problem = page.getByRole('alert');
  await expect(problem).toContainText('The parser worker stopped');
  await expect(problem).not.toContainText('.js:');

  await page.unroute('**/parser.worker*.js');
  await problem.getByRole('button', { name: 'Try again' }).click();
  await expect(app.timeline.locator('.vis-item [data-event-id]').first()).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Putin calls for dialogue/);
});
