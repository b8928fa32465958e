// Dates as a reader writes them: "15 November 2021", "July 2021", "10–11 November 2021".
import type { TimelineEvent } from '../../../shared/src/index';
import { parseIsoPeriod, type IsoPeriod } from './isoPeriod';

const monthNames = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

function monthName(month: number): string {
  return monthNames[month - 1] ?? '';
}

/** One period alone: "15 November 2021", "July 2021", "2020". */
export function formatPeriod(period: IsoPeriod): string {
  switch (period.precision) {
    case 'year':
      return String(period.year);
    case 'month':
      return `${monthName(period.month)} ${period.year}`;
    case 'day':
      return `${period.day} ${monthName(period.month)} ${period.year}`;
  }
}

/** A span, sharing what both ends share: "10–11 November 2021", "July–September 2021". */
export function formatSpan(from: IsoPeriod, to: IsoPeriod): string {
  const sameYear = from.year === to.year;
  if (from.precision === 'day' && to.precision === 'day' && sameYear) {
    if (from.month === to.month) return `${from.day}–${to.day} ${monthName(to.month)} ${to.year}`;
    return `${from.day} ${monthName(from.month)} – ${to.day} ${monthName(to.month)} ${to.year}`;
  }
  if (from.precision === 'month' && to.precision === 'month' && sameYear) {
    return `${monthName(from.month)}–${monthName(to.month)} ${to.year}`;
  }
  return `${formatPeriod(from)} – ${formatPeriod(to)}`;
}

/** An ISO date ("2021-11-19") for display; the input itself when it is not one. */
export function formatIsoDate(iso: string): string {
  const period = parseIsoPeriod(iso);
  return period ? formatPeriod(period) : iso;
}

/** The resolved date of an event: a day, a month, a span, or "from August 2020, ongoing". */
export function formatEventDate(event: Pick<TimelineEvent, 'start' | 'end' | 'open'>): string {
  const start = parseIsoPeriod(event.start);
  if (!start) return event.start;
  if (event.open) return `from ${formatPeriod(start)}, ongoing`;
  const end = event.end ? parseIsoPeriod(event.end) : null;
  if (end && event.end !== event.start) return formatSpan(start, end);
  return formatPeriod(start);
}
