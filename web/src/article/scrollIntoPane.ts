// Centre an element inside its scrolling pane without scrolling the page around it.

/** Scrolls `pane` so that `element` sits in its middle; does nothing when the pane does not scroll. */
export function scrollIntoPane(pane: HTMLElement, element: HTMLElement): void {
  if (pane.scrollHeight <= pane.clientHeight) return;
  const paneBox = pane.getBoundingClientRect();
  const box = element.getBoundingClientRect();
  const fullyVisible = box.top >= paneBox.top && box.bottom <= paneBox.bottom;
  if (fullyVisible) return;
  const top = pane.scrollTop + (box.top - paneBox.top) - (pane.clientHeight - box.height) / 2;
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  pane.scrollTo({ top: Math.max(0, top), behavior: reduceMotion ? 'auto' : 'smooth' });
}
