// Points to vis-timeline items in lanes: a point sits in the lane of its first article, a merged
// point says how many sources it has, an edited one is marked.
import { toTimelineItems, type EventItem } from '../timeline/toTimelineItems';
import type { Point } from '../library/mergePoints';
import { pointEvents } from './pointEvents';

export interface LaneItem extends EventItem {
  group: string;
}

/**
 * Pure. In date order, as pointEvents gives them: the band's keys then break ties as the list and
 * the card do. Open periods run to the latest publication date of the lanes' articles.
 */
export function toLaneItems(points: readonly Point[], publicationDate?: string): LaneItem[] {
  const byId = new Map(points.map((point) => [point.id, point]));
  return toTimelineItems(pointEvents(points), publicationDate ? { publicationDate } : {}).map((item) => {
    const point = byId.get(item.id)!;
    const classes = [item.className];
    if (point.members.length > 1) classes.push('dl-item--merged');
    if (point.members.some((member) => member.event.edited)) classes.push('dl-item--edited');
    return { ...item, className: classes.join(' '), group: point.members[0]!.article.id };
  });
}
