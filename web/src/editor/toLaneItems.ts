// Points to vis-timeline items in lanes: a point sits in the lane of its first article, a merged
// point says how many sources it has, an edited one is marked.
import type { TimelineEvent } from '../../../shared/src/index';
import { toTimelineItems, type EventItem } from '../timeline/toTimelineItems';
import type { Point } from '../library/mergePoints';

export interface LaneItem extends EventItem {
  group: string;
}

export function pointTitle(point: Point): string {
  const [first] = point.members;
  const title = first ? first.event.title || first.event.dateText : '';
  return point.members.length > 1 ? `${title} · ${point.members.length} sources` : title;
}

/** Pure. Open periods run to the latest publication date of the lanes' articles. */
export function toLaneItems(points: readonly Point[], publicationDate?: string): LaneItem[] {
  const byId = new Map(points.map((point) => [point.id, point]));
  const events: TimelineEvent[] = points.flatMap((point) => {
    const first = point.members[0];
    return first ? [{ ...first.event, id: point.id, title: pointTitle(point) }] : [];
  });
  return toTimelineItems(events, publicationDate ? { publicationDate } : {}).map((item) => {
    const point = byId.get(item.id)!;
    const classes = [item.className];
    if (point.members.length > 1) classes.push('dl-item--merged');
    if (point.members.some((member) => member.event.edited)) classes.push('dl-item--edited');
    return { ...item, className: classes.join(' '), group: point.members[0]!.article.id };
  });
}
