// "1600 Pennsylvania Avenue", "1999 Old Mill Road": a four-digit number before a street's name is a house number, not a year;
// "a 1987 Chevrolet" is a model's year.
// Asked of every bare year the year recogniser reads: it looks a few characters around it. (A year after the word of a name,
// "Vision 2030", "Resolution 2094", is NUMBERED_NAME_WORDS' part: a table, as most capitalised words before a year, "the
// Tokyo 2020 Olympics", "Census 2010", leave it the year it is.)
import { STREET_WORDS, TIME_PREPOSITIONS_BEFORE_A_YEAR, VEHICLE_MAKERS } from '../lexicon/en/numbers';
import { alternation } from './patterns';
import { withStandIns } from '../text/oneByteText';

const STREET_AFTER = new RegExp(withStandIns(`[ \\t]+(?:\\p{Lu}[\\p{L}'’.-]*[ \\t]+){1,3}(?:${alternation(STREET_WORDS)})`), 'uy');
// "a 1987 Chevrolet", "his 1965 Ford Mustang": a model year (case-sensitive: "Ford" the maker, not "ford" the river crossing).
const MAKER_AFTER = new RegExp(`[ \\t]+(?:${alternation(VEHICLE_MAKERS)})(?![\\p{L}\\p{N}])`, 'uy');
const TIME_PREPOSITION_BEFORE = new RegExp(`(?<![\\p{L}])(?:${alternation(TIME_PREPOSITIONS_BEFORE_A_YEAR)})\\s+$`, 'iu');

/**
 * "at 1600 Pennsylvania Avenue", "a 1987 Chevrolet": the year text[start, end) is a number before a street's name or a model's
 * year, and no preposition of time is before it ("In 1998 Ford cut jobs").
 */
export function isYearInName(text: string, start: number, end: number): boolean {
  STREET_AFTER.lastIndex = end;
  MAKER_AFTER.lastIndex = end;
  return (STREET_AFTER.test(text) || MAKER_AFTER.test(text)) && !TIME_PREPOSITION_BEFORE.test(text.slice(Math.max(0, start - 8), start));
}
