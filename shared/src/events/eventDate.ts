// Turns a TimeML value into the dates of a timeline event: ISO 8601 at the precision the text
// gave. Week, quarter, season and decade values become spans of the days, months or years they cover.

export interface EventDate {
  start: string;
  /** Inclusive, at its own precision; absent for a single day, month or year. */
  end?: string;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

const SEASON_MONTHS = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14] } as const;

/** The event date a TimeML DATE/TIME value stands for; null for values a timeline cannot place. */
export function toEventDate(value: string): EventDate | null {
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4}-\d{2}-\d{2})(?:T.*)?$/.exec(value))) return { start: match[1]! };
  if (/^\d{4}(?:-\d{2})?$/.test(value)) return { start: value };
  if ((match = /^(\d{4})-W(\d{2})$/.exec(value))) return isoWeek(Number(match[1]), Number(match[2]));
  if ((match = /^(\d{4})-Q([1-4])$/.exec(value))) {
    const year = Number(match[1]);
    const first = (Number(match[2]) - 1) * 3 + 1;
    return { start: `${pad(year, 4)}-${pad(first)}`, end: `${pad(year, 4)}-${pad(first + 2)}` };
  }
  if ((match = /^(\d{4})-H([12])$/.exec(value))) {
    const year = Number(match[1]);
    return match[2] === '1' ? { start: `${pad(year, 4)}-01`, end: `${pad(year, 4)}-06` } : { start: `${pad(year, 4)}-07`, end: `${pad(year, 4)}-12` };
  }
  if ((match = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) {
    const year = Number(match[1]);
    const [from, to] = SEASON_MONTHS[match[2] as keyof typeof SEASON_MONTHS];
    const endYear = year + Math.floor((to - 1) / 12);
    return { start: `${pad(year, 4)}-${pad(from)}`, end: `${pad(endYear, 4)}-${pad(((to - 1) % 12) + 1)}` };
  }
  if ((match = /^(\d{3})$/.exec(value))) return { start: `${match[1]}0`, end: `${match[1]}9` };
  return null;
}

// ISO weeks start on Monday; week 1 holds the year's first Thursday.
function isoWeek(year: number, week: number): EventDate | null {
  if (week < 1 || week > 53) return null;
  const jan4 = Date.UTC(year, 0, 4);
  const jan4Weekday = (new Date(jan4).getUTCDay() + 6) % 7;
  const monday = jan4 - jan4Weekday * 86_400_000 + (week - 1) * 7 * 86_400_000;
  return { start: isoDay(monday), end: isoDay(monday + 6 * 86_400_000) };
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export type Precision = 'year' | 'month' | 'day';

export function precisionOf(iso: string): Precision {
  return iso.length === 4 ? 'year' : iso.length === 7 ? 'month' : 'day';
}

/** Compares two ISO dates of any precision by their first day. */
export function compareIso(a: string, b: string): number {
  const first = (iso: string) => (iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso);
  return first(a) < first(b) ? -1 : first(a) > first(b) ? 1 : 0;
}

/** Cuts an ISO date down to a coarser precision: ("2020-08-09", "month") → "2020-08". */
export function truncate(iso: string, precision: Precision): string {
  return precision === 'year' ? iso.slice(0, 4) : precision === 'month' ? iso.slice(0, 7) : iso;
}
