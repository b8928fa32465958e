// Two finds side by side that TimeML reads as one expression: a clock time and its day ("10 p.m.
// Wednesday", "5 p.m. EST, Nov. 9", "mid-afternoon yesterday", "5 Mar 2021 10.32 GMT"; "9am on Sunday" and "Friday at 3 p.m."
// stay two, as TimeML leaves the preposition out, but the time is on that day), and a month or season and the spoken year after it ("January
// nineteen ninety-seven", "the winter of nineteen ninety-four", "June '97"), or a relative one ("August of that year",
// "the first quarter of next year", "the autumn of next year"), and a shift and the day or week it moves ("Fifty years ago today", "Ten years ago this
// week", "50 years ago Friday"), and the period told before, a year back ("the same month last year"), and the parts of a clock duration or a prison term ("3 hours,
// 41 minutes", "3 years and 6 months"), and a part of the day and the day it is of ("the night of April 18, 1775"). And coordinated dates, which stay
// two but share the year told once, after the second: "in August and September 1914", "26 June - 4 August 1952".
import { PARTS_OF_DAY, type PartOfDay } from '../lexicon/en/calendar';
import { CARDINALS } from '../lexicon/en/numbers';
import type { PartialValue, Recognition } from './partialValue';
import { PART_OF_DAY, TIME_WORD_AFTER } from './patterns';
import { withStandIns, withStandInsOf } from '../text/oneByteText';
import { isPossessiveAt } from '../text/possessive';
import { isSpaceCode } from '../resolve/clauseWords';
import { hasParagraphBreak } from '../text/paragraphs';

const isDayLike = (partial: PartialValue) =>
  partial.kind === 'weekday' || partial.kind === 'dayShift' || (partial.kind === 'calendar' && partial.day !== undefined)
  // "at 6 p.m. on Christmas Eve", not "on Easter weekend".
  || (partial.kind === 'holiday' && !partial.weekend && !partial.week && !partial.namesEvent);
/** "in the morning", "mid-afternoon": a part of the day that has not said which day. */
const isPartOfToldDay = (partial: PartialValue): partial is Extract<PartialValue, { kind: 'dayShift' }> =>
  partial.kind === 'dayShift' && partial.anchor === 'previous' && partial.days === 0 && partial.part !== undefined;
const isDateOfDay = (partial: PartialValue) => partial.kind === 'calendar' && partial.day !== undefined;
const DATE_THEN_TIME = /^[^\S\n]+$/;
const isYearAlone = (partial: PartialValue) =>
  partial.kind === 'calendar' && partial.year !== undefined && partial.month === undefined && partial.yearOffset === undefined;
// "6/25/21" and "June '97" tell their year, by its last two digits.
const lacksYear = (partial: PartialValue) =>
  (partial.kind === 'calendar' && partial.month !== undefined && partial.year === undefined && partial.yearOfCentury === undefined && partial.yearOffset === undefined && partial.monthOffset === undefined)
  || (partial.kind === 'season' && partial.year === undefined && partial.offset === undefined);
const isPartOfYearAlone = (partial: PartialValue) =>
  ((partial.kind === 'quarter' && partial.offset === undefined) || partial.kind === 'half') && partial.year === undefined && partial.yearOffset === undefined;

/** Units a shift of "N units ago today" can count in: a day or more, so the day it lands on is a day of the calendar. */
const SHIFTS_TO_A_DAY: ReadonlySet<string> = new Set(['day', 'week', 'fortnight', 'month', 'year', 'decade', 'century']);

/**
 * "today", "tonight", "this week", "this weekend", "this month": the day (and part), week, weekend or month of the publication, which
 * "N years ago" moves back.
 */
function publicationPeriod(partial: PartialValue): { unit: 'day' | 'week' | 'weekend' | 'month'; part?: PartOfDay } | null {
  if (partial.kind === 'dayShift' && partial.days === 0 && partial.anchor === undefined) return partial.part ? { unit: 'day', part: partial.part } : { unit: 'day' };
  if (partial.kind === 'unitShift' && partial.offset === 0 && partial.anchor === 'document' && (partial.unit === 'week' || partial.unit === 'month')) return { unit: partial.unit };
  if (partial.kind === 'weekend' && partial.offset === 0 && !partial.anaphoric) return { unit: 'weekend' };
  return null;
}

/** Units of an anniversary told by its weekday ("50 years ago Friday"): "a week ago Friday" is instead the Friday before last. */
const ANNIVERSARY_UNITS: ReadonlySet<string> = new Set(['month', 'year', 'decade', 'century']);

/** "Friday" of "50 years ago Friday" (AP style for an anniversary): this week's Friday, before or after the publication date. */
function anniversaryWeekday(partial: PartialValue): { unit: 'day'; part?: PartOfDay; weekday: number } | null {
  if (partial.kind !== 'weekday' || partial.offset !== undefined || partial.nth !== undefined || partial.anchor !== undefined || partial.week !== undefined) return null;
  return partial.part ? { unit: 'day', part: partial.part, weekday: partial.weekday } : { unit: 'day', weekday: partial.weekday };
}

/** "the same month", "the same week", "the same day": the period of the last date told (or of the publication). */
function samePeriod(partial: PartialValue): 'day' | 'week' | 'month' | null {
  if (partial.kind !== 'unitShift' || partial.anchor !== 'previous' || partial.offset !== 0) return null;
  return partial.unit === 'day' || partial.unit === 'week' || partial.unit === 'month' ? partial.unit : null;
}

/** "that day", "the next day", "the day before": a day counted from the last one told. */
// (Not "the same day", which news writes apart: "had approved the measure at about 2 a.m. the same day".)
const isStoryDay = (partial: PartialValue) =>
  partial.kind === 'unitShift' && partial.unit === 'day' && partial.anchor === 'previous' && (partial.offset !== 0 || partial.distal === true);

/** "last year", "a year ago", "a year earlier": one year back. */
const isYearBack = (partial: PartialValue) =>
  (partial.kind === 'unitShift' && partial.unit === 'year' && partial.offset === -1 && partial.anchor === 'document')
  || (partial.kind === 'shiftBy' && partial.unit === 'year' && partial.amount === 1 && partial.direction === -1 && !partial.period && !partial.at);

const SPACE_ON_ONE_LINE = /^,?[^\S\n\r]+$/;
const isCapitalCode = (c: number) => c >= 65 && c <= 90;

/** The partial value of `current` and `next` read as one, or null when they stay two. */
function joined(current: PartialValue, next: PartialValue, between: string): PartialValue | null {
  // (Not across a line: a listing's time ends its line, "Wednesday, June 19: vs. Erie Falls, 7:05 p.m.", and the next line's day opens the next.)
  if (current.kind === 'time' && isDayLike(next) && SPACE_ON_ONE_LINE.test(between)) return { ...current, day: next };
  // "by 4 p.m. that day", "until noon the next day", "at 2:41 a.m. the day before": a time on the day counted from the story's.
  if (current.kind === 'time' && !current.day && isStoryDay(next) && /^\s+$/.test(between)) return { ...current, day: next };
  // "will air at 10 p.m. Thursdays", "are tested every Wednesday at noon": that time of every such weekday.
  if (current.kind === 'time' && !current.day && next.kind === 'fixed' && next.type === 'SET' && WEEKLY_DAY.test(next.value) && /^\s+$/.test(between)) {
    return { kind: 'fixed', type: 'SET', value: `${next.value}${clockOf(current)}` };
  }
  if (current.kind === 'fixed' && current.type === 'SET' && WEEKLY_DAY.test(current.value) && next.kind === 'time' && !next.day && /^\s+at\s+$/.test(between)) {
    return { kind: 'fixed', type: 'SET', value: `${current.value}${clockOf(next)}` };
  }
  // "5 Mar 2021 10.32 GMT", "2021-03-05 14:32": a time stamp, one time on that date (not across a line: a live blog's date and its entry's time).
  if (isDateOfDay(current) && next.kind === 'time' && !next.day && DATE_THEN_TIME.test(between)) return { ...next, day: current };
  // "Fifty years ago today": one date, the day fifty years before, not a year and the publication day.
  if (current.kind === 'shiftBy' && current.anchor === 'document' && current.direction === -1 && !current.period && SHIFTS_TO_A_DAY.has(current.unit) && /^\s+$/.test(between)) {
    const at = publicationPeriod(next) ?? (ANNIVERSARY_UNITS.has(current.unit) ? anniversaryWeekday(next) : null);
    if (at) return { ...current, at };
  }
  // "the same month last year", "the same week a year earlier": the month (or week, or day) the text is in, a year before.
  const period = samePeriod(current);
  if (period && isYearBack(next) && /^\s+$/.test(between)) return { kind: 'shiftBy', unit: 'year', amount: 1, direction: -1, anchor: 'previous', at: { unit: period } };
  if (isPartOfToldDay(current) && isDayLike(next) && !('part' in next && next.part) && /^\s+$/.test(between)) return { ...next, part: current.part } as PartialValue;
  // "could fall to minus 10 C overnight Sunday": that day's night.
  if (current.kind === 'overnight' && isDayLike(next) && !('part' in next && next.part) && /^\s+$/.test(between)) return { ...next, part: 'NI' } as PartialValue;
  if (lacksYear(current) && isYearAlone(next) && /^,?\s+(?:of\s+)?$/.test(between) && next.kind === 'calendar') {
    return { ...current, year: next.year! } as PartialValue;
  }
  // "August of that year", "January 24 of the same year", "October of last year", "the autumn of next year": the year told after, as a relative year.
  if ((current.kind === 'calendar' || current.kind === 'season') && lacksYear(current) && next.kind === 'unitShift' && next.unit === 'year' && /^,?\s+of\s+$/.test(between)) {
    // "that year" and "the same year" are the year of the last date told.
    if (next.anchor === 'previous') return next.offset === 0 ? { ...current, yearTold: true } : null;
    return { ...current, yearOffset: next.offset };
  }
  // "the first quarter of next year", "the second half of the year": that year's part, one expression.
  if (isPartOfYearAlone(current) && next.kind === 'unitShift' && next.unit === 'year' && /^\s+of\s+$/.test(between)) {
    if (next.anchor === 'previous') return next.offset === 0 ? current : null;
    return { ...current, yearOffset: next.offset } as PartialValue;
  }
  if (current.kind === 'calendar' && lacksYear(current) && next.kind === 'calendar' && next.yearOfCentury !== undefined && /^\s+$/.test(between)) {
    return { ...current, yearOfCentury: next.yearOfCentury };
  }
  // "the summer of '68", "spring '99": the season of a year told by its last two digits.
  if (current.kind === 'season' && lacksYear(current) && next.kind === 'calendar' && next.yearOfCentury !== undefined && next.month === undefined && /^\s+(?:of\s+)?$/.test(between)) {
    return { ...current, yearOfCentury: next.yearOfCentury };
  }
  return null;
}

// "at 11 a.m. on", "At 5:34 AM Baghdad time on": the clock's zone may be named by its place; "at 10 a.m. in Brussels on", "at 6 a.m.
// at his home on", "at 9:30 a.m. as usual on": where it was, or a short aside, may stand between; "at 9:20 p.m. on the Fourth of July".
const TIME_ON_DAY = /^,?\s+(?:\p{Lu}\p{L}*\s+time,?\s+|as\s+usual,?\s+|(?:in|at|near|outside|inside)\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:\p{L}+\s+){0,2}\p{L}+,?\s+)?[Oo][Nn]\s+(?:the\s+)?$/u;
const BRACKET_OPENS = /^\s*\(\s*$/;
const BRACKET_CLOSES_BEFORE_DAY = /^\s*\)\s*,?\s+(?:[Oo][Nn]\s+)?$/;

// Between the parts of a clock or calendar duration: "3 hours, 41 minutes", "2 hours 41 minutes", "3 years and 6 months".
const CLOCK_PARTS_BETWEEN = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+)$/i;
/**
 * Whether text[from, to) holds nothing but spaces, commas and the letters of "and", as CLOCK_PARTS_BETWEEN needs: told by
 * codes first, as nearly every gap between two finds has another letter within a few characters.
 */
function mayJoinParts(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const letter = c | 0x20;
    if (c !== 44 && letter !== 97 && letter !== 110 && letter !== 100 && !isSpaceCode(c)) return false;
  }
  return true;
}
const CLOCK_DURATION = /^PT(?:\d+[HMS])+$/;
const CLOCK_PART = /^PT\d+([HMS])$/;
const CLOCK_UNITS = 'HMS';
// And of a calendar duration, as court reports give a prison term: "3 years and 6 months", "4 years 6 months".
const CALENDAR_DURATION = /^P(?:\d+[YMD])+$/;
const CALENDAR_PART = /^P\d+([YMD])$/;
const CALENDAR_UNITS = 'YMD';
const CALENDAR_PARTS_BETWEEN = /^(?:\s+and\s+|\s+)$/i;
const COUNT_OPENS = new RegExp(`^(?:\\d|(?:${Object.keys(CARDINALS).filter((w) => !/^an?$/.test(w)).join('|')})(?![\\p{L}]))`, 'iu');

/**
 * "PT3H" then "PT41M", "P3Y" then "P6M": the duration both tell together ("PT3H41M", "P3Y6M"), when the second is in whole units
 * smaller than the first's last.
 */
function durationOfParts(first: PartialValue, second: PartialValue): string | null {
  if (first.kind !== 'fixed' || second.kind !== 'fixed' || first.type !== 'DURATION' || second.type !== 'DURATION') return null;
  const clock = CLOCK_DURATION.test(first.value);
  if (!clock && !CALENDAR_DURATION.test(first.value)) return null;
  const [part, units, prefix] = clock ? [CLOCK_PART, CLOCK_UNITS, 2] : [CALENDAR_PART, CALENDAR_UNITS, 1];
  const unit = part.exec(second.value)?.[1];
  return unit && units.indexOf(unit) > units.indexOf(first.value.at(-1)!) ? first.value + second.value.slice(prefix) : null;
}
// ("Saturday from 5 p.m. to 9 p.m.": from too.)
const DAY_AT_TIME = /^,?\s+(?:at|from)\s+$/i;
// (Finds on either side of a blank line are in two paragraphs, and never one expression or a time and its day.)
const isDayAtTime = (between: string) => DAY_AT_TIME.test(between) && !hasParagraphBreak(between);

export function joinNeighbours(text: string, recognitions: readonly Recognition[]): Recognition[] {
  const result: Recognition[] = [];
  for (let i = 0; i < recognitions.length; i++) {
    let current = recognitions[i]!;
    // "3 hours, 41 minutes", "2 hours, 41 minutes and 30 seconds", "3 years and 6 months": one duration, told from the larger unit down.
    for (let part = recognitions[i + 1]; part && mayJoinParts(text, current.end, part.start) && CLOCK_PARTS_BETWEEN.test(text.slice(current.end, part.start)); part = recognitions[i + 1]) {
      const value = durationOfParts(current.partial, part.partial);
      if (!value) break;
      // A prison term's parts are counts alone, side by side or with "and": not a list ("three months, 24 hours"), nor "the past three years".
      if (!value.startsWith('PT') && !(COUNT_OPENS.test(text.slice(current.start, current.end)) && COUNT_OPENS.test(text.slice(part.start, part.end))
        && CALENDAR_PARTS_BETWEEN.test(text.slice(current.end, part.start)))) break;
      // A clock's smaller part is a count too: "will run three hours, half an hour longer than last year" tells two amounts.
      if (value.startsWith('PT') && !COUNT_OPENS.test(text.slice(part.start, part.end))) break;
      current = { start: current.start, end: part.end, partial: { kind: 'fixed', type: 'DURATION', value } };
      i++;
    }
    const next = recognitions[i + 1];
    // ("taking the main stage at 9:30 p.m. Saturday's lineup starts at noon": a time whose full stop may end its sentence is no time of a
    // day named in the possessive after it, the next sentence's subject.)
    // ("at 9 p.m. The next day, he is to fly to Illinois": nor of a day counted from the story's that opens the next sentence, capitalised.)
    const sentenceBetween = next !== undefined && current.partial.kind === 'time' && text.charCodeAt(current.end - 1) === 46
      && (isPossessiveAt(text, next.end) || (isCapitalCode(text.charCodeAt(next.start)) && (isStoryDay(next.partial) || next.partial.kind === 'dayShift')));
    // ("a concert at 7 p.m.⏎⏎Saturday begins with a 5K run": nor is a find past a blank line, the next paragraph's.)
    const between = next === undefined ? '' : text.slice(current.end, next.start);
    const parted = hasParagraphBreak(between);
    const partial = next && !sentenceBetween && !parted ? joined(current.partial, next.partial, between) : null;
    if (next && partial) {
      result.push({ start: current.start, end: next.end, partial });
      i++;
      continue;
    }
    // "at 11 a.m. on 11 November 1918": two expressions, as TimeML leaves the preposition out, and the time is on that day.
    if (next && !parted && current.partial.kind === 'time' && isDayLike(next.partial) && TIME_ON_DAY.test(between)) {
      result.push({ ...current, partial: { ...current.partial, day: next.partial } });
      continue;
    }
    // "at 7 a.m. (0500 GMT) on Thursday": the time, and the same time in another zone in brackets, are both on that day.
    const after = recognitions[i + 2];
    if (next && after && current.partial.kind === 'time' && next.partial.kind === 'time' && isDayLike(after.partial)
      && BRACKET_OPENS.test(text.slice(current.end, next.start)) && BRACKET_CLOSES_BEFORE_DAY.test(text.slice(next.end, after.start))) {
      // ("at 8 p.m. (0100 GMT Wednesday) on Tuesday": the bracketed time keeps a day of its own.)
      result.push({ ...current, partial: { ...current.partial, day: after.partial } }, { ...next, partial: { ...next.partial, day: next.partial.day ?? after.partial } });
      i++;
      continue;
    }
    // "March 5, 2021 at 2:32 p.m.", "Friday at 3 p.m.": two expressions likewise, the time on the day before it.
    const before = result[result.length - 1];
    if (before && current.partial.kind === 'time' && !current.partial.day && isDayLike(before.partial) && isDayAtTime(text.slice(before.end, current.start))) {
      result.push({ ...current, partial: { ...current.partial, day: before.partial } });
      continue;
    }
    const partOfDay = partOfDayBefore(text, current);
    if (partOfDay && !(before && before.end > partOfDay.start)) {
      result.push(partOfDay);
      continue;
    }
    const counted = countedFromDay(text, current);
    if (counted) {
      // "The day after the vote" is "the day" alone; before a day told, "the day" is part of the day counted from it.
      if (before && before.start >= counted.start && before.end <= current.start) result.pop();
      else if (before && before.end > counted.start) {
        result.push(current);
        continue;
      }
      result.push(counted);
      continue;
    }
    result.push(current);
  }
  return result;
}

// "the day before last Tuesday's hearing", "the day after Christmas", "the week before Easter".
const UNIT_FROM_DAY_BEFORE = /(?<![\p{L}\p{N}])(?:the\s+)?(?<unit>day|week)\s+(?<direction>before|after)\s+$/iu;
/** How far before a day "the week before " may begin, with room for wider spaces. */
const UNIT_FROM_DAY_REACH = 24;

/** A day or week counted from the day told right after it, as one expression: "the day after Christmas" (null: not so). */
function countedFromDay(text: string, current: Recognition): Recognition | null {
  // Most days follow no "before " or "after ": read the letter before the space first.
  const last = text.charCodeAt(current.start - 2) | 32;
  if ((last !== 101 && last !== 114) || (!isDayLike(current.partial) && current.partial.kind !== 'holiday')) return null;
  const words = UNIT_FROM_DAY_BEFORE.exec(text.slice(Math.max(0, current.start - UNIT_FROM_DAY_REACH), current.start));
  if (!words) return null;
  const { unit, direction } = words.groups!;
  return {
    start: current.start - words[0].length,
    end: current.end,
    partial: { kind: 'shiftBy', unit: unit!.toLowerCase() as 'day' | 'week', amount: 1, direction: direction!.toLowerCase() === 'before' ? -1 : 1, anchor: 'document', from: { day: current.partial } },
  };
}

// "the night of August 9", "the early morning hours of 1 November", "early in the morning of 29 April": that part of that day.
const PART_OF_DAY_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(?:(?:early|late)\\s+in\\s+)?the\\s+(?:(?:early|late)\\s+)?(?:(?<p>${PART_OF_DAY})(?:\\s+hours)?|(?<morningHours>small|wee|early)\\s+hours)\\s+of\\s+$`, 'iu');
/** How far before a day "early in the morning of " may begin. */
const PART_OF_DAY_REACH = 48;
/** Days a part of the day can be told of: a weekday, a dated day, a holiday ("the evening of Easter Monday"; "Christmas night" is its own). */
const takesPartOfDay = (partial: PartialValue) =>
  (partial.kind === 'weekday' && !partial.part) || (partial.kind === 'calendar' && partial.day !== undefined && !partial.part)
  || (partial.kind === 'holiday' && !partial.part && !partial.weekend && !partial.week);

/** A day told after "the night of " and the like, as one expression with its part of the day (null: not so). */
function partOfDayBefore(text: string, current: Recognition): Recognition | null {
  // Most days follow no "of ": read the letter before the space first.
  if ((text.charCodeAt(current.start - 2) | 32) !== 102 || !takesPartOfDay(current.partial)) return null;
  const words = PART_OF_DAY_BEFORE.exec(text.slice(Math.max(0, current.start - PART_OF_DAY_REACH), current.start));
  if (!words) return null;
  const { p, morningHours } = words.groups!;
  // "the small hours of Sunday", "the early hours of Sunday" are its first hours, of the night before in TimeML's reckoning of parts.
  const part = morningHours ? 'NI' : (PARTS_OF_DAY as Record<string, PartOfDay>)[p!.toLowerCase()]!;
  return { start: current.start - words[0].length, end: current.end, partial: { ...current.partial, part } as PartialValue };
}

// "this year and next", "this month or next": the unit the second word leaves out, unless it names one of its own ("next year")
// or is no time ("next to").
const ELLIPTIC_NEXT_OR_LAST = new RegExp(withStandIns(`^\\s+(?:and|or)\\s+(?<rel>next|last)(?![\\p{L}\\p{N}'’-])(?!${TIME_WORD_AFTER}|\\s+to(?![\\p{L}]))`), 'iu');
const ELLIPTIC_UNITS: ReadonlySet<string> = new Set(['week', 'month', 'quarter', 'year']);

/** "growth of 2% this year and next": the bare "next" is a period too, the current one's unit after it. */
export function ellipticPeriods(text: string, recognitions: readonly Recognition[]): Recognition[] {
  const result: Recognition[] = [];
  recognitions.forEach((current, i) => {
    result.push(current);
    const { partial } = current;
    if (partial.kind !== 'unitShift' || partial.anchor !== 'document' || !ELLIPTIC_UNITS.has(partial.unit)) return;
    const next = ELLIPTIC_NEXT_OR_LAST.exec(text.slice(current.end, current.end + 16));
    if (!next) return;
    const end = current.end + next[0].length;
    if (recognitions[i + 1] && recognitions[i + 1]!.start < end) return;
    // "last year and next": next year, counted from now as the first is.
    const offset = next.groups!.rel!.toLowerCase() === 'next' ? 1 : -1;
    result.push({ start: end - next.groups!.rel!.length, end, partial: { kind: 'unitShift', unit: partial.unit, offset, anchor: 'document' } });
  });
  return result;
}

// ("in the quarter, which ends Saturday", "the week that ended Friday": or a relative clause of its end.)
const ENDED = /^(?:\s+|,?\s+(?:which|that)\s+)(?:ended|ending|ends|end)\s+(?:on\s+)?$/;
const ENDED_OR_TO = /^(?:\s+(?:ended|ending|to)|,?\s+(?:which|that)\s+(?:ended|ends|end))\s+(?:on\s+)?$/;
/** "March" of "the quarter to March", as British news tells a quarter by the month it ends in. */
const isMonthAlone = (partial: PartialValue) => partial.kind === 'calendar' && partial.month !== undefined && partial.day === undefined;

/** The unit of "the quarter", "the week" or "the month" told alone, which "ended June 30" after it may place. */
function reportingUnit(partial: PartialValue): 'week' | 'month' | 'quarter' | null {
  if (partial.kind === 'reportedQuarter') return 'quarter';
  const unit = partial.kind === 'unitShift' ? publicationPeriod(partial)?.unit : undefined;
  return unit === 'week' || unit === 'month' ? unit : null;
}

/**
 * "the quarter ended June 30", "the week ending Nov. 4", "the week ended Friday", "the quarter to March": the period is the one
 * that holds the day (or ends in the month) told after it (both stay expressions, as TimeML draws them), not the one the
 * publication date suggests.
 */
export function periodsToTheirEnd(text: string, recognitions: readonly Recognition[]): Recognition[] {
  return recognitions.map((current, i) => {
    const unit = reportingUnit(current.partial);
    const next = recognitions[i + 1];
    if (!unit || !next || !(isDayLike(next.partial) || (unit === 'quarter' && isMonthAlone(next.partial)))) return current;
    if (!(unit === 'quarter' ? ENDED_OR_TO : ENDED).test(text.slice(current.end, next.start))) return current;
    return { ...current, partial: { kind: 'periodEnding', unit, end: next.partial } };
  });
}

type TimePartial = Extract<PartialValue, { kind: 'time' }>;
/** Whether a range from the first clock time to the second ends earlier in the day than it starts. */
const endsNextDay = (from: TimePartial, to: TimePartial) => to.hour * 60 + to.minute < from.hour * 60 + from.minute && !to.meridiemUntold;
const BETWEEN_BEFORE = /(?<![\p{L}])between\s+$/iu;
const BETWEEN_AND = /^\s+and\s+$/i;
/** "to", "until" or a dash between two times or days, or "and" after "between" before the first. */
function isRangeBetween(text: string, fromStart: number, between: string): boolean {
  return RANGE_TO.test(between) || (BETWEEN_AND.test(between) && BETWEEN_BEFORE.test(text.slice(Math.max(0, fromStart - 9), fromStart)));
}

const DAY_LIST = /^\s*(?:,|,?\s*(?:and|or))\s*$/;
// (With the end's "about" read before it is widened over: "from 10 a.m. until about 5 p.m. tomorrow".)
const COORDINATION = withStandInsOf(/^\s*(?:and|or|to|until|till|through|-|–|—|\/)\s*(?:(?:about|around|approximately|roughly)\s+)?$/);
/** How many days past the week's end a list of weekdays may run on ("Saturday, Sunday and Monday"). */
const LIST_WRAP_DAYS = 3;
/** A clock time as TimeML appends it to a day: "T22:00". */
const clockOf = (time: Extract<PartialValue, { kind: 'time' }>) => `T${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`;
/** A weekday, every week: "XXXX-WXX-4" ("Thursdays"). */
const WEEKLY_DAY = /^XXXX-WXX-\d$/;
/** A weekday's part of the day, every week: "XXXX-WXX-2TNI" ("Tuesday nights"). */
const WEEKLY_PART = /^XXXX-WXX-\d(T[A-Z]{2})$/;
// "Offensive of", "campaign of": the one word naming an event between a season and its year.
const EVENT_OF = /^[^\S\n]+\p{L}+[^\S\n]+of[^\S\n]+$/u;
const RANGE_TO = withStandInsOf(/^\s*(?:to|until|till|through|-|–|—)\s*$/);
// "the spring and early summer of 1943", "January and late February 1942": the second date's modifier is not yet part of it here.
const COORDINATION_BEFORE_MODIFIER = withStandInsOf(/^\s*(?:and|or|to|until|till|through|into|-|–|—|\/)\s*(?:(?:early|late|mid)[\s-]+)?$/i);
const YEAR_CLOSED_BEFORE_COORDINATION = /^,\s*(?:and|to|until|till|through)\s+(?:(?:early|late|mid)[\s-]+)?$/i;
// "from mid-May to late September": likewise between a range's start and its end.
const RANGE_TO_BEFORE_MODIFIER = withStandInsOf(/^\s*(?:to|until|till|through|-|–|—)\s*(?:(?:early|late|mid)[\s-]+)?$/i);

/** The weekday a find names, alone or as the day of its clock time ("6 a.m. Tuesday"). */
const weekdayIn = (partial: PartialValue | undefined): Extract<PartialValue, { kind: 'weekday' }> | undefined =>
  partial?.kind === 'weekday' ? partial : partial?.kind === 'time' && partial.day?.kind === 'weekday' ? partial.day : undefined;

/** How far after a season a date may stand and still be read in its clause: "offensive against southern Russia in". */
const SAME_CLAUSE_REACH = 60;
const CLAUSE_BREAK = /[.;,:()\n]/;
// "the warmest winter since 1880", "a wetter summer than in 2012": a year the season is measured against, not its own.
const COMPARED_WITH = /(?<![\p{L}])(?:since|than)(?![\p{L}])/iu;
// "would begin demolition in the spring and hoped to sell the first houses by the end of 2002": a verb of its own ("to sell",
// "should grow"), or a deadline ("by late 2014", "by the end of 2014", its modifier not yet read into it here), has a time of its own.
const OTHER_TIME_BETWEEN = /(?<![\p{L}])(?:(?:to|will|would|should|could|can|may|might|must)\s+\p{Ll}+\s|(?:by|until|till|before|after)\s+(?:(?:early|late|mid)[\s-]+|the\s+(?:end|start|beginning|middle)\s+of\s+)?$)/u;

/** The year a season told without one shares with the find after it (undefined: none). */
function seasonYearAfter(following: PartialValue | undefined, between: string): number | undefined {
  // "the spring and early summer of 1943", "the fall and winter of 1775".
  if (following?.kind === 'season' && COORDINATION_BEFORE_MODIFIER.test(between)) return following.year;
  // "the German Spring Offensive of 1918", "the summer campaign of 1862": the season of the year its event is named with.
  if (following?.kind === 'calendar' && isYearAlone(following) && EVENT_OF.test(between)) return following.year;
  // "their main summer offensive against southern Russia in June 1942": a date with its year later in the season's own clause.
  if (following?.kind === 'calendar' && following.year !== undefined && between.length <= SAME_CLAUSE_REACH && !CLAUSE_BREAK.test(between) && !COMPARED_WITH.test(between)
    && !OTHER_TIME_BETWEEN.test(between)) return following.year;
  return undefined;
}

// ", a " between a day and its weekday: "July 18, a Thursday".
const A_BEFORE_WEEKDAY = /^\s*,\s+an?\s+$/i;
// A comma, a dash or an opening bracket between a date and what restates it.
const APPOSITION = withStandInsOf(/^\s*(?:,|—|–|--|\(|-)\s*$/);

/**
 * Gives a month or day told without a year the year of the coordinated date after it, written or told
 * before; the second of two, when it tells none, lies on or after the first ("from 21 May to 6 June").
 */
export function shareYears(text: string, recognitions: readonly Recognition[]): Recognition[] {
  return recognitions.map((current, i) => {
    const before = recognitions[i - 1];
    // "from Monday to Saturday": the second weekday lies on or after the first (not so "Friday and Thursday"); so with clock times
    // on them, "from 6 a.m. Tuesday until 6 a.m. Wednesday", "from midnight Sunday until Monday afternoon".
    const weekday = weekdayIn(current.partial);
    // ("between Thursday and Monday" too.)
    if (weekday && weekdayIn(before?.partial) && weekday.offset === undefined && isRangeBetween(text, before!.start, text.slice(before!.end, current.start))) {
      const after = { ...weekday, afterCoordinated: true as const };
      return { ...current, partial: current.partial.kind === 'time' ? { ...current.partial, day: after } : after };
    }
    // "between today and Monday", "from tonight until Sunday": a range that starts today ends on a day still to come.
    if (weekday && current.partial.kind === 'weekday' && weekday.offset === undefined && before?.partial.kind === 'dayShift' && before.partial.days === 0
      && before.partial.anchor === undefined && isRangeBetween(text, before.start, text.slice(before.end, current.start))) {
      return { ...current, partial: { ...weekday, ahead: true } };
    }
    // "between Thursday and Monday": the start of a range knows where it runs to (not "from Monday to Saturday", whose start is ahead).
    const next = recognitions[i + 1];
    const nextWeekday = weekdayIn(next?.partial);
    if (weekday && current.partial.kind === 'weekday' && weekday.offset === undefined && nextWeekday && nextWeekday.offset === undefined
      && BETWEEN_AND.test(text.slice(current.end, next!.start)) && BETWEEN_BEFORE.test(text.slice(Math.max(0, current.start - 9), current.start))) {
      return { ...current, partial: { ...weekday, rangeTo: nextWeekday.weekday } };
    }
    // "Tuesday and Wednesday", "Monday, Wednesday and Friday": a later day of the week listed after another.
    // ("Saturday, Sunday and Monday": a list runs on past the week's end, a day or three.)
    const listedBefore = weekdayIn(before?.partial)?.weekday;
    if (weekday && current.partial.kind === 'weekday' && weekday.offset === undefined && listedBefore !== undefined
      && (weekday.weekday > listedBefore || (weekday.weekday - listedBefore + 7) % 7 <= LIST_WRAP_DAYS) && DAY_LIST.test(text.slice(before!.end, current.start))) {
      return { ...current, partial: { ...weekday, listedAfter: true } };
    }
    // "broken into between 1:30 and 4 p.m.": a start told without a.m. or p.m. is after noon when the end after noon is later that way.
    if (current.partial.kind === 'time' && current.partial.meridiemUntold && current.partial.hour < 12 && next?.partial.kind === 'time' && !next.partial.meridiemUntold
      && next.partial.hour >= 12 && current.partial.hour + 12 <= next.partial.hour && COORDINATION.test(text.slice(current.end, next.start))
      && isRangeBetween(text, current.start, text.slice(current.end, next.start))) {
      const { meridiemUntold: _, ...told } = current.partial;
      return { ...current, partial: { ...told, hour: current.partial.hour + 12, ...(next.partial.day && !current.partial.day ? { day: next.partial.day } : {}) } };
    }
    // "from 7am to 10pm on Thursday": both times on the day told after the second; "between 10 p.m. and 6 a.m. Saturday": a range that
    // ends before it starts in the day starts the day before.
    if (current.partial.kind === 'time' && !current.partial.day && next?.partial.kind === 'time' && next.partial.day && COORDINATION.test(text.slice(current.end, next.start))) {
      // (Midnight opening it is the start of that day: "between midnight and 6 a.m. Saturday".)
      const previousDay = endsNextDay(current.partial, next.partial) && isRangeBetween(text, current.start, text.slice(current.end, next.start));
      const startOfDay = previousDay && current.partial.hour === 24 ? { hour: 0 } : previousDay ? { previousDay: true as const } : {};
      return { ...current, partial: { ...current.partial, day: next.partial.day, ...startOfDay } };
    }
    // "from 10 p.m. to 5 a.m.", "between 11 p.m. and 6 a.m.": a range of clock times that ends before it starts ends on the next day;
    // "Saturday from 5 p.m. to 9 p.m.": the end is on the start's day.
    if (current.partial.kind === 'time' && !current.partial.day && before?.partial.kind === 'time' && isRangeBetween(text, before.start, text.slice(before.end, current.start))) {
      const nextDay = endsNextDay(before.partial, current.partial);
      if (nextDay || before.partial.day) return { ...current, partial: { ...current.partial, ...(nextDay ? { nextDay: true as const } : {}), ...(before.partial.day ? { day: before.partial.day } : {}) } };
    }
    const following = next?.partial;
    // "on Monday and Tuesday nights": the first weekday shares the plural of the set after it, and its part of the day.
    const weeklyPart = following?.kind === 'fixed' && following.type === 'SET' ? WEEKLY_PART.exec(following.value)?.[1] : undefined;
    if (weeklyPart && current.partial.kind === 'weekday' && current.partial.offset === undefined && !current.partial.part && /^\s+(?:and|or)\s+$/.test(text.slice(current.end, next!.start))) {
      return { ...current, partial: { kind: 'fixed', type: 'SET', value: `XXXX-WXX-${current.partial.weekday}${weeklyPart}` } };
    }
    // "the Easter Rising of 1916", "the Christmas Offensive of 1935": the holiday of the year its event is named with.
    if (current.partial.kind === 'holiday' && current.partial.namesEvent && current.partial.year === undefined && following && isYearAlone(following)
      && following.kind === 'calendar' && EVENT_OF.test(text.slice(current.end, next!.start))) {
      return { ...current, partial: { ...current.partial, year: following.year! } };
    }
    // "since Friday afternoon, Aug. 29, 2003": a part of a weekday in apposition to the day it names (the weekday and the day alone
    // are one expression, "Friday, Aug. 29, 2003").
    const dayAfter = next?.partial;
    if (current.partial.kind === 'weekday' && current.partial.part && current.partial.offset === undefined && dayAfter?.kind === 'calendar' && dayAfter.day !== undefined
      && dayAfter.month !== undefined && (dayAfter.weekday === undefined || dayAfter.weekday === current.partial.weekday) && APPOSITION.test(text.slice(current.end, next!.start))) {
      return { ...current, partial: { kind: 'calendar', year: dayAfter.year, month: dayAfter.month, day: dayAfter.day, weekday: current.partial.weekday, part: current.partial.part } };
    }
    // "on May 22, 2011, a Sunday,", "on July 18, a Thursday,": a weekday in apposition to the day before it is that day.
    const dayNamed = before?.partial;
    if (current.partial.kind === 'weekday' && current.partial.offset === undefined && !current.partial.part && dayNamed?.kind === 'calendar' && dayNamed.day !== undefined
      && dayNamed.month !== undefined && A_BEFORE_WEEKDAY.test(text.slice(before!.end, current.start))) {
      return { ...current, partial: { ...dayNamed, weekday: current.partial.weekday } };
    }
    // "April 8, 2012 — Easter Sunday —", "July 4, 2010, Independence Day": a holiday in apposition to a day of a year written.
    const dayBefore = before?.partial.kind === 'time' ? before.partial.day : before?.partial;
    if (current.partial.kind === 'holiday' && current.partial.year === undefined && dayBefore?.kind === 'calendar' && dayBefore.year !== undefined
      && dayBefore.day !== undefined && APPOSITION.test(text.slice(before!.end, current.start))) {
      return { ...current, partial: { ...current.partial, year: dayBefore.year } };
    }
    // "between Thanksgiving and Christmas this year", "Easter last year": a holiday of the year told right after it.
    if (current.partial.kind === 'holiday' && current.partial.year === undefined && current.partial.offset === undefined && !current.partial.yearTold
      && following?.kind === 'unitShift' && following.unit === 'year' && following.anchor === 'document' && /^\s+$/.test(text.slice(current.end, next!.start))) {
      return { ...current, partial: { ...current.partial, yearOffset: following.offset } };
    }
    // "between Thanksgiving and New Year's Day", "from Christmas to New Year's": a holiday that opens a span, which may have begun.
    if (current.partial.kind === 'holiday' && current.partial.year === undefined && current.partial.offset === undefined && (following?.kind === 'holiday' || following?.kind === 'calendar')
      && (RANGE_TO_BEFORE_MODIFIER.test(text.slice(current.end, next!.start)) || (BETWEEN_AND.test(text.slice(current.end, next!.start)) && BETWEEN_BEFORE.test(text.slice(Math.max(0, current.start - 8), current.start))))) {
      return { ...current, partial: { ...current.partial, opensSpan: true } };
    }
    if (!lacksYear(current.partial)) return current;
    // "the spring and early summer of 1943", "the fall and winter of 1775": a season shares the year written with the season after it.
    if (current.partial.kind === 'season') {
      const year = seasonYearAfter(following, next ? text.slice(current.end, next.start) : '');
      return year === undefined ? current : { ...current, partial: { ...current.partial, year } };
    }
    if (current.partial.kind !== 'calendar') return current;
    if (following?.kind === 'calendar' && following.month !== undefined && (following.year !== undefined || following.yearTold) && COORDINATION_BEFORE_MODIFIER.test(text.slice(current.end, next!.start))) {
      // "in May and June of that year": both of the year told before. ("from Dec. 21 through April 12, 2014": a span that runs into the
      // year written starts in the year before it.)
      if (following.year === undefined) return { ...current, partial: { ...current.partial, yearTold: true } };
      const { month, day } = current.partial;
      const earlierYear = month !== undefined && (month > following.month || (month === following.month && (day ?? 1) > (following.day ?? 1)));
      return { ...current, partial: { ...current.partial, year: following.year - (earlierYear ? 1 : 0) } };
    }
    // ("between Oct. 1, 2012, and Sept. 30": the comma that closes a year written ends no coordination.)
    if (before?.partial.kind === 'calendar' && before.partial.month !== undefined && (COORDINATION_BEFORE_MODIFIER.test(text.slice(before.end, current.start))
      || (before.partial.year !== undefined && YEAR_CLOSED_BEFORE_COORDINATION.test(text.slice(before.end, current.start))))) {
      // "from December 2012 through March": after a month with its year written, the year it runs into, whatever was told before it.
      const { year, month, day } = before.partial;
      if (year !== undefined && current.partial.month !== undefined) {
        const later = current.partial.month < month || (current.partial.month === month && (current.partial.day ?? 1) < (day ?? 1));
        return { ...current, partial: { ...current.partial, year: year + (later ? 1 : 0) } };
      }
      return { ...current, partial: { ...current.partial, afterCoordinated: true } };
    }
    if (following?.kind === 'calendar' && following.month !== undefined && current.partial.month !== undefined && RANGE_TO_BEFORE_MODIFIER.test(text.slice(current.end, next!.start))) {
      return { ...current, partial: { ...current.partial, opensSpan: true } };
    }
    return current;
  });
}
