// Where a narrative's story does not go: the asides it tells on the way. A look back ("the previous year", "Chinese forces that
// had invaded Burma in late 1943", "the August 1792 uprising", "from a high of 300 in summer 2007"), a look ahead ("a campaign
// planned for 1976", "an assault that lasted until February 1945"), a date of record ("as of December 5, 2006"), a year far
// from the story ("the largest cavalry battle since 1813") and its own year told again ("December 7, 1941"). The next
// "September 18" is still the story's year, and month.
import type { PartialValue } from '../recognise/partialValue';
import type { Unit } from '../lexicon/en/units';
import { matchesBefore } from './clauseWords';
import { isComparedWith } from './comparison';
import { followsPastPerfect } from './pastPerfect';
import { compareDays } from './calendarMath';
import { DETERMINERS } from '../lexicon/en/tense';
import { withStandIns } from '../text/oneByteText';
import type { Context, Told } from './resolved';

/** A year told this far from a narrative's last month or day is an aside ("documents found in 2004"), not where the story goes. */
const ASIDE_YEARS = 10;
// "the Civil Constitution of the Clergy (1790)", "the August 1792 uprising", "the 1614 rules": a date in brackets or naming a thing.
const NAMING_BEFORE = /(?:\(|(?<![\p{L}])the\s+)$/iu;
const NAMING_REACH = 5;
// "an assault that lasted until the fall of Budapest in February 1945": the end of a span, told in its sentence after "until".
const UNTIL_BEFORE = /(?<![\p{L}])(?:until|till)(?![\p{L}])[^.;!?]*$/iu;
// ("until the fall of Budapest in": what ends the span, named; not a clause, "until the agreement was reached in".)
const UNTIL_EVENT_BEFORE = new RegExp(withStandIns(
  `(?<![\\p{L}])(?:until|till)\\s+(?:${DETERMINERS.join('|')})\\s+(?:(?!(?:was|were|is|are|had|has|have|been)\\s)[\\p{L}'’-]+\\s+){1,4}(?:in|on)\\s+$`), 'iu');
/** How far before a date its "until" may stand: "until the fall of Budapest in" (a few words, not the sentence before a comma). */
const UNTIL_REACH = 60;
// "was imported by the end of 1776": "by" after a word inside its sentence, not opening it ("By 1943, the Germans had lost").
const BY_INSIDE_SENTENCE_BEFORE = /[\p{Ll},]\s+by\s+(?:the\s+(?:end|middle|start|beginning)\s+of\s+)?$/u;
const BY_REACH = 30;
// "fighting the Bolsheviks since November 1918": the point a state of things is counted from, a few words before the date.
const SINCE_BEFORE = /(?<![\p{L}])since(?![\p{L}])[^.;!?]*$/iu;
const SINCE_REACH = 50;
const AS_OF_BEFORE = /(?<![\p{L}])as\s+of\s+$/iu;
const AS_OF_REACH = 8;
const LONG_UNITS: ReadonlySet<Unit> = new Set<Unit>(['year', 'decade', 'century']);

/** Whether the date told at text[start…] is an aside of the narrative whose story is at `previous`. */
export const isAside = (partial: PartialValue, told: Told, previous: Told, c: Context, text: string, start: number) =>
  looksBack(partial) || isYearAside(told, previous) || looksAheadToYear(told, previous, c, text, start)
  || looksBackToEarlierYear(told, previous, text, start) || isDateOfRecord(told, previous, text, start)
  || isComparedEarlier(told, previous, c) || restatesYear(told, previous);

/**
 * "the previous year", "two decades earlier", "two years ago", "in the past year", and "last month" (not "the previous month", which
 * a story goes back to): counted back from the story, a look at its past.
 */
const looksBack = (partial: PartialValue) =>
  (partial.kind === 'unitShift' && partial.offset < 0 && (LONG_UNITS.has(partial.unit) || (partial.unit === 'month' && partial.anchor !== 'previous')))
  || (partial.kind === 'shiftBy' && partial.direction < 0 && LONG_UNITS.has(partial.unit));

/**
 * "for a planned campaign in 1976", "would be held in 1976": a later year the story looks ahead to, not one it has got to; a later
 * month or day that ends a span ("an assault that lasted until the fall of Budapest in February 1945"); and a later year a total
 * has reached by, told inside its sentence ("90% of the supply was imported by the end of 1776", unlike a fronted "By 1943, …").
 */
const looksAheadToYear = (told: Told, previous: Told, c: Context, text: string, start: number) => {
  if (told.day.year <= previous.day.year) return false;
  if (c.direction === 'future' && told.precision === 'year') return true;
  // (After "until" and what ends the span, "until the fall of Budapest in", the tense is its verb's, "lasted".)
  if (told.yearWritten === true && matchesBefore(UNTIL_BEFORE, UNTIL_REACH, text, start)
    && (c.direction === 'future' || matchesBefore(UNTIL_EVENT_BEFORE, UNTIL_REACH, text, start))) return true;
  return told.precision === 'year' && matchesBefore(BY_INSIDE_SENTENCE_BEFORE, BY_REACH, text, start);
};

/**
 * "Chinese forces that had invaded Burma in late 1943 besieged Myitkyina", "the leader of the August 1792 uprising", "the Civil
 * Constitution (1790)", "at war since November 1918" in a later story: an earlier year told after a past perfect, naming a thing
 * or as the point a state of things is counted from looks back from the story.
 */
const looksBackToEarlierYear = (told: Told, previous: Told, text: string, start: number) =>
  told.yearWritten === true && told.day.year < previous.day.year
  && (matchesBefore(NAMING_BEFORE, NAMING_REACH, text, start) || matchesBefore(SINCE_BEFORE, SINCE_REACH, text, start) || followsPastPerfect(text, start));

/** "On December 7 (December 8 in Asian time zones), 1941": the story's own year told again leaves its month or day in place. */
const restatesYear = (told: Told, previous: Told) => told.precision === 'year' && previous.precision !== 'year' && told.day.year === previous.day.year;

/** "from a high of 300 in summer 2007", "compared to the carnage of November and January": an earlier date a figure is compared with. */
const isComparedEarlier = (told: Told, previous: Told, c: Context) => compareDays(told.day, previous.day) < 0 && c.comparedWith;

/** "73% of U.S. military deaths (as of December 5, 2006)" in a story of 2003: the date a figure is counted to, not where the story goes. */
const isDateOfRecord = (told: Told, previous: Told, text: string, start: number) =>
  told.yearWritten === true && told.day.year !== previous.day.year && matchesBefore(AS_OF_BEFORE, AS_OF_REACH, text, start);

/** "A Supreme War Council was created on 5 November 1917" in a story told to March 1918: a day or month of an earlier year, written. */
export const isFlashback = (told: Told, previous: Told) =>
  told.yearWritten === true && told.precision !== 'year' && previous.precision !== 'year' && told.day.year < previous.day.year;

/**
 * "On April 9 Baghdad fell … In November 2008, protesters staged a similar stomping … on April 15 the coalition declared the
 * invasion over": a day or month written two or more years ahead of the story is a glimpse forward, which the story comes back from.
 */
export const isFlashForward = (told: Told, previous: Told) =>
  told.yearWritten === true && told.precision !== 'year' && previous.precision !== 'year' && told.day.year > previous.day.year + 1;

const isYearAside = (told: Told, previous: Told) =>
  told.precision === 'year' && previous.precision !== 'year' && Math.abs(told.day.year - previous.day.year) > ASIDE_YEARS;

// "higher than during the floods of 1953", "defences built since 2007": an earlier year a news story measures its day against.
const MEASURED_AGAINST_BEFORE = /(?<![\p{L}])(?:than|since)(?![\p{L}])[^.;!?]*$/iu;
const MEASURED_AGAINST_REACH = 40;

/**
 * "Thousands spent Thursday night in shelters; sea levels were higher than during the floods of 1953 … the next morning": in news,
 * an earlier year measured against is an aside of the story's day, which "the next morning" and a clock time still count from; so
 * is a month ("rose in February, the highest since November 2009. The median price climbed from a year earlier").
 */
export const isNewsYearAside = (told: Told, previous: Told, text: string, start: number, end: number) =>
  (((told.precision === 'year' || (told.precision === 'month' && told.yearWritten === true)) && previous.precision !== 'year' && told.day.year < previous.day.year
    && (matchesBefore(MEASURED_AGAINST_BEFORE, MEASURED_AGAINST_REACH, text, start)
      // ("34 groups have entered floats, up from 27 last year": so a year counted from now that a figure is compared with; not a year
      // written, which chained comparisons count on from: "up from 85 in 2011 and 60 a year earlier".)
      || (!told.yearWritten && isComparedWith(text, start))))
    // A day a record is counted from: "closed 1.6 per cent higher, its biggest gain since 17 January. Buying was heavy in the afternoon".
    // And one a state is counted from: "Searchers today found the wreckage of a plane that had been missing since Monday. It was
    // spotted at 11:10 a.m."
    || (told.precision === 'day' && previous.precision === 'day' && compareDays(told.day, previous.day) < 0
      && (matchesBefore(RECORD_SINCE_BEFORE, MEASURED_AGAINST_REACH, text, start) || matchesBefore(SINCE_BEFORE_DAY, SINCE_BEFORE_DAY_REACH, text, start)))
    // So is a day of an earlier year written out that a state is counted from: "have been cautious since the market crash of Oct. 19,
    // 1987, and many were shaken again by the drop on Oct. 13".
    || (told.precision === 'day' && told.yearWritten === true && previous.precision !== 'year' && told.day.year < previous.day.year
      && matchesBefore(SINCE_WITHIN_SENTENCE_BEFORE, MEASURED_AGAINST_REACH, text, start)))
  && !WHEN_AFTER.test(text.slice(end, end + 8));
const SINCE_BEFORE_DAY = /(?<![\p{L}])since\s+$/iu;
const SINCE_WITHIN_SENTENCE_BEFORE = /(?<![\p{L}])since(?![\p{L}])[^.;!?]*$/iu;
const SINCE_BEFORE_DAY_REACH = 8;
const RECORD_SINCE_BEFORE = /(?<![\p{L}])(?:\p{L}{2,}est|most|least|first|best|worst)(?![\p{L}])[^.;!?]*\ssince\s+$/iu;
// "have not lost two straight games since 2010, when they finished 4-8": the year the story goes back to tell.
const WHEN_AFTER = /^,?\s+when(?![\p{L}])/iu;
