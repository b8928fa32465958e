// The public data shapes of the parser. Everything here is plain data: it crosses the worker
// boundary by structured clone and is printed as JSON by the CLI.

/** TimeML TIMEX3 types. */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** A temporal expression found in a text, with its TimeML normalisation. */
export interface Timex {
  /** UTF-16 offset of the first character in the text. */
  start: number;
  /** UTF-16 offset one past the last character (end exclusive). */
  end: number;
  /** The expression as written: text.slice(start, end). */
  text: string;
  type: TimexType;
  /**
   * The TimeML value: "2021-11-15", "2021-07", "2020", "1998-W32", "1998-Q3", "1998-SU", "199",
   * "1998-08-07T14:30", "1998-08-07TNI", "P3M", "PXM", "XXXX-WXX-1", "PRESENT_REF", "PAST_REF",
   * "FUTURE_REF". "XXXX-11-15"-style values only where no reference date was available.
   */
  value: string;
}

/** How a text is dated: against its publication date (news) or against the story it tells. */
export type Genre = 'news' | 'narrative';

export interface TagOptions {
  /** Document creation (publication) time, "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM". */
  dct?: string;
  /**
   * News resolves against the dct; narrative against the last mentioned date. Default: news. News without
   * a dct leaves deictic dates ("today", "next month") unknown, and takes the story's year for the rest.
   */
  genre?: Genre;
}

/** An article as read from a file or a paste: one body text, plus what its shape told us. */
export interface Article {
  title?: string;
  source?: string;
  /** ISO date "YYYY-MM-DD" when known. */
  publicationDate?: string;
  /** The body: entities decoded, tags removed, paragraphs separated by "\n". */
  text: string;
}

/** One dated statement of an article. */
export interface TimelineEvent {
  /** Stable across reparses of the same text: derived from the date and the quote. */
  id: string;
  /** ISO 8601 at the text's precision: "2020", "2021-07", "2021-11-15". */
  start: string;
  /** Inclusive end at its own precision, for spans ("10 and 11 November"). */
  end?: string;
  /** A period with no stated end ("For several months" after an election). */
  open?: boolean;
  /** The sentence the event rests on, verbatim: text.slice(quoteStart, quoteEnd). */
  quote: string;
  quoteStart: number;
  quoteEnd: number;
  /** The date expression as written ("10 and 11 November"). */
  dateText: string;
  /** Offsets of dateText in the text. */
  dateStart: number;
  dateEnd: number;
  /** A short headline for the event. */
  title: string;
  /** People, organisations and countries named in the quote. */
  actors: string[];
}

/** A problem with an input, as data: a message key the UI can translate, and a readable message. */
export interface InputProblem {
  key: 'empty' | 'binary' | 'tooLarge' | 'noText' | 'malformed';
  message: string;
}

/** What the parser makes of an article: the CLI's JSON output and the app's model. */
export interface ParsedArticle {
  title?: string;
  source?: string;
  publicationDate?: string;
  text: string;
  events: TimelineEvent[];
  /** In an article with no publication date, the dates that count from one ("on Tuesday", "last month"): on no event. */
  unplacedDates?: string[];
}
