// "1600 Pennsylvania Avenue", "1999 Old Mill Road": a four-digit number before a street's name is a house number, not a year.
// Asked of every bare year the year recogniser reads: it looks a few characters around it. (A year after the word of a name,
// "Vision 2030", "Resolution 2094", is NUMBERED_NAME_WORDS' part: a table, as most capitalised words before a year, "the
// Tokyo 2020 Olympics", "Census 2010", leave it the year it is.)
import { STREET_WORDS, TIME_PREPOSITIONS_BEFORE_A_YEAR } from '../lexicon/en/numbers';
import { alternation } from './patterns';

const STREET_AFTER = new RegExp(`[ \\t]+(?:\\p{Lu}[\\p{L}'’.-]*[ \\t]+){1,3}(?:${alternation(STREET_WORDS)})`, 'uy');
const TIME_PREPOSITION_BEFORE = new RegExp(`(?<![\\p{L}])(?:${alternation(TIME_PREPOSITIONS_BEFORE_A_YEAR)})\\s+$`, 'iu');

/** "at 1600 Pennsylvania Avenue": the year text[start, end) is a number before a street's name, and no preposition of time is before it. */
export function isYearInName(text: string, start: number, end: number): boolean {
  STREET_AFTER.lastIndex = end;
  return STREET_AFTER.test(text) && !TIME_PREPOSITION_BEFORE.test(text.slice(Math.max(0, start - 8), start));
}
