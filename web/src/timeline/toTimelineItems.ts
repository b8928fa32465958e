// Events to vis-timeline items: a day is a point, a month or year a bar over it, a span a bar
// over its days, an open period a bar that runs to the publication date and fades out.
import type { TimelineEvent } from '../../../shared/src/index';
import { parseIsoPeriod, periodEnd, periodStart, type IsoPeriod } from '../dates/isoPeriod';

export type ItemShape = 'day' | 'month' | 'year' | 'span' | 'open';

/** A vis-timeline item with the few fields the label template needs. */
export interface EventItem {
  id: string;
  /** The event's id again: the template copies it to data-event-id for tests and the article. */
  eventId: string;
  type: 'point' | 'range';
  start: Date;
  end?: Date;
  shape: ItemShape;
  className: string;
  /** Plain text: the template sets it as textContent, never as HTML. */
  content: string;
  /** The event's start and end as the parser gave them ("2021-07"). */
  isoStart: string;
  isoEnd?: string;
}

export interface TimelineItemOptions {
  /** "YYYY-MM-DD": where open periods stop; the latest event's end when absent or earlier. */
  publicationDate?: string;
}

const halfDay = 12 * 60 * 60 * 1000;

/** Maps events to items, skipping events whose start is not a calendar date. Pure. */
export function toTimelineItems(
  events: readonly TimelineEvent[],
  options: TimelineItemOptions = {},
): EventItem[] {
  const placed = events.flatMap((event) => {
    const start = parseIsoPeriod(event.start);
    return start ? [{ event, start, end: event.end ? parseIsoPeriod(event.end) : null }] : [];
  });
  const ongoingUntil = latestEnd(placed, options.publicationDate);
  return placed.map(({ event, start, end }) => toItem(event, start, end, ongoingUntil));
}

function toItem(
  event: TimelineEvent,
  start: IsoPeriod,
  end: IsoPeriod | null,
  ongoingUntil: Date | null,
): EventItem {
  const shape = shapeOf(event, start, end);
  const base = {
    id: event.id,
    eventId: event.id,
    shape,
    className: `dl-item dl-item--${shape}`,
    content: event.title || event.dateText,
    isoStart: event.start,
    ...(event.end ? { isoEnd: event.end } : {}),
  };
  const from = periodStart(start);
  switch (shape) {
    case 'day':
      // Noon, so the point sits in the middle of its day when zoomed in to days.
      return { ...base, type: 'point', start: new Date(from.getTime() + halfDay) };
    case 'open': {
      const ownEnd = periodEnd(start);
      const until = ongoingUntil && ongoingUntil > ownEnd ? ongoingUntil : ownEnd;
      return { ...base, type: 'range', start: from, end: until };
    }
    case 'span':
      return { ...base, type: 'range', start: from, end: periodEnd(end ?? start) };
    case 'month':
    case 'year':
      return { ...base, type: 'range', start: from, end: periodEnd(start) };
  }
}

function shapeOf(event: TimelineEvent, start: IsoPeriod, end: IsoPeriod | null): ItemShape {
  if (event.open) return 'open';
  if (end && event.end !== event.start) return 'span';
  return start.precision;
}

function latestEnd(
  placed: ReadonlyArray<{ start: IsoPeriod; end: IsoPeriod | null }>,
  publicationDate: string | undefined,
): Date | null {
  const ends = placed.map(({ start, end }) => periodEnd(end ?? start));
  const published = publicationDate ? parseIsoPeriod(publicationDate) : null;
  if (published) ends.push(periodEnd(published));
  if (ends.length === 0) return null;
  return new Date(Math.max(...ends.map((date) => date.getTime())));
}
