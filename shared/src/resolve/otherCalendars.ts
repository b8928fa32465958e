// Days of other calendars than the Gregorian, for the holidays they keep (lexicon/en/holidays.ts). ECMAScript's Intl (ECMA-402)
// carries these calendars in Node and every browser with full ICU, so they are read from it rather than computed here (the
// Islamic and Chinese calendars follow the moon as observed and tabulated, not a formula); where it lacks one, the day is unknown.
import type { OtherCalendar, OtherCalendarDay } from '../lexicon/en/holidays';
import { addDays, type Day } from './calendarMath';

const FORMATS = new Map<OtherCalendar, Intl.DateTimeFormat | null>();

/** The calendar's month and day format, or null where this JavaScript does not have the calendar (it would fall back to the Gregorian). */
function formatOf(calendar: OtherCalendar): Intl.DateTimeFormat | null {
  if (!FORMATS.has(calendar)) {
    let format: Intl.DateTimeFormat | null = null;
    try {
      format = new Intl.DateTimeFormat(`en-u-ca-${calendar}`, { timeZone: 'UTC', month: 'numeric', day: 'numeric' });
    } catch {
      format = null;
    }
    FORMATS.set(calendar, format?.resolvedOptions().calendar === calendar ? format : null);
  }
  return FORMATS.get(calendar)!;
}

/** Whether this JavaScript has the calendar (Node built with small ICU, or an old browser, may not). */
export const hasCalendar = (calendar: OtherCalendar) => formatOf(calendar) !== null;

const FOUND = new Map<string, Day | null>();

/** Milliseconds at midnight UTC of a day, for any year (Date.UTC would read the years 0 to 99 as 1900 to 1999). */
function utcMidnight({ year, month, day }: Day): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

/**
 * The first Gregorian day of `year` that is the other calendar's day (an Islamic day may fall twice in one Gregorian year); null
 * if this JavaScript has no such calendar or the year holds no such day. Read once per day and year, a day at a time through the year.
 */
export function dayOfOtherCalendar(year: number, wanted: OtherCalendarDay): Day | null {
  const key = `${wanted.calendar} ${wanted.month} ${wanted.day} ${year}`;
  if (FOUND.has(key)) return FOUND.get(key)!;
  const format = formatOf(wanted.calendar);
  let found: Day | null = null;
  for (let day: Day = { year, month: 1, day: 1 }; format && !found && day.year === year; day = addDays(day, 1)) {
    let month = '';
    let dayOfMonth = 0;
    for (const part of format.formatToParts(utcMidnight(day))) {
      if (part.type === 'month') month = part.value;
      else if (part.type === 'day') dayOfMonth = Number(part.value);
    }
    if (month === wanted.month && dayOfMonth === wanted.day) found = day;
  }
  FOUND.set(key, found);
  return found;
}
