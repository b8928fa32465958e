// One row per shown event, in date order: what the CSV and TimelineJS exports are made of.
import { eventsInDateOrder } from '../app/eventsInDateOrder';
import { articleTitle, type Library, type LibraryArticle, type ShownEvent } from '../library/libraryModel';
import { applyEdits } from '../library/applyEdits';

export type ExportPrecision = 'year' | 'month' | 'day' | 'range' | 'open';

export interface EventRow {
  article: LibraryArticle;
  articleTitle: string;
  event: ShownEvent;
  precision: ExportPrecision;
}

export function precisionOf(event: ShownEvent): ExportPrecision {
  if (event.open) return 'open';
  if (event.end && event.end !== event.start) return 'range';
  return event.start.length === 4 ? 'year' : event.start.length === 7 ? 'month' : 'day';
}

/** By date across articles, then in article order. Hidden articles are exported too: hiding a lane is a view. */
export function eventRows(library: Library): EventRow[] {
  const rows = library.articles.flatMap((article, index) => {
    const title = articleTitle(article, index);
    return eventsInDateOrder(applyEdits(article.parsed.events, library.edits[article.id])).map((event) => ({
      article,
      articleTitle: title,
      event: event as ShownEvent,
      precision: precisionOf(event),
    }));
  });
  // Array.prototype.sort is stable: within a date, articles keep their order.
  return rows.sort((a, b) => compare(a.event.start, b.event.start) || compare(a.event.end ?? a.event.start, b.event.end ?? b.event.start));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
