// Counting from an anchor day: "two weeks ago", "the following month", "last Friday", "next summer".
import { addDays, addMonths, formatCentury, formatDay, formatDecade, formatMonth, formatWeek, formatYear, quarterOf, seasonIndex, seasonOfMonth, weekdayOf, type Day } from './calendarMath';
import type { PartOfDay } from '../lexicon/en/calendar';
import type { Unit } from '../lexicon/en/units';
import { date, withPart, type Resolved } from './resolved';
import type { Tense } from './tense';

export function shifted(anchor: Day, unit: string, offset: number): Resolved {
  switch (unit) {
    case 'day': {
      const day = addDays(anchor, offset);
      return date(formatDay(day), { day, precision: 'day' });
    }
    case 'week':
      return date(formatWeek(addDays(anchor, offset * 7)));
    case 'weekend':
      return date(`${formatWeek(addDays(anchor, offset * 7))}-WE`);
    case 'fortnight':
      return date(formatWeek(addDays(anchor, offset * 14)));
    case 'month': {
      const day = addMonths(anchor, offset);
      return date(formatMonth(day.year, day.month), { day: { ...day, day: 1 }, precision: 'month' });
    }
    case 'quarter': {
      const day = addMonths(anchor, offset * 3);
      return date(`${formatYear(day.year)}-Q${quarterOf(day.month)}`);
    }
    case 'decade':
      return date(formatDecade(anchor.year + offset * 10));
    case 'century':
      return date(formatCentury(anchor.year + offset * 100));
    default: {
      const year = anchor.year + offset;
      return date(formatYear(year), { day: { year, month: 1, day: 1 }, precision: 'year' });
    }
  }
}

// Where the text leaves the direction open, `tense.direction` is read only when it decides, as reading it
// looks at the words around the date: not for "last Friday", nor for the weekday of the anchor itself.
export function nearestWeekday(anchor: Day, weekday: number, offset: number | undefined, tense: Pick<Tense, 'direction'>, ownWeekdayBack = false): Day {
  const diff = weekday - weekdayOf(anchor);
  if (offset === -1) return addDays(anchor, diff < 0 ? diff : diff - 7);
  if (offset === 1) return addDays(anchor, diff > 0 ? diff : diff + 7);
  if (offset === 0) return addDays(anchor, diff);
  if (diff === 0) return ownWeekdayBack ? addDays(anchor, -7) : anchor;
  if (tense.direction === 'future') return addDays(anchor, diff >= 0 ? diff : diff + 7);
  return addDays(anchor, diff <= 0 ? diff : diff - 7);
}

/** The `weekday` within three days of `anchor`, before or after: the one a story of this week means whatever its tense. */
export function weekdayOfWeekAround(anchor: Day, weekday: number): Day {
  return addDays(anchor, ((weekday - weekdayOf(anchor) + 10) % 7) - 3);
}

const SEASONS_IN_YEAR = 4;

export function seasonYear(anchor: Day, season: keyof typeof seasonIndex, offset: number | undefined, tense: Pick<Tense, 'direction'>): number {
  const current = seasonIndex[seasonOfMonth(anchor.month)];
  const wanted = seasonIndex[season];
  // Winter belongs to the year it starts in: January 1999 is in winter 1998.
  const seasonYearNow = anchor.month <= 2 ? anchor.year - 1 : anchor.year;
  if (offset === -1) return wanted < current ? seasonYearNow : seasonYearNow - 1;
  if (offset === 1) return wanted > current ? seasonYearNow : seasonYearNow + 1;
  // "this summer" in February is the one to come in the calendar year; "this winter" the one it is in.
  if (offset === 0 && season !== 'WI') return anchor.year;
  // "Flu cases were the highest this winter", said in March: the winter just ended, unless the sentence tells the future.
  if (offset === 0 && season === 'WI' && current === seasonIndex.SP && tense.direction !== 'future') return seasonYearNow - 1;
  if (offset === 0 || wanted === current) return seasonYearNow;
  if (tense.direction === 'future') return wanted >= current ? seasonYearNow : seasonYearNow + 1;
  // "For many people, this weekend is the unofficial start of summer", told in May: told in no tense, the season next to come is that one.
  if (tense.direction === 'unknown' && wanted === (current + 1) % SEASONS_IN_YEAR) return wanted > current ? seasonYearNow : seasonYearNow + 1;
  return wanted <= current ? seasonYearNow : seasonYearNow - 1;
}

/** The day `amount` units from `anchor` ("fifty years" before 2019-07-20 is 1969-07-20). */
export function addUnits(anchor: Day, unit: Unit, amount: number): Day {
  const days = DAYS_PER_UNIT[unit];
  return days !== undefined ? addDays(anchor, amount * days) : addMonths(anchor, amount * MONTHS_PER_UNIT[unit]!);
}
const DAYS_PER_UNIT: Partial<Record<Unit, number>> = { day: 1, week: 7, fortnight: 14 };
const MONTHS_PER_UNIT: Partial<Record<Unit, number>> = { month: 1, quarter: 3, year: 12, decade: 120, century: 1200 };

/**
 * "Fifty years ago today" is that day (told, as the story goes on from it); "ten years ago this week" that week, "thirty years ago this
 * weekend" its weekend; "this month" that month.
 */
export function shiftedPeriod(day: Day, at: { unit: 'day' | 'week' | 'weekend' | 'month'; part?: PartOfDay }): Resolved {
  if (at.unit === 'week') return date(formatWeek(day));
  if (at.unit === 'weekend') return date(`${formatWeek(day)}-WE`);
  if (at.unit === 'month') return date(formatMonth(day.year, day.month), { day: { ...day, day: 1 }, precision: 'month' });
  return withPart(formatDay(day), at.part, { day, precision: 'day' });
}
