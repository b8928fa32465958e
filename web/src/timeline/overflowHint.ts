// Marks a band whose stacked items reach above its top edge (data-overflowing), so a fade there can
// say that more lies above: vis-timeline clips them with no sign, and a reader took the band for whole.
import type { Timeline } from 'vis-timeline/esnext';

/** Watches every redraw of `timeline`; returns the function that stops watching. */
export function watchOverflow(band: HTMLElement, timeline: Timeline): () => void {
  const check = () => {
    const panel = band.querySelector<HTMLElement>('.vis-panel.vis-center');
    const items = panel?.querySelector<HTMLElement>('.vis-itemset');
    // Where the stack's top is, not how tall it is: scrolled to its top (to a selected event), nothing lies above.
    const overflowing = !!panel && !!items && items.getBoundingClientRect().top < panel.getBoundingClientRect().top - 1;
    if (overflowing !== band.hasAttribute('data-overflowing')) band.toggleAttribute('data-overflowing', overflowing);
  };
  timeline.on('changed', check);
  return () => timeline.off('changed', check);
}
