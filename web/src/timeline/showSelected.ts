// The selection on the band: chosen elsewhere (the card, the list, the article), it is brought into view.
import type { Timeline } from 'vis-timeline/esnext';
import { focusWindow } from './focusWindow';

export const focusAnimation = { duration: 450, easingFunction: 'easeInOutQuad' } as const;

/** Selects the item, or nothing; moves the window to it unless vis selected it itself (a click). */
export function showSelected(timeline: Timeline, item: { id: string; start: Date; end?: Date } | undefined): void {
  if (!item) {
    timeline.setSelection([]);
    return;
  }
  // Chosen on the timeline itself: it is in view already, and moving it would be jarring.
  if (timeline.getSelection()[0] === item.id) return;
  timeline.setSelection([item.id]);
  const current = timeline.getWindow();
  const target = focusWindow(
    { start: item.start.getTime(), end: (item.end ?? item.start).getTime() },
    { start: current.start.getTime(), end: current.end.getTime() },
  );
  timeline.setWindow(target.start, target.end, { animation: focusAnimation });
}
