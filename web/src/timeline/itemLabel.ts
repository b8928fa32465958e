// The DOM of an item's label, built as text: titles come from the article and are never HTML.
import type { EventItem } from './toTimelineItems';

export function itemLabel(item: EventItem | undefined): HTMLElement | string {
  if (!item) return '';
  const label = document.createElement('span');
  label.className = 'dl-label';
  label.dataset.eventId = item.eventId;
  label.dataset.start = item.isoStart;
  if (item.isoEnd) label.dataset.end = item.isoEnd;
  label.title = item.content;
  const text = document.createElement('span');
  text.className = 'dl-label__text';
  text.textContent = item.content;
  label.append(text);
  if (item.shape === 'open') {
    // Its own element, so the ellipsis of a long title never hides it.
    const ongoing = document.createElement('span');
    ongoing.className = 'dl-label__ongoing';
    ongoing.textContent = '→ ongoing';
    label.append(ongoing);
  }
  return label;
}
