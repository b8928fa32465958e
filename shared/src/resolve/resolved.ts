import type { PartialValue } from '../recognise/partialValue';
// What the resolver works with: the context of one expression and the value it resolves to.
import type { PartOfDay, Season } from '../lexicon/en/calendar';
import type { TimexType } from '../types';
import { formatYear, type Day } from './calendarMath';
import type { Direction } from './tense';

/** The last date the text told, at the precision it was told. */
export interface Told {
  day: Day;
  precision: 'year' | 'quarter' | 'month' | 'day';
  /** The text wrote the year ("August 10, 2020"), or the date carries on a story that did. */
  yearWritten?: true;
  /** "That night" after "At 7 p.m. on Monday, Oct. 22, 1962": a date that carries on the story of a year written before it, not in it. */
  carriedOn?: true;
  /** The part of the day told with it ("Tuesday morning"): "overnight" after a morning is the night before it. */
  part?: PartOfDay;
  /** "The war, which began on March 15, 2011, has killed …": told as a background, where the story is not. */
  background?: true;
  /** "results for the three months ended Aug. 31": the end of a reported period, a background that "that morning" looks past. */
  periodEnd?: true;
  /** "In May 2020, …": a month told, its year written, opening its sentence as when the story is (which a day after it goes on from). */
  storyMonth?: true;
  /** "On Feb. 28, 1993, …": a day told, its year written, opening its sentence as when the story is, which bare times go on from further. */
  storyDay?: true;
  /** A company's own quarter ("the fiscal third quarter"), named by the year of its report: reported, whatever its number. */
  fiscal?: true;
  /** A quarter under way told as a forecast ("expects first-quarter profit to fall"): what a forecast, not a result, is told of. */
  forecast?: true;
  /** "Next week brings reports on Wednesday": a day of a week told, which stands for that week. */
  week?: true;
  /** "the summer of 1993": a season with its year, told as its year from the season's first month. */
  season?: true;
  /** "the first half of 2013": a half-year, told as its year from the half's first month; "a year earlier" is that half a year back. */
  half?: number;
  /** "FRIDAY, JAN. 11" alone on its line: a listing's heading, whose day the bare clock times of the lines under it are on. */
  heading?: true;
}

export interface Context {
  document: Day | null;
  previous: Told | null;
  /** Characters between the end of the last date told and this expression. */
  sinceTold: number;
  narrative: boolean;
  /** Deictic words ("today", "last week") count from the last date told, as a narrative's do. */
  deicticFromStory: boolean;
  direction: Direction;
  /** Words between the date and the word that gives its direction. */
  cueDistance: number;
  /** The future is told from now ("will", "is due to"), not as a plan told in the past. */
  firmFuture: boolean;
  willTold: boolean;
  /** The past is told from now: a date counted "since" ("have fallen since their peak in June"). */
  firmPast: boolean;
  /** "arrested on Saturday ahead of Sunday's vote": the date is still to come on the day its clause tells, the last date told. */
  aheadOfTold: boolean;
  aheadOfDayOfSaying: boolean;
  /** The date's verb is in the past perfect ("who had fled on Aug. 11"), which looks back from the past being told. */
  pastPerfect: boolean;
  /** "which had been scheduled for Nov. 1": a plan told in the past perfect, whose day may yet lie ahead. */
  plannedBefore: boolean;
  /** "were due April 15": a plan told in the past (tense.ts), whose day lies on either side of now. */
  plannedInPast: boolean;
  /** "state media reported that he had offered his resignation on Tuesday": the date is in reported speech, its tense shifted back. */
  reported: boolean;
  /** The date is an adverbial of a clause told in the simple past ("In March the company was sold"), however far off its verb. */
  inSimplePastClause: boolean;
  /** The story a flashback to an earlier year ("on 5 November 1917" in a story of 1918), or a glimpse years ahead, has just interrupted. */
  interrupted?: Told | null;
  /** A season a narrative told without its year just before ("passed the winter at Sardis. Early in spring …"), the story not moved since. */
  seasonBefore?: SeasonTold | null;
  /** "compared to the carnage of November": a date a figure is compared with, before the story's time. */
  comparedWith: boolean;
  /** "Sales rose on Christmas Eve", "over the weekend": the date is when what its clause tells happened, after "on", "over" and the like. */
  atTimeOfEvent: boolean;
  /** "before the summer", "by the fall", "until spring": a season alone right after a word of a deadline (not "by the end of the summer"). */
  seasonAfterDeadlineWord: boolean;
  /** "plans to step down after the November election": a month naming an event, placed by "after", "before", "in" or the like. */
  eventPlacedBefore: boolean;
  /** "after the January-June period", "since the first half": a time counted from, right after "after", "since", "from" or "than". */
  countedFrom: boolean;
  /** In a sentence that quotes a market's prices ("shares rose 2 percent at 11:15 a.m."), other than the sentence of the date told last. */
  inMarketQuoteApart: boolean;
  /**
   * "knocked off the Hornets 104-98 Tuesday night … 'We didn't play our best tonight,' the coach said": inside a quotation, after the
   * day before the publication's told as the story's, which the speaker may have meant by "tonight".
   */
  quotedOnDayBefore: boolean;
  /** "at noon the same day": a clock time followed by "the same day", which puts it on the day told before it. */
  followedBySameDay: boolean;
  /** A future told with "would", seen from a past ("it became clear that Abe would win the December election"). */
  wouldTold: boolean;
  /** "cut rates twice last year, in June and July": the date follows the last date told with only "in" (and a comma) between. */
  inToldPeriod: boolean;
  /** "That trial opened in March 1868 and ended on May 26": the date's verb is joined by "and" to the last date told. */
  joinedToTold: boolean;
  /** "since 2011, when a storm closed schools on Jan. 26": the date is in a "when" clause of the year told last. */
  inWhenClauseOfTold: boolean;
  /** "The celebration begins Thursday with the parade at 10 a.m.": the date is in the sentence of the last date told. */
  inSentenceOfTold: boolean;
  /** Whether "of" stands right before the expression: "the most important vote of the decade". */
  afterOf: boolean;
  /** Whether "at", "by" or "as of" stands right before the expression: "stood at $1.9 billion at year-end". */
  afterAtPoint: boolean;
  /** Whether "before", "by" or "until" stands right before the expression: "on store shelves before the fourth quarter". */
  afterDeadlineWord: boolean;
  /** Whether "after" or "since" stands before the expression in its phrase: "after the inconclusive fall campaign". */
  afterAfterOrSince: boolean;
  /** Whether figures for a period stand right before the expression: "revenue for the fourth quarter". */
  afterFiguresFor: boolean;
  /** "Flu shot clinic: Saturday, 9 a.m.-noon": the date follows the last date told after a comma alone. */
  inAppositionToTold: boolean;
  /**
   * Whether the date stands in the paragraph of the day told, within two sentences or so, as a day of the story it tells: not the day
   * a source said it ("said Saturday from her home"), nor one named for its event ("Saturday's resolution").
   */
  inParagraphOfTold: boolean;
  /** "opened on Friday, Aug. 15, 1969, and ended Sunday night": in a clause joined by "and" right after the day told. */
  inClauseJoinedToTold: boolean;
  /** "on Dec. 22, 1989, three days before Christmas": counted in days or weeks from the date, right after the day told. */
  countedFromAfterTold: boolean;
  /** "Flu season typically peaks between December and February": the date's sentence tells what happens every year. */
  habitual: boolean;
  /**
   * "It costs $1.25 today", "Today, its brick buildings hold artists' studios", "; today, about half are Chinese" after a year ten or
   * more years back: "today" sets the present against the past, not the day of publication.
   */
  todayAsNowadays: boolean;
  /** "In May 2020, …": the date opens its sentence as when it happened, rather than naming a thing or telling a background. */
  opensSentenceAsWhen: boolean;
  /** The date opens its sentence after "On": "On Feb. 28, 1993, …". */
  opensSentenceAsDay: boolean;
  /** "The war, which began on March 15, 2011, has killed …": the date is told in a relative clause, a background to its sentence. */
  inRelativeClause: boolean;
  /** "the fiscal first quarter, which ended Sept. 30": the date is the end of a reported period, no day the story is at. */
  endsPeriod: boolean;
  /** "the three months ended Aug. 31": so, after the period's name (not "The crisis ended on Sunday, Oct. 28", an event's end). */
  endsReportedPeriod: boolean;
  /** The last quarter the text told ("the fiscal first quarter"), which "the quarter" after it is, by the company's count. */
  quarterTold?: Told | null;
  /** "For the nine months, …": results for a span of quarters told since the last quarter, which "a year earlier" then compares with. */
  quartersSpanTold?: boolean;
  /** The year a sentence opened with ("In 2021, on May 23") or a chronology's heading ("2020" on its own line) gives the dates under it. */
  frameYear?: number;
  /**
   * A decade told after the last date told ("In the 1970s … In the next decade"), by a year of it (astronomical: 1970, or -469 for
   * the 470s BC), which a decade counted from the story is counted from: a decade names no day to keep as the story's; and where
   * its expression ends.
   */
  decadeTold?: { year: number; end: number } | null;
  /** How far, in characters, the date stands past the end of the last decade told (Infinity: none told). */
  sinceDecadeTold: number;
  /** The day told right before ("Saturday" in "Saturday at noon") as it was resolved, which a time on it is on. */
  dayBefore?: { partial: PartialValue; resolved: Resolved } | null;
  /** The day of the news the first sentence tells ("Stock prices climbed Friday"), in the week before publication, if it told one. */
  ledeDay?: Told | null;
  /** The first month the text told of the few before publication ("in March", "last month"): the month a report of figures is of. */
  monthReported?: Told | null;
}

/** A season of a year (a winter named by the year of its January). */
export interface SeasonTold {
  year: number;
  season: Season;
}

/** A TimeML type and value, and the date a later anaphor counts from (none: it does not move the story). */
export interface Resolved {
  type: TimexType;
  value: string;
  told?: Told;
  /** A season told without its year: the next such season of a narrative follows it. */
  season?: SeasonTold;
  /**
   * "first discussed a combination two years ago": a year news counts back to without moving its story there, which only "that
   * spring" or "that year" right after it refers to.
   */
  toldInPassing?: Told;
}

export const date = (value: string, told?: Told): Resolved => (told ? { type: 'DATE', value, told } : { type: 'DATE', value });

/** "Tuesday morning": a day with a part of the day is a TIME. */
export function withPart(value: string, part: PartOfDay | undefined, told?: Told): Resolved {
  return part ? { type: 'TIME', value: `${value}T${part}`, ...(told ? { told: { ...told, part } } : {}) } : date(value, told);
}

export function quarterDate(year: number, quarter: number, fiscal = false): Resolved {
  return date(`${formatYear(year)}-Q${quarter}`, { day: { year, month: quarter * 3 - 2, day: 1 }, precision: 'quarter', ...(fiscal ? { fiscal } : {}) });
}

/** The day deictic expressions count from: the publication date, or in narrative the last date told. */
export const deicticAnchor = (c: Context): Day | null => (c.deicticFromStory ? c.previous?.day ?? c.document : c.document);
