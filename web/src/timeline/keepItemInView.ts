// The event the reader chose, scrolled into the band's height and kept there until they scroll it: vis
// moves the window only sideways. Its focus() is no help here: it resets our window to the old zoom,
// scrolls to the top of the item's group (without groups, the whole stack), and only once.
import type { Timeline } from 'vis-timeline/esnext';

export interface Edges {
  top: number;
  bottom: number;
}

/** The overflow fade at the band's top edge (timeline.css): an event under it reads as cut off. */
export const fadeHeight = 28;

/**
 * Pixels to move the stack down (up when negative) so that `item` is inside `panel`, below its fade:
 * 0 when it is already; otherwise it is centred, with its neighbours above and below. Pure.
 */
export function verticalShift(item: Edges, panel: Edges): number {
  const top = panel.top + fadeHeight;
  if (item.top >= top && item.bottom <= panel.bottom) return 0;
  return Math.round((top + panel.bottom) / 2 - (item.top + item.bottom) / 2);
}

/** What vis's focus() uses and its typings leave out: its vertical scroll and the events of the reader's own scrolling. */
interface VisScroll {
  /** 0 shows the top of the stack; negative moves it up. */
  _getScrollTop(): number;
  /** Clamps to the scrollable range; returns what it applied. */
  _setScrollTop(scrollTop: number): number;
  _redraw(): void;
  /** 'scroll' for the wheel, 'verticalDrag' for a drag or swipe: emitted before the redraw they cause. */
  on(event: 'scroll' | 'verticalDrag', callback: () => void): void;
  off(event: 'scroll' | 'verticalDrag', callback: () => void): void;
}

export interface ItemInView {
  /** Brings the event into view now or once it is drawn, and keeps it there until the reader scrolls; null lets go. */
  show(id: string | null): void;
  stop(): void;
}

export function keepItemInView(band: HTMLElement, timeline: Timeline): ItemInView {
  let shown: string | null = null;
  const scroll = timeline as unknown as VisScroll;
  const check = () => {
    if (shown === null) return;
    const panel = band.querySelector<HTMLElement>('.vis-panel.vis-center');
    // The label carries the event's id (itemLabel); until vis draws the item there is nothing to measure.
    const item = panel?.querySelector(`[data-event-id="${CSS.escape(shown)}"]`)?.closest('.vis-item');
    if (!panel || !item) return;
    const shift = verticalShift(item.getBoundingClientRect(), panel.getBoundingClientRect());
    if (shift === 0) return;
    const before = scroll._getScrollTop();
    if (scroll._setScrollTop(before + shift) !== before) scroll._redraw();
  };
  const letGo = () => {
    shown = null;
  };
  // After every redraw: a linked event is drawn late, and vis keeps a stack pinned to the axis as it restacks.
  timeline.on('changed', check);
  scroll.on('scroll', letGo);
  scroll.on('verticalDrag', letGo);
  return {
    show(id) {
      shown = id;
      check();
    },
    stop() {
      timeline.off('changed', check);
      scroll.off('scroll', letGo);
      scroll.off('verticalDrag', letGo);
    },
  };
}
