// Many events: crowded items are drawn as one cluster with a count, made by us for the window in view
// and split as the reader zooms in. vis-timeline then holds a few hundred items, not 10,000: its own
// cluster option keeps an item object for every event and clusters them all again on each zoom frame.
import type { TimeWindow } from './focusWindow';
import type { EventItem } from './toTimelineItems';

/** Below this many items every item is drawn: an article's timeline never clusters. */
export const clusterFrom = 200;

/** A count in a pill standing for the crowded events around it; selecting it zooms in to them. */
export interface ClusterItem {
  id: string;
  type: 'box';
  start: Date;
  className: 'dl-cluster';
  /** The count, digits only: what the pill shows. */
  content: string;
  title: string;
  count: number;
  /** From the earliest to the latest start of its events: where selecting it zooms to. */
  extent: TimeWindow;
}

export type DrawnItem = EventItem | ClusterItem;

export const isCluster = (item: DrawnItem): item is ClusterItem => item.className === 'dl-cluster';

export interface ZoomView {
  window: TimeWindow;
  /** The band's width in pixels. */
  width: number;
}

/** Pixels of band per bin, about a short label's width; rounded to a power of two hours, 57 to 113. */
const binPixels = 80;
/** More events than this in one bin become a cluster. */
const maxItems = 3;
const hour = 60 * 60 * 1000;

/**
 * The items to draw for this view: in each bin of about a label's width, three events or fewer are
 * drawn as they are, more as a cluster. Bins are powers of two hours, fixed in time, so a small pan or
 * zoom keeps the same clusters; only events within a window's width either side of the view are
 * drawn, so a pan of a window's width needs no new items yet. Items in `standAlone` (the selected
 * and the keyboard's active event) are never in a cluster. Pure; linear in the number of items.
 */
export function aggregateByZoom(items: readonly EventItem[], view: ZoomView, standAlone: ReadonlySet<string> = new Set()): DrawnItem[] {
  if (items.length < clusterFrom) return [...items];
  const span = Math.max(view.window.end - view.window.start, 1);
  const level = Math.max(0, Math.round(Math.log2((span / Math.max(view.width, 1)) * binPixels / hour)));
  const binSpan = 2 ** level * hour;
  const from = view.window.start - span;
  const to = view.window.end + span;

  const bins = new Map<number, EventItem[]>();
  const drawn: DrawnItem[] = [];
  for (const item of items) {
    const start = item.start.getTime();
    const end = (item.end ?? item.start).getTime();
    if (end < from || start > to) continue;
    if (standAlone.has(item.id)) {
      drawn.push(item);
      continue;
    }
    // A bar that began before the drawn stretch is counted where the stretch begins.
    const bin = Math.floor(Math.max(start, from) / binSpan);
    const members = bins.get(bin);
    if (members) members.push(item);
    else bins.set(bin, [item]);
  }
  for (const [bin, members] of bins) {
    if (members.length <= maxItems) drawn.push(...members);
    else drawn.push(clusterOf(members, `cluster-${level}-${bin}`, Math.max(bin * binSpan, from)));
  }
  return drawn;
}

function clusterOf(members: readonly EventItem[], id: string, binStart: number): ClusterItem {
  let earliest = Infinity;
  let latest = -Infinity;
  let sum = 0;
  for (const member of members) {
    const start = member.start.getTime();
    earliest = Math.min(earliest, start);
    latest = Math.max(latest, start);
    sum += Math.max(start, binStart);
  }
  const count = members.length;
  return {
    id,
    type: 'box',
    // Where its events are on average, so the pill sits over the crowd it stands for.
    start: new Date(sum / count),
    className: 'dl-cluster',
    content: String(count),
    title: `${count} events: select to zoom in`,
    count,
    extent: { start: earliest, end: latest },
  };
}

/** The window that opens a cluster: its events' stretch with a margin, never narrower than two days. */
export function clusterWindow({ extent }: ClusterItem): TimeWindow {
  const margin = Math.max((extent.end - extent.start) * 0.15, 24 * hour);
  return { start: extent.start - margin, end: extent.end + margin };
}
