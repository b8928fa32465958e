// vis-timeline's template: an event's label, or a cluster's count.
import type { DrawnItem } from './aggregateByZoom';
import { isCluster } from './aggregateByZoom';
import { itemLabel } from './itemLabel';

export function itemTemplate(item: DrawnItem | null | undefined): HTMLElement | string {
  if (!item) return '';
  // Only digits, made here: vis's xss filter lets them through, and the pill's title says what they count.
  if (isCluster(item)) return String(item.count);
  return itemLabel(item);
}
