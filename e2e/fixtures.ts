// Shared helpers of the app's end-to-end tests: the gold events and a page object for the app.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test as base, type Locator, type Page } from '@playwright/test';

export interface GoldEvent {
  start: string;
  end?: string;
  endOpen?: boolean;
  quoteContains: string;
  actors: string[];
}

export interface GoldFile {
  article: string;
  publicationDate: string;
  source: string;
  events: GoldEvent[];
}

// The careful reader's gold, copied into the repository from ../shared/gold.
const goldPath = fileURLToPath(new URL('../shared/test/golden/seed-events.json', import.meta.url));

export function readGold(): GoldFile {
  return JSON.parse(readFileSync(goldPath, 'utf8')) as GoldFile;
}

/** One item on the timeline, as its label exposes it. */
export interface ShownItem {
  id: string;
  start: string;
  end: string | null;
  open: boolean;
  label: string;
}

/** One clickable quote in the article. */
export interface ShownQuote {
  ids: string[];
  text: string;
}

export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export class DatelinePage {
  readonly band: Locator;
  readonly timeline: Locator;
  readonly card: Locator;
  readonly article: Locator;

  constructor(readonly page: Page) {
    this.band = page.getByRole('region', { name: 'Timeline' });
    this.timeline = page.getByTestId('timeline');
    this.card = page.getByRole('complementary', { name: 'Event' });
    this.article = page.getByRole('article', { name: 'Article text' });
  }

  /** Opens the app (optionally at a hash) and waits until the timeline shows its items. */
  async open(path = './'): Promise<void> {
    await this.page.goto(path);
    await expect(this.timeline.locator('.vis-item [data-event-id]').first()).toBeVisible();
  }

  item(id: string): Locator {
    return this.timeline.locator(`.vis-item-content [data-event-id="${id}"]`);
  }

  /** The vis item element around a label, which carries vis-selected. */
  itemFrame(id: string): Locator {
    const label = this.page.locator(`.vis-item-content [data-event-id="${id}"]`);
    return this.timeline.locator('.vis-item.vis-point, .vis-item.vis-range').filter({ has: label });
  }

  quote(id: string): Locator {
    return this.article.locator(`[data-event-ids~="${id}"]`);
  }

  async shownItems(): Promise<ShownItem[]> {
    return this.timeline.locator('.vis-item-content [data-event-id]').evaluateAll((labels) =>
      labels.map((label) => {
        const element = label as HTMLElement;
        return {
          id: element.dataset.eventId ?? '',
          start: element.dataset.start ?? '',
          end: element.dataset.end ?? null,
          open: element.closest('.dl-item--open') !== null,
          label: element.title,
        };
      }),
    );
  }

  async shownQuotes(): Promise<ShownQuote[]> {
    return this.article.locator('[data-event-ids]').evaluateAll((quotes) =>
      quotes.map((quote) => ({
        ids: ((quote as HTMLElement).dataset.eventIds ?? '').split(' '),
        text: quote.textContent ?? '',
      })),
    );
  }

  /** The visible window of the timeline, in milliseconds. */
  async window(): Promise<{ start: number; end: number }> {
    const [start, end] = await Promise.all([
      this.timeline.getAttribute('data-window-start'),
      this.timeline.getAttribute('data-window-end'),
    ]);
    return { start: Date.parse(start ?? ''), end: Date.parse(end ?? '') };
  }

  async windowSpan(): Promise<number> {
    const { start, end } = await this.window();
    return end - start;
  }
}

export const test = base.extend<{ app: DatelinePage }>({
  app: async ({ page }, use) => {
    await use(new DatelinePage(page));
  },
});

export { expect };

const monthNames = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** How the card must write a gold event's date: "15 November 2021", "from August 2020, ongoing". */
export function expectedCardDate(gold: GoldEvent): string {
  const words = (iso: string) => {
    const [year, month, day] = iso.split('-');
    const name = month ? monthNames[Number(month) - 1] : undefined;
    return [day ? String(Number(day)) : undefined, name, year].filter(Boolean).join(' ');
  };
  if (gold.endOpen) return `from ${words(gold.start)}, ongoing`;
  if (gold.end) {
    const [startDay] = words(gold.start).split(' ');
    return `${startDay}–${words(gold.end)}`;
  }
  return words(gold.start);
}
