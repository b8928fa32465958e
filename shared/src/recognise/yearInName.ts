// "Vision 2030", "Agenda 2063", "a venture called Orion 1980", "1600 Pennsylvania Avenue": a four-digit number that is part of a
// name or an address, not a year. Asked of every bare year the year recogniser reads: each check looks a few characters around it.
import { SEASONS } from '../lexicon/en/calendar';
import { HOLIDAYS } from '../lexicon/en/holidays';
import { STREET_WORDS, TIME_PREPOSITIONS_BEFORE_A_YEAR, YEAR_KIND_WORDS } from '../lexicon/en/numbers';
import { capitalisedWordBefore, mayBeNameWord } from './neighbourWords';
import { alternation } from './patterns';

// Seasons and holidays before a year date by it ("Summer 2020", "Christmas 2019", "Independence Day 1976"), as do words of its kind.
const DATING_WORDS: ReadonlySet<string> = new Set([...YEAR_KIND_WORDS, ...Object.keys(SEASONS), ...Object.keys(HOLIDAYS).map((h) => h.split(' ').at(-1)!)]);
const STREET_AFTER = new RegExp(`[ \\t]+(?:\\p{Lu}[\\p{L}'’.-]*[ \\t]+){1,3}(?:${alternation(STREET_WORDS)})`, 'uy');
const TIME_PREPOSITION_BEFORE = new RegExp(`(?<![\\p{L}])(?:${alternation(TIME_PREPOSITIONS_BEFORE_A_YEAR)})\\s+$`, 'iu');
const SENTENCE_END = /[.!?]["”’)]?$/;

/** Whether the year text[start, end) is the number of a name or an address. */
export function isYearInName(text: string, start: number, end: number): boolean {
  return isNumberOfAName(text, start, end) || isHouseNumber(text, start, end);
}

/**
 * "Vision 2030", "Orion 1980": a capitalised word of a name right before the year. Not a word that opens a date ("Since 2019"),
 * a season or a holiday, a possessive ("Britain's 2019 election"), a word in capitals (a headline's, "FY"), a sentence's first
 * word, nor before a span of years ("Eastern Theater 1861-1863", a heading).
 */
function isNumberOfAName(text: string, start: number, end: number): boolean {
  const word = capitalisedWordBefore(text, start);
  if (word === undefined) return false;
  // "(August-September 1950)": the word's last part is the one next to the year.
  const last = word.slice(word.lastIndexOf('-') + 1);
  if (!mayBeNameWord(last) || word === word.toUpperCase() || /['’]s?$/.test(word) || DATING_WORDS.has(last.toLowerCase())) return false;
  const dash = text.charCodeAt(end);
  if ((dash === 45 || dash === 0x2013) && /\d/.test(text.charAt(end + 1))) return false;
  let before = start - 1;
  while (before >= 0 && (text.charCodeAt(before) === 32 || text.charCodeAt(before) === 9)) before--;
  before -= word.length;
  while (before >= 0 && (text.charCodeAt(before) === 32 || text.charCodeAt(before) === 9)) before--;
  return before >= 0 && text.charCodeAt(before) !== 10 && !SENTENCE_END.test(text.slice(Math.max(0, before - 1), before + 1));
}

/** "at 1600 Pennsylvania Avenue", "1999 Old Mill Road": a number before a street's name, unless a preposition of time is before it. */
function isHouseNumber(text: string, start: number, end: number): boolean {
  STREET_AFTER.lastIndex = end;
  return STREET_AFTER.test(text) && !TIME_PREPOSITION_BEFORE.test(text.slice(Math.max(0, start - 8), start));
}
