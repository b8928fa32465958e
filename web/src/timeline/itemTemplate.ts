// vis-timeline's template: an event's label, or for a cluster (which has no item of ours) its count.
import { itemLabel } from './itemLabel';
import type { EventItem } from './toTimelineItems';

/** What vis passes as the template's third argument: the drawn item's own data; a cluster's holds its items. */
interface DrawnData {
  uiItems?: readonly unknown[];
}

// vis looks the first argument up in our data set by id, so for a cluster it is null; the count is in `drawn`.
export function itemTemplate(item: EventItem | null | undefined, _element?: unknown, drawn?: DrawnData): HTMLElement | string {
  // Only digits, made here: vis's xss filter lets them through, and its title says what they count.
  if (drawn?.uiItems) return String(drawn.uiItems.length);
  return item ? itemLabel(item) : '';
}
