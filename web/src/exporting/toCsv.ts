// CSV, one row per event, quoted per RFC 4180: CRLF line ends, a field with a comma, quote or
// line break in double quotes, quotes inside doubled.
import type { Library } from '../library/libraryModel';
import { eventRows, type EventRow } from './eventRows';

export const csvHeader = ['date', 'precision', 'title', 'actors', 'quote', 'source', 'article title'] as const;

/** "2021-11-15"; a range as an ISO 8601 interval "2021-11-10/2021-11-11"; an open one "2020-08/..". */
export function csvDate({ event, precision }: Pick<EventRow, 'event' | 'precision'>): string {
  if (precision === 'open') return `${event.start}/..`;
  if (precision === 'range') return `${event.start}/${event.end}`;
  return event.start;
}

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv(library: Library): string {
  const lines = [csvHeader.join(',')];
  for (const row of eventRows(library)) {
    const fields = [
      csvDate(row),
      row.precision,
      row.event.title,
      row.event.actors.join('; '),
      row.event.quote,
      row.article.parsed.source ?? '',
      row.articleTitle,
    ];
    lines.push(fields.map(csvField).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
