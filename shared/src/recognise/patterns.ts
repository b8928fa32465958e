// Pattern pieces built from the vocabulary tables, shared by the recognisers.
import { MONTHS, PARTS_OF_DAY, SEASONS, WEEKDAYS } from '../lexicon/en/calendar';
import { CARDINALS, ORDINALS } from '../lexicon/en/numbers';
import { UNIT_WORDS } from '../lexicon/en/units';
import { withStandIns, withStandInsOf } from '../text/oneByteText';

/** Words as alternatives of a pattern, longest first, spaces matching any white space. */
export const alternation = (words: readonly string[]) =>
  [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');

/** Starts a match at a word start, ends it at a word end. */
export const B = '(?<![\\p{L}\\p{N}])';
export const E = '(?![\\p{L}\\p{N}])';

/** A month, full or abbreviated with an optional full stop. */
export const MONTH = `(?:${alternation(Object.keys(MONTHS).filter((m) => m.length > 3 || m === 'may'))}|(?:${alternation(Object.keys(MONTHS).filter((m) => m.length <= 4))})\\.?)`;
/** A weekday, full or as "Tues.", "Wed.", "Thurs." with the full stop an abbreviation needs ("Mon.", "Sat.", "Sun." are too often other words). */
export const WEEKDAY = `(?:${alternation(Object.keys(WEEKDAYS).filter((d) => d.length > 4 && d !== 'thurs'))}|Thurs\\.?|(?:Tues?|Wed|Thur?|Fri)\\.)`;
/** The ISO number of a weekday as WEEKDAY matched it: 1 for "Monday", 3 for "Wed.". */
export const weekdayNumber = (word: string | undefined): number | undefined => (WEEKDAYS as Record<string, number>)[lower(word).replace(/\.$/, '')];
/** "Fri", "Thu": weekdays as web page time stamps shorten them ("Thurs" is in WEEKDAY). */
export const SHORT_WEEKDAY = `(?:${alternation(Object.keys(WEEKDAYS).filter((d) => d.length <= 4))})`;
export const SEASON = `(?:${alternation(Object.keys(SEASONS))})`;
export const PART_OF_DAY = `(?:${alternation(Object.keys(PARTS_OF_DAY).filter((p) => p !== 'tonight' && p !== 'overnight'))})`;
export const UNIT = `(?:${alternation(Object.keys(UNIT_WORDS))})`;
export const NUMBER_WORD = `(?:${alternation(Object.keys(CARDINALS).filter((w) => w !== 'a' && w !== 'an'))})`;
/** "three", "twenty-four", "twenty four", "24", "1,500", "1.5", "2 1/2", "22 and a half", "six and a half", "a hundred", "two thousand". */
export const AMOUNT = `(?:\\d+(?:,\\d{3}(?!\\d))*(?:\\.\\d+)?(?:\\s+1/2|½|\\s+and\\s+a\\s+half)?|a\\s+(?:hundred|thousand)|${NUMBER_WORD}(?:[\\s-]${NUMBER_WORD})?(?:[\\s-]+and[\\s-]+(?:a[\\s-]+)?half)?)`;
/** A time word right after a phrase, which makes it another phrase: "the week before last Monday", "the weekend before last year's vote". */
export const TIME_WORD_AFTER = `\\s+(?:${WEEKDAY}|${MONTH}|${SEASON}|${PART_OF_DAY}|${UNIT})${E}`;
export const ORDINAL_WORD = `(?:${alternation(Object.keys(ORDINALS).filter((o) => o !== 'last'))})`;
const UNIT_ORDINAL_WORD = alternation(Object.entries(ORDINALS).filter(([, n]) => n >= 1 && n <= 9).map(([ordinal]) => ordinal));
/** A day of the month told in words: "third", "twenty-third", "thirty first", "thirtieth" (readDayOrdinal reads it). */
export const DAY_ORDINAL_WORD = `(?:(?:twenty|thirty)[\\s-]+(?:${UNIT_ORDINAL_WORD})|${ORDINAL_WORD})`;
export const DAY_NUMBER = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
// (And 2100, the horizon of climate news: "sea levels could rise a metre by 2100".)
export const YEAR = '(?:1[5-9]\\d\\d|20\\d\\d|2100)';
/** A year before 1500, read only after a month and day and a comma ("Aug. 3, 1492"), where no count or number stands. */
export const OLD_YEAR = '(?:1[0-4]\\d\\d)';
/** The eras of "481 BC", "the 4th century B.C.", "70 A.D.". */
// "146 B.C", "(149 B.C to 146 B.C)": the last full stop may be left off, as it is before a bracket.
export const BEFORE_CHRIST = '(?:BCE|BC|B\\.C\\.E\\.?|B\\.C\\.?)';
export const ANNO_DOMINI = '(?:AD|A\\.D\\.?)';

/** Compiles a pattern for global, case-insensitive, Unicode matching. */
export const compile = (source: string) => new RegExp(withStandIns(source), 'giu');

const SPACE = /\s/;

/**
 * The words lower has read, as it read them: looking one up costs less than lower-casing it and asking whether it holds a space,
 * by far so in a text with a character past Latin-1 (“ ” ’ –), whose words V8 lower-cases the slow way. Bounded, as a long paste
 * may hold any number of different numbers.
 */
const LOWERED = new Map<string, string>();
const MOST_LOWERED = 10_000;

/** A matched word or phrase as the vocabulary tables spell it: lower case, single spaces, no full stop at the end. */
export function lower(text: string | undefined): string {
  if (text === undefined) return '';
  // The reads ask this of nearly every match, and of few words: "March", "months", "Friday".
  let lowered = LOWERED.get(text);
  if (lowered === undefined) {
    lowered = text.toLowerCase();
    if (lowered.endsWith('.') || SPACE.test(lowered)) lowered = lowered.replace(/\s+/g, ' ').replace(/\.$/, '');
    if (LOWERED.size < MOST_LOWERED) LOWERED.set(text, lowered);
  }
  return lowered;
}

/** The number of a matched month's name ("Sept." → 9); undefined for a word that names none. */
export const monthOf = (name: string | undefined): number | undefined => (MONTHS as Record<string, number>)[lower(name)];

/** Month names must be capitalised: "may" and "march" are also a verb and a noun. */
export function isCapitalised(text: string | undefined): boolean {
  if (!text) return false;
  const first = text.charCodeAt(0);
  // ASCII answers at once; any other first letter is asked of its Unicode category.
  if (first < 128) return first >= 65 && first <= 90;
  return /^\p{Lu}/u.test(text);
}

/**
 * ABC's "This Week", CBS's ''60 Minutes'': a capital on a later word of a phrase that opens a
 * quotation makes it a title (of a programme, a book), not a time. Unquoted, "the Seven Days" of a
 * battle is still a time, and capitals throughout are a headline.
 */
// The quotation mark first: it is the rarest, and the cheapest to look for.
const QUOTE_OPENS_BEFORE = withStandInsOf(/(?:["“‘`]|'')$/u);
export const isQuotedTitle = (phrase: string, before: string) =>
  QUOTE_OPENS_BEFORE.test(before) && phrase !== phrase.toUpperCase() && /\s\p{Lu}/u.test(phrase);
