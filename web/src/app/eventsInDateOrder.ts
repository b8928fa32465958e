// Events from the earliest to the latest, for "earlier" and "later" in the card.
import type { TimelineEvent } from '../../../shared/src/index';

/** A new array, by start, then end (shorter first), then place in the text. Pure. */
export function eventsInDateOrder(events: readonly TimelineEvent[]): TimelineEvent[] {
  return [...events].sort(
    (a, b) =>
      compareIso(a.start, b.start) || compareIso(a.end ?? a.start, b.end ?? b.start) || a.dateStart - b.dateStart,
  );
}

// ISO prefixes sort as text: "2021-07" before "2021-07-15" before "2021-08".
function compareIso(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
