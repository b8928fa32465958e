// TimelineJS3's JSON (Knight Lab): events with start_date/end_date objects at the event's
// precision, text.headline and text.text (HTML: the quote as a blockquote), a group per article.
import { formatEventDate, formatIsoDate } from '../dates/formatEventDate';
import type { Library } from '../library/libraryModel';
import { eventRows, type EventRow } from './eventRows';

export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
}

export interface TimelineJsEvent {
  start_date: TimelineJsDate;
  end_date?: TimelineJsDate;
  display_date?: string;
  text: { headline: string; text: string };
  group: string;
  unique_id: string;
}

export interface TimelineJsFile {
  title: { text: { headline: string; text: string } };
  events: TimelineJsEvent[];
}

/** "2021-07" → { year: 2021, month: 7 }: only the parts the date has. */
export function toTimelineJsDate(iso: string): TimelineJsDate {
  const [year, month, day] = iso.split('-').map(Number);
  return { year: year!, ...(month ? { month } : {}), ...(day ? { day } : {}) };
}

/** TimelineJS renders headline and text as HTML: article text is escaped, never passed as markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function toEvent(row: EventRow, index: number): TimelineJsEvent {
  const { event, article, precision } = row;
  const published = article.parsed.publicationDate;
  const cite = [row.articleTitle, article.parsed.source, published && `published ${formatIsoDate(published)}`].filter(Boolean).join(', ');
  // An open period runs to the article's date, as on our timeline; TimelineJS has no "ongoing".
  const end = precision === 'range' ? event.end : precision === 'open' && published && published > event.start ? published : undefined;
  return {
    start_date: toTimelineJsDate(event.start),
    ...(end ? { end_date: toTimelineJsDate(end) } : {}),
    ...(precision === 'open' ? { display_date: formatEventDate(event) } : {}),
    text: {
      headline: escapeHtml(event.title),
      text: `<blockquote>${escapeHtml(event.quote)}</blockquote><p>— ${escapeHtml(cite)}</p>`,
    },
    group: row.articleTitle,
    unique_id: `${article.id}-${event.id}-${index}`,
  };
}

export function toTimelineJs(library: Library): TimelineJsFile {
  const rows = eventRows(library);
  const titles = library.articles.length;
  return {
    title: {
      text: {
        headline: 'Timeline',
        text: `<p>${titles === 1 ? '1 article' : `${titles} articles`}, ${rows.length === 1 ? '1 event' : `${rows.length} events`}. Made with Dateline.</p>`,
      },
    },
    events: rows.map(toEvent),
  };
}
