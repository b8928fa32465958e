// "9 August 2020", "Nov 18", "November 18, 2021", "July 2021", "August", "2020" (not "Vision 2030"), "2021-11-19",
// and the first day of coordinated days: "10" in "10 and 11 November".
import { FULL_MONTHS, KINDS_OF_YEAR, WORDS_AFTER_MAY_AS_PERSON, WORDS_BEFORE_MAY_AS_MONTH } from '../lexicon/en/calendar';
import { HISTORIC_DATES, HISTORIC_DAY_NOUNS, HISTORIC_MONTHS, HOLIDAYS } from '../lexicon/en/holidays';
import { PERSON_TITLES } from '../lexicon/en/organisations';
import { capitalisedWordAfter, capitalisedWordBefore, mayBeNameWord } from './neighbourWords';
import { isYearInName } from './yearInName';
import { B, DAY_NUMBER, DAY_ORDINAL_WORD, E, MONTH, SHORT_WEEKDAY, alternation, WEEKDAY, YEAR, OLD_YEAR, compile, isCapitalised, lower, monthOf, weekdayNumber } from './patterns';
import type { PartialValue, Recogniser } from './partialValue';
import { isValidDay } from '../resolve/calendarMath';
import { COUNTED_NOUNS, NUMBERED_NAME_WORDS, PREPOSITIONS_BEFORE_AN_EARLY_YEAR, readDayOrdinal, readNumber } from '../lexicon/en/numbers';
import { withStandIns, withStandInsOf } from '../text/oneByteText';

// "Saturday, April 25", "Tuesday 9 August", "Fri 5 Mar 2021": the weekday belongs to the date; shortened, only right before a day's number.
const WEEKDAY_PREFIX = `(?:(?:(?<wd>${WEEKDAY})|(?<wdShort>${SHORT_WEEKDAY})\\.?(?=,?\\s+\\d)),?\\s+(?:the\\s+)?)?`;

// "the March of the Combatant Mothers"; "no battles along the March.": "the March" that ends a sentence is no month, as a month
// told alone takes no article.
const MARCH_AS_NOUN = new RegExp(`^(?:\\s+(?:for|of|on|against|to)\\s+(?!\\d|${MONTH}${E})|[.;!?](?!\\d))`, 'iu');
const MADNESS_AFTER = /^\s+Madness(?![\p{L}])/u;
const isCapitalLetter = (c: number) => c >= 65 && c <= 90;
const COMPANY_AFTER_MONTH = /^\s+(?:\p{Lu}[\p{L}&'-]*\s+){0,2}(?:Co|Corp|Inc|Ltd|Company|Group|Stores)(?![\p{L}])/u;
const TIME_PREPOSITION_BEFORE_MONTH = /(?<![\p{L}])(?:in|since|by|until|till|during|through|from|to|before|after|of|last|next|this|early|late|mid)[\s-]+$/iu;
// "the Long March", "the epic Ice March", "the Indochinese March Battalion": a capitalised word inside a sentence names a march
// (not an acronym or a possessive: "the ECB March decision", "the Fed's March meeting").
const NAME_BEFORE_MARCH = /[\p{Ll},;]\s+\p{Lu}\p{Ll}+\s+$/u;
// A dash and a smaller number: the rest of a score ("31-28").
const SCORE_REST = /^[-–](\d{1,3})(?!\d)/;
const isScore = (text: string, end: number, points: number) => Number(SCORE_REST.exec(text.slice(end, end + 5))?.[1] ?? points) < points;
// Before "March for …": an article, or an opening quotation mark, as a march's name is often quoted (the "March for Freedom").
// A straight single quote opens a name too, after a space or at the start: "the 'March of Neighbours'".
// Wire copy opens a quotation with two backquotes: the ``March of the Combatant Mothers''.
const ARTICLE_BEFORE = withStandInsOf(/(?:(?<![\p{L}])(?:the|a|an|annual|their|his|her|our)\s+(?:["“‘']|``)?|["“‘]|``|(?<![\p{L}\p{N}])')$/iu);
// "the 'Partisan March'", "a “Women’s March”": a month that ends a quoted name in capitals is the name's word.
// "The Hunt for Red October": a title's short words may stand between its capitalised ones.
const QUOTED_NAME_BEFORE = withStandInsOf(/(?<![\p{L}\p{N}])["“‘']\p{Lu}[\p{L}’']*\s+(?:(?:\p{Lu}[\p{L}’']*|of|for|the|and|in|on|at|to|a|an)\s+){0,5}$/u);
const QUOTE_CLOSES = withStandInsOf(/^["”’']/u);

// "Resolution 2094", "Route 1990": looked at only in the 12 characters before a year.
const YEAR_KIND = `(?:${alternation(KINDS_OF_YEAR)})`;
const RANGE_OPENS_BEFORE = /(?<![\p{L}])(?:from|between)\s+$/iu;
const NUMBER_PAST_YEARS_AFTER = withStandInsOf(/^\s*(?:to|and|-|–|—)\s*(?:\d{5}|\d{1,3},\d{3})(?![\d,])/);
const COUNTED_AFTER = new RegExp(`^\\s*(?:${alternation(COUNTED_NOUNS)})${E}`, 'iu');
// "In 2019 people protested", "Since 2015 troops have": a capitalised preposition opening its sentence (or the text) before a year.
// "in that November", "later that May", and "that November." or "that November, when": "that" points at the month.
const DEMONSTRATIVE_BEFORE = /(?<![\p{L}])(?:in|by|during|of|until|since|through|from|for|later|earlier|early|late)\s+$/iu;
// "this past March", "the past June": "past" before a month as "last", not the preposition of "run past June 30".
const THIS_OR_THE_BEFORE = /(?<![\p{L}])(?:this|the)\s+$/iu;
const CLAUSE_GOES_ON_AFTER = /^(?:\s*(?:[.,;:!?)]|$)|\s+(?:and|when|as|after|before|until|while|to|in|at|with)(?![\p{L}]))/iu;
const SENTENCE_OPENING_PREPOSITION_BEFORE = withStandInsOf(/(?:^|[.!?]["”’']?\s+|\n\s*)(?:In|Since|By|Until|During|Before|After)\s+$/u);
// "its March meeting", "the Fed's June decision", "tickets for July flights": a month between a determiner and a noun.
// ("will report December sales": after a verb too, but not after a preposition or a word of time, "rose in December sales".)
const DETERMINER_BEFORE_MONTH = withStandInsOf(/(?<![\p{L}])(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Tt]his|[Tt]hat|[Ff]or|\p{L}+['’]s?|(?!(?:in|at|by|since|until|till|from|to|through|during|before|after|of|between|and|or|than|last|next|this|early|late|mid|as|with|into|over|around|about)(?![\p{L}]))\p{Ll}+)\s+$/u);
const NOUN_AFTER_MONTH = /\s+(?!(?:and|or|to|of|in|on|at|for|by|from|with|is|was|are|were|will|has|had|would|through|until|when|after|before|as|than|that|last|this|next)(?![\p{L}]))\p{Ll}{3,}(?:-\p{Ll}+)*(?![\p{L}.-])/uy;
/** Whether the month at text[start, end) names a thing of it, between a determiner and a noun ("its March meeting"). */
function isAttributiveMonth(text: string, start: number, end: number): boolean {
  NOUN_AFTER_MONTH.lastIndex = end;
  return NOUN_AFTER_MONTH.test(text) && DETERMINER_BEFORE_MONTH.test(text.slice(Math.max(0, start - 14), start));
}

// (Inside a sentence: "Year 2000 will be a leap year" opens one with the year.)
const CAPITALISED_YEAR_BEFORE = /[\p{Ll},]\s+Year\s+$/u;
const Y2K_AFTER = /^[\s-]+(?:problem|bug|glitch|compliance|compliant|readiness|issue|crisis|conversion|computer|preparations?)(?![\p{L}])/iu;
const NUMBERED_NAME_BEFORE = new RegExp(`(?<![\\p{L}])(?:${alternation(NUMBERED_NAME_WORDS)})\\s+$`, 'iu');
// "Flight BA 2019": a flight by its airline's code, in capitals ("the flight in 2019" is a year). "United Auto Workers Local 1790":
// a union's local branch, capitalised ("the local 2010 elections" are a year's).
const FLIGHT_CODE_BEFORE = /(?<![\p{L}])(?:[Ff]light\s+[A-Z][A-Z\d]\s*|Local\s+)$/u;
const EARLY_YEAR_PREPOSITION_BEFORE = new RegExp(`(?<![\\p{L}])(?:${alternation(PREPOSITIONS_BEFORE_AN_EARLY_YEAR)})\\s+$`, 'iu');
const FIRST_OF_YEAR = 1500;
const LAST_OF_YEAR = 2100;
/** The day a weekend is counted by: "the first weekend of June" is the weekend of its first Saturday. */
const SATURDAY = 6;

type CalendarValue = Extract<PartialValue, { kind: 'calendar' }>;

const TITLES: ReadonlySet<string> = new Set(PERSON_TITLES);
const MAY_AS_MONTH_BEFORE = new RegExp(`(?<![\\p{L}])(?:${WORDS_BEFORE_MAY_AS_MONTH.join('|')})[\\s-]+$`, 'iu');
// The possessive's apostrophe written straight or curly.
const MAY_AS_PERSON_AFTER = new RegExp(withStandIns(`^(?:\\s+|(?=['’]))(?:${WORDS_AFTER_MAY_AS_PERSON.map((w) => w.replace("'", "['’]")).join('|')})(?![\\p{L}])`), 'iu');

/**
 * "the deal May struck", "May's government": a bare "May" that does what no month does, unless a preposition makes it one
 * ("Sales fell in May said the ONS"); what it has, no month has, after a preposition too ("resigned from May's cabinet").
 */
const OPENS_WITH_APOSTROPHE = withStandInsOf(/^['’]/);
// A sentence's first word: "May" there is as often the verb.
const SENTENCE_OPENS_BEFORE = withStandInsOf(/(?:^|[.!?]["”]?\s+|\n)$/);
function isMayAsPerson(text: string, start: number, end = start + 3): boolean {
  const found = MAY_AS_PERSON_AFTER.exec(text.slice(end, end + 21));
  return found !== null && (OPENS_WITH_APOSTROPHE.test(found[0]) || !MAY_AS_MONTH_BEFORE.test(text.slice(Math.max(0, start - 9), start)));
}

/** The months that are also given names. */
const GIVEN_NAME_MONTHS: ReadonlySet<string> = new Set(['april', 'may', 'june', 'august']);
// ("the August Bank Holiday": a holiday the month names.)
const HOLIDAY_AFTER_MONTH: ReadonlySet<string> = new Set(['Bank', 'Holiday']);
// A preposition of time or a determiner before the month keeps it one: "In June Smith resigned", "the June Senate vote".
const MONTH_NOT_NAME_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:${[...WORDS_BEFORE_MAY_AS_MONTH, 'on', 'that', 'the', 'a', 'an', 'its', 'his', 'her', 'their', 'our'].join('|')})[\\s-]+$|['’]s?\\s+$`, 'iu');

const NAME_AND_BEFORE = /(?<![\p{L}])(\p{Lu}\p{Ll}+)\s+and\s+$/u;
// "He is survived by his wife of 61 years, June, two sons": a relative named in apposition.
const KIN_BEFORE = /(?<![\p{L}])(?:wife|husband|widow|widower|daughter|son|sister|brother|mother|father|partner|granddaughter|niece|aunt)(?:\s+of\s+\d+\s+years)?,\s+$/iu;

/**
 * "June Calloway is going back on the road", "the actress June Hollis", "Farmer August Reinholt": a month that is also a given name,
 * before a capitalised word that may be a surname, or after a relative it names, names a person.
 */
function isGivenName(month: string, text: string, start: number, end: number): boolean {
  if (!GIVEN_NAME_MONTHS.has(month)) return false;
  // ("“We used to stay every year,” June said": what no month does, as for "May".)
  if (KIN_BEFORE.test(text.slice(Math.max(0, start - 40), start)) || isMayAsPerson(text, start, end)) return true;
  const next = capitalisedWordAfter(text, end);
  if (next === undefined || next.length < 2 || !mayBeNameWord(next) || HOLIDAY_AFTER_MONTH.has(next)) return false;
  // ("The bodies of Harold and June Pittman were found": "and" after another given name joins two people.)
  const joinedName = NAME_AND_BEFORE.exec(text.slice(Math.max(0, start - 24), start))?.[1];
  return (joinedName !== undefined && mayBeNameWord(joinedName)) || !MONTH_NOT_NAME_BEFORE.test(text.slice(Math.max(0, start - 8), start));
}

/** "Ms May", "Mrs. May", "Theresa May", "Brian May": May as a surname, after a title or a given name. */
function isSurnameAfterFirstName(text: string, start: number): boolean {
  const before = capitalisedWordBefore(text, start);
  return before !== undefined && before !== before.toUpperCase() && !POSSESSIVE_END.test(before) && !TITLES.has(before) && mayBeNameWord(before);
}
// "the Fed's March meeting", "Reuters' March poll": a possessive is no first name.
const POSSESSIVE_END = withStandInsOf(/['’]s?$/u);

function isSurname(text: string, start: number): boolean {
  const before = capitalisedWordBefore(text, start);
  return before !== undefined && (TITLES.has(before) || mayBeNameWord(before));
}

// "the Sept. 11 attacks", "the 7 July bombings": a day of history, in the year of the day HOLIDAYS names by that date ("9/11");
// "the" before it, as "On Sept. 11 attacks rose" is any year's.
const THE_BEFORE = /(?<![\p{L}])the\s+$/iu;
const HISTORIC_DAY_AFTER = new RegExp(`^\\s+(?:${alternation(HISTORIC_DAY_NOUNS)})(?![\\p{L}])`, 'iu');
const HISTORIC_YEARS: ReadonlyMap<number, number> = new Map([
  ...Object.values(HOLIDAYS).flatMap((rule) => ('once' in rule ? [[rule.once.month * 100 + rule.once.day, rule.once.year] as const] : [])),
  ...HISTORIC_DATES.map((d) => [d.month * 100 + d.day, d.year] as const),
]);

function withHistoricYear(value: PartialValue | null, text: string, start: number, end: number): PartialValue | null {
  if (value?.kind !== 'calendar' || value.year !== undefined || value.day === undefined) return value;
  const year = HISTORIC_YEARS.get(value.month! * 100 + value.day);
  if (year !== undefined && HISTORIC_DAY_AFTER.test(text.slice(end, end + 24)) && THE_BEFORE.test(text.slice(Math.max(0, start - 8), start))) value.year = year;
  return value;
}

// "the October Revolution", "the failed August coup": the month of a year of history, named (a capital, or "the" before it);
// not "In October revolution was in the air".
const NOUN_AFTER = /^\s+(?<noun>\p{L}+)/u;
const THE_NAMES_BEFORE = /(?<![\p{L}])the\s+(?:\p{L}+\s+)?$/iu;

function historicMonthYear(month: number, text: string, start: number, end: number): string | undefined {
  const noun = NOUN_AFTER.exec(text.slice(end, end + 16))?.groups?.noun;
  if (noun === undefined || (!isCapitalised(noun) && !THE_NAMES_BEFORE.test(text.slice(Math.max(0, start - 20), start)))) return undefined;
  const found = HISTORIC_MONTHS.find((h) => h.month === month && h.noun === lower(noun));
  return found ? String(found.year) : undefined;
}

const dayOf = (text: string | undefined) => Number.parseInt(text ?? '', 10);

/** The ISO weeks that hold these days are a year's first and last. */
const FIRST_WEEK_DAY = 4;
const LAST_WEEK_DAY = 28;
// "the new year" is the next, as "in the new year" is.
const YEAR_OFFSETS: Readonly<Record<string, number>> = { the: 0, this: 0, next: 1, last: -1, 'the new': 1 };

/**
 * "the last day of 2012", "the first week of the year", "the final month of next year": that year's first or last day, ISO week
 * or month; "the year" is the publication's (a narrative's story's), "that year" the last told. Not its Mondays.
 */
function edgeOfYear(g: Record<string, string | undefined>): PartialValue | null {
  const edge = lower(g.edge ?? g.nth);
  if (g.wd || !(edge === 'first' || edge === 'last' || edge === 'final')) return null;
  // "the last weekend of the year": the weekend of December's last Saturday (of the year the tense points to, as a holiday's).
  if (g.weekend) {
    const rule = edge === 'first' ? { nth: 1, weekday: SATURDAY, month: 1 } : { nth: -1, weekday: SATURDAY, month: 12 };
    if (g.wholeYear) return { kind: 'holiday', rule, weekend: true, year: Number(g.wholeYear) };
    return lower(g.rel) === 'that' ? { kind: 'holiday', rule, weekend: true, yearTold: true } : { kind: 'holiday', rule, weekend: true };
  }
  const first = edge === 'first';
  const value: CalendarValue = { kind: 'calendar', month: first ? 1 : 12 };
  if (!g.edgeMonth) value.day = g.edge ? (first ? 1 : 31) : first ? FIRST_WEEK_DAY : LAST_WEEK_DAY;
  if (!g.edge) value.week = true;
  if (g.wholeYear) value.year = Number(g.wholeYear);
  else if (lower(g.rel) === 'that') value.yearTold = true;
  else value.yearOffset = YEAR_OFFSETS[lower(g.rel).replace(/\s+/g, ' ')]!;
  return value;
}

/** The last day of a month, of the year written if any (February's 28th without one: a leap day is seldom meant). */
function lastDayOf(month: number, year: string | undefined): number {
  if (month === 2) return year && isValidDay(Number(year), 2, 29) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function calendar(year: string | undefined, month: string | undefined, day?: string, weekday?: string): PartialValue | null {
  if (!isCapitalised(month)) return null;
  const m = monthOf(month);
  if (!m) return null;
  const d = day === undefined ? undefined : dayOf(day);
  // 2000 is a leap year: "29 February" without a year may still be a real day.
  if (d !== undefined && !isValidDay(year ? Number(year) : 2000, m, d)) return null;
  const wd = weekday ? weekdayNumber(weekday) : undefined;
  // Set field by field, not spread from optional parts: most dates read pass through here.
  const value: CalendarValue = { kind: 'calendar', month: m };
  if (year) value.year = Number(year);
  if (d) value.day = d;
  if (wd && d) value.weekday = wd;
  return value;
}

const DESIGNATION_AFTER = /^ [A-Z]{1,2}\d{1,3}(?![\p{L}\p{N}])/u;
const isUpperCode = (c: number) => c >= 65 && c <= 90;

// What a span of two years may be one period of: "the 1995-96 school year", "its 2013-14 budget", "the 2012/13 season".
const PERIOD_OF_TWO_YEARS_AFTER = /^\s+(?:(?:school|academic|fiscal|financial|tax|budget|crop|marketing|model)\s+year|season|budget|term|session|winter)(?![\p{L}])/iu;

export const absoluteDates: Recogniser[] = [
  {
    // "2021-11-19", and the time stamps of web pages: "2021-11-19T10:30", "2013-03-20T14:00:00Z", "2013-03-20T14:00+01:00" (the
    // time as written, as a clock time with a zone is). "2013-03-22 09:15:00" is a date and a clock time, which joinNeighbours joins.
    name: 'isoDate',
    pattern: compile(`${B}(?<y>\\d{4})-(?<m>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\\d|3[01])(?:T(?<h>[01]\\d|2[0-3]):(?<min>[0-5]\\d)(?::[0-5]\\d(?:\\.\\d+)?)?(?:Z|[+-](?:[01]\\d|2[0-3]):?[0-5]\\d)?)?${E}`),
    read: ({ groups: g }) => {
      const [year, month, day] = [Number(g!.y), Number(g!.m), Number(g!.d)];
      if (!isValidDay(year, month, day)) return null;
      const date: PartialValue = { kind: 'calendar', year, month, day };
      return g!.h === undefined ? date : { kind: 'time', hour: Number(g!.h), minute: Number(g!.min), day: date };
    },
  },
  {
    // "9 August 2020", "15 November", "the 5th of May", "10 Nov.", "Fri 5 Mar 2021"
    // "18-Mar-2013", "5-November-2020": the day, month and year joined by hyphens, as tables and dispatches write them.
    name: 'hyphenatedDayMonthYear',
    pattern: compile(`${B}(?<d>${DAY_NUMBER})-(?<m>${MONTH})-(?<y>${YEAR})${E}`),
    read: ({ groups: g }) => calendar(g!.y, g!.m, g!.d),
  },
  {
    name: 'dayMonthYear',
    // ("14 February last year": or with a year counted from now, as "July last year" is; not "this year", an adverb of its own after a
    // day, as annotators split it: "Easter fell on 12 April this year".)
    pattern: compile(`${B}${WEEKDAY_PREFIX}(?<d>${DAY_NUMBER})\\s+(?:of\\s+)?(?<m>${MONTH})(?:,?\\s+(?<y>${YEAR})|\\s+(?<yrel>last|next)\\s+year)?${E}`),
    read: ({ groups: g, index, 0: all }, text) => {
      // "they sat 5 March": lower case, "sat" is the verb (the date alone is found where its number starts).
      if (g!.wdShort && !isCapitalised(g!.wdShort)) return null;
      // "plant bulbs along Route 9 Oct. 5": the number of a name, not a day.
      if (!g!.wd && !g!.wdShort && NUMBERED_NAME_BEFORE.test(text.slice(Math.max(0, index - 12), index))) return null;
      if (g!.yrel) {
        if (!isCapitalised(g!.m) || !monthOf(g!.m)) return null;
        return { kind: 'calendar', month: monthOf(g!.m)!, day: dayOf(g!.d), yearOffset: { last: -1, next: 1 }[lower(g!.yrel) as 'last' | 'next'] };
      }
      return withHistoricYear(calendar(g!.y, g!.m, g!.d, g!.wd ?? g!.wdShort), text, index, index + all.length);
    },
  },
  {
    // "the week of March 6", "the week of Nov. 13, 1989", "w/c 14 September 2020", "the week commencing 7 February":
    // the ISO week that holds the day
    name: 'weekOfDay',
    pattern: compile(`${B}(?:(?:the\\s+)?week\\s+(?:commencing|beginning|starting)|the\\s+week\\s+of|(?<weekend>the\\s+weekend\\s+of)|(?:the\\s+)?w\\/c)\\s+(?:(?<m>${MONTH})\\s+(?<d>${DAY_NUMBER})|(?<d2>${DAY_NUMBER})\\s+(?:of\\s+)?(?<m2>${MONTH}))(?![\\p{L}\\p{N}%.,:]\\d|[\\p{L}\\p{N}])(?:,?\\s+(?<y>${YEAR})${E})?`),
    read: ({ groups: g }) => {
      const day = calendar(g!.y, g!.m ?? g!.m2, g!.d ?? g!.d2);
      if (day?.kind !== 'calendar') return null;
      // "the weekend of 14 August": the weekend of that day's week.
      return g!.weekend ? { ...day, week: true, weekend: true } : { ...day, week: true };
    },
  },
  {
    // "the first week of April", "the last week of August 1918": the week that holds its 1st, 8th, 15th, 22nd or last day;
    // and "the 25th of August", "the third of February", "the twenty-first of June": that day, "the" inside as TimeML has it.
    // "the first Monday of May", "the second Tuesday in November 2020": that weekday of the month, as a holiday's rule gives it;
    // "the first weekend of June", "the last weekend in September": the weekend of that Saturday.
    // One pattern for all, as they open alike: one regex is tried at "the first".
    name: 'nthOfMonth',
    pattern: compile(
      `${B}the\\s+(?:(?<nth>first|second|third|fourth|last|final)\\s+(?:week|(?<weekend>weekend)|(?<wd>${WEEKDAY}))|(?<edge>first|last|final)\\s+(?:day|(?<edgeMonth>month))|(?<d>${DAY_NUMBER})|(?<dw>${DAY_ORDINAL_WORD}))\\s+(?:of|(?<in>in))\\s+(?:(?<m>${MONTH})(?:,?\\s+(?<y>${YEAR}))?|(?<wholeYear>${YEAR})|(?<rel>the(?:\\s+new)?|this|next|last|that)\\s+year)${E}`,
    ),
    read: ({ groups: g }) => {
      if (g!.in && !g!.nth) return null;
      if (g!.wholeYear || g!.rel) return edgeOfYear(g!);
      if (g!.edgeMonth) return null;
      // "the first day of March", "the last day of February": its 1st or last day.
      if (g!.edge) {
        const month = monthOf(g!.m!);
        return month === undefined ? null : calendar(g!.y, g!.m, String(lower(g!.edge) === 'first' ? 1 : lastDayOf(month, g!.y)));
      }
      if (g!.wd || g!.weekend) {
        const month = monthOf(g!.m!);
        if (!isCapitalised(g!.m) || (g!.wd && !isCapitalised(g!.wd)) || !month) return null;
        const nth = ['first', 'second', 'third', 'fourth'].indexOf(lower(g!.nth)) + 1 || -1;
        const weekday = g!.wd ? weekdayNumber(g!.wd)! : SATURDAY;
        return { kind: 'holiday', rule: { nth, weekday, month }, ...(g!.weekend ? { weekend: true } : {}), ...(g!.y ? { year: Number(g!.y) } : {}) };
      }
      if (!g!.nth) {
        // "the Fourth of July" capitalised is the holiday's name (holidays.ts reads it), "The Third of May" a painting's.
        if (g!.dw && isCapitalised(g!.dw)) return null;
        const day = g!.d ?? readDayOrdinal(g!.dw!);
        return day === null ? null : calendar(g!.y, g!.m, String(day));
      }
      const nth = lower(g!.nth);
      const month = monthOf(g!.m!);
      // The last week holds the month's last day (February's 28th: a leap day seldom moves the week).
      const day = nth === 'last' || nth === 'final' ? lastDayOf(month ?? 1, undefined) : 1 + 7 * ['first', 'second', 'third', 'fourth'].indexOf(nth);
      const value = calendar(g!.y, g!.m, String(day));
      return value?.kind === 'calendar' ? { ...value, week: true } : null;
    },
  },
  {
    // "November 18, 2021", "Nov 18", "Aug. 9 2020"; "March eighth", "February twenty-third", as transcripts spell them out
    // (not "June second-quarter results").
    name: 'monthDayYear',
    pattern: compile(
      `${B}${WEEKDAY_PREFIX}(?<m>${MONTH})\\s+(?:(?<d>${DAY_NUMBER})|(?<dw>${DAY_ORDINAL_WORD})(?!-))(?![\\p{L}\\p{N}%.,:]\\d|[\\p{L}\\p{N}])(?:,?\\s+(?<y>${YEAR})${E}|,\\s+(?<old>${OLD_YEAR})${E})?`,
    ),
    read: ({ groups: g, index, 0: all }, text) => {
      const day = g!.d ?? readDayOrdinal(g!.dw!);
      return day === null ? null : withHistoricYear(calendar(g!.y ?? g!.old, g!.m, String(day), g!.wd), text, index, index + all.length);
    },
  },
  {
    // "this September", "last February", "last Oct. 23", "next May", "July last year", "March 3 this year";
    // "the following March", "the previous December": the story's next or last such month.
    name: 'relativeMonth',
    pattern: compile(`${B}(?:(?:(?<rel>this|last|next|coming|past)|the\\s+(?<storyRel>following|next|ensuing|subsequent|previous|preceding|prior)|(?<that>that(?:\\s+same)?))\\s+(?<m>${MONTH})(?:\\s+(?<rd>${DAY_NUMBER})(?![,.]\\d))?|(?<m2>${MONTH})(?:\\s+(?<d>${DAY_NUMBER}))?,?\\s+(?<yrel>this|last|next)\\s+year)${E}`),
    read: ({ groups: g, index, 0: all }, text) => {
      const name = g!.m ?? g!.m2;
      if (!isCapitalised(name) || !monthOf(name)) return null;
      // "defeated Keating by 700,000 votes that November": the month of the year told last. Not the conjunction: "said that March
      // sales rose", "that March was the warmest".
      if (g!.that) {
        if (g!.rd || !(DEMONSTRATIVE_BEFORE.test(text.slice(Math.max(0, index - 12), index)) || CLAUSE_GOES_ON_AFTER.test(text.slice(index + all.length, index + all.length + 8)))) return null;
        return { kind: 'calendar', month: monthOf(name)!, yearTold: true };
      }
      if (g!.yrel) {
        // "we got rain in July. This year there's nothing": a sentence ends after the month, which only looked abbreviated.
        if (name!.endsWith('.') && isCapitalised(g!.yrel)) return null;
        // "Thanksgiving falls on Nov. 28 this year": a day's "this year" is an adverb of its own, as annotators split it (17 of 17 in the
        // probes), where "May 5 last year" and "March this year" are one date.
        if (g!.d && lower(g!.yrel) === 'this') return null;
        const yearOffset = { this: 0, last: -1, next: 1 }[lower(g!.yrel) as 'this' | 'last' | 'next'];
        return { kind: 'calendar', month: monthOf(name)!, ...(g!.d ? { day: dayOf(g!.d) } : {}), yearOffset };
      }
      const day = g!.rd ? { day: dayOf(g!.rd) } : {};
      if (g!.storyRel) return { kind: 'calendar', month: monthOf(name)!, ...day, monthOffset: /^p/i.test(g!.storyRel) ? -1 : 1, fromStory: true };
      const rel = lower(g!.rel);
      // "this past March" (widened over "this"), not the preposition: "the school year cannot run past June 30".
      if (rel === 'past' && !THIS_OR_THE_BEFORE.test(text.slice(Math.max(0, index - 6), index))) return null;
      // "next September", said in August, is next year's: this year's is "this September" or "in September".
      if (rel === 'next') return { kind: 'calendar', month: monthOf(name)!, ...day, yearOffset: 1 };
      return { kind: 'calendar', month: monthOf(name)!, ...day, monthOffset: rel === 'this' ? 0 : rel === 'last' || rel === 'past' ? -1 : 1 };
    },
  },
  {
    // "July 2021", "August of 1998", "Jan. 1999"
    name: 'monthYear',
    pattern: compile(`${B}(?<m>${MONTH}),?\\s+(?:of\\s+)?(?<y>${YEAR})${E}`),
    read: ({ groups: g }) => calendar(g!.y, g!.m),
  },
  {
    // "August", "in May" — full names only, capitalised, and "May" not as a sentence's first word
    name: 'month',
    pattern: compile(`${B}(?<m>${FULL_MONTHS.join('|')})${E}`),
    read: ({ groups: g, index }, text) => {
      // A month is a proper name: "may" and "march" in lower case are the verbs, and need none of the tests below.
      if (!isCapitalised(g!.m)) return null;
      const name = lower(g!.m);
      if (name === 'may' && SENTENCE_OPENS_BEFORE.test(text.slice(Math.max(0, index - 3), index))) return null;
      if (name === 'may' && (isSurname(text, index) || isMayAsPerson(text, index))) return null;
      // "the annual March for Life", "the March of the Combatant Mothers", "The 'March of Neighbours'": a march, not the month
      // ("in March for health reasons").
      if (name === 'march' && MARCH_AS_NOUN.test(text.slice(index + g!.m!.length, index + g!.m!.length + 16))
        && ARTICLE_BEFORE.test(text.slice(Math.max(0, index - 12), index))) return null;
      if (name === 'march' && NAME_BEFORE_MARCH.test(text.slice(Math.max(0, index - 24), index))) return null;
      // "Andrew March, an analyst", "actor Fredric March": a surname after a first name (not after an acronym: "the ECB March decision").
      if (name === 'march' && isSurnameAfterFirstName(text, index)) return null;
      // "March Madness": the basketball tournament, named, not the month it is played in.
      if (name === 'march' && MADNESS_AFTER.test(text.slice(index + 5, index + 14))) return null;
      // "an executive at May Department Stores Co.": a company named with the month, not after a preposition of time ("In May Apple Inc. said").
      const afterMonth = index + g!.m!.length;
      if (isCapitalLetter(text.charCodeAt(afterMonth + 1)) && COMPANY_AFTER_MONTH.test(text.slice(afterMonth, afterMonth + 40))
        && !TIME_PREPOSITION_BEFORE_MONTH.test(text.slice(Math.max(0, index - 8), index))) return null;
      if (QUOTE_CLOSES.test(text.charAt(index + g!.m!.length)) && QUOTED_NAME_BEFORE.test(text.slice(Math.max(0, index - 40), index))) return null;
      if (isGivenName(name, text, index, afterMonth)) return null;
      const month = calendar(historicMonthYear(monthOf(g!.m) ?? 0, text, index, index + g!.m!.length), g!.m);
      return month && isAttributiveMonth(text, index, index + g!.m!.length) ? { ...month, attributive: true } : month;
    },
  },
  {
    // "Aug." in "Aug.–Sept. 2020", "Jan. and Feb. 1999": an abbreviated month is read alone when a month and year follow it.
    name: 'coordinatedMonth',
    pattern: compile(`${B}(?<m>${MONTH})(?=\\s*(?:and|or|to|through|[-–—/])\\s*${MONTH},?\\s+(?:of\\s+)?${YEAR}${E})`),
    read: ({ groups: g }) => calendar(undefined, g!.m),
  },
  {
    // "25" in "April 24 and 25", "April 24–25": the second of coordinated days shares the month before the first
    name: 'coordinatedSecondDay',
    afterFind: 16,
    pattern: compile(`(?<=${B}(?<m>${MONTH})\\s+${DAY_NUMBER}(?:\\s*(?:and|or|to|through)\\s*|[-–]))(?<d>${DAY_NUMBER})(?![\\p{L}\\p{N}]|[,.]\\d|\\s*(?:%|percent))(?:,?\\s+(?<y>${YEAR})${E})?`),
    // Not the winner's score of a game, less by a dash: "falling 24-10 on Oct. 21 and 31-28 on Dec. 30".
    read: ({ groups: g, index, 0: all }, text) => (isScore(text, index + all.length, Number(g!.d)) ? null : calendar(g!.y, g!.m, g!.d)),
  },
  {
    // "10" in "10 and 11 November", "9" in "9/10 August": the month comes after the second day
    name: 'coordinatedDay',
    // "the night of 9/10 August": a night's two days, as British and European copy writes them.
    pattern: compile(`${B}(?<d>${DAY_NUMBER})(?=\\s*(?:and|or|to|through|-|–|/)\\s*${DAY_NUMBER}\\s+(?:of\\s+)?(?<m>${MONTH})(?:,?\\s+(?<y>${YEAR}))?${E})`),
    read: ({ groups: g }) => calendar(g!.y, g!.m, g!.d, g!.wd),
  },
  {
    // "FY2024", "FY 2013", "FY24", "CY2025": a fiscal or calendar year as companies abbreviate it, read as "fiscal 2024" is.
    name: 'abbreviatedFiscalYear',
    pattern: compile(`${B}(?:FY|CY)\\s?(?:(?<y>${YEAR})|(?<yy>\\d\\d))${E}`),
    read: ({ groups: g, 0: all }) => (!/^[FC]Y/.test(all) ? null : g!.y ? { kind: 'calendar', year: Number(g!.y) } : { kind: 'calendar', yearOfCentury: Number(g!.yy) }),
  },
  {
    // "in '95", "the class of ’68": a year told by its last two digits. Not "''60 Minutes''" or a quoted '24'.
    name: 'abbreviatedYear',
    pattern: compile(`(?<![\\p{L}\\p{N}'’])['’](?<yy>\\d\\d)(?![\\p{L}\\p{N}'’%]|[.,]\\d)`),
    read: ({ groups: g }) => ({ kind: 'calendar', yearOfCentury: Number(g!.yy) }),
  },
  {
    // "nineteen ninety-six", "nineteen seventy-nine", "two thousand", "the year two thousand and one"
    name: 'spokenYear',
    pattern: compile(`${B}(?:the\\s+year\\s+)?(?:(?<century>nineteen|eighteen)[\\s-]+(?<tens>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|two\\s+thousand(?:\\s+(?:and\\s+)?(?<unit>one|two|three|four|five|six|seven|eight|nine|ten))?)${E}`),
    read: ({ groups: g }) => {
      if (!g!.century) return { kind: 'calendar', year: 2000 + (g!.unit ? readNumber(g!.unit) ?? 0 : 0) };
      const tens = readNumber(g!.tens!);
      return tens === null ? null : { kind: 'calendar', year: (g!.century.toLowerCase() === 'nineteen' ? 1900 : 1800) + tens };
    },
  },
  {
    // "year-end", "year end", "by month's end", "by midyear", "at mid-year" (as a point of the current year or month)
    name: 'yearEnd',
    pattern: compile(`${B}(?:around\\s+)?(?:(?<u>year|month)(?:['’]s)?[\\s-]end|mid-?year)${E}`),
    read: ({ groups: g }) => ({ kind: 'unitShift', unit: lower(g!.u) === 'month' ? 'month' : 'year', offset: 0, anchor: 'document', ...(g!.u ? { end: true } : {}) }),
  },
  {
    // "17" in "1915-17", "1863" in "1861-1863": the end of a span of years; "14" in "2013/14", "the 2012/13 season"
    name: 'yearRangeEnd',
    afterFind: 1,
    pattern: compile(`(?<=(?<![\\p{L}\\p{N}$€£#.,/-])(?<first>${YEAR})(?<sep>[-–/]))(?<y>\\d{4}|\\d{2})(?![\\p{L}\\p{N}%]|[-/.,]\\d)`),
    read: ({ groups: g, index, 0: all }, text) => {
      // "the 1995-96 school year", "the 2012/13 season": one period of the two years, told by its first, not a span of them.
      if (PERIOD_OF_TWO_YEARS_AFTER.test(text.slice(index + all.length, index + all.length + 24))) return null;
      const first = Number(g!.first);
      const year = g!.y!.length === 2 ? Math.floor(first / 100) * 100 + Number(g!.y) : Number(g!.y);
      // A slash also writes ratios and fractions: only a season or fiscal year, "2013/14", "2015/2016", ending the next year, is a span.
      if (g!.sep === '/') return year === first + 1 ? { kind: 'calendar', year, rangeEnd: true } : null;
      // "2021-11" is a month, not a span; a span runs forward and within a century.
      return year > first && year < first + 100 ? { kind: 'calendar', year, rangeEnd: true } : null;
    },
  },
  {
    // "2020", "in 1998", "since 1415" — a year standing alone, not an amount, a price or a part of a number
    name: 'year',
    // "fiscal 1989" is the fiscal year, written as the year, and "the year 2000" is 2000; "2021/13/01" is no day, and not the year 2021 either.
    // "the 1990 fiscal year" and "the fiscal year 1990" are that year too, not 1,990 years nor the current fiscal year and a year.
    pattern: compile(`(?:fiscal\\s+(?:year\\s+)?|the\\s+(?:${YEAR_KIND}\\s+)?year\\s+|the\\s+(?=${YEAR}\\s+${YEAR_KIND}\\s+year))?(?<![\\p{L}\\p{N}$€£#.,/]|(?<!(?<![\\p{L}])(?:mid|pre|post|end|early|late))-)(?<y>${YEAR}|1[0-4]\\d\\d|21(?:0[1-9]|[1-9]\\d))(?:\\s+${YEAR_KIND}\\s+year)?(?![\\p{L}\\p{N}%]|[.,]\\d|/\\d\\d?/\\d|\\s*(?:percent|per\\s+cent|%)${E})`),
    read: ({ groups: g, index, 0: all }, text) => {
      const year = Number(g!.y);
      // A number from 1000 to 1499 is a year only after a preposition of time or in "the year 1415" (no "fiscal 1415" was ever reported);
      // so is one past 2100 ("will not be reached until 2140", "not expected back until 2126").
      if ((year < FIRST_OF_YEAR || year > LAST_OF_YEAR) && !(all.length > 4 ? /^the/i.test(all) : EARLY_YEAR_PREPOSITION_BEFORE.test(text.slice(Math.max(0, index - 8), index)))) return null;
      const before = text.slice(Math.max(0, index - 12), index);
      if (NUMBERED_NAME_BEFORE.test(before) || FLIGHT_CODE_BEFORE.test(before)) return null;
      // "the President's Council on Year 2000 Conversion", "the year 2000 problem": the computers' date change, named by its year.
      if (year === 2000 && all.length === 4 && (CAPITALISED_YEAR_BEFORE.test(before) || Y2K_AFTER.test(text.slice(index + all.length, index + all.length + 26)))) return null;
      // "Vision 2030", "1600 Pennsylvania Avenue" (a bare year only: "fiscal 1989" is told as a year).
      if (all.length === 4 && isYearInName(text, index, index + 4)) return null;
      // "asteroid 2012 DA14", "comet 1999 S4": a year and capitals with digits, the designation of a minor planet or comet.
      if (all.length === 4 && text.charCodeAt(index + 4) === 32 && isUpperCode(text.charCodeAt(index + 5)) && DESIGNATION_AFTER.test(text.slice(index + 4, index + 12))) return null;
      // "to travel from 1000 to 10000", "between 1500 and 12,000": a range of numbers that runs past four figures counts no years (not
      // "from 259,000 in 2010 to 154,000", a year inside the range).
      if (all.length === 4 && RANGE_OPENS_BEFORE.test(before) && NUMBER_PAST_YEARS_AFTER.test(text.slice(index + 4, index + 20))) return null;
      // "operates 2000 stores", "the 1600 block": a count, unless a sentence opens with the year ("In 2019 people protested").
      if (COUNTED_AFTER.test(text.slice(index + all.length, index + all.length + 16)) && !SENTENCE_OPENING_PREPOSITION_BEFORE.test(text.slice(Math.max(0, index - 10), index))) return null;
      return { kind: 'calendar', year };
    },
  },
];
