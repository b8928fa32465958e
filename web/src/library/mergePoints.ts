// Events of different articles that report the same happening become one point: the same date
// at the same precision, and overlapping actors or words.
import { articleId } from './articleId';
import type { ArticleEvent } from './shownEvents';

export interface Point {
  /** "articleId/eventId" for a single event; "merged-…" from its members for a merged point. */
  id: string;
  members: ArticleEvent[];
}

// Words too common in news to say two sentences tell the same thing.
const commonWords = new Set([
  'about', 'after', 'again', 'against', 'also', 'been', 'before', 'being', 'between', 'could', 'during',
  'from', 'have', 'into', 'more', 'most', 'over', 'said', 'says', 'since', 'some', 'than', 'that', 'their',
  'them', 'then', 'there', 'these', 'they', 'this', 'those', 'under', 'until', 'were', 'what', 'when',
  'where', 'which', 'while', 'will', 'with', 'would', 'year', 'years', 'month', 'months', 'week', 'weeks',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);

/** The identity of a date: "2021-11-10..2021-11-11", "2020-08..open", "2021-07". */
export function dateKey({ event }: ArticleEvent): string {
  if (event.open) return `${event.start}..open`;
  return event.end && event.end !== event.start ? `${event.start}..${event.end}` : event.start;
}

function words(text: string): Set<string> {
  return new Set(
    (text.toLowerCase().match(/\p{L}[\p{L}\p{N}'-]{3,}/gu) ?? []).filter((word) => !commonWords.has(word)),
  );
}

/**
 * Shared actors on the same day, or at least two shared content words making a fifth of the smaller
 * sentence's. A year or month holds too much for shared actors alone: two stories of Belarus share
 * "Belarus" and "Lukashenko" in every "2020".
 */
export function reportSameHappening(a: ArticleEvent, b: ArticleEvent): boolean {
  if (dateKey(a) !== dateKey(b)) return false;
  const actors = new Set(a.event.actors.map((actor) => actor.toLowerCase()));
  const oneDay = !a.event.open && /^\d{4}-\d{2}-\d{2}/.test(a.event.start);
  if (oneDay && b.event.actors.some((actor) => actors.has(actor.toLowerCase()))) return true;
  // The names are weighed above: words say what happened.
  const names = words([...a.event.actors, ...b.event.actors].join(' '));
  const left = [...words(`${a.event.title} ${a.event.quote}`)].filter((word) => !names.has(word));
  const right = new Set([...words(`${b.event.title} ${b.event.quote}`)].filter((word) => !names.has(word)));
  let shared = 0;
  for (const word of left) if (right.has(word)) shared++;
  return shared >= 2 && shared >= 0.2 * Math.min(left.length, right.size);
}

export function singleId({ article, event }: ArticleEvent): string {
  return `${article.id}/${event.id}`;
}

/** Groups events into points, at most one event per article in a point. Pure; order is kept. */
export function mergePoints(events: readonly ArticleEvent[], unmerged: readonly string[] = []): Point[] {
  const groups: ArticleEvent[][] = [];
  const byDate = new Map<string, ArticleEvent[][]>();
  for (const entry of events) {
    const key = dateKey(entry);
    const candidates = byDate.get(key) ?? [];
    const group = candidates.find(
      (members) =>
        !members.some((member) => member.article.id === entry.article.id) &&
        members.some((member) => reportSameHappening(member, entry)),
    );
    if (group) {
      group.push(entry);
      continue;
    }
    const created = [entry];
    groups.push(created);
    byDate.set(key, [...candidates, created]);
  }
  const undone = new Set(unmerged);
  return groups.flatMap((members) => {
    if (members.length === 1) return [{ id: singleId(members[0]!), members }];
    const id = `merged-${articleId(members.map(singleId).join(' '))}`;
    return undone.has(id) ? members.map((member) => ({ id: singleId(member), members: [member] })) : [{ id, members }];
  });
}
