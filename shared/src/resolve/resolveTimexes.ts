// One pass over the recognised expressions, in text order, turning partial values into TimeML
// values. Deictic expressions count from the publication date in news; anaphoric ones ("the
// following day") and every expression of a narrative without one count from the last date told.
import type { Recognition, PartialValue } from '../recognise/partialValue';
import type { TagOptions, Timex, TimexType } from '../types';
import {
  addDays, addMonths, compareDays, isValidDay, formatDay, formatMonth, formatWeek, formatYear, parseDay, quarterOf,
  seasonIndex, seasonOfMonth, weekdayOf, type Day,
} from './calendarMath';
import { directionAt, type Direction } from './tense';

/** The last date the text told, at the precision it was told. */
interface Told {
  day: Day;
  precision: 'year' | 'quarter' | 'month' | 'day';
}

interface Context {
  document: Day | null;
  previous: Told | null;
  narrative: boolean;
  direction: Direction;
}

const TENSE_MARGIN_DAYS = 92;
const DAY_MS = 86_400_000;

type Resolved = { type: TimexType; value: string; told?: Told };

export function resolveTimexes(text: string, recognitions: readonly Recognition[], options: TagOptions = {}): Timex[] {
  const document = parseDay(options.dct);
  const narrative = options.genre === 'narrative' || !document;
  let previous: Told | null = null;
  return recognitions.map(({ start, end, partial }) => {
    const direction = directionAt(text, start, end);
    const resolved = resolve(partial, { document, previous, narrative, direction });
    if (resolved.told) previous = resolved.told;
    return { start, end, text: text.slice(start, end), type: resolved.type, value: resolved.value };
  });
}

const date = (value: string, told?: Told): Resolved => ({ type: 'DATE', value, ...(told ? { told } : {}) });

/** The day deictic expressions count from: the publication date, or in narrative the last date told. */
const deicticAnchor = (c: Context): Day | null => (c.narrative ? c.previous?.day ?? c.document : c.document);

function resolve(partial: PartialValue, c: Context): Resolved {
  switch (partial.kind) {
    case 'fixed':
      return { type: partial.type, value: partial.value };
    case 'calendar':
      return resolveCalendar(partial, c);
    case 'decade':
      return date(String(partial.decade));
    case 'century':
      return date(String(partial.century).padStart(2, '0'));
    case 'season': {
      const anchor = deicticAnchor(c);
      const year = partial.year ?? (anchor ? seasonYear(anchor, partial.season, partial.offset, c.direction) : undefined);
      return date(`${year === undefined ? 'XXXX' : formatYear(year)}-${partial.season}`);
    }
    case 'quarter': {
      const anchor = deicticAnchor(c);
      let year = partial.year ?? (anchor && partial.yearOffset !== undefined ? anchor.year + partial.yearOffset : anchor?.year);
      if (partial.year === undefined && partial.yearOffset === undefined && anchor) {
        const current = quarterOf(anchor.month);
        if (partial.offset === -1 || (partial.offset === undefined && c.direction === 'past' && partial.quarter > current)) year = anchor.year - (partial.quarter >= current ? 1 : 0);
        if (partial.offset === 1 && partial.quarter <= current) year = anchor.year + 1;
      }
      return year === undefined ? date(`XXXX-Q${partial.quarter}`) : quarterDate(year, partial.quarter);
    }
    case 'reportedQuarter': {
      const anchor = deicticAnchor(c);
      if (!anchor) return date('XXXX-QX');
      const day = addMonths(anchor, -3);
      return quarterDate(day.year, quarterOf(day.month));
    }
    case 'periodOfYear': {
      const previous = c.previous;
      return previous?.precision === 'quarter' ? quarterDate(partial.year, quarterOf(previous.day.month)) : date(formatYear(partial.year));
    }
    case 'weekend': {
      const anchor = deicticAnchor(c);
      if (!anchor) return date('XXXX-WXX-WE');
      const offset = partial.offset ?? (c.direction === 'future' ? 1 : weekdayOf(anchor) >= 6 ? 0 : -1);
      return date(`${formatWeek(addDays(anchor, offset * 7))}-WE`);
    }
    case 'half': {
      const year = partial.year ?? deicticAnchor(c)?.year;
      return date(`${year === undefined ? 'XXXX' : formatYear(year)}-H${partial.half}`);
    }
    case 'weekday': {
      const anchor = deicticAnchor(c);
      if (!anchor) return withPart(`XXXX-WXX-${partial.weekday}`, partial.part);
      const day = nearestWeekday(anchor, partial.weekday, partial.offset, c.direction);
      return withPart(formatDay(day), partial.part, { day, precision: 'day' });
    }
    case 'dayShift': {
      const anchor = deicticAnchor(c);
      if (!anchor) return partial.days === 0 && !partial.part ? date('PRESENT_REF') : withPart('XXXX-XX-XX', partial.part);
      const day = addDays(anchor, partial.days);
      return withPart(formatDay(day), partial.part, { day, precision: 'day' });
    }
    case 'unitShift': {
      const anchor = partial.anchor === 'previous' ? c.previous?.day ?? c.document : deicticAnchor(c);
      if (!anchor) return date('XXXX');
      return shifted(anchor, partial.unit, partial.offset);
    }
    case 'shiftBy': {
      const anchor = partial.anchor === 'previous' ? c.previous?.day ?? c.document : deicticAnchor(c);
      if (!anchor) return date(partial.direction < 0 ? 'PAST_REF' : 'FUTURE_REF');
      // In results news "a year ago" is the same quarter a year before the one just reported.
      const result = partial.unit === 'year' && c.previous?.precision === 'quarter'
        ? quarterDate(c.previous.day.year + partial.amount * partial.direction, quarterOf(c.previous.day.month))
        : shifted(anchor, partial.unit, partial.amount * partial.direction);
      // News compares with "a year earlier" without moving its story there: the next "a year earlier" is not two years back.
      return !c.narrative && partial.direction < 0 && partial.unit === 'year' ? { type: result.type, value: result.value } : result;
    }
    case 'time': {
      const day = partial.day ? parseDay(resolve(partial.day, c).value) : deicticAnchor(c);
      const clock = `T${String(partial.hour).padStart(2, '0')}:${String(partial.minute).padStart(2, '0')}`;
      return { type: 'TIME', value: `${day ? formatDay(day) : 'XXXX-XX-XX'}${clock}` };
    }
  }
}

function quarterDate(year: number, quarter: number): Resolved {
  return date(`${formatYear(year)}-Q${quarter}`, { day: { year, month: quarter * 3 - 2, day: 1 }, precision: 'quarter' });
}

function withPart(value: string, part: string | undefined, told?: Told): Resolved {
  return part ? { type: 'TIME', value: `${value}T${part}`, ...(told ? { told } : {}) } : date(value, told);
}

function resolveCalendar(partial: Extract<PartialValue, { kind: 'calendar' }>, c: Context): Resolved {
  const { month, day } = partial;
  let year = partial.year;
  const anchorDay = c.narrative ? c.previous?.day ?? c.document : c.document;
  if (year === undefined && anchorDay && month && (partial.yearOffset !== undefined || partial.monthOffset !== undefined)) {
    year = anchorDay.year + (partial.yearOffset ?? 0);
    // "last February" is the latest February before now; "next May" the first after; "this September" this year's.
    if (partial.monthOffset === -1 && month >= anchorDay.month) year--;
    if (partial.monthOffset === 1 && month <= anchorDay.month) year++;
  }
  if (year === undefined) {
    const anchor = c.narrative ? c.previous?.day ?? c.document : c.document;
    if (!anchor) return date(`XXXX${month ? `-${String(month).padStart(2, '0')}` : ''}${day ? `-${String(day).padStart(2, '0')}` : ''}`);
    year = anchor.year;
    // A month or day without a year lies in the year-long window before a point three months after
    // the publication date ("was extended to Nov. 20" is still ahead); the future tense moves that
    // window forward, to start three months before it.
    if (!c.narrative && month) {
      const candidate = { year, month, day: day ?? 1 };
      const reference = day ? anchor : { ...anchor, day: 1 };
      const daysAhead = compareDays(candidate, reference) / DAY_MS;
      const windowStart = c.direction === 'future' ? -TENSE_MARGIN_DAYS : TENSE_MARGIN_DAYS - 365;
      if (daysAhead >= windowStart + 365) year--;
      if (daysAhead < windowStart) year++;
    }
  }
  if (!month) return date(formatYear(year), { day: { year, month: 1, day: 1 }, precision: 'year' });
  // "29 February" resolved into a year that has none is told only as far as its month.
  if (!day || !isValidDay(year, month, day)) return date(formatMonth(year, month), { day: { year, month, day: 1 }, precision: 'month' });
  const told: Told = { day: { year, month, day }, precision: 'day' };
  return withPart(formatDay(told.day), partial.part, told);
}

function shifted(anchor: Day, unit: string, offset: number): Resolved {
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
      return date(String(Math.floor((anchor.year + offset * 10) / 10)));
    case 'century':
      return date(String(Math.floor((anchor.year + offset * 100) / 100)));
    default: {
      const year = anchor.year + offset;
      return date(formatYear(year), { day: { year, month: 1, day: 1 }, precision: 'year' });
    }
  }
}

function nearestWeekday(anchor: Day, weekday: number, offset: number | undefined, direction: Direction): Day {
  const diff = weekday - weekdayOf(anchor);
  if (offset === -1) return addDays(anchor, diff < 0 ? diff : diff - 7);
  if (offset === 1) return addDays(anchor, diff > 0 ? diff : diff + 7);
  if (offset === 0) return addDays(anchor, diff);
  if (direction === 'future') return addDays(anchor, diff >= 0 ? diff : diff + 7);
  return addDays(anchor, diff <= 0 ? diff : diff - 7);
}

function seasonYear(anchor: Day, season: keyof typeof seasonIndex, offset: number | undefined, direction: Direction): number {
  const current = seasonIndex[seasonOfMonth(anchor.month)];
  const wanted = seasonIndex[season];
  // Winter belongs to the year it starts in: January 1999 is in winter 1998.
  const seasonYearNow = anchor.month <= 2 ? anchor.year - 1 : anchor.year;
  if (offset === -1) return wanted < current ? seasonYearNow : seasonYearNow - 1;
  if (offset === 1) return wanted > current ? seasonYearNow : seasonYearNow + 1;
  if (offset === 0) return seasonYearNow;
  if (direction === 'past') return wanted <= current ? seasonYearNow : seasonYearNow - 1;
  return wanted >= current ? seasonYearNow : seasonYearNow + 1;
}
