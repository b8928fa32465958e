// The context one expression is resolved in. Its tense is read from the words around it only when
// the resolver asks: most expressions ("1998", "three years", "March 5, 1998") tell enough alone.
import { DAY_MS, compareDays, type Day } from './calendarMath';
import type { Context, Resolved, SeasonTold, Told } from './resolved';
import type { PartialValue } from '../recognise/partialValue';
import { isComparedWith } from './comparison';
import { inSimplePastClause } from './simplePastClause';
import { clauseEnd, clauseStart, isAsciiLetterCode, lookBackLimit } from './clauseWords';
import { lastMatchEnd, tenseAt, type Direction, type Tense } from './tense';
import { withStandInSpellings, withStandInsOf } from '../text/oneByteText';
import { isAbbreviationBeforeName } from '../text/sentences';
import { isPossessiveAt } from '../text/possessive';
import { isDayOfSaying } from './attribution';

const FIGURES_FOR_BEFORE = /(?<![\p{L}])(?:revenues?|sales|profits?|earnings|income|results|loss|losses|billings)\s+(?:in|for)\s+$/iu;
const FIGURES_FOR_REACH = 16;
const AFTER_OR_SINCE_BEFORE = /(?<![\p{L}])(?:after|since)\s+(?:[\p{L}'’-]+\s+){0,2}$/iu;
const AFTER_OR_SINCE_REACH = 40;
const AT_POINT_BEFORE = /(?<![\p{L}])(?:at|by|as\s+of)\s+$/iu;
const OF_BEFORE = /(?<![\p{L}])of\s+$/iu;

// "last year, in June", "in 2012 during July", "last year, from May until July": only a preposition between a year told and the date.
const IN_TOLD_PERIOD = /^,?\s+(?:in|during|from|between)\s+$/i;
// "when it published results for 2012 in March": a year figures are for, told right before, is no period the month is in (they come out
// after it).
// ("whose contract was extended through 2016 in July": nor a year a span runs to, whose month is when it was set.)
const YEAR_REPORTED_FOR_BEFORE = /(?<![\p{L}])(?:for\s+(?:the\s+)?(?:(?:fiscal|financial|calendar)\s+)?(?:year\s+)?|(?:through|until|till)\s+)\d{4}$/iu;
// ("plans to report its results for the final three months of the year in mid-January": nor a part of the year they are for.)
const PART_OF_YEAR_REPORTED_FOR_BEFORE = /(?<![\p{L}])for\s+the\s+(?:[\p{L}-]+\s+){0,3}(?:months|quarters?|half|weeks)\s+of\s+the\s+year$/iu;
const PART_OF_YEAR_REPORTED_REACH = 60;
// "the fiscal first quarter, which ended Sept. 30", "the year ending June 30": the day a reported period ends.
const PERIOD_ENDED_BEFORE = /(?<![\p{L}])(?:ended|ending)\s+(?:on\s+)?$/iu;
// "the three months ended Aug. 31", "its fiscal year, which ends June 30": a period a company reports on (not "The crisis ended on Sunday").
const REPORTED_PERIOD_ENDED_BEFORE = /(?<![\p{L}])(?:months|quarter|year|period|half|weeks)(?:,\s+which)?\s+(?:ended|ending|ends)\s+(?:on\s+)?$/iu;
const REPORTED_PERIOD_ENDED_REACH = 30;
// "the heaviest snowfall since 2011, when a storm closed schools on Jan. 26": a "when" clause that tells of the year told.
// (A full stop before a digit is a decimal point: "a reading of 36.5C".)
// (After a comma, the year's or an apposition's to it: "in 2002, the driest on record, when"; not a clause of the sentence's own
// verb, "who served until 1989, faces 15 years in prison when he is sentenced Jan. 18".)
const WHEN_CLAUSE_OF_TOLD = /^(?:,[^.;!?]{0,60}?)?,\s+when\s(?:[^.;!?]|\.(?=\d))*$/u;
const WHEN_CLAUSE_REACH = 120;
// "opened in March 1868 and ended on May 26": a verb joined by "and" (with an adverb or an auxiliary), then the date's preposition.
const JOINED_TO_TOLD = /^\s+and\s+(?:\p{Ll}+\s+){1,3}(?:on|in|by|until)\s+$/u;
// "opened on Friday, Aug. 15, 1969, and was supposed to end Sunday night": a clause joined by "and" right after the day told, a few words on.
const CLAUSE_JOINED_TO_TOLD = /^,?\s+and\s+(?:\p{Ll}+\s+){1,5}$/u;
// ", which began after the disputed election of Aug. 9, 2020,": a date in a relative clause after a comma, some words on (no sentence end between).
const RELATIVE_CLAUSE_OPENS = /^\s*(?:which|who|that)\s[^.;!?]*$/iu;
const RELATIVE_CLAUSE_REACH = 80;
// "In May 2020, …", "By March 2021, …": a sentence that opens with when it happened, not a date naming a thing ("the August 1988
// cease-fire") nor one in an aside about how things have been since ("The war, which began in March 2011, has killed 70,000").
// "On Feb. 28, 1993, about 76 agents drove up": a day that opens its sentence, or the story after a dateline ("WACO, Texas — On …").
const SENTENCE_OPENING_DAY_BEFORE = withStandInsOf(/(?:^|[.!?]["”’)]?\s+|\n\s*|\s[—–]\s+)On\s+$/u);
const SENTENCE_OPENING_WHEN_BEFORE = withStandInsOf(/(?:^|[.!?]["”’)]?\s+|\n\s*)(?:In|During|By|From)\s+(?:(?:[Ee]arly|[Ll]ate|[Mm]id)[\s-]+)?$/u);
/** How far, in characters (the rest of a clause), a day told is the one "ahead of Sunday's vote" looks on from. */
const AHEAD_OF_REACH = 40;
/** How far, in characters, a day of saying may stand before the date a source said "would" come then (a clause). */
const SAYING_REACH = 120;
// What a day of saying told right before the date opens: "said Friday that it would", "announced on Monday it would".
const SAID_THAT_AFTER_DAY = /^\s+(?:that\s+)?(?:it|he|she|they|we|I|the\s+\p{L}+|\p{Lu}\p{L}+)\s+would\s/u;
// People in general opening a sentence right before the date: "Parents today", "A lot of people today", "Many young people today" (not
// an object, "made their final appeals to voters today", "I brought my kids today").
const GENERIC_PEOPLE_BEFORE = withStandInsOf(/(?:^|[.!?]["”’)]?\s+|["“]\s*|\n\s*)(?:(?:many|most|some|a\s+lot\s+of)\s+)?(?:(?:young|older)\s+)?(?:people|parents|children|kids|students|teenagers|consumers|voters|americans|families|women|men|doctors|companies|shoppers|readers|viewers)\s+$/iu);
const GENERIC_PEOPLE_REACH = 32;
/** How many years back a date told must lie for "today" after it to mean nowadays, and how far back, in characters, it may be told. */
const NOWADAYS_YEARS = 10;
/** …and for "Today" opening its sentence, with a present after it: a year back is enough. */
const NOWADAYS_OPENING_YEARS = 1;
const NOWADAYS_REACH = 250;
const NOWADAYS_LOOK_BACK = 40;
// "Today, its buildings hold", "; today it's about 700,000": "today" opening its sentence or clause.
// ('"Today more than half do."': or a quotation.)
const CLAUSE_OPENING_BEFORE = withStandInsOf(/(?:^|[.;!?]["”’)]?\s+|\n\s*)["“]?$/u);
// "Today it has about 700,000", "Today the theater hosts 120 shows a year": a verb in the present right after the subject that
// follows "today" (a word in "-s" right after a determiner is a plural noun: "Today its shares fell").
const PRESENT_AFTER_SUBJECT = /^,?\s+(?:[\p{L}\d,]+\s+){1,3}?(?:is|are|has|have|can|(?<!(?<![\p{L}])(?:the|a|an|its|his|her|their|our|these|those|many|some)\s)(?!(?:this|thus|plus|less|always|perhaps|news|series)\s)\p{Ll}{2,}[^s\W]s)\s/u;
const PRESENT_AFTER_REACH = 40;
const DAY_AS_SUBJECT_AFTER = /^\s+(?:is|was|marks)\s/;
// "after the January-June period", "since the first half": a time counted from.
const COUNTED_FROM_BEFORE = /(?<![\p{L}])(?:after|since|from|than)\s+$/iu;
// "It costs $1.25 today": an amount right before it.
const AMOUNT_BEFORE = /\d(?:\s*(?:%|percent|per\s+cent|million|billion))?\s+$/iu;
// "from 1.8 million in 1950 to about 700,000 today".
const AMOUNT_NOW_BEFORE = /(?<![\p{L}])(?:to|(?:fewer|more|less)\s+than)\s+(?:about\s+|around\s+|nearly\s+|roughly\s+|just\s+|some\s+)?\p{Sc}?\d[\d,.]*(?:\s*(?:%|percent|million|billion))?\s+$/iu;
const SAME_DAY_AFTER = /^\s+the\s+same\s+day(?![\p{L}])/iu;
const CLAUSE_END = /[;.!?]/;
// A sentence ends at "!", "?", a line end, or a full stop before a capital ("at 10 a.m. Thursday" ends none).
const SENTENCE_ENDS = /[!?\n]|\.["”’)]?\s+\p{Lu}/gu;

/**
 * Whether a sentence ends in text[from, to): not at the full stop of "St." or "Mr." before a name ("against St. Louis"). (An initial,
 * "John F. Kennedy", still counts as one: a far day told before it would take the bare clock time of another clause after it, "Fifty
 * years ago today, President John F. Kennedy was assassinated here, and thousands gathered at 12:30 p.m.")
 */
export function hasSentenceEnd(text: string, from: number, to: number): boolean {
  // (One character more, for the capital that tells a full stop right before text[to] ends its sentence: "from June 2012. A year ago".)
  for (const end of text.slice(from, to + 1).matchAll(SENTENCE_ENDS)) {
    const dot = from + end.index;
    if (end[0][0] !== '.' || !isAbbreviationBeforeName(text, dot) || !isAsciiLetterCode(text.charCodeAt(dot - 2))) return true;
  }
  return false;
}
const SENTENCE_OF_TOLD_REACH = 120;
// (Or the end of a range of hours that starts so: "Saturday, 9 a.m.-4 p.m.".)
const APPOSITION_TO_TOLD = withStandInsOf(/^\s*,\s*(?:an?\s+(?:[a-z]+\s+)?|(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?\s?m\.?)?|noon)\s*(?:-|–|to)\s*)?$/i);
const APPOSITION_REACH = 20;
/** How far, in characters, a day told goes on telling its paragraph's days: two sentences or so. */
const PARAGRAPH_OF_TOLD_REACH = 200;
// ", three days before", " two weeks after": a count of days or weeks from the date, told in apposition to a day.
const COUNTED_FROM_AFTER_TOLD = /^,?\s+(?:[\p{L}\d-]+\s+)?(?:days?|weeks?|nights?)\s+(?:before|after|ahead\s+of)\s+$/iu;
const COUNTED_FROM_REACH = 40;
// (Or with no "that" before a pronoun: "She said she had already spoken to him on Monday morning".)
const REPORTED_THAT_BEFORE = /(?<![\p{L}])(?:said|reported|told\s+\p{L}+|announced|confirmed|added|stated)\s+(?:that|he|she|it|they|we|I)(?![\p{L}])/iu;
// "Flu season typically peaks between December and February", "Each summer, … between June and August": what happens every year.
const HABITUAL_BEFORE = /(?<![\p{L}])(?:usually|typically|normally|generally|traditionally|customarily|(?<every>(?:each|every)\s+(?:year|summer|winter|spring|autumn|fall)))(?![\p{L}])/iu;
const HABITUAL_WORDS = /usually|typically|normally|generally|traditionally|customarily|each|every/iu;
// "raise aid 3 percent each year and cut taxes beginning in July": a month a change starts from is one month, whatever recurs.
const STARTING_POINT_BEFORE = /(?<![\p{L}])(?:beginning|starting|effective)\s+(?:in\s+)?$/iu;
// ("Sales usually rise in December, but this year they fell in November": a year told makes its months that year's.)
const YEAR_TOLD_BEFORE = /(?<![\p{L}\p{N}])(?:(?:this|last|next)\s+year|1\d{3}|20\d\d)(?![\p{L}\p{N}])/iu;
// The tense reader marks a past perfect only at "had" (or "had been") right before its participle, within its look-back.
const HAD_BEFORE = /(?<![\p{L}])had(?![\p{L}])/iu;
// "rose on Christmas Eve", "over the Thanksgiving weekend": a preposition that puts what happened at the date.
const AT_TIME_OF_EVENT_BEFORE = /(?<![\p{L}])(?:on|over|during|in|at)\s+(?:the\s+)?$/iu;
const DEADLINE_BEFORE = /(?<![\p{L}])(?:before|by|until|till)\s+$/iu;
const SEASON_ALONE = /^(?:the\s+)?(?:spring|summer|autumn|fall|winter)$/iu;
const EVENT_PLACED_BEFORE = /(?<![\p{L}])(?:after|before|until|till|ahead\s+of|at|in)\s+(?:the|this|next)\s+$/iu;
const AS_OF_BEFORE = /(?<![\p{L}])as\s+of\s+$/iu;
const HAD_ANYWHERE = /(?<![\p{L}])had(?![\p{L}])/giu;
const AND_CLAUSE_AFTER = /^[^.;!?]*?,\s+and\s/u;
// "Meridian shares rose 2.3 percent to $18.44 at 11:15 a.m. in New York", "By 4 p.m., the Dow was down 40 points": a price quoted at a
// clock time, which a market report gives for the day of its news.
const MARKET_QUOTE = /(?<![\p{L}])(?:shares|stocks?|index|Dow|Nasdaq|S&P|euro|yen|dollar|sterling|yields?|bonds|bond\s+(?:market|prices?|yields?)|futures|trading|traded|Nikkei|FTSE|DAX)(?![\p{L}])/iu;

/** How far, in characters, the day before the publication's, told last, goes on being the day a quotation's "tonight" is said on. */
const QUOTED_DAY_REACH = 600;
const OPENING_QUOTES: ReadonlySet<number> = new Set(withStandInSpellings(['“']).map((quote) => quote.charCodeAt(0)));
const CLOSING_QUOTES: ReadonlySet<number> = new Set(withStandInSpellings(['”']).map((quote) => quote.charCodeAt(0)));

/** How far back, in characters, a quotation around a date is looked for: a long one's opening is too far to tell. */
const QUOTATION_REACH = 1000;

/** Whether text[at] stands inside a quotation opened in its paragraph: after a curly quote opening, or an odd number of straight ones. */
function isInQuotation(text: string, at: number): boolean {
  let straight = 0;
  for (let i = at - 1; i >= Math.max(0, at - QUOTATION_REACH); i--) {
    const c = text.charCodeAt(i);
    if (c === 10) break;
    if (c === 34) straight++;
    else if (OPENING_QUOTES.has(c)) return true;
    else if (CLOSING_QUOTES.has(c)) return false;
  }
  return straight % 2 === 1;
}

export class ExpressionContext implements Context {
  private tense: Tense | undefined;

  constructor(
    readonly document: Day | null,
    readonly previous: Told | null,
    readonly sinceTold: number,
    readonly narrative: boolean,
    readonly deicticFromStory: boolean,
    readonly frameYear: number | undefined,
    private readonly text: string,
    private readonly start: number,
    private readonly end: number,
    readonly interrupted: Told | null = null,
    readonly seasonBefore: SeasonTold | null = null,
    readonly quarterTold: Told | null = null,
    readonly quartersSpanTold = false,
    readonly decadeTold: { year: number; end: number } | null = null,
    readonly dayBefore: { partial: PartialValue; resolved: Resolved } | null = null,
    readonly ledeDay: Told | null = null,
    readonly monthReported: Told | null = null,
  ) {}

  get direction(): Direction {
    return this.tenseHere().direction;
  }

  /** Whether "of" stands right before the expression: "the most important vote of the decade". */
  get afterOf(): boolean {
    return OF_BEFORE.test(this.text.slice(Math.max(0, this.start - 4), this.start));
  }

  get afterAfterOrSince(): boolean {
    return AFTER_OR_SINCE_BEFORE.test(this.text.slice(Math.max(0, this.start - AFTER_OR_SINCE_REACH), this.start));
  }

  get afterFiguresFor(): boolean {
    return FIGURES_FOR_BEFORE.test(this.text.slice(Math.max(0, this.start - FIGURES_FOR_REACH), this.start));
  }

  get afterAtPoint(): boolean {
    return AT_POINT_BEFORE.test(this.text.slice(Math.max(0, this.start - 7), this.start));
  }

  get firmFuture(): boolean {
    return this.tenseHere().firm === true && this.direction === 'future';
  }

  /** A future told with "will" or a word of plans: a span it opens has not begun ("Winter break will run from Dec. 23"). */
  get willTold(): boolean {
    return this.tenseHere().willTold === true;
  }

  /** A future told with "would": seen from a past ("it became clear that Abe would win the December election"). */
  get wouldTold(): boolean {
    return this.tenseHere().wouldTold === true;
  }

  get plannedBefore(): boolean {
    return this.tenseHere().plannedBefore === true;
  }

  get plannedInPast(): boolean {
    return this.tenseHere().plannedInPast === true;
  }

  get firmPast(): boolean {
    return this.tenseHere().firm === true && this.direction === 'past';
  }

  get pastPerfect(): boolean {
    // Most dates have no "had" before them, and then the tense need not be read for this.
    // ("No homes had been destroyed as of 7 a.m. Friday": the day "as of" which it is told is the perfect's own time, not one before.)
    return HAD_BEFORE.test(this.text.slice(lookBackLimit(this.start), this.start)) && this.tenseHere().perfect === true
      && !AS_OF_BEFORE.test(this.text.slice(Math.max(0, this.start - 6), this.start));
  }

  /**
   * "The stock, which had closed at $19.50 on Friday, did not trade again until 3:15 p.m.", "It had ended at 24.50 on Tuesday.": a date
   * told in a past perfect that runs straight to it (no comma since "had": not "the only president it ever had, resigned Wednesday")
   * and that no clause joined with "and" goes on from ("had approved it Wednesday evening, and the House followed at 10:15 p.m.").
   */
  get pastPerfectAside(): boolean {
    if (!this.pastPerfect) return false;
    const before = this.text.slice(lookBackLimit(this.start), this.start);
    return !before.slice(lastMatchEnd(HAD_ANYWHERE, before)).includes(',') && !AND_CLAUSE_AFTER.test(this.text.slice(this.end, clauseEnd(this.text, this.end) + 6));
  }

  get reported(): boolean {
    return REPORTED_THAT_BEFORE.test(this.text.slice(clauseStart(this.text, this.start), this.start));
  }

  /**
   * "Iraq said Friday that it would begin pulling out on Sunday": a future with "would" in what a source said on the day told just
   * before, in the same sentence, is ahead of that day, not of now.
   */
  get aheadOfDayOfSaying(): boolean {
    if (this.sinceTold > SAYING_REACH || this.previous?.precision !== 'day' || this.document === null || compareDays(this.previous.day, this.document) >= 0) return false;
    const between = this.text.slice(this.start - this.sinceTold, this.start);
    return SAID_THAT_AFTER_DAY.test(between) && !CLAUSE_END.test(between) && this.tenseHere().wouldTold === true;
  }

  get aheadOfTold(): boolean {
    // The tense is read last, only for a day told just before: most dates have none.
    return this.sinceTold <= AHEAD_OF_REACH && this.tenseHere().ahead === true && !CLAUSE_END.test(this.text.slice(this.start - this.sinceTold, this.start));
  }

  get cueDistance(): number {
    return this.tenseHere().distance;
  }

  get inSimplePastClause(): boolean {
    return inSimplePastClause(this.text, this.start, this.end);
  }

  get inToldPeriod(): boolean {
    const toldEnd = this.start - this.sinceTold;
    return IN_TOLD_PERIOD.test(this.text.slice(toldEnd, this.start)) && !YEAR_REPORTED_FOR_BEFORE.test(this.text.slice(Math.max(0, toldEnd - 24), toldEnd))
      && !PART_OF_YEAR_REPORTED_FOR_BEFORE.test(this.text.slice(Math.max(0, toldEnd - PART_OF_YEAR_REPORTED_REACH), toldEnd));
  }

  get todayAsNowadays(): boolean {
    // "Parents today often don't recognize", "Many people today treat sleep as optional": the people of now, whatever was told before.
    if (GENERIC_PEOPLE_BEFORE.test(this.text.slice(Math.max(0, this.start - GENERIC_PEOPLE_REACH), this.start))) return true;
    const { document, previous } = this;
    const earlier = this.decadeTold?.year ?? previous?.day.year;
    const since = this.decadeTold ? this.start - this.decadeTold.end : this.sinceTold;
    if (this.narrative || !document || earlier === undefined || document.year - earlier < NOWADAYS_OPENING_YEARS || since > NOWADAYS_REACH) return false;
    // ("Today is the start of a new chapter": the day itself, the subject of its sentence.)
    if (DAY_AS_SUBJECT_AFTER.test(this.text.slice(this.end, this.end + 8))) return false;
    const longAgo = document.year - earlier >= NOWADAYS_YEARS;
    const before = this.text.slice(Math.max(0, this.start - NOWADAYS_LOOK_BACK), this.start);
    // "has fallen from 1.8 million in 1950 to about 700,000 today": an amount now, whatever the verb.
    if (longAgo && AMOUNT_NOW_BEFORE.test(before)) return true;
    // ("Today it has about 700,000, and between 2000 and 2010 it lost a quarter": a verb in the present right after its subject
    // tells it, whatever a later clause tells.)
    // ('"Two years ago, fewer than one in five of our visits came from a phone. Today more than half do."': opening its sentence, after
    // any year gone by.)
    return (CLAUSE_OPENING_BEFORE.test(before) || (longAgo && AMOUNT_BEFORE.test(before)))
      && (PRESENT_AFTER_SUBJECT.test(this.text.slice(this.end, this.end + PRESENT_AFTER_REACH)) || this.direction === 'unknown');
  }

  get inWhenClauseOfTold(): boolean {
    return this.sinceTold <= WHEN_CLAUSE_REACH && WHEN_CLAUSE_OF_TOLD.test(this.text.slice(this.start - this.sinceTold, this.start));
  }

  get joinedToTold(): boolean {
    return JOINED_TO_TOLD.test(this.text.slice(this.start - this.sinceTold, this.start));
  }

  get inClauseJoinedToTold(): boolean {
    return CLAUSE_JOINED_TO_TOLD.test(this.text.slice(this.start - this.sinceTold, this.start));
  }

  get inSentenceOfTold(): boolean {
    return this.sinceTold <= SENTENCE_OF_TOLD_REACH && !hasSentenceEnd(this.text, this.start - this.sinceTold, this.start);
  }

  get countedFromAfterTold(): boolean {
    return this.sinceTold <= COUNTED_FROM_REACH && COUNTED_FROM_AFTER_TOLD.test(this.text.slice(this.start - this.sinceTold, this.start));
  }

  get inAppositionToTold(): boolean {
    return this.sinceTold <= APPOSITION_REACH && APPOSITION_TO_TOLD.test(this.text.slice(this.start - this.sinceTold, this.start));
  }

  get inParagraphOfTold(): boolean {
    return this.sinceTold <= PARAGRAPH_OF_TOLD_REACH && !this.text.slice(this.start - this.sinceTold, this.start).includes('\n')
      && !isDayOfSaying(this.text, this.start, this.end) && !isPossessiveAt(this.text, this.end);
  }

  get seasonAfterDeadlineWord(): boolean {
    return SEASON_ALONE.test(this.text.slice(this.start, this.end)) && this.afterDeadlineWord;
  }

  get afterDeadlineWord(): boolean {
    return DEADLINE_BEFORE.test(this.text.slice(Math.max(0, this.start - 8), this.start));
  }

  get atTimeOfEvent(): boolean {
    return AT_TIME_OF_EVENT_BEFORE.test(this.text.slice(Math.max(0, this.start - 12), this.start));
  }

  get sinceDecadeTold(): number {
    return this.decadeTold ? this.start - this.decadeTold.end : Infinity;
  }

  get eventPlacedBefore(): boolean {
    return EVENT_PLACED_BEFORE.test(this.text.slice(Math.max(0, this.start - 16), this.start));
  }

  get endsPeriod(): boolean {
    return PERIOD_ENDED_BEFORE.test(this.text.slice(Math.max(0, this.start - 10), this.start));
  }

  get endsReportedPeriod(): boolean {
    return REPORTED_PERIOD_ENDED_BEFORE.test(this.text.slice(Math.max(0, this.start - REPORTED_PERIOD_ENDED_REACH), this.start));
  }

  get inRelativeClause(): boolean {
    const comma = this.text.lastIndexOf(',', this.start);
    return comma >= 0 && this.start - comma <= RELATIVE_CLAUSE_REACH && RELATIVE_CLAUSE_OPENS.test(this.text.slice(comma + 1, this.start));
  }

  get habitual(): boolean {
    // Most months have no such adverb before them: looked for in the reach of a sentence before its start is (its words first, by a
    // pattern that need not look around each place it tries).
    const reach = this.text.slice(lookBackLimit(this.start), this.start);
    if (!HABITUAL_WORDS.test(reach) || !HABITUAL_BEFORE.test(reach) || STARTING_POINT_BEFORE.test(reach)) return false;
    const before = this.text.slice(clauseStart(this.text, this.start), this.start);
    const cue = HABITUAL_BEFORE.exec(before);
    // The adverb in the date's clause, or every summer or year opening the sentence.
    return cue !== null && (!before.includes(',', cue.index) || (cue.groups!.every !== undefined && cue.index === 0)) && !YEAR_TOLD_BEFORE.test(before);
  }

  get opensSentenceAsWhen(): boolean {
    return SENTENCE_OPENING_WHEN_BEFORE.test(this.text.slice(Math.max(0, this.start - 20), this.start));
  }

  get opensSentenceAsDay(): boolean {
    return SENTENCE_OPENING_DAY_BEFORE.test(this.text.slice(Math.max(0, this.start - 8), this.start));
  }

  get comparedWith(): boolean {
    return isComparedWith(this.text, this.start);
  }

  get quotedOnDayBefore(): boolean {
    const { previous, document } = this;
    return !this.narrative && document !== null && previous?.precision === 'day' && !previous.background && this.sinceTold <= QUOTED_DAY_REACH
      && compareDays(previous.day, document) === -DAY_MS && isInQuotation(this.text, this.start);
  }

  get inMarketQuoteApart(): boolean {
    return !this.inSentenceOfTold && MARKET_QUOTE.test(this.text.slice(clauseStart(this.text, this.start), clauseEnd(this.text, this.end)));
  }

  /** "at noon the same day": a time told of the day told before it. ("at 9 a.m. that day" is one expression with its day.) */
  get followedBySameDay(): boolean {
    return SAME_DAY_AFTER.test(this.text.slice(this.end, this.end + 14));
  }

  get countedFrom(): boolean {
    return COUNTED_FROM_BEFORE.test(this.text.slice(Math.max(0, this.start - 7), this.start));
  }

  private tenseHere(): Tense {
    return (this.tense ??= tenseAt(this.text, this.start, this.end));
  }
}
