// Many events: vis-timeline draws crowded items as one cluster with a count, and splits it as the
// reader zooms in, so 10,000 events from hundreds of articles cost a few hundred elements, not 10,000.
import type { TimelineOptions } from 'vis-timeline/esnext';
import type { TimeWindow } from './focusWindow';

/** Below this many items every item is drawn: an article's timeline never clusters. */
export const clusterFrom = 200;

/**
 * The cluster option for this many items; `standsAlone` keeps an item (the selected one) out of every
 * cluster. vis takes `false` to turn clustering off; its types omit it.
 */
export function clusterOptionsFor(
  itemCount: number,
  standsAlone: (id: string) => boolean = () => false,
): Pick<TimelineOptions, 'cluster'> {
  if (itemCount < clusterFrom) return { cluster: false as unknown as undefined };
  return {
    cluster: {
      // More than three items in about a label's width become one cluster.
      maxItems: 3,
      titleTemplate: '{count} events: select to zoom in',
      showStipes: false,
      fitOnDoubleClick: true,
      clusterCriteria: (first, second) => !standsAlone(String(first.id)) && !standsAlone(String(second.id)),
    },
  };
}

/** The window a quarter as wide as the current one, centred on `time`: selecting a cluster opens it. */
export function zoomInWindow(time: number, current: TimeWindow, factor = 4): TimeWindow {
  const span = (current.end - current.start) / factor;
  return { start: time - span / 2, end: time + span / 2 };
}
