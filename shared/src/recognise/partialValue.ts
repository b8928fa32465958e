// What recognisers emit: a temporal value as far as the text itself says it. The resolver fills
// in what the text leaves to context (the year of "15 November", the day of "Friday").
import type { PartOfDay, Season } from '../lexicon/en/calendar';
import type { HolidayRule } from '../lexicon/en/holidays';
import type { Unit } from '../lexicon/en/units';
import type { TimexType } from '../types';

/** Where a relative expression counts from: the publication date, or the last date the text mentioned. */
export type Anchor = 'document' | 'previous';

export type PartialValue =
  /**
   * "9 August 2020", "July 2021", "15 November", "2020"; the weekday of "Saturday, April 25" picks its year; week: "the week of March 6";
   * yearOfCentury: "in '95", "June ’68", a year told by its last two digits.
   */
  | {
      kind: 'calendar'; year?: number; month?: number; day?: number; weekday?: number; part?: PartOfDay; yearOffset?: number; monthOffset?: number; week?: true; yearOfCentury?: number;
      /** "the weekend of 14 August": with `week`, the weekend of the day's week. */
      weekend?: true;
      /** "June of that year": the year of the last date told, in news too. */
      yearTold?: true;
      /** "the following March", "the previous December": monthOffset counts from the last date told, in news too. */
      fromStory?: true;
      /** "6 June" in "from 21 May to 6 June": on or after the date told just before. */
      afterCoordinated?: true;
      /** "21 May" in "runs from 21 May to 6 June": a span told in the present may have begun already. */
      opensSpan?: true;
      /** "23" in "the 2022-23 season": the end of a span of years, which a month told after it does not count from. */
      rangeEnd?: true;
      /** "its March meeting", "tickets for July flights": a month naming a thing of it, which the clause's tense does not place. */
      attributive?: true;
    }
  /** "on the 15th": a day of the month the text is in (the last month told, or the publication's). */
  | { kind: 'dayOfMonth'; day: number }
  /**
   * A day a rule gives each year: a holiday ("Thanksgiving Day", "last Christmas", "Easter 1999", "Ukraine's Independence Day",
   * "Independence Day (3 July)", by the day a country keeps it or the text tells beside it) or "the first Monday of May".
   * yearTold: "That Christmas", in the year of the last date told; weekend: "the Memorial Day weekend"; week: "Easter week", the week that holds it;
   * namesEvent: "the Christmas Offensive", an event around the holiday, told to its month.
   */
  | { kind: 'holiday'; rule: HolidayRule; year?: number; offset?: number; yearTold?: true; yearOffset?: number; weekend?: true; week?: true; namesEvent?: true; part?: PartOfDay; opensSpan?: true }
  /** "the 1990s" (199), "the 20th century" (19), "the 4th century BC" (BC03). */
  | { kind: 'decade'; decade: number; beforeChrist?: true }
  | { kind: 'century'; century: number; beforeChrist?: true }
  /** "summer 1998", "last winter", "the third quarter", "the first half of 1999". */
  | {
      /** yearOfCentury: "the summer of '68", a year told by its last two digits. */
      kind: 'season'; season: Season; year?: number; offset?: number; anchor?: 'previous'; yearOfCentury?: number;
      /** "that summer", pointing away from now. */
      distal?: true;
      /** "the autumn of next year": of the publication's calendar year, shifted. yearTold: "the summer of that year", of the last date told. */
      yearOffset?: number; yearTold?: true;
    }
  /** reported: before "results", "earnings": a quarter that has ended, whatever the tense. */
  /** yearOfCentury: "Q3 FY24", a fiscal year told by its last two digits. fiscal: "the fiscal third quarter", of a company's own year. */
  | { kind: 'quarter'; quarter: number; year?: number; offset?: number; yearOffset?: number; reported?: true; yearOfCentury?: number; fiscal?: true }
  /** "the quarter", "the latest quarter": the last quarter a company could report on; ended: "the latest", "the most recent", one that has ended. */
  | { kind: 'reportedQuarter'; ended?: true }
  /** "the quarter ended June 30", "the week ending Nov. 4": the one that holds the day told after it. */
  | { kind: 'periodEnding'; unit: 'week' | 'month' | 'quarter'; end: PartialValue }
  /** "the 1988 quarter", "the 1988 period": that year's part of the period the text is about; quarter: the text says "quarter". */
  | { kind: 'periodOfYear'; year: number; quarter: boolean }
  /** "the weekend", "last weekend". */
  | {
    kind: 'weekend';
    offset?: number;
    /** Counted from the last day told ("the following weekend", "that weekend"), not from now. */
    anaphoric?: true;
    /** The next to come, whatever the tense: "the coming weekend" is this week's on a weekday. */
    ahead?: true;
  }
  | { kind: 'half'; half: number; year?: number; yearOffset?: number; yearOfCentury?: number }
  /** "Friday", "last Monday", "Tuesday morning"; "the previous Friday" counts from the last day told. */
  | {
      kind: 'weekday'; weekday: number; offset?: number; /** "two Fridays ago": the second such day back (with offset −1). */ nth?: number; part?: PartOfDay; anchor?: Anchor; /** "Monday of last week": weeks from the anchor's. */ week?: number;
      /** "that Saturday", pointing away from now. */
      distal?: true;
      /** "from Monday to Saturday": the end of a range, on or after its start. */
      afterCoordinated?: true;
      /** "between Thursday and Monday": the start of a range, with the weekday it runs to. */
      rangeTo?: number;
      /** "will meet Tuesday and Wednesday": a later day of the week listed after another, after it when the list is still to come. */
      listedAfter?: true;
      /** "between today and Monday": the end of a range that starts today, the next such day to come. */
      ahead?: true;
    }
  /** "today", "yesterday", "tomorrow", "tonight", "this morning"; "that afternoon", "the next morning" count from the last day told. */
  /** distal: "that afternoon", pointing away from now. */
  | { kind: 'dayShift'; days: number; part?: PartOfDay; anchor?: Anchor; distal?: true }
  /** "overnight": the night just past, or the one to come when the sentence tells the future. */
  | { kind: 'overnight' }
  /** "last week", "this year", "next month", "the following day", "the same month". */
  | {
      kind: 'unitShift'; unit: Unit; offset: number; anchor: Anchor;
      /** "the full year", "the fiscal year" of results news. */
      reporting?: true;
      /** "the year", "the end of the month": the one the text is in, which an earlier year's story may be. */
      definite?: true;
      /** "the week" alone: the week of the day the story is on, as "for the week" in a market report of Friday's close. */
      storyWeek?: true;
      /** "that day", pointing away from now. */
      distal?: true;
      /** "year-end", "month's end": the end of the unit, which comes after every other day of it. */
      end?: true;
    }
  /**
   * "two years ago" (−2 years), "three days later" (+3 days from the last date); period: "the year-ago quarter", a reporting period;
   * at: "fifty years ago today", "ten years ago this week", "thirty years ago this weekend": the day (and its part), week, weekend
   * or month of the anchor, shifted;
   * with a weekday, "fifty years ago Friday": the day of this week's Friday, the anniversary, shifted.
   */
  | {
      kind: 'shiftBy'; unit: Unit; amount: number; direction: -1 | 1; anchor: Anchor; /** "the year-ago quarter", "the same period a year earlier": results news' noun. */ period?: 'quarter' | 'period'; at?: { unit: 'day' | 'week' | 'weekend' | 'month'; part?: PartOfDay; weekday?: number };
      /**
       * "a week from Tuesday", "three weeks from today": a day, counted from the day told after "from" (a weekday: the coming one);
       * "the day before last Tuesday", "the week after Christmas": counted from the day told after it, where the text puts it.
       */
      from?: { weekday: number } | { days: number } | { day: PartialValue };
      /** "will be redeemed in five years": the day it comes to when the clause looks ahead, else this duration ("letters in two weeks"). */
      orDuration?: string;
    }
  /**
   * "10:30 a.m.", "noon" on the day of an optional day expression; lineStamp: "17:30" opening a line of a live blog;
   * meridiemUntold: "ten o'clock", an hour that the afternoon, evening or night of its day puts after noon; nextDay: "5 a.m."
   * in "from 10 p.m. to 5 a.m.", on the day after the one the range starts on; previousDay: "10 p.m." in "between 10 p.m. and 6 a.m.
   * Saturday", on the day before the one the range ends on.
   */
  | { kind: 'time'; hour: number; minute: number; day?: PartialValue; lineStamp?: true; meridiemUntold?: true; nextDay?: true; previousDay?: true }
  /** A value the text fixes by itself: durations, sets, references. */
  | { kind: 'fixed'; type: TimexType; value: string };

/** A recogniser's find: where it is, and what it says. */
export interface Recognition {
  start: number;
  end: number;
  partial: PartialValue;
}

/** One construct: a global pattern built from the lexicon, and a reader of its matches (null: not mine). */
export interface Recogniser {
  name: string;
  pattern: RegExp;
  read(match: RegExpExecArray, text: string): PartialValue | null;
  /**
   * For a pattern that looks back at another expression ("25" of "April 24 and 25", "17" of "1915-17"): how many characters
   * after the end of another find it may start, so that it is not tried at every number of a text.
   */
  afterFind?: number;
}
