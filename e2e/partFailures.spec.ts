// A part of the page that fails shows its message in its place, and the other parts keep working.
import { expect, test } from './fixtures';

test('a timeline that fails to draw shows its message while the card and the article still work', async ({ app, page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // The timeline library fails as it attaches itself to its container; nothing else of the app is touched.
  await page.addInitScript(() => {
    const appendChild = Node.prototype.appendChild;
    Node.prototype.appendChild = function <T extends Node>(this: Node, child: T): T {
      if (this instanceof HTMLElement && this.dataset.testid === 'timeline') throw new Error('vis-timeline broke');
      return appendChild.call(this, child) as T;
    };
  });
  await page.goto('./');

  const problem = page.getByRole('alert');
  await expect(problem).toContainText('The timeline could not be shown');
  await expect(problem).toContainText('The rest of the page still works');
  await expect(problem).not.toContainText('vis-timeline broke');
  await expect(problem).not.toContainText('at ');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Putin calls for dialogue/);
  await app.card.getByRole('button', { name: 'Start with the earliest event' }).click();
  await expect(app.card.getByTestId('card-title')).not.toBeEmpty();
  await expect(app.article.locator('mark')).toHaveCount(1);

  const quote = app.article.locator('[data-event-ids]').last();
  await quote.click();
  await expect(page).toHaveURL(/#event-/);
  expect(errors).toEqual([]);
});

test('a page whose app script cannot be loaded says so instead of staying blank', async ({ page }) => {
  await page.route('**/renderDateline-*.js', (route) => route.abort('connectionfailed'));
  await page.goto('./');
  await expect(page.getByRole('alert')).toHaveText(
    'Dateline could not load its script. Check your connection, then reload the page.',
  );
});
