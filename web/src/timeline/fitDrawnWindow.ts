// The window a band opens on: every item in view, with room after the latest for what is drawn there.
// An event's label needs 340 px; a cluster's pill far less, and keeping a label's room after a pill
// left a quarter of a 2,000-event band empty.
import { aggregateByZoom, clusterFrom } from './aggregateByZoom';
import { fitWindow } from './fitWindow';
import type { TimeWindow } from './focusWindow';
import type { EventItem } from './toTimelineItems';

/** Room after the latest item for its label: labels stop at 22em, plus the dot and padding. */
export const labelRoom = 340;
/** Room after a cluster's pill, centred on its start: half of a four-digit count's pill, and a margin. */
export const pillRoom = 40;

/** null when there is nothing to fit. Pure; linear in the number of items. */
export function fitDrawnWindow(items: readonly EventItem[], width: number): TimeWindow | null {
  const labelled = fitWindow(items, { width, labelRoom });
  if (!labelled || items.length < clusterFrom) return labelled;
  // Fitted with a pill's room, the view is a little closer: the latest event must still be in a cluster there.
  const tight = fitWindow(items, { width, labelRoom: pillRoom })!;
  const latest = latestItem(items);
  const drawnAlone = aggregateByZoom(items, { window: tight, width }).some((item) => item === latest);
  return drawnAlone ? labelled : tight;
}

function latestItem(items: readonly EventItem[]): EventItem {
  let latest = items[0]!;
  for (const item of items) if ((item.end ?? item.start) > (latest.end ?? latest.start)) latest = item;
  return latest;
}
