// The capitalised word just before or after a find, on its line: "Theresa [May]", "the Arab [Spring]",
// "The [Daily] Telegraph", "[Sunday] Times". A calendar word next to one is often part of a name.

import { DATE_OPENING_WORDS } from '../lexicon/en/calendar';
import { FUNCTION_WORDS, OTHER_NON_NAMES } from '../lexicon/en/commonCapitalised';
import { PERSON_TITLES } from '../lexicon/en/organisations';
import { withStandInsOf } from '../text/oneByteText';

const NOT_NAME_WORDS: ReadonlySet<string> = new Set([...FUNCTION_WORDS, ...OTHER_NON_NAMES, ...DATE_OPENING_WORDS]);
const TITLES: ReadonlySet<string> = new Set(PERSON_TITLES);
const CAPITALISED_WORD_AFTER = withStandInsOf(/^[ \t\u00a0]+(\p{Lu}[\p{L}'’-]*)/u);
// A word with a capital, then an optional full stop ("Mrs. May"), then spaces to the find.
const CAPITALISED_WORD_BEFORE = withStandInsOf(/(?<![\p{L}\p{N}'’-])(\p{Lu}[\p{L}'’-]*)(\.?)[ \t\u00a0]+$/u);
const isAsciiSpace = (c: number) => c === 32 || c === 9;
/** How far the neighbour is read: a word longer than this is a rare name, and the check stays a few characters. */
const READ = 24;

/** The capitalised word after text[end] past spaces ("The Sunday Times"); undefined: none on that line. */
export function capitalisedWordAfter(text: string, end: number): string | undefined {
  // Most finds are followed by punctuation, or by spaces and a lower-case word: ASCII tells those at once.
  let i = end;
  while (i < end + READ && isAsciiSpace(text.charCodeAt(i))) i++;
  const c = text.charCodeAt(i);
  if (i < end + READ && c < 128 && !(i > end && c >= 65 && c <= 90)) return undefined;
  return CAPITALISED_WORD_AFTER.exec(text.slice(end, end + READ))?.[1];
}

/**
 * The capitalised word before text[start] past spaces ("Theresa May", "Mrs. May"), without its full stop; undefined: none,
 * or a sentence's last word ("… in the Spring. Spring came"), as a full stop counts only after a title ("Mrs.", "Gen.").
 */
export function capitalisedWordBefore(text: string, start: number): string | undefined {
  if (start === 0 || !isAsciiSpace(text.charCodeAt(start - 1)) || isPlainlyNoCapitalisedWordBefore(text, start)) return undefined;
  const found = CAPITALISED_WORD_BEFORE.exec(text.slice(Math.max(0, start - READ), start));
  return found && (!found[2] || TITLES.has(found[1]!)) ? found[1] : undefined;
}

const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/**
 * Whether ASCII alone shows that no capitalised word stands before the spaces at text[start - 1]: the word there is of ASCII
 * letters (apostrophes and hyphens) that opens in lower case, or there is no letter at all, within reach. Most words before a
 * find are so, and the pattern, which is tried at every character of its reach, costs ten times as much in a text with any
 * character past Latin-1 (“ ” ’ –), as its Unicode classes are then read in full.
 */
function isPlainlyNoCapitalisedWordBefore(text: string, start: number): boolean {
  let last = start - 1;
  while (last >= 0 && isAsciiSpace(text.charCodeAt(last))) last--;
  if (text.charCodeAt(last) === 46) last--;
  let first = last + 1;
  for (let c = text.charCodeAt(first - 1); first > 0 && (isAsciiLetter(c) || c === 39 || c === 45); c = text.charCodeAt(first - 1)) first--;
  const before = first > 0 ? text.charCodeAt(first - 1) : 32;
  // Past reach, or after a character ASCII does not tell (a letter of another script, "’") or a digit: the pattern decides.
  if (first <= start - READ || before >= 128 || (before >= 48 && before <= 57)) return false;
  const opening = text.charCodeAt(first);
  return first > last || !(opening >= 65 && opening <= 90);
}

/** Whether a capitalised word may be part of a name: not a sentence opener, a calendar word, nor a word that opens a date. */
export const mayBeNameWord = (word: string) => !NOT_NAME_WORDS.has(word);
