// One pass over the recognised expressions, in text order, turning partial values into TimeML
// values. Deictic expressions count from the publication date in news; anaphoric ones ("the
// following day") and every expression of a narrative without one count from the last date told.
import type { PartialValue, Recognition } from '../recognise/partialValue';
import { AFTER_NOON_FROM_HOUR, type PartOfDay, type Season } from '../lexicon/en/calendar';
import type { Unit } from '../lexicon/en/units';
import type { TagOptions, Timex } from '../types';
import { DAY_MS, addDays, addMonths, compareDays, daysInMonth, formatDay, formatDecade, formatMonth, formatWeek, formatYear, isWritableYear, parseDay, quarterOf, seasonStartMonth, weekdayOf, type Day } from './calendarMath';
import { ExpressionContext, hasSentenceEnd } from './expressionContext';
import { hasParagraphBreak } from '../text/paragraphs';
import { resolveCalendar, resolveHoliday, yearOfCentury } from './resolveCalendar';
import { resolveDayOfMonth } from './resolveDayOfMonth';
import { date, deicticAnchor, quarterDate, withPart, type Context, type Resolved, type SeasonTold, type Told } from './resolved';
import { addUnits, nearestWeekday, seasonYear, shifted, shiftedPeriod, weekdayOfWeekAround } from './shifts';
import { isAside, isFlashback, isFlashForward, isNewsYearAside } from './storyAsides';
import { isAttributionAfterToldDay, isDayOfSaying } from './attribution';
import { withStandInsOf } from '../text/oneByteText';
import { isPossessiveAt } from '../text/possessive';
import { clauseStart, firstSentenceEnd } from './clauseWords';
import { cueBefore, tenseAt } from './tense';
import { monthOf } from '../recognise/patterns';
import { frameOpenedBy, frameOpenedByRelativeYear, frameYearAt, type YearFrame } from './yearFrames';

/**
 * How near, in characters, a month must be told for "the same period a year earlier" to be its: a clause or so; for a plain
 * "a year earlier" ("rose in June from a year earlier"), a phrase.
 */
const SAME_BREATH = 100;
const MIDDLE_OF_QUARTER_DAYS = 45;
const SAME_PHRASE = 30;

/**
 * "a year ago" in results news: the quarter a year before the one just reported (the last quarter
 * told, unless it is still to come); "the year-ago period" after a month, that month a year before; "the
 * year-ago quarter" or "period" with neither told, a year before the last quarter a company could report on.
 */
function shiftedYears(years: number, anchor: Day, period: 'quarter' | 'period' | undefined, c: Context, fromTold: boolean): Resolved {
  // "the same period last year", "the year-ago quarter" name the quarter the report is of, whatever was told since.
  // ("fell in the first quarter, the statistics office said today. From a year earlier, output dropped": the day of writing told since
  // the quarter is no period of the report.)
  // (Nor a year told since, two or more before the quarter's: "third-quarter net rose … The bank, which nearly collapsed in 1984, …
  // earned $58 million, compared with $48 million a year earlier".)
  const yearGoneBy = years < 0 && c.previous?.precision === 'year' && c.quarterTold != null && c.previous.day.year < c.quarterTold.day.year - 1;
  // (Nor an earlier quarter the one reported is compared with: "shrank 0.6 percent in the fourth quarter … followed a drop of 0.1
  // percent in the third quarter and left output 0.9 percent lower than a year earlier".)
  // (The quarter reported has ended: not one forecast, "forecasting third-quarter sales … Second-quarter profit rose".)
  const earlierQuarter = c.previous?.precision === 'quarter' && c.quarterTold != null && !c.quarterTold.fiscal && !c.previous.fiscal
    && compareDays(c.previous.day, c.quarterTold.day) < 0 && hasEnded(c.quarterTold, c.document);
  // (Nor the year under way, told since of a plan or forecast: "posted a loss for the fourth quarter … and said it would cut about 600
  // jobs this year. Tessaro lost $41 million, compared with a profit of $12 million a year earlier".)
  // (Not in a report of a month's figures, whose quarter told is in passing: "the rebate programs they offered in the first quarter".)
  const yearUnderWayTold = c.previous?.precision === 'year' && c.previous.half === undefined && !c.previous.season && !c.monthReported && c.document !== null
    && c.previous.day.year === c.document.year;
  // (Nor a quarter or half still under way, told since of a forecast: "revenue rose 14% in the fourth quarter … but warned that the
  // outbreak would weigh on sales in the first quarter. Revenue climbed to $1.38 billion from $1.21 billion a year earlier".)
  const quarterUnderWay = c.previous != null && c.quarterTold != null && c.previous !== c.quarterTold && !c.previous.fiscal && hasEnded(c.quarterTold, c.document)
    && ((c.previous.precision === 'quarter' && !hasEnded(c.previous, c.document))
      || (c.previous.half !== undefined && c.document !== null && compareDays(addMonths(c.previous.day, 6), c.document) > 0));
  const told = endOfQuarterTold(c) ?? ((period || yearGoneBy || yearUnderWayTold || earlierQuarter || quarterUnderWay || isPublicationDay(c.previous, c.document)) && c.quarterTold ? c.quarterTold : c.previous);
  // "For the nine months, net rose from $4 million a year earlier": those months of the year before, which only its year holds.
  if (c.quartersSpanTold && period !== 'quarter') return shifted(anchor, 'year', years);
  // (A year back only, or a period named: "since the App Store opened five years ago" is no quarter compared with.)
  if (told?.precision === 'quarter' && (period || Math.abs(years) === 1) && (!c.document || told.fiscal || compareDays(told.day, c.document) <= 0)) {
    return quarterHolding({ ...told.day, year: told.day.year + years });
  }
  // "lost $49.3 million in the first half of 2013, compared with a loss of $33.5 million a year earlier": that half a year before,
  // when the half has ended and so can be reported on (not "warned about the first half of 1998" in February 1998).
  if (told?.half !== undefined && (period === 'period' || Math.abs(years) === 1) && (!c.document || compareDays(addMonths(told.day, 6), c.document) <= 0)) {
    return date(`${formatYear(told.day.year + years)}-H${told.half}`);
  }
  // "Sales in February rose from the same period a year earlier", "output rose in June from a year earlier": that month a year
  // before, told in the same breath. (Years later are years: "captured in December 2003 and hanged three years later" is 2006.)
  // (A year back only, as a quarter: "in May 2003. Two years ago, a tornado killed nine" is two years before now.)
  // ("from June 2012. “A year ago, people asked”: not "ago" in a sentence of its own, which counts from now.)
  if (years < 0 && period !== 'quarter' && (period || years === -1) && told?.precision === 'month' && c.sinceTold <= (period ? SAME_BREATH : SAME_PHRASE) && (!c.document || compareDays(told.day, c.document) <= 0)
    && (fromTold || c.inSentenceOfTold)) {
    return date(formatMonth(told.day.year + years, told.day.month), { day: { ...told.day, year: told.day.year + years }, precision: 'month' });
  }
  // "Sales rose 0.6 per cent in September from August … and were 2.2 per cent higher than a year earlier": in a report of a month's
  // figures, that month (the first of the last few told) a year before, however far back it was told. Not after a year told since
  // ("For all of 1995, jobs grew … from a year earlier"), in a forecast ("sales will rise 3.9 per cent from a year earlier"), nor "a
  // year ago", counted from now ("A year ago, Gorbachev walked the streets").
  // (A year still under way is no period of figures: "its strongest finish to a month this year … from a year earlier".)
  const yearUnderWay = told?.precision === 'year' && c.document !== null && told.day.year === c.document.year;
  if (years === -1 && fromTold && !period && c.monthReported && (told?.precision === 'month' || told?.precision === 'day' || yearUnderWay) && c.direction !== 'future') {
    const { year, month } = c.monthReported.day;
    return date(formatMonth(year - 1, month), { day: { year: year - 1, month, day: 1 }, precision: 'month' });
  }
  if (period && c.document) {
    const reported = addMonths(c.document, -3);
    return quarterHolding({ ...reported, year: reported.year + years });
  }
  return shifted(anchor, 'year', years);
}

/** Whether a month is one a report of figures published on `document` may give them for: one of the last few, the current one included. */
const isMonthOfFigures = (month: Day, document: Day) => {
  const monthsBack = (document.year - month.year) * 12 + document.month - month.month;
  return monthsBack >= 0 && monthsBack <= FIGURES_MONTHS_BACK;
};
/** How many months back figures are reported: a month's trade figures come out some six weeks after it. */
const FIGURES_MONTHS_BACK = 2;

/** Whether the date told is the day of writing itself ("said today"). */
const isPublicationDay = (told: Told | null, document: Day | null) => told?.precision === 'day' && document !== null && compareDays(told.day, document) === 0;

/** Whether `day` is in the quarter of `quarter`, of the same year. */
function isInQuarterOf(day: Day, quarter: Day): boolean {
  return day.year === quarter.year && quarterOf(day.month) === quarterOf(quarter.month);
}

/** "the quarter ended Sept. 30 … the year-ago results": a day told in the quarter told, or just after it, stands for that quarter. */
function endOfQuarterTold(c: Context): Told | null {
  const { previous, quarterTold } = c;
  if (previous?.precision !== 'day' || !quarterTold) return null;
  // A company's own quarter has no calendar days to hold it: "the fiscal third quarter, which ended Feb. 28".
  // A day within 45 days after the quarter stands for it too: a retailer's "quarter ended Aug. 3" (the second), and the day results
  // are reported, "posted a third-quarter profit yesterday, reversing a loss a year earlier".
  return quarterTold.fiscal || isInQuarterOf(previous.day, quarterTold.day) || isInQuarterOf(addDays(previous.day, -MIDDLE_OF_QUARTER_DAYS), quarterTold.day)
    ? quarterTold : null;
}

/**
 * "The ceasefire came into effect at midnight", "Germany became one nation again at midnight": in the past, with no day named, the
 * midnight the publication day began with, as T24:00 of that day is still to come. Annotators write it as that day's T00:00 (the
 * probes, 22 of 26), and a timeline puts what happened then on that day.
 */
const midnightPassed = (hour: number, c: Context) => hour === 24 && !c.narrative && c.document !== null && c.direction === 'past';

/**
 * The day a clock time told without one is on: the last day told, when the story is there, in the past of the publication, or
 * the time too is still to come ("The vote is on Friday. Polls will close at 10pm"); not a day only mentioned ahead ("Talks will
 * continue on Tuesday. Figures published at noon show…"), nor under a live blog's time stamp, which is on the publication day.
 */
/** How far, in characters, "the decade" reaches back to the decade told: a sentence or two. */
const DECADE_TOLD_REACH = 200;

/** How many days ahead of the publication a day told may be the day a bare clock time of another sentence is on. */
const STORY_AHEAD_DAYS = 31;

/** How many words back a past must stand from a clock time to tell how the time of a day still to come was planned. */
const PLAN_TOLD_CUE_WORDS = 3;

function storyDayOfTime(lineStamp: boolean, c: Context): Day | null {
  const told = c.previous;
  if (told?.precision !== 'day' || (told.background && !c.narrative)) return null;
  if (c.narrative || !c.document) return told.day;
  if (lineStamp) return null;
  // "FRIDAY, JAN. 11\nRidgeview Symphony, Fulton Auditorium, 7:30 p.m.": a time in the lines under a listing's heading is on its day.
  if (told.heading) return told.day;
  // (Nor the day of a market report's prices, told in another sentence: "Odell said on Thursday … Shares rose 2.3 percent at 11:15 a.m.")
  if (c.inMarketQuoteApart) return null;
  const before = compareDays(told.day, c.document);
  // "The mayor spoke Thursday. A curfew will begin at 8 p.m.": a time told from now as still to come is not on a day gone by.
  if (before < 0 && c.firmFuture) return null;
  // ("a bill suspending the debt ceiling until May 19. … the parade steps off at around 2:30 p.m.": nor, in another sentence, on a day
  // months ahead, told as no event of the story's.)
  // (But "would begin at 9 a.m. the same day" is on it; "at 9 a.m. that day" is one expression with its day, joinNeighbours.ts.)
  if (before > STORY_AHEAD_DAYS * DAY_MS && !c.inSentenceOfTold && !c.followedBySameDay) return null;
  // "The celebration begins Thursday with the parade at 10 a.m.": on a day still to come, told in its sentence.
  // (A day gone by more than a week, told more than a sentence or two back, is no story a bare time goes on: "12:45 a.m." after a
  // flood of 2005 told in passing is this night's.)
  // (Further for a day that opened its story: "On Feb. 28, 1993, about 76 agents drove up to … The first shots were fired at 9:45 a.m.")
  if (before <= 0 && -before > STORY_TIME_DAYS * DAY_MS && (c.sinceTold > (told.storyDay ? STORY_OPENED_TIME_REACH : STORY_TIME_REACH) || (!told.yearWritten && !c.inSentenceOfTold))) return null;
  // "Flu shot clinic: Saturday, 9 a.m.-noon": a time in apposition to the day, whatever its tense.
  // ("finish the series at 12:05 p.m. Wednesday, a game moved up from its original 7:05 p.m. start": a past a few words back in the
  // sentence of a day still to come tells how its plans were made; one right before the time, "at an event that began at 10 a.m.",
  // an event of its own.)
  return c.inAppositionToTold || before <= 0 || c.direction === 'future'
    || (c.inSentenceOfTold && (c.direction !== 'past' || (before > 0 && c.cueDistance > PLAN_TOLD_CUE_WORDS))) ? told.day : null;
}

/**
 * Whether a day told may be the day of the news: in the week up to the publication day. Told in the text's first sentence, it is
 * (the last such day of the sentence, which its main clause tells: "Thunderstorms that rolled through on Wednesday night left the
 * course soaked, and storms Thursday forced a delay").
 */
const isNewsDay = (told: Told | undefined, document: Day | null) =>
  told?.precision === 'day' && document !== null && compareDays(told.day, document) <= 0 && compareDays(document, addDays(told.day, NEWS_DAYS)) <= 0;
const NEWS_DAYS = 7;

// "CHICAGO, June 6 — The board voted tonight", "JOHANNESBURG, August 7 (Xinhua) -": a dateline with its day, at the text's start.
// (After a headline and a byline, if any.)
const DATED_DATELINE = /^\s*(?:[^\n]{0,120}\n\s*){0,3}\p{Lu}[\p{Lu}\p{M} .,'’-]+,\s+(?:\p{Lu}[\p{L}.' ]*,\s+)?(?<m>\p{Lu}\p{Ll}{2,8})\.?\s+(?<d>[12]\d|3[01]|0?[1-9])(?:\s*\([^)\n]{1,30}\))?\s*(?:-|--|—|–|_)/u;
/** How many days before the publication a dateline's day may be the day the story was written ("CHICAGO, June 6" in the paper of the 7th). */
const DATELINE_DAYS = 3;
const DATELINE_REACH = 300;
// What a dated dateline ends with, a day's number and a dash, looked for first: a plain scan of the text's start, where the
// dateline pattern backtracks through its first lines (0.3 µs against 0.9 a text).
const DAY_THEN_DASH = /\d(?:\s*\([^)\n]{1,30}\))?\s*[-—–_]/;

/** The day a dated dateline tells, where it is a few days before the publication's: the day the story was written; else the publication's. */
function datelineDay(text: string, document: Day | null): Day | null {
  if (!document) return document;
  const opening = text.slice(0, DATELINE_REACH);
  const told = DAY_THEN_DASH.test(opening) ? DATED_DATELINE.exec(opening)?.groups : undefined;
  const month = monthOf(told?.m);
  if (!month) return document;
  const day: Day = { year: document.year, month, day: Number(told!.d) };
  if (compareDays(day, document) > 0) day.year--;
  const before = -compareDays(day, document) / DAY_MS;
  return before > 0 && before <= DATELINE_DAYS ? day : document;
}

/** A day of the month or year told, not known which: "1981-03-XX", "BC0490-XX-XX". */
const unknownDayOf = (told: Told) =>
  told.precision === 'month' ? `${formatMonth(told.day.year, told.day.month)}-XX` : `${formatYear(told.day.year)}-XX-XX`;

/**
 * A narrative's "In October … four days later", "in 1913 … less than a week later": some day or week of the year told, at the shift's
 * precision, as days counted from a day not told may leave its month (WikiWars writes so; news keeps the month, "1998-03-XX").
 */
const unknownShiftedOf = (told: Told, unit: Unit) => `${formatYear(told.day.year)}-${unit === 'week' || unit === 'fortnight' ? 'WXX' : 'XX-XX'}`;

/**
 * "the following weekend", "that weekend", "the previous weekend": from the last day told (or the publication's, if none was),
 * the next weekend after a weekday is that week's, after a Saturday or Sunday the next week's. After a month or a year told, some
 * weekend of it.
 */
function weekendFromTold(offset: number, c: Context): Resolved {
  const told = c.previous;
  if (told && told.precision !== 'day') return date(`${formatYear(told.day.year)}-WXX-WE`);
  // "He died the following weekend" in news that told no day before: after some day not told, as "the following week" is.
  if (!told && offset > 0 && !c.narrative) return date('XXXX-WXX-WE');
  const anchor = told?.day ?? c.document;
  if (!anchor) return date('XXXX-WXX-WE');
  return shifted(anchor, 'weekend', offset === 1 && weekdayOf(anchor) < 6 ? 0 : offset);
}

/** A value of a unit's precision, not known which ("last week" with no date to count from): a clock's units are a day's. */
const UNKNOWN_OF_UNIT: Readonly<Record<Unit, string>> = {
  second: 'XXXX-XX-XX', minute: 'XXXX-XX-XX', hour: 'XXXX-XX-XX', day: 'XXXX-XX-XX', night: 'XXXX-XX-XX', week: 'XXXX-WXX', fortnight: 'XXXX-WXX',
  weekend: 'XXXX-WXX-WE', month: 'XXXX-XX', quarter: 'XXXX-QX', year: 'XXXX', decade: 'XXX', century: 'XX',
};

/** How far, in characters (about four sentences), a story told in an earlier year carries "the year" and "the month" on. */
const STORY_YEAR_REACH = 600;

/**
 * Whether news is telling an earlier year's story, in the past: the last date told is a day or month of a year written before
 * the publication's (not a year alone: "Acme, founded in 1998, said sales rose for the year"), and the date is not counted from
 * now ("surpassing the high set on Oct. 9, 2007. The index has gained 8.8 percent since the start of the year").
 */
const isInEarlierYearsStory = (c: Context) =>
  !c.narrative && c.document !== null && c.previous?.yearWritten === true && !c.previous.background && c.previous.precision !== 'year'
  && c.previous.day.year < c.document.year && c.sinceTold <= STORY_YEAR_REACH && c.direction === 'past' && !c.firmPast;

/** In news, a past told of a year in an earlier decade than the publication's, a paragraph or so back. */
const isInEarlierDecadesStory = (c: Context) =>
  !c.narrative && c.document !== null && c.previous !== null && !c.previous.background
  && Math.floor(c.previous.day.year / 10) < Math.floor(c.document.year / 10) && c.sinceTold <= STORY_YEAR_REACH && c.direction === 'past';

const WEEK_MS = 7 * DAY_MS;
/** How many days before the publication, and how far back in characters, a day told stays the day a bare clock time is on. */
const STORY_TIME_DAYS = 7;
const STORY_TIME_REACH = 250;
const STORY_OPENED_TIME_REACH = 500;
/** How far back, in characters (a paragraph), the day told is the one whose week "the week" is. */
const STORY_WEEK_REACH = 400;
/** The hour the small hours of a night end at. */
const SMALL_HOURS_END = 6;
/** The hour a morning ends at: a morning hour after an afternoon, evening or night told is the next day's. */
const MORNING_END_HOUR = 12;

/** How far, in characters (about two sentences), a day told carries on to an "overnight" after it. */
const STORY_NIGHT_REACH = 300;
const STORY_NIGHT_DAYS = 7;
/** From this month of a story (its midsummer) on, the winter it tells of without a year is the one to come. */
const WINTER_AHEAD_FROM_MONTH = 7;

/** Units of a day or shorter, and weeks: a shift by them needs a day to count from. */
const SHIFTS_OF_DAYS: ReadonlySet<Unit> = new Set<Unit>(['day', 'night', 'week', 'fortnight', 'weekend', 'hour', 'minute', 'second']);

/** How many years a unit spans, at most: bounds the year a shift can reach. */
const YEARS_PER_UNIT: Readonly<Record<Unit, number>> = {
  century: 100, decade: 10, year: 1, quarter: 0.25, month: 1 / 12, fortnight: 14 / 365, week: 7 / 365, weekend: 7 / 365, day: 1 / 365, night: 1 / 365,
  hour: 1 / 8760, minute: 1 / 525_600, second: 1 / 31_536_000,
};

export function resolveTimexes(text: string, recognitions: readonly Recognition[], options: TagOptions = {}): Timex[] {
  const document = datelineDay(text, parseDay(options.dct));
  const narrative = options.genre === 'narrative' || !document;
  // "today", "next month": a narrative counts them from its story; news without a date cannot place them.
  const deicticFromStory = options.genre === 'narrative';
  let previous: Told | null = null;
  let previousEnd = 0;
  let frame: YearFrame | null = null;
  // The story a flashback has just left: the next day told without a year, before the flashback's, goes back to it.
  let interrupted: Told | null = null;
  // A season told without its year since the story last moved: "passed the winter at Sardis. Early in spring" goes on from it.
  let seasonBefore: SeasonTold | null = null;
  let quarterTold: Told | null = null;
  let quartersSpanTold = false;
  let decadeTold: { year: number; end: number } | null = null;
  // "The deadline is noon on Monday": the last clock time told on the day after it, and the context its day was resolved in.
  let timeOnDay: { day: PartialValue; context: ExpressionContext } | null = null;
  let dayBefore: { partial: PartialValue; resolved: Resolved } | null = null;
  let toldInPassing: ToldAt | null = null;
  let saidDay: ToldAt | null = null;
  // The last day told, the last such day not after the publication's, and where the date told last starts (to see whether it stood
  // inside its sentence, as news tells a background).
  let lastDayTold: ToldAt | null = null;
  let lastPastDayTold: ToldAt | null = null;
  // The last day told of a year written two or more before the publication's ("Sept. 11, 1973"), which "that morning" may go back to.
  let lastFlashbackDay: ToldAt | null = null;
  // And the last date told of such a year, of any precision ("in 1993"), which "that summer" may go back to.
  let lastFlashback: ToldAt | null = null;
  let lastMonthTold: ToldAt | null = null;
  let monthReported: Told | null = null;
  let lastWeekTold: (ToldAt & { opensSentence: boolean }) | null = null;
  // "this weekend", "next weekend", or a weekend the tense placed: a day of its week, and where it was told.
  let lastWeekendTold: (ToldAt & { byTense: boolean }) | null = null;
  let previousStart = 0;
  let ledeDay: Told | null = null;
  let ledeEnd = -1;
  // Where the expression before ends, and whether a blank line stands since the date told last (read only after a listing's heading).
  let lastEnd = 0;
  let blankLineSinceTold = false;
  return recognitions.map(({ start, end, partial }) => {
    const frameYear = frameYearAt(frame, text, start);
    const decadeAfterStory = decadeTold && decadeTold.end > previousEnd ? decadeTold : null;
    // What the date counts from, if not the date told last: "that spring" after "two years ago", "the same day" past a background year.
    // ("starting at 9am that day": a time on a day counted from the story's counts from what that day would, but for a flashback, which
    // "that day" alone goes back to, as a time on it does not: "on Wednesday … Bells will ring at 3 p.m. that day, the hour King began".)
    const counted = partial.kind === 'time' && partial.day && isAnaphoricDay(partial.day) ? partial.day : partial;
    // ("TUESDAY, JUNE 11\nHarbor Road: closed 9 a.m.-2 p.m.": under a listing's heading, its day, not one told before it, up to a blank
    // line; each stretch between expressions is looked at once.)
    if (previous?.heading && !blankLineSinceTold) blankLineSinceTold = hasParagraphBreak(text.slice(Math.max(lastEnd, previousEnd), start));
    const underHeading = previous?.heading === true && !blankLineSinceTold;
    const referent = underHeading ? null : toldInPassingBefore(toldInPassing, previousEnd, start, counted) ?? weekToldBefore(lastWeekTold, previous, previousEnd, text, start, counted)
      ?? weekendToldBefore(lastWeekendTold, previousEnd, text, start, counted) ?? (saidDay && counted.kind !== 'time' && countsDays(counted) ? saidDay : null)
      ?? flashbackBehindNow(countsDays(partial) || partial.kind === 'weekday' ? lastFlashbackDay : lastFlashback, previous, previousEnd, document, text, start, partial)
      ?? monthBehindYear(lastMonthTold, previous, start, counted)
      ?? (narrative ? null : dayBehindBackground(lastDayTold, previous, previousStart, document, text, start, counted)
        ?? pastDayBehindAhead(lastPastDayTold, previous, previousEnd, document, text, start, end, counted) ?? dayBehindMonthOrYear(lastDayTold, previous, previousStart, text, counted));
    // The day a time is on is the day the time was put on, whose tense is read nearer the verb: "is noon on Monday".
    const context = timeOnDay?.day === partial ? timeOnDay.context
      : new ExpressionContext(document, referent?.told ?? (previous?.heading && !underHeading ? withoutHeading(previous) : previous), start - (referent?.end ?? previousEnd), narrative, deicticFromStory, frameYear, text, start, end, interrupted, seasonBefore, quarterTold, quartersSpanTold, decadeAfterStory, dayBefore, ledeDay, monthReported);
    timeOnDay = partial.kind === 'time' && partial.day ? { day: partial.day, context } : null;
    const resolved = resolve(partial, context);
    // "at about 10:45 p.m. on Dec. 18, 1971. By 3 a.m.": a day told right after a late clock time on it is told to its night.
    const lateTimeBefore = dayBefore !== null && resolved.told?.precision === 'day' && start - previousEnd <= LATE_TIME_BEFORE_REACH
      && dayBefore.resolved.type === 'TIME' && LATE_CLOCK.test(dayBefore.resolved.value) && dayBefore.resolved.value.startsWith(resolved.value);
    dayBefore = { partial, resolved };
    if (!narrative && isNewsDay(resolved.told, document) && start < (ledeEnd < 0 ? (ledeEnd = firstSentenceEnd(text)) : ledeEnd)) {
      // "Netanyahu was declared the winner today, after a final count of Wednesday's vote … announced the result at 2:15 p.m.": a day
      // named for what happened on it, told in the first sentence after the day of the news, is a background a bare clock time is not on.
      if (ledeDay !== null && isPossessiveAt(text, end)) resolved.told = { ...resolved.told!, background: true };
      // ("Deputies arrested four people Monday night …, Sheriff Margaret Toomey said Tuesday": nor is the day a source said it on.)
      else if (!(ledeDay !== null && isAttributionAfterToldDay(text, previousEnd, start))) ledeDay = resolved.told!;
    }
    // "halted at 10:42 a.m. Monday … The stock, which had closed at $19.50 on Friday, did not trade again until 3:15 p.m.": a day told in
    // the past perfect after the day of the news looks back from it, a background a bare clock time is not on.
    else if (!narrative && ledeDay !== null && resolved.told?.precision === 'day' && !resolved.told.background && compareDays(resolved.told.day, ledeDay.day) < 0 && context.pastPerfectAside) {
      resolved.told = { ...resolved.told, background: true };
    }
    if (resolved.toldInPassing) toldInPassing = { told: resolved.toldInPassing, end };
    if (!narrative && document && !monthReported && resolved.told?.precision === 'month' && isMonthOfFigures(resolved.told.day, document)) monthReported = resolved.told;
    // "last week", "this week": told without moving the story, a day of it stands for the week "the week before" counts from.
    // (Not "the week" of a story's day: "for the week" after Friday's close, told on Monday.)
    if (!narrative && document && partial.kind === 'unitShift' && partial.unit === 'week' && partial.anchor === 'document' && WEEK_VALUE.test(resolved.value)
      && resolved.value === formatWeek(addDays(document, 7 * partial.offset))) {
      lastWeekTold = { told: { day: addDays(document, 7 * partial.offset), precision: 'day' }, end, opensSentence: OPENS_SENTENCE_BEFORE.test(text.slice(Math.max(0, start - OPENING_REACH), start)) };
    }
    // ("the weekend looks dry, with highs in the upper 70s Saturday and Sunday": so the weekend whose week the tense chose.)
    if (document && partial.kind === 'weekend' && !partial.anaphoric && WEEKEND_VALUE.test(resolved.value)) {
      const weeks = partial.offset ?? WEEKS_AROUND.find((around) => `${formatWeek(addDays(document, 7 * around))}-WE` === resolved.value);
      if (weeks !== undefined) lastWeekendTold = { told: { day: addDays(document, 7 * weeks), precision: 'day' }, end, byTense: partial.offset === undefined };
    }
    // The decade's year ending in 0, as astronomical years count: 1970 for the 1970s, -469 (470 BC) for the 470s BC.
    if (partial.kind === 'decade') decadeTold = { year: partial.beforeChrist ? 1 - partial.decade * 10 : partial.decade * 10, end };
    // A quarter told as a forecast ("expects fourth-quarter profit to fall") is no quarter the report is of (the tense is
    // read only of a quarter not yet over when the text was published).
    // Nor is an earlier quarter it is compared with ("posted a gain in third-quarter net income … After a flat second quarter",
    // "the 1988 period").
    const earlierQuarter = quarterTold !== null && !quarterTold.fiscal && resolved.told?.precision === 'quarter' && !resolved.told.fiscal
      && compareDays(resolved.told.day, quarterTold.day) < 0 && !quarterTold.forecast;
    if (resolved.told?.precision === 'quarter' && !earlierQuarter && (hasEnded(resolved.told, document) || context.direction !== 'future')) {
      quarterTold = resolved.told;
      quartersSpanTold = false;
    } else if (resolved.told?.precision === 'quarter' && quarterTold === null) {
      // ("cut its forecast for first-quarter earnings … expects to earn 12 cents a share for the quarter": with no quarter reported, the
      // one forecast is what the report is of, for what it forecasts.)
      quarterTold = { ...resolved.told, forecast: true };
      quartersSpanTold = false;
    } else if (quarterTold && QUARTERS_SPAN.test(text.slice(start, end)) && resolved.type === 'DURATION') quartersSpanTold = true;
    // ("In the summer of 1993, the river crested on Aug. 1": so does a season with its year.)
    if ((partial.kind === 'calendar' && partial.year !== undefined && partial.month === undefined) || (partial.kind === 'season' && partial.year !== undefined)) {
      frame = frameOpenedBy(text, start, end, partial.year) ?? frame;
    }
    // ("Last year, he signed the budget on June 28": so does a year counted from now that opens its sentence.)
    // ("Two years ago, a snowstorm on Oct. 29 did the same": so does a count of years back.)
    else if (!narrative && (partial.kind === 'unitShift' || partial.kind === 'shiftBy') && partial.unit === 'year' && partial.anchor === 'document' && YEAR_VALUE.test(resolved.value)) {
      frame = frameOpenedByRelativeYear(text, start, end, Number(resolved.value)) ?? frame;
    }
    // ("Last spring, I had everything in the ground by April 25": so does a season counted from now, with its year.)
    else if (!narrative && partial.kind === 'season' && partial.offset !== undefined && partial.anchor === undefined && SEASON_VALUE.test(resolved.value)) {
      frame = frameOpenedByRelativeYear(text, start, end, Number(resolved.value.slice(0, 4))) ?? frame;
    }
    // "The 2022-23 season peaked early, in December": the story is at the span's start, not at its end.
    // A narrative's story stays where it is through an aside: "the largest cavalry battle since 1813",
    // "repeating their successes from the previous year", "signing the agreement two years ago", "a campaign
    // planned for 1976". The next "September 18" is still the story's year.
    const saidOn = previous !== null && resolved.told?.precision === 'day' && isAttributionAfterToldDay(text, previousEnd, start);
    const aside = (narrative && previous && resolved.told && isAside(partial, resolved.told, previous, context, text, start))
      || saidOn
      // ("The news crawled around the Times Tower on Aug. 14, 1945 … Kessel, now 77, said Saturday … The celebration lasted into the next
      // day": the day of an interview leaves a story of an earlier year where it was.)
      || (!narrative && document !== null && previous?.yearWritten === true && previous.day.year < document.year - 1 && resolved.told?.precision === 'day'
        && isDayOfSaying(text, start, end))
      || (!narrative && previous !== null && resolved.told !== undefined && isNewsYearAside(resolved.told, previous, text, start, end))
      // "came ashore at 6:10 a.m. on Aug. 29, 2005. The day before, Mayor Nagin had ordered an evacuation … Floodwalls gave way that
      // morning": a day before the day told, told in the past perfect, looks back from the story without moving it.
      || (!narrative && previous?.precision === 'day' && resolved.told?.precision === 'day' && compareDays(resolved.told.day, previous.day) < 0
        && isAnaphoricDay(partial) && (context.pastPerfect || PAST_PERFECT_AFTER.test(text.slice(end, end + PAST_PERFECT_AFTER_REACH))))
      // "gained 28 points yesterday on volume of 168 million shares, up from 151.8 million Tuesday. Buying picked up in the afternoon": an
      // earlier day a figure is compared with leaves the story on its day.
      // ("sold 612,400 vehicles in January, compared with 572,300 in January 2012": so does a month of figures.)
      || (!narrative && (previous?.precision === 'day' || previous?.precision === 'month') && resolved.told?.precision === previous.precision
        && compareDays(resolved.told.day, previous.day) < 0 && context.comparedWith);
    // ("attacks since 2010, including bombings in July of that year": a year measured against, which leaves the story where it was,
    // is still what "that year" right after it refers to.)
    if (aside && !narrative && resolved.told?.precision === 'year') toldInPassing = { told: resolved.told, end };
    // ("rose to 6.2 percent in January, the Labor Department reported Friday. The Federal Reserve responded the same day": past a month
    // told, the day it was said on is what a day counted from goes back to, though not a bare clock time.)
    if (saidOn && previous!.precision !== 'day') saidDay = { told: resolved.told!, end };
    else if (resolved.told?.precision === 'day' && !aside) saidDay = null;
    if (resolved.season) seasonBefore = resolved.season;
    else if (resolved.told && !aside) seasonBefore = null;
    if (resolved.told && !aside && !(partial.kind === 'calendar' && partial.rangeEnd)) {
      // "That night" after "August 10, 2020" carries on the story of a year the text wrote.
      const carriesOn = previous?.yearWritten && resolved.told.day.year === previous.day.year;
      interrupted = narrative && previous && (isFlashback(resolved.told, previous) || isFlashForward(resolved.told, previous)) ? previous : null;
      // "late Monday … until 3:45 a.m.": a day told late in it is told to its night, as "Monday night" is.
      const late = resolved.told.precision === 'day' && !resolved.told.part && (LATE_IN_DAY.test(text.slice(start, end)) || lateTimeBefore) ? { ...resolved.told, part: 'NI' as const } : resolved.told;
      const told = late.precision === 'day' && !narrative && isAloneOnItsLine(text, start, end) ? { ...late, heading: true as const } : late;
      // "found on Oct. 14, 2011. She had filed for divorce that month": the month or year of the day told keeps the story on that day.
      if (!(previous && isOfToldPeriod(partial) && holdsDay(told, previous))) previous = carriesOn && !told.yearWritten ? { ...told, yearWritten: true, carriedOn: true } : told;
      previousEnd = end;
      blankLineSinceTold = false;
      // ("reports results on Sept. 18 for the three months ended Aug. 31. The housing report comes out that morning": a reported period's
      // end leaves the last day told of the story where it was.)
      if (previous.precision === 'day' && !(previous.periodEnd && lastDayTold)) lastDayTold = { told: previous, end };
      if (previous.precision === 'day' || previous.precision === 'month') lastMonthTold = { told: previous, end };
      if (previous.precision === 'day' && document !== null && compareDays(previous.day, document) <= 0) lastPastDayTold = lastDayTold;
      if (previous.yearWritten && !previous.background && document !== null && document.year - previous.day.year >= FLASHBACK_YEARS) {
        lastFlashback = { told: previous, end };
        if (previous.precision === 'day') lastFlashbackDay = lastDayTold;
      }
      previousStart = start;
    }
    lastEnd = end;
    return { start, end, text: text.slice(start, end), type: resolved.type, value: resolved.value };
  });
}

const LATE_IN_DAY = /^late\s/i;
const LINE_AFTER_HEADING = /^[ \t]*:?[ \t\r]*(?:\n|$)/;

// ("PALM SUNDAY, MARCH 24", "CHRISTMAS EVE, DEC. 24": after the day's name in capitals.)
const LINE_BEFORE_HEADING = /^[ \t]*(?:[\p{Lu}'’]+,?[ \t]+){0,3}$/u;

/** Whether the expression ends its line and nothing but capitals stands before it there, as a listing's heading ("FRIDAY, JAN. 11", "Saturday, May 25:"). */
function isAloneOnItsLine(text: string, start: number, end: number): boolean {
  // (Looked at no further back than a heading's name reaches, so that a long text without line breaks costs no more.)
  const from = Math.max(0, start - HEADING_NAME_LENGTH - 1);
  let lineStart = start;
  while (lineStart > from && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
  if (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10) return false;
  return LINE_BEFORE_HEADING.test(text.slice(lineStart, start)) && LINE_AFTER_HEADING.test(text.slice(end, end + 8));
}

/** The date told, no longer a heading: past a blank line after it. */
function withoutHeading({ heading: _, ...told }: Told): Told {
  return told;
}
const HEADING_NAME_LENGTH = 24;
/** Whether the day is in the last month of its year, or the last week of its month: where a year's or month's end has begun. */
const hasEndBegun = (day: Day, unit: Unit) => (unit === 'year' ? day.month === 12 : day.day > daysInMonth(day.year, day.month) - 7);

// ("The day before, Mayor Ray Nagin had ordered": its clause's past perfect after it.)
const PAST_PERFECT_AFTER = /^[^.;!?]*?(?<![\p{L}])had\s+(?:\p{Ll}+ly\s+)?(?:been\s+)?\p{Ll}+(?:ed|en|wn|ne|ught|ft|lt|nt|pt|id|ld)(?![\p{L}])/u;
const PAST_PERFECT_AFTER_REACH = 60;

/** "the day before", "the previous day", "two days earlier": a day counted from the day told. */
const isAnaphoricDay = (partial: PartialValue): boolean =>
  ((partial.kind === 'unitShift' || partial.kind === 'shiftBy' || partial.kind === 'dayShift') && partial.anchor === 'previous')
  // ("had signed its surrender at 2:41 a.m. the day before": so a time on such a day.)
  || (partial.kind === 'time' && partial.day !== undefined && isAnaphoricDay(partial.day));
const LATE_CLOCK = /T2[1-3]:\d\d$/;
const LATE_TIME_BEFORE_REACH = 5;

/** How far after a day, in characters ("Saturday at noon"), a clock time on the same weekday is on that day as it was read there. */
const DAY_BEFORE_REACH = 20;

/** From this hour on, a clock time is of the night: a small hour told after it is the next day's. */
const LATE_EVENING_HOUR = 21;
/** The part of its day a clock time is told of, from each hour on. */
const PART_FROM_HOUR: readonly (readonly [number, PartOfDay])[] = [[LATE_EVENING_HOUR, 'NI'], [17, 'EV'], [12, 'AF']];

/**
 * "Troops surrounded the palace on Sept. 11, 1973. … A memorial was held on Wednesday. … As troops surrounded the palace that
 * morning": in news, "that morning", "that night", "that day" (and "that summer", to a year told) point away from now, so not to a
 * date of now told in a sentence before, but back to the last date told of an earlier year (not one told in its own sentence:
 * "declared a disaster area on Monday and toured the damage that afternoon").
 */
function flashbackBehindNow(flashback: ToldAt | null, previous: Told | null, previousEnd: number, document: Day | null, text: string, start: number, partial: PartialValue): ToldAt | null {
  if (!flashback || flashback.told.background || !previous || !document || !('distal' in partial) || !partial.distal || previous === flashback.told) return null;
  return isNow(previous, document) && hasSentenceEnd(text, previousEnd, start) ? flashback : null;
}

/** Whether a date told is of now: a day of the week around the publication's, or its month or the one before ("the past month"). */
function isNow(told: Told, document: Day): boolean {
  if (told.precision === 'day') return Math.abs(compareDays(told.day, document)) <= NOW_DAYS * DAY_MS;
  const monthsBack = (document.year - told.day.year) * 12 + document.month - told.day.month;
  return told.precision === 'month' && monthsBack >= 0 && monthsBack <= 1;
}
/** How many years back a day told must be to be a flashback "that night" goes back to (not "proclaimed on May 4, 1990" in 1991). */
const FLASHBACK_YEARS = 2;
/** How many days around the publication's a day told is now, as a story of the week tells it. */
const NOW_DAYS = 7;

/** A date told, and where its expression ends. */
interface ToldAt {
  told: Told;
  end: number;
}

// Within the first two words of its sentence: "In 2008, …", "By late 2012, …", where news moves its story (not "signed in 1996").
const OPENS_SENTENCE_BEFORE = withStandInsOf(/(?:^|[.!?]["”’)]?\s+|\n\s*)(?:\p{L}+\s+){0,2}$/u);
const OPENING_REACH = 30;
const COUNTED_FROM_NOW = /^(?:last|next|this|past|coming)\s/i;
/** How far back, in characters (a few sentences), a day told stays what "the same day" or "the next day" counts from, past a background. */
const DAY_BEHIND_REACH = 600;
/** How far back, in characters, the day told stays a clock time's past a year or month told ahead (a sentence or two). */
const AHEAD_BACKGROUND_REACH = 350;

/**
 * "On Thursday, the House approved a budget … that converts Medicare into vouchers starting in 2024. The same day, …": in news, a
 * day counted from ("the same day", "the next day", "that night", "two days later") or a clock time's day ("convicted him Tuesday
 * afternoon in a crash in the summer of 2011. The jury returned its verdict at 3:10 p.m.") is the last day told, past a year or month
 * written inside a sentence since, as news tells a background ("a law Clinton signed in 1996"); not past one told from now ("was
 * killed last October … that same day").
 */
function dayBehindBackground(lastDay: ToldAt | null, previous: Told | null, previousStart: number, document: Day | null, text: string, start: number, partial: PartialValue): ToldAt | null {
  if (!lastDay || !previous || previous.precision === 'day' || start - lastDay.end > DAY_BEHIND_REACH || !countsDays(partial)) return null;
  // A month or quarter told without its year is a background too ("rose 0.9 percent in December, the Commerce Department said the
  // same day"), but not one counted from now ("last October … that same day"), nor for a clock time, which news puts on its own day;
  // unless it lies ahead, where no story of a day gone by goes, and the day was told a sentence or two back ("returned here Friday
  // night … before the mission ends next year. Their plane touched down at 11:40 p.m.").
  // ("tees off on Thursday afternoon … Woods, who regained the No. 1 ranking last month, plays at 1:52 p.m.": or the day told lies ahead.)
  const ahead = document !== null && (compareDays(previous.day, document) > 0 || compareDays(lastDay.told.day, document) > 0) && start - lastDay.end <= AHEAD_BACKGROUND_REACH;
  if (!previous.yearWritten && !ahead && (partial.kind === 'time' || COUNTED_FROM_NOW.test(text.slice(previousStart, previousStart + 8)))) return null;
  return !OPENS_SENTENCE_BEFORE.test(text.slice(Math.max(0, previousStart - OPENING_REACH), previousStart)) ? lastDay : null;
}

/**
 * "Stocks fell early on Monday to their lowest since November. They added to their losses in the afternoon after two explosions": in
 * news, a day counted from past a year or month told since, however far back or wherever it stood, is still the last day told, as
 * news names a month or year mostly in passing (not past one counted from now: "was killed last October … that same day"). With no
 * day told, it stays some day of the month or year (dayShift, unitShift).
 */
function dayBehindMonthOrYear(lastDay: ToldAt | null, previous: Told | null, previousStart: number, text: string, partial: PartialValue): ToldAt | null {
  if (!lastDay || !previous || previous.precision === 'day' || !countsDays(partial) || partial.kind === 'time') return null;
  return COUNTED_FROM_NOW.test(text.slice(previousStart, previousStart + 8)) ? null : lastDay;
}

/**
 * "Bernanke had said in June that the Fed would end them by mid-2014. Mortgage rates jumped that month": a month counted from names
 * none of a year told, but the last month told, a sentence or two back.
 */
function monthBehindYear(lastMonth: ToldAt | null, previous: Told | null, start: number, partial: PartialValue): ToldAt | null {
  if (!lastMonth || previous?.precision !== 'year' || start - lastMonth.end > DAY_BEHIND_REACH) return null;
  return (partial.kind === 'unitShift' || partial.kind === 'shiftBy') && partial.anchor === 'previous' && partial.unit === 'month' ? lastMonth : null;
}

/**
 * "Bachelet won the runoff on Sunday and will be inaugurated on March 11. Mandela was buried in Qunu the same day": a day counted
 * from in the past is no day still to come, but the last day gone by that was told.
 */
function pastDayBehindAhead(lastPastDay: ToldAt | null, previous: Told | null, previousEnd: number, document: Day | null, text: string, start: number, end: number, partial: PartialValue): ToldAt | null {
  if (!lastPastDay || !document || previous?.precision !== 'day' || compareDays(previous.day, document) <= 0 || start - lastPastDay.end > DAY_BEHIND_REACH) return null;
  // ("was to take effect Jan. 1, 2014, the same day that most Americans must have insurance": in apposition, the day just told.)
  if (COMMA_BETWEEN.test(text.slice(previousEnd, start))) return null;
  return countsDays(partial) && tenseAt(text, start, end).direction === 'past' ? lastPastDay : null;
}

const COMMA_BETWEEN = /^\s*,\s*$/;

/** "the same day", "the next day", "that night", "two days later", a clock time alone: counted from a day told, or on it. */
const countsDays = (partial: PartialValue) =>
  ((partial.kind === 'unitShift' || partial.kind === 'shiftBy') && partial.anchor === 'previous' && SHIFTS_OF_DAYS.has(partial.unit))
  // ("from 8.21% the previous Friday", "the following Monday": a weekday counted from the story's day.)
  || (partial.kind === 'weekday' && partial.anchor === 'previous' && partial.offset !== undefined)
  || (partial.kind === 'dayShift' && partial.anchor === 'previous') || (partial.kind === 'time' && !partial.day) || (partial.kind === 'unitShift' && partial.storyWeek === true);

/** How far, in characters (a sentence or two), "that spring" or "that year" refers to a year news counted back to. */
const IN_PASSING_REACH = 200;

/**
 * "first discussed a combination two years ago, but talks broke off that spring": the year counted back to, if "that spring" or
 * "that year" refers to it, told after the story's last date and just before.
 */
function toldInPassingBefore(inPassing: ToldAt | null, previousEnd: number, start: number, partial: PartialValue): ToldAt | null {
  if (!inPassing || inPassing.end <= previousEnd || start - inPassing.end > IN_PASSING_REACH) return null;
  // ("fell to 300, down from 900 a decade ago. The verdict came the same day": a day is counted from the story's day, as no day of
  // the year measured against was told.)
  if (countsDays(partial) && inPassing.told.precision === 'year') return null;
  // ("Four years ago, Gramm tied Dole here, and yet he was out of the race the following February" too.)
  // ("has closed two schools since 2008: Hillcrest in 2010 and Central two years later", after Monday's news: years counted on from a
  // year told in passing count from it; not back, "from a year earlier", which news compares with the period it reports.)
  return isOfToldPeriod(partial) || (partial.kind === 'season' && partial.anchor === 'previous' && partial.offset === 0) || (partial.kind === 'calendar' && (partial.fromStory || partial.yearTold))
    || (partial.kind === 'shiftBy' && partial.anchor === 'previous' && partial.unit === 'year' && partial.direction > 0 && inPassing.told.precision === 'year')
    ? inPassing : null;
}

/**
 * "rose to 3.59 percent last week from 3.51 percent the week before", "Last week, a donor dropped off 60 turkeys, and the previous
 * week …": a week counted from the week told just before, after the story's last date.
 */
function weekToldBefore(week: (ToldAt & { opensSentence: boolean }) | null, previous: Told | null, previousEnd: number, text: string, start: number, partial: PartialValue): ToldAt | null {
  if (!week || start - week.end > IN_PASSING_REACH) return null;
  if (partial.kind === 'unitShift' && partial.unit === 'week' && partial.anchor === 'previous') return week.end > previousEnd ? week : null;
  // "Next week brings reports on retail sales on Wednesday and consumer prices on Friday", "Last week, the company said on Tuesday":
  // a weekday in the sentence that a week counted from now opens is that week's, as long as the days told since are (not so in
  // "was hospitalized last week and was released Monday").
  return week.opensSentence && partial.kind === 'weekday' && partial.offset === undefined && partial.nth === undefined && partial.week === undefined
    && (week.end > previousEnd || (previous?.precision === 'day' && formatWeek(previous.day) === formatWeek(week.told.day)))
    && clauseStart(text, start) < week.end ? { told: { ...week.told, week: true }, end: week.end } : null;
}
const WEEK_VALUE = /^\d{4}-W\d\d$/;
const WEEKEND_VALUE = /^\d{4}-W\d\d-WE$/;

/**
 * "Festivities shift into high gear this weekend with the annual holiday parade Saturday morning": a Saturday or Sunday told in the
 * sentence of a weekend counted from now, no date told between, is that weekend's.
 */
function weekendToldBefore(weekend: (ToldAt & { byTense: boolean }) | null, previousEnd: number, text: string, start: number, partial: PartialValue): ToldAt | null {
  if (!weekend || weekend.end < previousEnd || partial.kind !== 'weekday' || partial.weekday < 6) return null;
  if (partial.offset !== undefined || partial.nth !== undefined || partial.week !== undefined || hasSentenceEnd(text, weekend.end, start)) return null;
  // (A weekend placed by its tense holds a day after it only with no tense told between them: not "would fly fewer flights through the
  // weekend, as a walkout that began Saturday kept its jets grounded".)
  if (weekend.byTense && cueBefore(text, weekend.end, start).tense.direction !== 'unknown') return null;
  return { told: { ...weekend.told, week: true }, end: weekend.end };
}
/** The weeks a weekend told without "this", "last" or "next" may be, counted from the publication's. */
const WEEKS_AROUND = [-1, 0, 1];
const YEAR_VALUE = /^\d{4}$/;
// (Not winter, whose months straddle two years.)
const SEASON_VALUE = /^\d{4}-(?:SP|SU|FA)$/;

/**
 * "the conclave began Tuesday afternoon. The cardinals cast a single ballot Tuesday evening": in news, the weekday of the day told
 * just before, in the week around the publication date, is that day again, unless the tense puts it on the other side of now.
 */
const isWeekdayToldAgain = (partial: Extract<PartialValue, { kind: 'weekday' }>, c: Context) =>
  !c.narrative && c.previous?.precision === 'day' && c.document !== null && partial.offset === undefined && partial.nth === undefined && partial.week === undefined
  && weekdayOf(c.previous.day) === partial.weekday && Math.abs(compareDays(c.previous.day, c.document)) < WEEK_MS && c.sinceTold <= TOLD_AGAIN_REACH
  && (c.direction === 'unknown' || (c.direction === 'past') === (compareDays(c.previous.day, c.document) <= 0));
const TOLD_AGAIN_REACH = 300;

/**
 * "The fair opens Monday … The forecast calls for storms Thursday. Highlights include the tractor pull Tuesday night": a weekday no
 * verb tells the tense of, right after a day still to come in the week ahead, is in the story's days ahead too.
 */
const isStoryAhead = (partial: Extract<PartialValue, { kind: 'weekday' }>, c: Context) =>
  partial.offset === undefined && !c.narrative && c.previous?.precision === 'day' && c.document !== null && c.sinceTold <= STORY_AHEAD_REACH
  && compareDays(c.previous.day, c.document) > 0 && compareDays(c.previous.day, c.document) <= WEEK_MS && c.direction === 'unknown';
const STORY_AHEAD_REACH = 160;
const AHEAD = { direction: 'future' } as const;
const BEHIND = { direction: 'past' } as const;

/** "The next morning, a Saturday, his father drove downtown": a weekday set beside the day told, whenever that was, is that day. */
const isWeekdayOfDayTold = (partial: Extract<PartialValue, { kind: 'weekday' }>, c: Context) =>
  c.previous?.precision === 'day' && partial.offset === undefined && partial.week === undefined && weekdayOf(c.previous.day) === partial.weekday && c.inAppositionToTold;

/** Whether the tense of the expression puts it on the other side of now from a day (in another week than the publication's). */
const isAcrossNow = (day: Day, c: Context) =>
  c.document !== null && formatWeek(day) !== formatWeek(c.document) && c.direction === (compareDays(day, c.document) < 0 ? 'future' : 'past');

/**
 * "The news crawled around the Times Tower on Aug. 14, 1945 … The surrender was signed Sept. 2. Fifty years later, the square is a
 * different place": years counted on from the story told that land past the year of writing, in a clause that does not look ahead,
 * are the years from the event the story retells to now (not "will rise to $4.25 a year later").
 */
const isCountedOnToNow = (partial: Extract<PartialValue, { kind: 'shiftBy' }>, result: Resolved, c: Context) =>
  !c.narrative && c.document !== null && partial.anchor === 'previous' && partial.direction > 0 && (partial.unit === 'year' || partial.unit === 'decade')
  && Number(result.value.slice(0, 4)) > c.document.year && c.direction !== 'future';

/**
 * "At 7 p.m. on Monday, Oct. 22, 1962, Kennedy went on television … Army convoys rolled south that night. By Tuesday afternoon, the
 * shelves were bare": a bare weekday in the paragraph of a day retold from years back, in the past, is a day of that day's week.
 */
const isInWeekOfRetoldDay = (partial: Extract<PartialValue, { kind: 'weekday' }>, c: Context) =>
  partial.offset === undefined && partial.week === undefined && isInEarlierYearsStory(c) && c.document!.year - c.previous!.day.year >= RETOLD_YEARS
  && (c.previous!.carriedOn === true || c.inClauseJoinedToTold) && c.inParagraphOfTold;
/** How many years back a day told must be for the days around it to be its story's, not last week's news in the new year. */
const RETOLD_YEARS = 2;

/** A date told without moving the story: its value only. */
const valueOnly = ({ type, value }: Resolved): Resolved => ({ type, value });

/** "that month", "the same year": the period of the date told last. */
const isOfToldPeriod = (partial: PartialValue) => partial.kind === 'unitShift' && partial.anchor === 'previous' && partial.offset === 0;
/**
 * "AAA expects 34 million Americans to travel between Thursday and Monday", told on a Friday: a range still to come that has
 * begun, when it ends after today ("will travel between Wednesday and Sunday", told on a Sunday, is the coming one); else the first
 * such weekday ahead.
 */
function startOfRangeAhead(anchor: Day, weekday: number, rangeTo: number): Day {
  const started = addDays(anchor, -((weekdayOf(anchor) - weekday + 7) % 7));
  return compareDays(addDays(started, (rangeTo - weekday + 7) % 7), anchor) > 0 ? started : nearestWeekday(anchor, weekday, undefined, { direction: 'future' });
}

/** Whether a month or year told holds the day told before it. */
const holdsDay = (told: Told, before: Told) =>
  before.precision === 'day' && told.day.year === before.day.year && (told.precision === 'year' || (told.precision === 'month' && told.day.month === before.day.month));

// "For the nine months", "in the latest six months", "the first nine months": results for the quarters of the year so far.
const QUARTERS_SPAN = /^the\s+(?:(?:first|latest|past)\s+)?(?:six|nine)\s+months$/i;

/**
 * "Russia's invasion began on Thursday. Putin had recognised the regions on Monday", written on a Monday: a past perfect looks
 * back from a past already told, so the anchor's own weekday is the one a week back. (The tense is read last: few dates need it.)
 */
const looksBackFromToldPast = (weekday: number, anchor: Day, c: Context) =>
  weekday === weekdayOf(anchor) && c.previous !== null && compareDays(c.previous.day, anchor) < 0 && c.pastPerfect && !c.reported;

/** The last quarter told, if it was a company's own ("the fiscal third quarter"), whose year the quarters after it count by. */
const fiscalQuarterTold = (c: Context): Told | null => (c.quarterTold?.fiscal ? c.quarterTold : null);

/** The calendar quarter that holds a day. */
const quarterHolding = (day: Day) => quarterDate(day.year, quarterOf(day.month));

/** Whether the quarter told was over by the publication date (a company's own quarter, by the tense alone). */
const hasEnded = (quarter: Told, document: Day | null) => !quarter.fiscal && document !== null && compareDays(addMonths(quarter.day, 3), document) <= 0;

/** The order of a narrative's seasons in the year that names them: a winter is named by the year of its January. */
const SEASON_ORDER: Readonly<Record<Season, number>> = { WI: 0, SP: 1, SU: 2, FA: 3 };

/** "passed the winter (BC0480) at Sardis. Early in spring": a season told after another is that one, or the next one after it. */
const yearOfSeasonAfter = (before: SeasonTold, season: Season) => before.year + (SEASON_ORDER[season] >= SEASON_ORDER[before.season] ? 0 : 1);

/** "the summer of '68", "Q3 FY24": the year with those last two digits, as "'68" alone would be (a narrative's counted from its story). */
function writtenYearOfCentury(lastTwoDigits: number | undefined, c: Context): number | undefined {
  const centuryAnchor = c.narrative ? c.previous?.day ?? c.document : c.document;
  return lastTwoDigits !== undefined && centuryAnchor ? yearOfCentury(lastTwoDigits, centuryAnchor) : undefined;
}

function resolve(partial: PartialValue, c: Context): Resolved {
  switch (partial.kind) {
    case 'fixed':
      return { type: partial.type, value: partial.value };
    case 'calendar':
      return resolveCalendar(partial, c);
    case 'holiday':
      return resolveHoliday(partial, c);
    case 'dayOfMonth':
      return resolveDayOfMonth(partial, c);
    case 'decade':
      return date(partial.beforeChrist ? `BC${String(partial.decade).padStart(3, '0')}` : String(partial.decade));
    case 'century':
      return date(`${partial.beforeChrist ? 'BC' : ''}${String(partial.century).padStart(2, '0')}`);
    case 'season': {
      const anchor = partial.anchor === 'previous' ? c.previous?.day ?? deicticAnchor(c) : deicticAnchor(c);
      // A story's "the summer" is the summer of the year it has got to.
      // "in 1975 … that same spring", "In 1777 … the following spring": a year told is counted by years, not from its 1 January.
      // "In January 1994 … that summer": that season of the year told (its winter starts in the December before a January or February).
      const told = partial.anchor === 'previous' && partial.offset !== undefined ? c.previous : null;
      const winterBefore = told && told.precision !== 'year' && partial.season === 'WI' && told.day.month <= 2 ? 1 : 0;
      const yearTold = told && (told.precision === 'year' || partial.offset === 0) ? told.day.year + partial.offset! - winterBefore : undefined;
      // "encamped at Valley Forge in December 1777 … Over the winter": a story's winter told after its midsummer is the one ahead,
      // named, as a winter spanning two years is, by the year of its January.
      const story = c.narrative && partial.offset === undefined ? c.previous : null;
      const winterAhead = story && partial.season === 'WI' && story.day.month >= WINTER_AHEAD_FROM_MONTH ? 1 : 0;
      // "passed the winter at Sardis. Early in spring": a season told after a season is that one or the next after it.
      const afterSeason = story && c.seasonBefore ? yearOfSeasonAfter(c.seasonBefore, partial.season) : undefined;
      // ("At 3 a.m. on July 11, 1993, the river came over the levee. The rain had started in the spring": so a story two or more years
      // back in news; not last year's, whose seasons news tells as often from now.)
      const newsStory = !story && partial.offset === undefined && partial.anchor !== 'previous' && isInEarlierYearsStory(c)
        && c.previous!.day.year < c.document!.year - 1 ? c.previous : null;
      const storyYear = yearTold ?? afterSeason ?? (story ? story.day.year + winterAhead : newsStory ? seasonYear(newsStory.day, partial.season, undefined, c) : undefined);
      // "the autumn of next year", "the summer of that year": the season of the calendar year told after it.
      const calendarYear = partial.yearTold ? c.previous?.day.year ?? anchor?.year : partial.yearOffset !== undefined && anchor ? anchor.year + partial.yearOffset : undefined;
      // "the summer of '68": the year with those last two digits, as "'68" alone would be.
      const written = partial.year ?? writtenYearOfCentury(partial.yearOfCentury, c);
      // ("analysts said they saw little chance of a move before the summer", told in March: a season not yet begun that a deadline word
      // points to is the year's, still to come, whatever the tense of the saying.)
      const deadlineAhead = partial.offset === undefined && !c.narrative && anchor !== null && c.seasonAfterDeadlineWord && c.direction === 'past' && !c.pastPerfect
        && seasonYear(anchor, partial.season, undefined, AHEAD) === anchor.year && seasonYear(anchor, partial.season, undefined, c) < anchor.year;
      // ("after the inconclusive fall campaign, stocks fall": a season "after" or "since" which the clause is told, with no tense of its
      // own, has gone by.)
      const gone = c.direction === 'unknown' && c.afterAfterOrSince;
      const year = written ?? calendarYear ?? storyYear ?? (anchor ? seasonYear(anchor, partial.season, partial.offset, deadlineAhead ? AHEAD : gone ? BEHIND : c) : undefined);
      const value = `${year === undefined ? 'XXXX' : formatYear(year)}-${partial.season}`;
      // "In the spring of 1986 … Later that year", "the autumn of 1936. That winter": a season with its year written sets the
      // story's year. ("this spring", "the summer" do not: they leave a story's day or month told before them in place.)
      if (written === undefined) {
        return c.narrative && year !== undefined && partial.offset === undefined ? { ...date(value), season: { year, season: partial.season } } : date(value);
      }
      return date(value, { day: { year: written, month: seasonStartMonth[partial.season], day: 1 }, precision: 'year', yearWritten: true, season: true });
    }
    case 'quarter': {
      const anchor = deicticAnchor(c);
      let year = partial.year ?? writtenYearOfCentury(partial.yearOfCentury, c) ?? (anchor && partial.yearOffset !== undefined ? anchor.year + partial.yearOffset : anchor?.year);
      // "fiscal third-quarter profit … expects fourth-quarter revenue to grow": after a company's own quarter, its year's.
      const fiscal = fiscalQuarterTold(c);
      if (fiscal && partial.year === undefined && partial.yearOffset === undefined && partial.offset === undefined) return quarterDate(fiscal.day.year, partial.quarter, true);
      if (partial.year === undefined && partial.yearOffset === undefined && anchor && !partial.fiscal) {
        const current = quarterOf(anchor.month);
        // "fourth-quarter results" in the first quarter are last year's, even when they are still to be reported; so are "revenue for the
        // fourth quarter would come in above its forecast" and the like.
        const justEnded = (partial.reported === true || c.afterFiguresFor) && partial.quarter === 4 && current === 1;
        // Told in no tense, a quarter is the nearer of last year's and this year's: "growth data for the fourth quarter" in March.
        const nearerBehind = current + 4 - partial.quarter < partial.quarter - current;
        // ("was meant to put the software on store shelves before the fourth quarter", told in September: a quarter not yet begun that a
        // deadline word points to is the year's, whatever the tense of the saying, as a season is.)
        const deadlineAhead = c.direction === 'past' && c.afterDeadlineWord && !c.pastPerfect;
        const ended = partial.quarter > current && (justEnded || (c.direction === 'past' && !deadlineAhead) || (c.direction === 'unknown' && nearerBehind));
        if (partial.offset === -1 || (partial.offset === undefined && ended)) year = anchor.year - (partial.quarter >= current ? 1 : 0);
        if (partial.offset === 1 && partial.quarter <= current) year = anchor.year + 1;
        // "The deal is expected to close in the first quarter", "prices could triple in the first quarter", told in November: next
        // year's, as this year's has long gone by (not the quarter just ended, whose results are still to come: "will report
        // third-quarter results" in October).
        if (partial.offset === undefined && !partial.reported && partial.quarter < current - 1 && c.direction === 'future') year = anchor.year + 1;
      }
      return year === undefined ? date(`XXXX-Q${partial.quarter}`) : quarterDate(year, partial.quarter, partial.fiscal);
    }
    case 'reportedQuarter': {
      const anchor = deicticAnchor(c);
      if (!anchor) return date('XXXX-QX');
      // "earned $5.2 million in the fiscal first quarter … shipped in the quarter": the quarter the report is of.
      const told = c.quarterTold;
      // (A quarter under way, told as a forecast, is the one a forecast speaks of, not the one a result is told of: "expects to earn 12
      // cents a share for the quarter", not "profit fell in the quarter".)
      // ("For the fourth quarter, it forecast revenue roughly flat with the latest quarter": nor, for the latest, one not yet over.)
      if (told && (told.fiscal || (compareDays(told.day, anchor) <= 0 && !(told.forecast && c.direction === 'past')))
        && !(partial.ended && !hasEnded(told, c.document))) return quarterDate(told.day.year, quarterOf(told.day.month), told.fiscal);
      return quarterHolding(addMonths(anchor, -3));
    }
    case 'periodEnding': {
      // The day it ends on is read in the period's own context: they stand side by side in one sentence.
      const day = resolve(partial.end, c).told;
      // "the quarter to March": the quarter that ends in that month.
      if (day?.precision === 'month' && partial.unit === 'quarter') return quarterHolding(addMonths(day.day, -1));
      if (day?.precision !== 'day') return resolve(partial.unit === 'quarter' ? { kind: 'reportedQuarter' } : { kind: 'unitShift', unit: partial.unit, offset: 0, anchor: 'document' }, c);
      if (partial.unit !== 'quarter') return shiftedPeriod(day.day, { unit: partial.unit });
      // "fiscal third-quarter profit on Wednesday … in the quarter ended Feb. 28": the company's quarter told, by its own count.
      const fiscal = fiscalQuarterTold(c);
      if (fiscal && Math.abs(fiscal.day.year - day.day.year) <= 1) return quarterDate(fiscal.day.year, quarterOf(fiscal.day.month), true);
      // "in the fiscal first quarter … for the quarter ended Sept. 29": the quarter just told, by the company's count.
      // (Not a quarter still to come, as a forecast tells one: "would narrow in the fourth quarter. For the quarter ended Sept. 27".)
      if (c.previous?.precision === 'quarter' && Math.abs(c.previous.day.year - day.day.year) <= 1 && hasEnded(c.previous, c.document)) return quarterHolding(c.previous.day);
      // A quarter that ends off the calendar's is the calendar quarter most of its months fall in, its middle month's, some 45 days
      // before its end: "the quarter ended July 31" (May to July) is the second, "ended Jan. 31" the last of the year before, and a
      // retailer's "quarter ended Aug. 3" (May to early August) the second.
      return quarterHolding(addDays(day.day, -MIDDLE_OF_QUARTER_DAYS));
    }
    case 'periodOfYear': {
      // "the 1989 period": that year's part of the quarter the report is of, or else of the quarter told last.
      const quarter = c.quarterTold ?? (c.previous?.precision === 'quarter' ? c.previous : null);
      // ("the 1988 period" in a report of 1989 is compared with, as "a year earlier" is, and moves no story.)
      if (quarter) {
        const period = quarterDate(partial.year, quarterOf(quarter.day.month));
        return partial.year < quarter.day.year ? valueOnly(period) : period;
      }
      // "the 1988 quarter" with no quarter told: that year's part of the last quarter a company could report on.
      if (partial.quarter && c.document) return quarterDate(partial.year, quarterOf(addMonths(c.document, -3).month));
      return date(formatYear(partial.year));
    }
    case 'weekend': {
      if (partial.anaphoric) return weekendFromTold(partial.offset ?? 0, c);

      const anchor = deicticAnchor(c);
      if (!anchor) return date('XXXX-WXX-WE');
      // The weekend still to come is this week's until its Sunday; the one past, this week's from its Saturday.
      // ("Next weekend brings the fantasy epic", told on a Monday, is the coming one, the weekend after the one just gone: the probes,
      // 4 of 4.)
      const offset = partial.offset === 1 && weekdayOf(anchor) === 1 ? 0
        : partial.offset ?? (partial.ahead || c.direction === 'future' ? (weekdayOf(anchor) === 7 ? 1 : 0) : weekdayOf(anchor) >= 6 ? 0 : -1);
      return date(`${formatWeek(addDays(anchor, offset * 7))}-WE`);
    }
    case 'half': {
      const anchor = deicticAnchor(c);
      // "Profit doubled in the second half" told in the first: last year's, as a quarter after the current one told in the past is.
      // "Many expect a choppier market in the first half" told in the second: next year's, as a quarter gone by told in the future is.
      const untold = partial.year === undefined && partial.yearOffset === undefined && anchor !== null;
      const ended = untold && c.direction === 'past' && partial.half > (anchor.month <= 6 ? 1 : 2);
      const ahead = untold && partial.half < (anchor.month <= 6 ? 1 : 2) && c.direction === 'future' && !c.countedFrom;
      const year = partial.year ?? writtenYearOfCentury(partial.yearOfCentury, c) ?? (anchor ? anchor.year + (partial.yearOffset ?? (ended ? -1 : ahead ? 1 : 0)) : undefined);
      if (year === undefined) return date(`XXXX-H${partial.half}`);
      // A story's "the latter half of 2008" sets its year, as "2008" would.
      return date(`${formatYear(year)}-H${partial.half}`, { day: { year, month: partial.half === 1 ? 1 : 7, day: 1 }, precision: 'year', half: partial.half });
    }
    case 'weekday': {
      // "On Friday" after a story told only its year or month ("by the end of the year"): some Friday of it, not its first.
      const told = partial.anchor === 'previous' || c.narrative ? c.previous : null;
      if (told && told.precision !== 'day' && partial.offset === undefined) return withPart(unknownDayOf(told), partial.part);
      const anchor = partial.anchor === 'previous' ? c.previous?.day ?? c.document : deicticAnchor(c);
      if (!anchor) return withPart(`XXXX-WXX-${partial.weekday}`, partial.part);
      // "from Monday to Saturday": on or after the first; "arrested on Saturday ahead of Sunday's vote": after the day of its clause.
      // "will meet next Tuesday and Wednesday", "flights for Friday and Saturday" told on a Friday: a later day listed after one still
      // to come, or after today, is in its week, whatever the tense: "after Tuesday and Wednesday were declared bank holidays".
      const listedAfterNow = partial.listedAfter && c.previous !== null && (c.direction === 'future' || (c.document !== null && compareDays(c.previous.day, c.document) >= 0));
      // ("raise the debt limit until February 7, ahead of Thursday's deadline": a day still to come counts from a day told only if that
      // day is of this week.)
      // ("heading into next Tuesday's contests": a week named puts the day in it.)
      const aheadOfToldDay = partial.offset === undefined
        && ((c.aheadOfTold && c.previous !== null && c.document !== null && Math.abs(compareDays(c.previous.day, c.document)) <= WEEK_MS) || c.aheadOfDayOfSaying);
      // ("Next week brings reports on Wednesday": that week's, unless the tense puts the day on the other side of now: "Beginning next
      // week, the county will test the water twice a week, officials said Tuesday".)
      const week = c.previous?.week && !isAcrossNow(c.previous.day, c) ? c.previous.day : null;
      const rangeStart = c.previous?.precision === 'day' && (partial.afterCoordinated || aheadOfToldDay || listedAfterNow || isWeekdayToldAgain(partial, c) || isWeekdayOfDayTold(partial, c)
        || isInWeekOfRetoldDay(partial, c)) ? c.previous.day : null;
      const day = week ? addDays(week, partial.weekday - weekdayOf(week))
        : rangeStart ? addDays(rangeStart, (partial.weekday - weekdayOf(rangeStart) + 7) % 7)
        : partial.nth !== undefined ? addDays(nearestWeekday(anchor, partial.weekday, partial.offset, c), 7 * (partial.nth - 1) * (partial.offset ?? -1))
        : partial.rangeTo !== undefined && c.direction === 'future' ? startOfRangeAhead(anchor, partial.weekday, partial.rangeTo)
        // ("shortly before classes were to let out Monday afternoon": a plan told in the past is of the week around, either side of now;
        // so one that fell through, "The rocket had been scheduled to lift off on Saturday", told on a Friday.)
        : partial.week === undefined && partial.offset === undefined && !partial.ahead && (c.plannedInPast || c.plannedBefore) ? weekdayOfWeekAround(anchor, partial.weekday)
        : partial.week === undefined ? nearestWeekday(anchor, partial.weekday, partial.offset, partial.ahead || isStoryAhead(partial, c) ? AHEAD : c, partial.offset === undefined && looksBackFromToldPast(partial.weekday, anchor, c))
        : addDays(anchor, 7 * partial.week + partial.weekday - weekdayOf(anchor));
      return withPart(formatDay(day), partial.part, { day, precision: 'day' });
    }
    case 'dayShift': {
      // "Debate is to begin at 10 a.m., with a final vote expected in the late afternoon": the part of the day a clock time right
      // before it was put on.
      // ("Preorders open Friday … Arclight shares rose 6 percent by late afternoon": not a day still to come, told in the past; the
      // publication day.)
      const isAheadOfPast = (day: Day) => !c.narrative && c.document !== null && compareDays(day, c.document) > 0 && c.direction === 'past';
      const clockDay = partial.anchor === 'previous' && partial.days === 0 && c.dayBefore?.resolved.type === 'TIME' ? parseDay(c.dayBefore.resolved.value.slice(0, 10)) : null;
      // (Nor the day of a time ahead: "is due to deliver his address that night. … Some looked tired by late afternoon".)
      if (clockDay && !isAheadOfPast(clockDay)) return withPart(formatDay(clockDay), partial.part, { day: clockDay, precision: 'day' });
      if (partial.days === 0 && !partial.part && partial.anchor !== 'previous' && c.todayAsNowadays) return date('PRESENT_REF');
      const toldAheadOfPast = partial.anchor === 'previous' && c.previous?.precision === 'day' && isAheadOfPast(c.previous.day);
      // ("where the stock closed on November 12, before the offer was made public. … Shares rose 3.1 percent by late morning": nor, in
      // another sentence, a day more than a week back, in a market report's prices: they are of the news's days.)
      const quotedToday = partial.anchor === 'previous' && partial.days === 0 && !c.narrative && c.document !== null && c.previous?.precision === 'day'
        && c.inMarketQuoteApart && compareDays(c.previous.day, c.document) < -STORY_TIME_DAYS * DAY_MS;
      // ("beat the Hornets 104-98 Tuesday night … 'We didn't play our best tonight,' the coach said": a night gone by, in a quotation after
      // the day before the publication's, is the night it was said on. Not "today" or "this morning", which the probes leave on the
      // publication day as often: 6 better and 11 worse.)
      const quotedDayBefore = partial.anchor !== 'previous' && partial.days === 0 && partial.part === 'NI' && c.direction === 'past' && c.quotedOnDayBefore;
      const anchor = toldAheadOfPast || quotedToday ? c.document : quotedDayBefore ? c.previous!.day : partial.anchor === 'previous' ? c.previous?.day ?? c.document : deicticAnchor(c);
      if (partial.anchor === 'previous' && c.previous && c.previous.precision !== 'day') return withPart(unknownDayOf(c.previous), partial.part);
      if (!anchor) return withPart('XXXX-XX-XX', partial.part);
      const day = addDays(anchor, partial.days);
      return withPart(formatDay(day), partial.part, { day, precision: 'day' });
    }
    case 'overnight': {
      const anchor = deicticAnchor(c);
      if (!anchor) return withPart('XXXX-XX-XX', 'NI');
      // "On Sunday, October 28, the rain began. The storm strengthened overnight": the night of the story's day, told in the past;
      // "On Tuesday morning … had burned down overnight": the night before a morning.
      // Not a day told only as background ("The embassy bombings, on Aug. 7, …" in a story of the 20th): the story's day is of
      // the last week, or of an earlier year's story the text tells.
      const told = c.previous?.precision === 'day' && c.document && compareDays(c.previous.day, c.document) < 0 && c.sinceTold <= STORY_NIGHT_REACH && c.direction === 'past'
        && (compareDays(c.document, addDays(c.previous.day, STORY_NIGHT_DAYS)) <= 0 || (c.previous.yearWritten && c.previous.day.year < c.document.year)) ? c.previous : null;
      const storyNight = told && addDays(told.day, told.part === 'MO' ? -1 : 0);
      const day = storyNight ?? (c.direction === 'future' ? anchor : addDays(anchor, -1));
      return withPart(formatDay(day), 'NI', { day, precision: 'day' });
    }
    case 'unitShift': {
      // "In the 1970s … In the next decade", "the 470s BC … the following decade": counted from the decade the story told.
      if (partial.unit === 'decade' && c.decadeTold != null && (partial.anchor === 'previous' || c.deicticFromStory)) return date(formatDecade(c.decadeTold.year + 10 * partial.offset));
      // "Prices rose in the 1960s. By the end of the decade, wages had doubled", "the buildup of the early 1980s carried this region for
      // most of the decade": the decade told a sentence or so before.
      if (partial.unit === 'decade' && partial.offset === 0 && partial.definite && c.decadeTold != null && c.sinceDecadeTold <= DECADE_TOLD_REACH) {
        return date(formatDecade(c.decadeTold.year));
      }
      // "He came home in 1954 … and by the end of the decade he was reading the farm report": in a past told of an earlier decade's
      // year, the decade of that year.
      // (Not "the most important trade vote of the decade", the one of now.)
      if (partial.unit === 'decade' && partial.offset === 0 && partial.definite && isInEarlierDecadesStory(c) && !c.afterOf) {
        return date(formatDecade(c.previous!.day.year));
      }
      // "Rates have fallen since 2011 … growth will stay weak over the next year": in news, the next year or decade still to come is the
      // one after now, not after one gone by that the story told, nor one after a day not told.
      const fromNow = partial.anchor === 'previous' && partial.offset > 0 && (partial.unit === 'year' || partial.unit === 'decade') && !c.narrative
        && c.document !== null && (c.previous === null || compareDays(c.previous.day, c.document) < 0) && c.direction === 'future';
      // "said second-quarter profit rose … forecast third-quarter sales … climbed 25 percent from the previous quarter": a quarter
      // counted from in a report is the one reported on, not one still to come told since, nor the day of the report ("hit a record in
      // the first quarter, data showed Thursday. The number of jobless rose from the previous quarter").
      const reportedQuarter = partial.anchor === 'previous' && partial.unit === 'quarter' && c.quarterTold && c.previous !== c.quarterTold && !c.quarterTold.forecast
        && ((c.previous?.precision === 'quarter' && !c.previous.fiscal && !hasEnded(c.previous, c.document)) || c.previous?.precision === 'day'
          // ("grew in the first quarter … after steep cuts in December … up from 3.9 percent in the previous quarter": nor a month told
          // outside the quarter reported.)
          || (c.previous?.precision === 'month' && !isInQuarterOf(c.previous.day, c.quarterTold.day))
          // ("said its first-quarter profit rose … as refinancing, which boomed last year, slowed … down from the previous quarter": nor a
          // year or quarter of an earlier year the report compares with.)
          || ((c.previous?.precision === 'quarter' || c.previous?.precision === 'year') && c.previous.day.year < c.quarterTold.day.year));
      // ("Retail sales rose 0.2 percent in August … Sales at auto dealers fell 0.3 percent, after jumping 1.5 percent the month before": so a
      // month counted back from in a report of a month's figures, with no date told in its sentence.)
      const reportedMonth = partial.anchor === 'previous' && partial.unit === 'month' && partial.offset < 0 && c.monthReported !== null && c.previous !== c.monthReported
        && !c.inSentenceOfTold;
      const anchor = reportedQuarter ? c.quarterTold!.day : reportedMonth ? c.monthReported!.day : partial.anchor === 'previous' && !fromNow ? c.previous?.day ?? c.document : deicticAnchor(c);
      // "Last week", "the next day" with no date to count from: one of its unit, not known which.
      if (!anchor) return date(UNKNOWN_OF_UNIT[partial.unit]);
      // "He died the day after the attack", "released the following week" in news that told no date before: after some day not told.
      // ("the next decade" there is the one after now's: no story moves a decade on untold.)
      if (partial.anchor === 'previous' && partial.offset > 0 && !c.previous && !c.narrative && !fromNow) {
        return partial.unit === 'decade' || partial.unit === 'century' ? shifted(anchor, partial.unit, partial.offset) : date(UNKNOWN_OF_UNIT[partial.unit]);
      }
      // "the same day", "the same week" after "in August 480 BC" is some day of that month: the story told no day to count from.
      if (partial.anchor === 'previous' && SHIFTS_OF_DAYS.has(partial.unit) && c.previous && c.previous.precision !== 'day') return date(unknownDayOf(c.previous));
      // "fourth-quarter profit rose … For the full year, profit climbed" in January: the year of the quarter just reported.
      if (partial.reporting && c.previous?.precision === 'quarter' && c.previous.day.year === anchor.year - 1) return shifted(anchor, 'year', -1);
      // "On March 14, 2008, … By the end of the year, the economy had lost 2.6 million jobs": the year of an earlier year's story.
      // (Not "his first victory of the year", the one of now; nor a market's figure for it in another sentence, "Since the market hit
      // bottom in March 2009 … The yield on the 10-year note ended the year at about 3 percent", as a market report is of the news's days.)
      if (partial.definite && isInEarlierYearsStory(c) && !c.afterOf && !c.inMarketQuoteApart) return shifted(c.previous!.day, partial.unit, 0);
      // "Stocks climbed Friday … for a gain of 64 points for the week", told on Monday: the week of the story's day, told a sentence
      // or two back in the week before the publication.
      if (partial.storyWeek && !c.narrative && c.previous?.precision === 'day' && c.sinceTold <= STORY_WEEK_REACH && compareDays(c.previous.day, anchor) <= 0
        && compareDays(anchor, c.previous.day) < WEEK_MS) return date(formatWeek(c.previous.day));
      // "Nonperforming assets totaled $1.02 billion at year end", told in January: the end of a year or month told as a point in a past,
      // before the year's last month (or the month's last week) has begun, is the one gone by.
      if (partial.end && !c.narrative && c.document && c.direction === 'past' && !hasEndBegun(c.document, partial.unit)
        && c.afterAtPoint) return shifted(anchor, partial.unit, partial.offset - 1);
      return shifted(anchor, partial.unit, partial.offset);
    }
    case 'shiftBy': {
      // "second letter in two weeks": how long, unless the clause looks ahead ("will be redeemed in five years").
      if (partial.orDuration && c.direction !== 'future') return { type: 'DURATION', value: partial.orDuration };
      // "stopped performing in the mid-1980s. Two decades later": decades counted from the decade told since the story's last date.
      if (partial.unit === 'decade' && partial.anchor === 'previous' && c.decadeTold != null && Number.isInteger(partial.amount)) {
        return date(formatDecade(c.decadeTold.year + 10 * partial.amount * partial.direction));
      }
      // ("This year's remembrance carried added weight. Four days earlier, two bombs exploded": in news, the year of writing told last,
      // with no day, leaves days counted back from the day of writing.)
      const ofThisYear = partial.anchor === 'previous' && !c.narrative && c.previous?.precision === 'year' && c.document !== null
        && c.previous.day.year === c.document.year && partial.direction < 0 && SHIFTS_OF_DAYS.has(partial.unit);
      const anchor = ofThisYear ? c.document : partial.anchor === 'previous' ? c.previous?.day ?? c.document : deicticAnchor(c);
      // "10000 years later" has no year TimeML can write: it is only a time to come.
      if (!anchor || !isWritableYear(anchor.year + partial.direction * Math.ceil(partial.amount * YEARS_PER_UNIT[partial.unit]))) {
        return date(partial.direction < 0 ? 'PAST_REF' : 'FUTURE_REF');
      }
      // "He died three days later" in news that told no date before: later than some day not told, not than the publication.
      if (partial.anchor === 'previous' && partial.direction > 0 && !c.previous && !c.narrative) return date(UNKNOWN_OF_UNIT[partial.unit]);
      // "Two days later" after "in March 2019" is some day of that month or year: the story told no day to count from.
      if (partial.anchor === 'previous' && SHIFTS_OF_DAYS.has(partial.unit) && c.previous && c.previous.precision !== 'day' && !ofThisYear) return date(c.narrative ? unknownShiftedOf(c.previous, partial.unit) : unknownDayOf(c.previous));
      if (partial.from && 'day' in partial.from) {
        // "the day before last Tuesday", "the week after Christmas": counted from the day as it resolves where it stands.
        const told = resolve(partial.from.day, c).told;
        if (told?.precision !== 'day') return date(partial.unit === 'week' ? 'XXXX-WXX' : 'XXXX-XX-XX');
        const day = addUnits(told.day, partial.unit, partial.amount * partial.direction);
        return partial.unit === 'week' ? date(formatWeek(day)) : date(formatDay(day), { day, precision: 'day' });
      }
      if (partial.from) {
        // "a week from Tuesday" counts from the coming Tuesday, whatever the tense: the phrase looks ahead.
        const from = 'weekday' in partial.from ? nearestWeekday(anchor, partial.from.weekday, undefined, { direction: 'future' }) : addDays(anchor, partial.from.days);
        const day = addUnits(from, partial.unit, partial.amount * partial.direction);
        return date(formatDay(day), { day, precision: 'day' });
      }
      if (partial.at) {
        const day = partial.at.weekday === undefined ? anchor : weekdayOfWeekAround(anchor, partial.at.weekday);
        return shiftedPeriod(addUnits(day, partial.unit, partial.amount * partial.direction), partial.at);
      }
      // "bought the rifle on March 3 and used it a week later": in news, weeks counted from a day told end on a day (a narrative
      // tells the week, as WikiWars has it).
      if (!c.narrative && partial.anchor === 'previous' && c.previous?.precision === 'day' && (partial.unit === 'week' || partial.unit === 'fortnight') && Number.isInteger(partial.amount)) {
        const day = addDays(anchor, (partial.unit === 'week' ? 7 : 14) * partial.amount * partial.direction);
        return date(formatDay(day), { day, precision: 'day' });
      }
      // "The creek was a trickle a week ago": one week back from now is the day seven days back, as news means it (the probes, 14 of 15;
      // the dev set's "a week or so ago" too); two or more weeks back are a week of the calendar.
      if (!c.narrative && partial.anchor === 'document' && partial.unit === 'week' && partial.amount === 1 && partial.direction < 0 && !partial.at) {
        // (Told in passing, as "a year earlier" is: "up from a week ago and lower than on the same day last year" counts from now.)
        const day = addDays(anchor, -7);
        return { ...date(formatDay(day)), toldInPassing: { day, precision: 'day' } };
      }
      // In results news "a year ago" is the same quarter a year before the one just reported.
      // ("in two years" counts from now, not from the quarter just reported.)
      // ("A decade ago" is the year ten years back, as news means it, not the decade before this one; "joined the staff in 1938 … a
      // decade later" is 1948.)
      const decadeYears = partial.unit === 'decade' && !c.narrative && Number.isInteger(partial.amount) ? 10 * partial.amount : null;
      const result = decadeYears !== null ? shifted(anchor, 'year', decadeYears * partial.direction)
        : partial.unit === 'year' && !partial.orDuration ? shiftedYears(partial.amount * partial.direction, anchor, partial.period, c, partial.anchor === 'previous') : shifted(anchor, partial.unit, partial.amount * partial.direction);
      if (isCountedOnToNow(partial, result, c)) return shifted(c.document!, 'year', 0);
      // News compares with "a year earlier" without moving its story there: the next "a year earlier" is not two years back.
      if (c.narrative || partial.direction > 0 || partial.unit !== 'year') return result;
      return { type: result.type, value: result.value, ...(result.told ? { toldInPassing: result.told } : {}) };
    }
    case 'time': {
      // A clock time alone is on the day the text is telling of: the last day it named, else the publication day.
      // "Saturday at noon": the day as it was read where it stands.
      // (Right after it only: "Yancey said Tuesday. A meeting is scheduled for 6:30 p.m. Tuesday" is another Tuesday.)
      const dayTold = !partial.day ? null : c.dayBefore && c.sinceTold <= DAY_BEFORE_REACH && isSameDay(c.dayBefore.partial, partial.day) ? c.dayBefore.resolved : resolve(partial.day, c);
      const storyDay = dayTold ? null : storyDayOfTime(partial.lineStamp === true, c);
      // "Stock prices climbed Friday … By 11 a.m., the average was up": a time told in the past, with no day told before it to be on,
      // is on the day of the news the first sentence told.
      // ("A fire broke out overnight …, the company said. The blaze started at 1:45 a.m.": a small hour after a night told there is the next day's.)
      const lede = !dayTold && !storyDay && c.ledeDay && c.direction === 'past' ? c.ledeDay : null;
      const ledeDay = lede === null ? null : lede.part === 'NI' && partial.hour < SMALL_HOURS_END ? addDays(lede.day, 1) : lede.day;
      const startDay = dayTold ? parseDay(dayTold.value) : storyDay ?? ledeDay ?? deicticAnchor(c);
      const hour = hourOnItsDay(partial, !dayTold && startDay ? partOfDayBefore(partial, startDay, c) : undefined);
      // "passed the deal last night … and Obama signed the bill at 12:30 a.m.": a small hour after a night told is the next day's.
      // So a morning hour, to noon, after an afternoon, evening or night told before the publication day, or after it and still to come
      // ("lost power Friday evening … by 7 a.m., crews had restored service", "black smoke on Tuesday evening and again shortly before
      // noon"; not "without power on Monday evening … Gusts were recorded at 05:00", nor "will lead the countdown tonight … some
      // arriving before noon", earlier on the day of writing).
      const afterNight = !dayTold && startDay !== null && c.previous !== null && compareDays(startDay, c.previous.day) === 0
        && ((c.previous.part === 'NI' && partial.hour < SMALL_HOURS_END && !(c.document && c.direction === 'past' && compareDays(startDay, c.document) >= 0)) || ((c.previous.part === 'NI' || c.previous.part === 'EV' || c.previous.part === 'AF') && hour * 60 + partial.minute <= MORNING_END_HOUR * 60
          && (!c.document || compareDays(c.previous.day, c.document) < 0 || (c.direction === 'future' && compareDays(c.previous.day, c.document) > 0))));
      const day = !startDay ? startDay : partial.nextDay || afterNight ? addDays(startDay, 1) : partial.previousDay ? addDays(startDay, -1) : startDay;
      // ("Hong Kong is part of China today … At midnight, the British flag came down": so on the day of the news the first sentence told.)
      if (!dayTold && day !== null && midnightPassed(hour, c) && compareDays(day, c.document!) === 0) return { type: 'TIME', value: `${formatDay(day)}T00:00` };
      const clock = `T${String(hour).padStart(2, '0')}:${String(partial.minute).padStart(2, '0')}`;
      // "At 7.37am on 11 March 2004, … Two days later": the day a time carries is told, as the day alone would be.
      // ("At 11:50 p.m. Monday, … At about 1 a.m., the House voted": a late hour is of the night, as "Monday night" is.)
      // ("The motorcade left at 11:55 a.m. on Nov. 22, 1963. … At 12:30 p.m., shots rang out. … dead at 1 p.m. … At 2:38 p.m.": a time on
      // the story's day tells that day again, so that the story stays there from time to time.)
      // ("The meeting began at 6 p.m. Tuesday … approved the budget at 12:35 a.m.": an afternoon or evening hour of a day gone by is
      // told of that part of it, so that a morning hour after it is the next day's, as after "Tuesday evening"; not one ahead, as
      // listings run in no order: "lighting of the tree at 5:30 p.m. Saturday. The parade steps off at 10 a.m.")
      const partOfHour = PART_FROM_HOUR.find(([from]) => hour >= from)?.[1];
      const gone = day !== null && c.document !== null && compareDays(day, c.document) < 0;
      const told = dayTold?.told?.precision === 'day' ? { told: partOfHour === 'NI' || (partOfHour && gone) ? { ...dayTold.told, part: partOfHour } : dayTold.told }
        : storyDay && c.previous && !partial.nextDay && !afterNight && !c.inSentenceOfTold ? { told: c.previous } : {};
      return { type: 'TIME', value: `${day ? formatDay(day) : 'XXXX-XX-XX'}${clock}`, ...told };
    }
  }
}

/**
 * The part of `day` the expression right before a time told without a.m. or p.m. tells: "opens tonight at Bayside Park, first pitch
 * 7:05", "was to start at 7 p.m. Monday. By 7:40, the hall was full", "a ceremony at 12:40 p.m. Sunday. First pitch is set for 1:10"
 * (a clock time after noon, if the time read after noon is not long after it, nor more than a little before: "Kickoff is at 7 p.m. Friday.
 * Stadium gates open at 5:30").
 */
function partOfDayBefore(partial: Extract<PartialValue, { kind: 'time' }>, day: Day, c: Context): PartOfDay | undefined {
  const before = c.dayBefore?.resolved;
  if (!partial.meridiemUntold || partial.day || before?.type !== 'TIME' || !before.value.startsWith(formatDay(day))) return undefined;
  const part = PART_OF_TIME.exec(before.value);
  if (part) return part[1] as PartOfDay;
  const clock = CLOCK_OF_TIME.exec(before.value);
  const minutes = clock ? Number(clock[1]) * 60 + Number(clock[2]) : 0;
  const afterNoon = (partial.hour + 12) * 60 + partial.minute;
  return minutes >= 12 * 60 && partial.hour < 12 && afterNoon >= minutes - BEFORE_CLOCK_HOURS * 60 && afterNoon - minutes <= AFTER_CLOCK_HOURS * 60 ? 'AF' : undefined;
}
/** How many hours before a clock time told after noon an hour told without a.m. or p.m. may be read after noon too. */
const BEFORE_CLOCK_HOURS = 3;
/** How many hours after a clock time told after noon an hour told without a.m. or p.m. may be read ("back by noon. By 11 o'clock, we were out of water" is the morning's). */
const AFTER_CLOCK_HOURS = 6;
const PART_OF_TIME = /T(AF|EV|NI)$/;
const CLOCK_OF_TIME = /T(\d\d):(\d\d)$/;

/** Whether the day a time is on is the day told before it, or a copy of it that marks it as a range's end ("through Sunday at 10 a.m."). */
const isSameDay = (told: PartialValue, day: PartialValue) =>
  told === day || (told.kind === 'weekday' && day.kind === 'weekday' && told.weekday === day.weekday && told.offset === day.offset && told.week === day.week);

/**
 * "ten o'clock last night", "4 o'clock Thursday afternoon": an hour told without a.m. or p.m. is after noon in that part of its day,
 * or, with no day of its own, in the part of its day told right before it (`partBefore`).
 */
function hourOnItsDay(partial: Extract<PartialValue, { kind: 'time' }>, partBefore?: PartOfDay): number {
  const part = !partial.meridiemUntold ? undefined : partial.day ? ('part' in partial.day ? partial.day.part : undefined) : partBefore;
  const from = part ? AFTER_NOON_FROM_HOUR[part] : undefined;
  // ("12:01 this morning" is a minute past midnight.)
  if (part === 'MO' && partial.hour === 12) return 0;
  return from !== undefined && partial.hour >= from && partial.hour < 12 ? partial.hour + 12 : partial.hour;
}
