// "on the 15th": the day of the month the text is in, the last month told or else the publication's,
// a month on or back where the tense points past the publication date.
import type { PartialValue } from '../recognise/partialValue';
import { addMonths, formatDay, formatMonth, isValidDay, type Day } from './calendarMath';
import { date, type Context, type Resolved } from './resolved';

// How far, in characters (about two sentences), a month told before carries on to "the 15th".
const MONTH_TOLD_REACH = 300;

export function resolveDayOfMonth(partial: Extract<PartialValue, { kind: 'dayOfMonth' }>, c: Context): Resolved {
  const month = monthOf(partial.day, c);
  if (!month) return date(`XXXX-XX-${String(partial.day).padStart(2, '0')}`);
  // "the 31st" of a 30-day month is told only as far as its month.
  if (!isValidDay(month.year, month.month, partial.day)) return date(formatMonth(month.year, month.month), { day: month, precision: 'month' });
  const day = { ...month, day: partial.day };
  return date(formatDay(day), { day, precision: 'day' });
}

/** The first day of the month "the 15th" falls in. */
function monthOf(dayOfMonth: number, c: Context): Day | null {
  const told = c.previous;
  const now = c.document;
  // ("was indicted in April 2012. … 'It is going forward on the 24th'": not a month long gone by, for a day not told in the past.)
  const toldGoneBy = told && now && !c.narrative && told.day.year * 12 + told.day.month < now.year * 12 + now.month - 1 && c.direction !== 'past';
  if (told && (told.precision === 'month' || told.precision === 'day') && (c.narrative || c.sinceTold <= MONTH_TOLD_REACH) && !toldGoneBy) {
    return { year: told.day.year, month: told.day.month, day: 1 };
  }
  if (!now) return null;
  // "until the 15th" on the 22nd is next month's; "on the 28th" told in the past on the 22nd, last month's.
  const shift = c.direction === 'future' && dayOfMonth < now.day ? 1 : c.direction === 'past' && dayOfMonth > now.day ? -1 : 0;
  return addMonths({ ...now, day: 1 }, shift);
}
