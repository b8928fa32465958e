// The window that shows every item, with room on the right for the labels of the latest points:
// vis's own fit() measures labels against the unpadded range and clips them at the edge.
import type { TimeWindow } from './focusWindow';

export interface FitOptions {
  /** The width of the timeline in pixels. */
  width: number;
  /** Pixels kept free after the latest item, for its label. */
  labelRoom: number;
  /** Pixels kept free before the earliest item. */
  leftRoom?: number;
}

const day = 24 * 60 * 60 * 1000;

/** null when there is nothing to fit. Never narrower than a week, so one day is not a blur. */
export function fitWindow(items: ReadonlyArray<{ start: Date; end?: Date; shape?: string }>, options: FitOptions): TimeWindow | null {
  if (items.length === 0) return null;
  const ends = items.map((item) => (item.end ?? item.start).getTime());
  let max = Math.max(...ends);
  let min = Math.min(...items.map((item) => item.start.getTime()));
  // An ongoing period that began long before the rest of the story ("has ruled since 1994", in a story of
  // 2020) runs in from the left edge: framed whole, it left the story a sliver at the right of the band.
  const dated = items.filter((item) => item.shape !== 'open');
  if (dated.length > 0) {
    const story = Math.min(...dated.map((item) => item.start.getTime()));
    if (story - min > max - story) min = story;
  }
  if (max - min < 7 * day) {
    const middle = (min + max) / 2;
    min = middle - 3.5 * day;
    max = middle + 3.5 * day;
  }
  const leftRoom = options.leftRoom ?? 16;
  // Labels never take more than half the band, or a narrow screen would show only labels.
  const labelRoom = Math.min(options.labelRoom, options.width / 2);
  const usable = Math.max(options.width - leftRoom - labelRoom, 1);
  const msPerPixel = (max - min) / usable;
  return { start: min - leftRoom * msPerPixel, end: max + labelRoom * msPerPixel };
}
