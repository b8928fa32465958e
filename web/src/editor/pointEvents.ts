// Points as the reader's events, in date order: what the band, the list and the card's arrows walk.
import type { TimelineEvent } from '../../../shared/src/index';
import { eventsInDateOrder } from '../app/eventsInDateOrder';
import type { LibraryArticle } from '../library/libraryModel';
import type { Point } from '../library/mergePoints';

export function pointTitle(point: Point): string {
  const [first] = point.members;
  const title = first ? first.event.title || first.event.dateText : '';
  return point.members.length > 1 ? `${title} · ${point.members.length} sources` : title;
}

/** Each point as its first member's event, with the point's id and title. A new array. Pure. */
export function pointEvents(points: readonly Point[]): TimelineEvent[] {
  return eventsInDateOrder(
    points.flatMap((point) => {
      const first = point.members[0];
      return first ? [{ ...first.event, id: point.id, title: pointTitle(point) }] : [];
    }),
  );
}

const titles = new Intl.ListFormat('en', { type: 'conjunction' });

/** "From “Bridge vote”", "From “A” and “B”" by point id: the lanes a point stands for, for the list. Pure. */
export function pointSources(points: readonly Point[], titleOf: (article: LibraryArticle) => string): Map<string, string> {
  return new Map(
    points.map((point) => [point.id, `From ${titles.format(point.members.map(({ article }) => `“${titleOf(article)}”`))}`]),
  );
}
