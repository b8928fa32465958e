// Events from the earliest to the latest, for "earlier" and "later" in the card.
import type { TimelineEvent } from '../../../shared/src/index';
import { compareDates } from '../dates/compareDates';

/** A new array, by start, then end (shorter first), then place in the text. Pure. */
export function eventsInDateOrder(events: readonly TimelineEvent[]): TimelineEvent[] {
  return [...events].sort((a, b) => compareDates(a, b) || a.dateStart - b.dateStart);
}
