// What the article pane says of the dates no event rests on because the article gives no publication
// date to count them from: without it, "on Tuesday" and "last month" would vanish unexplained.

/** At most this many of the dates are quoted. */
const examplesShown = 3;

/** The notice, or null when every date is placed. */
export function unplacedNotice(dates: readonly string[] | undefined): string | null {
  if (!dates || dates.length === 0) return null;
  // "Tuesday" twice is one example, quoted as first written; only as many as are shown are looked for.
  const seen = new Set<string>();
  const distinct: string[] = [];
  for (const date of dates) {
    if (seen.has(date.toLowerCase())) continue;
    seen.add(date.toLowerCase());
    distinct.push(date);
    if (distinct.length > examplesShown) break;
  }
  const quoted = distinct.slice(0, examplesShown).map((date) => `“${date}”`).join(', ');
  const more = distinct.length > examplesShown ? ' and others' : '';
  const count = dates.length === 1 ? '1 date that counts' : `${dates.length} dates that count`;
  return `The article gives no publication date, so ${count} from it ${dates.length === 1 ? 'is' : 'are'} not on the timeline: ${quoted}${more}.`;
}
