// Calendar dates as the text gives them ("15 November", "July 2021", "last February"), with the
// year filled in from the publication date, the tense of the sentence, or the last date told.
import type { PartialValue } from '../recognise/partialValue';
import type { HolidayRule } from '../lexicon/en/holidays';
import { DAY_MS, addDays, compareDays, easterSunday, orthodoxEasterSunday, formatDay, formatMonth, formatWeek, formatYear, isValidDay, nthWeekday, weekdayOf, type Day } from './calendarMath';
import { dayOfOtherCalendar, hasCalendar } from './otherCalendars';
import { date, deicticAnchor, withPart, type Context, type Resolved, type Told } from './resolved';

const TENSE_MARGIN_DAYS = 92;
const HALF_YEAR_DAYS = 182;
// A future told from now ("is due to start on 12 January") reaches back only this far: an article
// written some days before it was published.
const FUTURE_SLACK_DAYS = 14;
/** How long before the publication a span told with "will" may have begun ("will deliver 400 million packages between Thanksgiving and New Year's Day", told in December). */
const SPAN_BEGUN_LATELY_DAYS = 31;
/** How far ahead of the publication a day told in the past is still of its year: three weeks. */
const SOON_AHEAD_DAYS = 21;
// How far, in characters (about four sentences), a story told in an earlier year carries on without a date.
const FLASHBACK_REACH = 600;
// How many days before the day a flashback told a day without its year may lie and still be in the flashback's year: a week.
const DAYS_JUST_BEFORE_TOLD = 7;
const NEAR_CUE_WORDS = 3;
/** The most characters between a year told and a month in it: ", during ". */
const IN_TOLD_PERIOD_REACH = 10;
/** The last month a narrative's December turns into the new year for: January and February. */
const NEW_YEAR_LAST_MONTH = 2;

export function resolveCalendar(partial: Extract<PartialValue, { kind: 'calendar' }>, c: Context): Resolved {
  const { month, day } = partial;
  const anchorDay = c.narrative || partial.fromStory ? c.previous?.day ?? c.document : c.document;
  let year = partial.yearOfCentury === undefined || !anchorDay ? partial.year : yearOfCentury(partial.yearOfCentury, anchorDay);
  if (partial.yearOfCentury !== undefined && year === undefined) {
    // "'95" → XX95, "June '97" → XX97-06, "6/25/21" → XX21-06-25.
    const [mm, dd] = [month, month && day].map((n) => (n ? `-${String(n).padStart(2, '0')}` : ''));
    return date(`XX${String(partial.yearOfCentury).padStart(2, '0')}${mm}${dd}`);
  }
  if (year === undefined && anchorDay && month && (partial.yearOffset !== undefined || partial.monthOffset !== undefined)) {
    year = anchorDay.year + (partial.yearOffset ?? 0);
    // "last February" is the latest February before now; "the coming May" the first after; "this September" this year's (and "next
    // May" next year's, read as "May next year").
    // "In 1918 … the following March": after a year told alone, the next year's.
    const wholeYear = partial.fromStory && c.previous?.precision === 'year';
    // "crashed last February", written on March 1: the month just gone would be "last month", so a month named so lies a year back.
    const monthJustGone = month === (anchorDay.month === 1 ? 12 : anchorDay.month - 1) && day === undefined;
    if (partial.monthOffset === -1 && (wholeYear || month >= anchorDay.month || monthJustGone)) year--;
    if (partial.monthOffset === 1 && (wholeYear || month <= anchorDay.month)) year++;
  }
  // "June of that year"; "In 2021, on May 23"; "2020" heading a chronology, then "August 9 — …".
  if (year === undefined && partial.yearTold && c.previous) year = c.previous.day.year;
  // "Last March was one of the warmest, with temperatures reaching 23C on 27 March": a day of the month just told is in it.
  if (year === undefined && month && day && isInMonthTold(c, month)) year = c.previous!.day.year;
  // "from 21 May to 6 June" in news: the end follows the start, whichever way the words around each point.
  // (A narrative gives both the story's year already; "from October to March" there may start the year before.)
  if (year === undefined && month && partial.afterCoordinated && !c.narrative && c.previous && c.previous.precision !== 'year') {
    const { day: told } = c.previous;
    year = told.year + (month < told.month || (month === told.month && (day ?? 1) < told.day) ? 1 : 0);
  }
  if (year === undefined && month && c.frameYear !== undefined) year = c.frameYear;
  // "The monsoon usually lasts from June to September": a month of every year.
  if (year === undefined && month && day === undefined && !c.narrative && c.document && c.habitual) return date(`XXXX-${String(month).padStart(2, '0')}`);
  // "The bank cut rates twice last year, in June and July": a month told right after a year, inside it.
  if (year === undefined && month && c.previous?.precision === 'year' && c.sinceTold <= IN_TOLD_PERIOD_REACH && c.inToldPeriod) year = c.previous.day.year;
  // "has been hurt this year by … its acquisition of Brannock's in January": a month of no clear tense in the sentence of a year told is in it.
  if (year === undefined && month && c.previous?.precision === 'year' && c.previous.day.year === c.document?.year && c.direction === 'unknown' && c.inSentenceOfTold) year = c.previous.day.year;
  // "the heaviest snowfall since 2011, when a storm closed schools on Jan. 26": a day of the "when" clause of a year told (or of a
  // month told with its year: "since July 2006, when … a reading of 36.5C on 19 July").
  if (year === undefined && month && (c.previous?.precision === 'year' || (c.previous?.precision === 'month' && c.previous.yearWritten)) && c.inWhenClauseOfTold) {
    year = c.previous.day.year;
  }
  // Whether the date goes on with an earlier year's story told just before, as a day of it would ("By late March" after "Feb. 12, 1968").
  const story = year === undefined && (c.narrative || (month !== undefined && inFlashback(c, month, day)));
  if (year === undefined) {
    const anchor = story ? c.previous?.day ?? c.document : c.document;
    if (!anchor) return date(`XXXX${month ? `-${String(month).padStart(2, '0')}` : ''}${day ? `-${String(day).padStart(2, '0')}` : ''}`);
    year = anchor.year;
    if (c.narrative && month && c.previous && turnsTheYear(c.previous, month)) year++;
    // "Operation Marne was launched on 15 July" after "… created on 5 November 1917" in a story of March 1918: a day before the
    // flashback's is where the story it interrupted goes on, not further back.
    else if (c.narrative && month && c.previous && c.interrupted && againstTold(c.previous, month, day) < 0) year = c.interrupted.day.year;
    // "February to April proved peaceful compared to the carnage of November": a month compared with lies before the story's.
    else if (c.narrative && month && c.previous && c.previous.precision !== 'year' && againstTold(c.previous, month, day) > 0 && c.comparedWith) year--;
    // "will release the minutes of its March meeting", "The November jobs report is due Friday": a month that names a thing of it is
    // placed as a month told without a tense is, as what a future is of is mostly something else; a past still tells ("The Fed's June
    // meeting ended").
    // ("plans to step down after the November election": not an event a future places itself at.)
    // (Told from now, of the nearest such month either way, as half a year back is as far as ahead: "many of whom will also work the
    // August state primary", told in February; a future seen from a past keeps the window, "would win the December election".)
    if (!story && month && partial.attributive && c.direction === 'future' && !c.eventPlacedBefore) year = yearInWindowFrom(c.wouldTold ? TENSE_MARGIN_DAYS - 365 : -HALF_YEAR_DAYS, compareDays({ year, month, day: 1 }, { ...anchor, day: 1 }) / DAY_MS, year);
    else if (!story && month) year = yearInWindow(anchor, { year, month, day: day ?? 1 }, day !== undefined, c, partial.opensSpan);
    // "warned of possible problems on Feb. 29", written in January 2000: a day only a leap year has is in the leap year nearest.
    if (month === 2 && day === 29 && !isValidDay(year, month, day)) year = nearestLeapYear(anchor, year);
    // "Friday, Nov. 9": of the years next to the one chosen, the one where the day is that weekday.
    if (month && day && partial.weekday && isValidDay(year, month, day) && weekdayOf({ year, month, day }) !== partial.weekday) {
      const fits = [year - 1, year + 1].find((y) => isValidDay(y, month, day) && weekdayOf({ year: y, month, day }) === partial.weekday);
      if (fits !== undefined) year = fits;
    }
  }
  // A flashback's dates carry the year on as well (resolveTimexes marks every date of the year told).
  const written = partial.year !== undefined ? { yearWritten: true as const } : {};
  if (!month) return date(formatYear(year), { day: { year, month: 1, day: 1 }, precision: 'year', ...written });
  // "29 February" resolved into a year that has none is told only as far as its month.
  if (!day || !isValidDay(year, month, day)) {
    // ("By late March, the strike had drawn the attention of King. On March 28, a march he led broke into violence.")
    const storyMonth = (partial.year !== undefined && c.opensSentenceAsWhen) || (story && !c.narrative) ? { storyMonth: true as const } : {};
    return date(formatMonth(year, month), { day: { year, month, day: 1 }, precision: 'month', ...written, ...storyMonth });
  }
  const told: Told = { day: { year, month, day }, precision: 'day', ...written };
  if (partial.year !== undefined && c.opensSentenceAsDay) told.storyDay = true;
  // (Asked only of a day whose year is written before the publication's: only such a day can open an earlier year's story.)
  if (partial.year !== undefined && c.document && year < c.document.year && c.inRelativeClause) told.background = true;
  // "revenue rose in the quarter, which ended Sept. 30. The results were released at 4:05 p.m.": a reported period's end is no day
  // of the story, which a bare clock time would go on from.
  // (Not a day two or more years back with its year: "The siege ended on April 19, 1993. Around noon, fire swept through it.")
  else if (!c.narrative && c.endsPeriod && !(partial.year !== undefined && c.document && year < c.document.year - 1)) Object.assign(told, { background: true, ...(c.endsReportedPeriod ? { periodEnd: true } : {}) });
  if (partial.week) return date(`${formatWeek(told.day)}${partial.weekend ? '-WE' : ''}`, told);
  return withPart(formatDay(told.day), partial.part, told);
}

/** The year of the 29 February nearest `anchor`'s year; of two as near, the one on the side of the February the tense chose. */
function nearestLeapYear(anchor: Day, chosen: number): number {
  const side = compareDays({ year: chosen, month: 2, day: 28 }, anchor) < 0 ? -1 : 1;
  return [0, 1, -1, 2, -2].map((d) => anchor.year + side * d).find((y) => isValidDay(y, 2, 29))!;
}

/**
 * "On December 16, 1944, Germany attacked … The offensive had been repulsed by January": a narrative's January or February told
 * right after its December is of the new year. (Any month before the story's moving on a year lost: stories look back within a year.)
 */
const turnsTheYear = (told: Told, month: number) => told.precision !== 'year' && told.day.month === 12 && month <= NEW_YEAR_LAST_MONTH;

/** Where a month (and day) of the year told falls against the day or month told: above 0 after it, below 0 before it. */
const againstTold = (told: Told, month: number, day: number | undefined) =>
  month - told.day.month || (told.precision === 'day' && day !== undefined ? day - told.day.day : 0);

/** How far, in characters (a sentence), a month told without its year written holds a day of it told after it. */
const MONTH_TOLD_REACH = 200;

/** Whether the last date told is that month, its year not written ("last March"), a sentence back at most, and the day is not told as still to come. */
const isInMonthTold = (c: Context, month: number) =>
  c.previous?.precision === 'month' && !c.previous.yearWritten && c.previous.day.month === month && c.sinceTold <= MONTH_TOLD_REACH && c.direction !== 'future';

/**
 * Whether news is telling an earlier year's story: the last date told is a day, its year written, of a year
 * before the publication's ("the night of August 10, 2020" in 2024), or such a month that opens its sentence ("In May
 * 2020, she registered"), so "He was released on August 13", "By October" and "who had fled on August 5" belong to
 * that year, as in a narrative.
 */
function inFlashback(c: Context, month: number, day: number | undefined): boolean {
  const told = c.previous;
  if (!c.document || !told?.yearWritten || told.background || told.day.year >= c.document.year) return false;
  // A month opens a story if it opens its sentence, or if the day's verb is joined to it ("opened in March 1868 and ended on May 26");
  // so does a season with its year, two years back or more ("The worst stretch was the summer of 1993, when high water closed the
  // crossing. The ferry reopened in late September"; not "applied in the summer of 2012 and received a decision in late September").
  const storySeason = told.precision === 'year' && told.season && told.day.year < c.document.year - 1;
  if (!(told.precision === 'day' || (told.precision === 'month' && (told.storyMonth || c.joinedToTold)) || storySeason)) return false;
  // The story goes on from there: "He was released on August 13" after August 10, not "in April" after "Dec. 21, 1988";
  // or looks back from there in the past perfect: "Tikhanovskaya, who had fled on Aug. 11" after "On Aug. 16".
  const onward = month > told.day.month || (month === told.day.month && (day ?? told.day.day) >= told.day.day);
  // Or the days just before it: "found in her home on Oct. 14, 2011 … placed him near the house at 11:40 p.m. on Oct. 13".
  const justBefore = day !== undefined && isValidDay(told.day.year, month, day)
    && compareDays(told.day, { year: told.day.year, month, day }) / DAY_MS <= DAYS_JUST_BEFORE_TOLD;
  // Not what is told as still to come: "Xi last visited Russia in March 2010 … The summit runs from March 26" is this year's.
  return c.sinceTold <= FLASHBACK_REACH && (onward || justBefore || c.pastPerfect) && c.direction !== 'future';
}

/**
 * The year "'95" means: the latest with those last two digits up to ten years after the anchor. Writers
 * abbreviate years of their own lifetime, mostly past ones: in 1998 "'05" is 2005 and "'68" 1968; in a story of 1917, "'99" is 1899.
 */
export function yearOfCentury(lastTwoDigits: number, anchor: Day): number {
  const latest = anchor.year + 10;
  return latest - ((((latest - lastTwoDigits) % 100) + 100) % 100);
}

/**
 * The year of a day or month told without one: it lies in the year-long window that ends three
 * months after the publication date ("the rights expire Nov. 21", "payable Dec. 7" are ahead);
 * a past-tense verb right before it ("took place on 20 December"), or the simple past of its own
 * clause ("In March the company was sold"), ends the window at the publication date, and the future tense moves the window to start three months before it (two weeks
 * when the future is told from now, but for the start of a span, which may have begun).
 */
function yearInWindow(anchor: Day, candidate: Day, dayPrecision: boolean, c: Context, opensSpan = false): number {
  const reference = dayPrecision ? anchor : { ...anchor, day: 1 };
  const daysAhead = compareDays(candidate, reference) / DAY_MS;
  // Where the windows of every tense agree (most dates of the last three months), the tense need not be read.
  const ifFuture = yearInWindowFrom(-FUTURE_SLACK_DAYS, daysAhead, candidate.year);
  if ([-TENSE_MARGIN_DAYS, -365, TENSE_MARGIN_DAYS - 365].every((start) => yearInWindowFrom(start, daysAhead, candidate.year) === ifFuture)) return ifFuture;
  // "The exhibition runs from March 1 through April 15": a span told in the present may have begun, as a single day cannot.
  // (A plan told in the past, "The first payments were due April 15", is of the year nearer now: its window starts half a year back.)
  // ("Winter break will run from Dec. 23", told in February: told with "will", a span may have begun only lately.)
  if (opensSpan && c.willTold) return yearInWindowFrom(-SPAN_BEGUN_LATELY_DAYS, daysAhead, candidate.year);
  if (c.direction === 'future') return yearInWindowFrom(c.firmFuture && !opensSpan ? -FUTURE_SLACK_DAYS : c.plannedInPast ? -HALF_YEAR_DAYS : -TENSE_MARGIN_DAYS, daysAhead, candidate.year);
  const ifClearlyPast = yearInWindowFrom(-365, daysAhead, candidate.year);
  const ifNot = yearInWindowFrom(TENSE_MARGIN_DAYS - 365, daysAhead, candidate.year);
  // Whether the past is clear is read only where it decides, as the simple past of a clause takes reading the clause.
  if (ifClearlyPast === ifNot) return ifNot;
  // ("canceled a status conference that had been set for Oct. 15": a plan told in the past perfect, in a clause told in the past, may
  // still lie ahead.)
  const clearlyPast = !c.plannedBefore && ((c.direction === 'past' && (c.cueDistance <= NEAR_CUE_WORDS || c.firmPast)) || c.inSimplePastClause);
  // "Seattle canceled its New Year's Eve party", told on Dec. 30; "several towns moved Halloween trick-or-treating to Saturday": a day
  // up to three weeks ahead, told in the past, is the coming one, as news writes the year of a day a year back (not the time of what
  // happened, "Sales rose on Christmas Eve", nor the end of a period, "the quarter ended Oct. 31", nor a day of a year told in the
  // sentence, "last year it began on July 20").
  if (clearlyPast && daysAhead + (ifNot - candidate.year) * 365 <= SOON_AHEAD_DAYS && !c.endsPeriod && !(c.previous?.precision === 'year' && c.inSentenceOfTold)
    && !c.atTimeOfEvent) {
    return ifNot;
  }
  return clearlyPast ? ifClearlyPast : ifNot;
}

/** The year of a candidate `daysAhead` of the anchor in `year`, for the year-long window that starts `windowStart` days from the anchor. */
const yearInWindowFrom = (windowStart: number, daysAhead: number, year: number) =>
  daysAhead > windowStart + 365 ? year - 1 : daysAhead <= windowStart ? year + 1 : year;

// A holiday of another calendar is read only where Intl has that calendar (resolveHoliday asks first); each of them falls in every Gregorian year.
const holidayIn = (year: number, rule: HolidayRule): Day =>
  'since' in rule ? holidayIn(year, year >= rule.since ? rule.rule : rule.before)
  : 'fixed' in rule ? { year, ...rule.fixed }
  : 'once' in rule ? rule.once
  : 'easter' in rule ? addDays(easterSunday(year), rule.easter)
  : 'orthodoxEaster' in rule ? addDays(orthodoxEasterSunday(year), rule.orthodoxEaster)
  : 'otherCalendar' in rule ? dayOfOtherCalendar(year, rule.otherCalendar)!
  : nthWeekday(year, rule.month, rule.weekday, rule.nth, 'from' in rule ? rule.from : 1);

export function resolveHoliday(partial: Extract<PartialValue, { kind: 'holiday' }>, c: Context): Resolved {
  const { rule } = partial;
  const dayOrWeekend = (day: Day) =>
    partial.weekend ? weekendNearest(day)
    : partial.week ? date(formatWeek(day))
    // "the Christmas Offensive": the event lasted around the holiday, told to its month; a name, it does not move the story.
    : partial.namesEvent ? date(formatMonth(day.year, day.month))
    : withPart(formatDay(day), partial.part, { day, precision: 'day' });
  // "9/11" is a day of history: its own year, whenever the story is told.
  if ('once' in rule) return dayOrWeekend(rule.once);
  // "Eid al-Fitr" where Intl lacks the Islamic calendar is some day: its month and day move from year to year.
  if ('otherCalendar' in rule && !hasCalendar(rule.otherCalendar.calendar)) return date(partial.weekend ? 'XXXX-WXX-WE' : 'XXXX-XX-XX');
  const anchor = deicticAnchor(c);
  // "In the winter of 1983 … That Christmas": the holiday of the year the story has got to.
  // ("It began in 1999, when he visited the grave that Memorial Day": so a holiday in the "when" clause of a year told.)
  // ("lessons from December 2010, when Heathrow was crippled for five days before Christmas": or of a month told with its year.)
  const inWhenClause = partial.year === undefined && partial.offset === undefined
    && (c.previous?.precision === 'year' || (c.previous?.precision === 'month' && c.previous.yearWritten === true)) && c.inWhenClauseOfTold;
  // ("Last year, classes did not begin until after Labor Day": so a holiday in a sentence a year opens.)
  const yearTold = partial.yearTold || inWhenClause ? c.previous?.day.year : partial.year === undefined && partial.offset === undefined ? c.frameYear : undefined;
  if (yearTold !== undefined) return dayOrWeekend(holidayIn(yearTold, rule));
  // ("Christmas this year", "Easter last year": the year told after it, counted from now.)
  if (partial.yearOffset !== undefined && anchor) return dayOrWeekend(holidayIn(anchor.year + partial.yearOffset, rule));
  // "between Christmas and New Year's", "at 9 p.m. Thursday, Valentine's Day": right after a day told, joined or in apposition to it,
  // the holiday is the first on or after it.
  const joinedTo = partial.year === undefined && partial.offset === undefined && c.previous?.precision === 'day' && c.sinceTold <= JOINED_HOLIDAY_REACH ? c.previous.day : null;
  if (joinedTo) {
    const onOrAfter = compareDays(holidayIn(joinedTo.year, rule), joinedTo) >= 0 ? joinedTo.year : joinedTo.year + 1;
    if (compareDays(holidayIn(onOrAfter, rule), joinedTo) <= JOINED_HOLIDAY_DAYS * DAY_MS) return dayOrWeekend(holidayIn(onOrAfter, rule));
  }
  // "on Dec. 22, 1989, three days before Christmas", "two weeks after Easter": the holiday a day told is counted from, the one nearest it.
  if (partial.year === undefined && partial.offset === undefined && c.previous?.precision === 'day' && c.countedFromAfterTold) {
    return dayOrWeekend(holidayIn(nearestYearOf(rule, c.previous.day), rule));
  }
  let year = partial.year ?? anchor?.year;
  if (year === undefined) return date(partial.weekend ? 'XXXX-WXX-WE' : 'otherCalendar' in rule ? 'XXXX-XX-XX' : `XXXX-${formatDay(holidayIn(2000, rule)).slice(5)}`);
  // "Easter 1916" needs no anchor: only a holiday without its year is placed from one.
  if (partial.year === undefined && anchor) {
    // "as Easter week began": a week is placed by its Monday, which may have come while its holiday is still ahead.
    const holiday = holidayIn(year, rule);
    const thisYear = partial.week ? addDays(holiday, 1 - weekdayOf(holiday)) : holiday;
    if (partial.offset === -1 && compareDays(thisYear, anchor) >= 0) year--;
    else if (partial.offset === 1 && compareDays(thisYear, anchor) <= 0) year++;
    // (By the year the week's Monday moves to, which is the holiday's year before: "the week of New Year's" starts in December.)
    else if (partial.offset === undefined && !c.narrative) year += yearInWindow(anchor, thisYear, true, c, partial.opensSpan) - thisYear.year;
    // "On January 20, 1936 … the threat posed by the Christmas Offensive was over": a story's event named by a holiday is the one nearest it.
    else if (partial.offset === undefined && partial.namesEvent) year = nearestYearOf(rule, anchor);
  }
  return dayOrWeekend(holidayIn(year, rule));
}

/** How far after a day told, in characters ("and", "through", ", ") and in days, a holiday is the first after it. */
const JOINED_HOLIDAY_REACH = 10;
const JOINED_HOLIDAY_DAYS = 60;

/** The year whose holiday lies nearest the day: Christmas told in a January is the one just gone. */
const nearestYearOf = (rule: HolidayRule, day: Day) =>
  [day.year - 1, day.year, day.year + 1].reduce((best, year) =>
    (Math.abs(compareDays(holidayIn(year, rule), day)) < Math.abs(compareDays(holidayIn(best, rule), day)) ? year : best));

/**
 * "the Thanksgiving weekend", "Memorial Day weekend", "the Easter weekend": the weekend next to the holiday, the one
 * whose Saturday is nearest (after a Thursday or Friday, before a Monday or Tuesday, around a Sunday).
 */
function weekendNearest(day: Day): Resolved {
  const toSaturday = 6 - weekdayOf(day);
  return date(`${formatWeek(addDays(day, toSaturday > 3 ? toSaturday - 7 : toSaturday))}-WE`);
}
