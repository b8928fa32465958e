// Where to look when an event is chosen outside the timeline: centred on it, with some context.

export interface TimeWindow {
  start: number;
  end: number;
}

const day = 24 * 60 * 60 * 1000;
/** Enough context to see an event's neighbours without losing the day it happened on. */
const contextSpan = 60 * day;

/**
 * Centres the item; keeps the current zoom when it is closer than two months, zooms in to two
 * months when it is wider, and widens so that a long item fits whole with a margin.
 */
export function focusWindow(item: TimeWindow, current: TimeWindow): TimeWindow {
  const itemSpan = item.end - item.start;
  const span = Math.max(itemSpan * 1.4, Math.min(current.end - current.start, contextSpan));
  const middle = (item.start + item.end) / 2;
  return { start: middle - span / 2, end: middle + span / 2 };
}
