// Tells the host page how tall the embed page is, whenever that changes (a card opens, the column
// narrows), in our format, pym.js's and AMP's, so hosts set up for any of them size the iframe.
import { heightMessages } from './frameMessages';

export function startHeightReports(parent: Window, frameId: string, body: HTMLElement): () => void {
  let lastHeight = -1;
  const report = () => {
    const height = Math.ceil(body.getBoundingClientRect().height);
    if (height === lastHeight) return;
    lastHeight = height;
    // '*': the host's origin is unknown here, and a height tells it nothing it could not measure.
    for (const message of heightMessages(frameId, height)) parent.postMessage(message, '*');
  };
  const observer = new ResizeObserver(report);
  observer.observe(body);
  report();
  return () => observer.disconnect();
}
