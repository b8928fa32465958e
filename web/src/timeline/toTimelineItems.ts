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
  const dates = calendarDates();
  const placed = events.flatMap((event) => {
    const start = dates.period(event.start);
    return start ? [{ event, start, end: event.end ? dates.period(event.end) : null }] : [];
  });
  const ongoingUntil = latestEnd(placed, options.publicationDate, dates);
  return placed.map(({ event, start, end }) => toItem(event, start, end, ongoingUntil, dates));
}

type CalendarDates = ReturnType<typeof calendarDates>;

/**
 * The periods and their local bounds, read once for each date string: an archive of 10,000 events
 * repeats its dates, and a local Date costs a time-zone lookup (10,000 events took ~60 ms without).
 */
function calendarDates() {
  const periods = new Map<string, IsoPeriod | null>();
  const starts = new Map<IsoPeriod, Date>();
  const ends = new Map<IsoPeriod, Date>();
  const noons = new Map<IsoPeriod, Date>();
  const remember = <K, V>(map: Map<K, V>, key: K, make: (key: K) => V): V => {
    if (map.has(key)) return map.get(key)!;
    const value = make(key);
    map.set(key, value);
    return value;
  };
  return {
    period: (iso: string) => remember(periods, iso, parseIsoPeriod),
    start: (period: IsoPeriod) => remember(starts, period, periodStart),
    end: (period: IsoPeriod) => remember(ends, period, periodEnd),
    // Noon, so a day's point sits in the middle of its day when zoomed in to days.
    noon: (period: IsoPeriod) => remember(noons, period, (day) => new Date(periodStart(day).getTime() + halfDay)),
  };
}

function toItem(
  event: TimelineEvent,
  start: IsoPeriod,
  end: IsoPeriod | null,
  ongoingUntil: Date | null,
  dates: CalendarDates,
): EventItem {
  const shape = shapeOf(event, start, end);
  const item: EventItem = {
    id: event.id,
    eventId: event.id,
    type: shape === 'day' ? 'point' : 'range',
    start: shape === 'day' ? dates.noon(start) : dates.start(start),
    shape,
    className: `dl-item dl-item--${shape}`,
    content: event.title || event.dateText,
    isoStart: event.start,
  };
  if (event.end) item.isoEnd = event.end;
  if (shape === 'open') {
    const ownEnd = dates.end(start);
    item.end = ongoingUntil && ongoingUntil > ownEnd ? ongoingUntil : ownEnd;
  } else if (shape !== 'day') {
    item.end = dates.end(shape === 'span' ? (end ?? start) : start);
  }
  return item;
}

function shapeOf(event: TimelineEvent, start: IsoPeriod, end: IsoPeriod | null): ItemShape {
  if (event.open) return 'open';
  if (end && event.end !== event.start) return 'span';
  return start.precision;
}

function latestEnd(
  placed: ReadonlyArray<{ start: IsoPeriod; end: IsoPeriod | null }>,
  publicationDate: string | undefined,
  dates: CalendarDates,
): Date | null {
  let latest: Date | null = null;
  const consider = (period: IsoPeriod) => {
    const end = dates.end(period);
    if (!latest || end > latest) latest = end;
  };
  for (const { start, end } of placed) consider(end ?? start);
  const published = publicationDate ? dates.period(publicationDate) : null;
  if (published) consider(published);
  return latest;
}
