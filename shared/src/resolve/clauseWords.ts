// Reading the words of the sentence around a date where they stand in the text, without slicing
// the sentence out or splitting it: words are runs of letters and apostrophes, and a sentence ends
// at a line end, "!", "?", ";" or a full stop that a space and a capital follow.
import { MONTHS, WEEKDAYS, ZONE_ABBREVIATIONS } from '../lexicon/en/calendar';
import { FUNCTION_WORDS } from '../lexicon/en/commonCapitalised';
import { isAbbreviationBeforeName } from '../text/sentences';
import { isApostropheCode, withStandInSpellings, withStandInsOf } from '../text/oneByteText';

/** How far each way to look: the verb governing a date mostly comes before it, and near it. */
const LOOK_BEFORE = 160;
const LOOK_AFTER = 100;
const ABBREVIATED_MONTH = new RegExp(`(?<![\\p{L}])(?:${Object.keys(MONTHS).filter((m) => m.length <= 4).join('|')})$`, 'iu');
const LETTER = /^\p{L}$/u;
const CLOCK_BEFORE_ZONE = /(?<!\p{L})[ap]\.m$/iu;
const DOTTED_ACRONYM_BEFORE = /(?<![\p{L}.])(?:\p{Lu}\.){1,3}\p{Lu}$/u;
/** Whether the full stop at text[i] ends a dotted acronym ("U.S."): told by its last two characters before the pattern is tried. */
const isDottedAcronymEnd = (text: string, i: number) => {
  const last = text.charCodeAt(i - 1);
  return last >= 65 && last <= 90 && text.charCodeAt(i - 2) === 46 && DOTTED_ACRONYM_BEFORE.test(text.slice(Math.max(0, i - 6), i));
};
const SENTENCE_OPENER_AFTER = new RegExp(`^\\s+(?:${FUNCTION_WORDS.join('|')})(?![\\p{L}])`, 'u');
// A weekday or a month by its name, capitalised: "Sunday", "Sept.".
const DAY_NAME_AFTER = new RegExp(`^\\s+(?:${[...Object.keys(WEEKDAYS), ...Object.keys(MONTHS)].map((name) => name[0]!.toUpperCase() + name.slice(1)).join('|')})(?![\\p{L}])`, 'u');
const ZONE_OR_BRACKET_AFTER = new RegExp(`^\\s+(?:(?:${ZONE_ABBREVIATIONS.join('|')})(?![\\p{L}])|\\()`, 'u');

/**
 * Where the last comma before text[at] that parts clauses stands, no further back than `limit` (-1: none): not one inside a number
 * ("500,000 people by Sunday").
 */
export function lastClauseComma(text: string, limit: number, at: number): number {
  for (let i = at - 1; i >= limit; i--) {
    if (text.charCodeAt(i) !== 44) continue;
    const before = text.charCodeAt(i - 1);
    const after = text.charCodeAt(i + 1);
    if (!(before >= 48 && before <= 57 && after >= 48 && after <= 57)) return i;
  }
  return -1;
}

/** How far back the words before a date at `start` are read, at most. */
export const lookBackLimit = (start: number) => Math.max(0, start - LOOK_BEFORE);

/** Whether `pattern` matches the `reach` characters before text[start]: "until the fall of Budapest in", "compared to". */
export const matchesBefore = (pattern: RegExp, reach: number, text: string, start: number) => pattern.test(text.slice(Math.max(0, start - reach), start));

/** Where the sentence around a date begins: at most LOOK_BEFORE characters before its start. */
export function clauseStart(text: string, start: number): number {
  let from = start;
  const limit = lookBackLimit(start);
  while (from > limit && !isSentenceEnd(text, from - 1)) from--;
  return from;
}

/** Where the sentence around a date ends: at most LOOK_AFTER characters after its end. */
export function clauseEnd(text: string, end: number): number {
  // "close at 9 p.m. Election officials said": the date's own last full stop may end its sentence.
  if (end > 0 && isSentenceEnd(text, end - 1)) return end;
  let to = end;
  const stop = Math.min(text.length, end + LOOK_AFTER);
  while (to < stop && !isSentenceEnd(text, to)) to++;
  return to;
}

/** Where a text's first sentence ends (its lede's). */
export function firstSentenceEnd(text: string): number {
  // Past a headline and a byline, lines that end with no full stop, and blank lines: the first sentence is the story's.
  let to = skipSpace(text, 0);
  for (let lines = 0; lines < HEADLINE_LINES; lines++) {
    const lineEnd = text.indexOf('\n', to);
    if (lineEnd < 0 || lineEnd - to > HEADLINE_LENGTH) break;
    let last = lineEnd - 1;
    while (last > to && isSpaceCode(text.charCodeAt(last))) last--;
    if (last <= to || SENTENCE_CLOSERS.has(text.charCodeAt(last))) break;
    to = skipSpace(text, lineEnd + 1);
  }
  // (Only the characters that may end a sentence are asked about: most are none.)
  while (to < text.length && !(mayEndSentence(text.charCodeAt(to)) && isSentenceEnd(text, to))) to++;
  return to;
}
/** What isSentenceEnd may answer yes for: a full stop, a line end, "!", "?" and ";". */
const mayEndSentence = (c: number) => c === 46 || c === 10 || c === 33 || c === 63 || c === 59;
/** Up to three lines of no more than 120 characters that end with no full stop (nor "!", "?" or a closing quote). */
const HEADLINE_LINES = 3;
export const HEADLINE_LENGTH = 120;
const SENTENCE_CLOSERS: ReadonlySet<number> = new Set([...'.!?\'"’”'].map((c) => c.charCodeAt(0)));
function skipSpace(text: string, from: number): number {
  while (from < text.length && isSpaceCode(text.charCodeAt(from))) from++;
  return from;
}

const DASH_AFTER = withStandInsOf(/^ [-–—]\s/);
const CLOSING_QUOTE: ReadonlySet<number> = new Set(withStandInSpellings(["'", '"', '’', '”']).map((quote) => quote.charCodeAt(0)));
const OPENING_QUOTE: ReadonlySet<number> = new Set(withStandInSpellings(['"', '“']).map((quote) => quote.charCodeAt(0)));

// A full stop ends a sentence when a space and a capital or a line end follow it ("U.S. troops" does not end one).
const isSentenceEnd = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  if (c === 10 || c === 33 || c === 63 || c === 59) return true;
  if (c !== 46) return false;
  // "… in the United States.'' Protesters": the quotation closing after the full stop ends the sentence with it.
  let after = i + 1;
  while (after < i + 3 && CLOSING_QUOTE.has(text.charCodeAt(after))) after++;
  // (Read by character codes, with a pattern only past ASCII: the tense reader meets a full stop at nearly every date it reads.)
  if (after < text.length && !isSpaceCode(text.charCodeAt(after))) return false;
  if (opensLowerCaseAfterSpace(text, after)) return false;
  // "FRESNO, Calif. — Sheriff's deputies arrested": a dateline's state, before the dash that opens the story.
  if (text.charCodeAt(after) === 32 && DASH_AFTER.test(text.slice(after, after + 3))) return false;
  // "Roe vs. Wade", "Mr. Smith", "George W. Bush".
  if (isAbbreviationBeforeName(text, i)) return false;
  // "U.S. President Barack Obama", "the U.N. Security Council": a dotted acronym before a name, not before a word that opens a sentence.
  // ('said a forecaster in Upton, N.Y. "By the afternoon, things will": a quotation opening after it opens a sentence.)
  if (isDottedAcronymEnd(text, i) && !SENTENCE_OPENER_AFTER.test(text.slice(i + 1, i + 14)) && !OPENING_QUOTE.has(text.charCodeAt(i + 2))) return false;
  // "at 9:30 p.m. EDT on Thursday", "at 7 p.m. (2300 GMT) on Thursday", "from 3 p.m. to 8 p.m. Sunday": the clock's "p.m." before its
  // time zone, before the time in another zone in brackets, or before the day it is on ends no sentence.
  if ((text.charCodeAt(i - 1) | 32) === 109 && CLOCK_BEFORE_ZONE.test(text.slice(Math.max(0, i - 4), i))
    && (ZONE_OR_BRACKET_AFTER.test(text.slice(i + 1, i + 7)) || DAY_NAME_AFTER.test(text.slice(i + 1, i + 12)))) return false;
  // "Sept. 14", "Nov. 6": a month's abbreviation before a number ends no sentence.
  return !(isSpaceCode(text.charCodeAt(i + 1)) && isDigitCode(text.charCodeAt(i + 2)) && ABBREVIATED_MONTH.test(text.slice(Math.max(0, i - 5), i)));
};
/** Whether a UTF-16 code is whitespace as "\s" reads it: by its value in ASCII, by the pattern beyond. */
export const isSpaceCode = (c: number) => (c < 128 ? c === 32 || (c >= 9 && c <= 13) : /\s/.test(String.fromCharCode(c)));
export const isDigitCode = (c: number) => c >= 48 && c <= 57;
export const isAsciiLetterCode = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const SPACE_THEN_LOWER_CASE = /^\s+\p{Ll}/u;
/** Whether text[at, at + 3) opens with whitespace and then a letter in lower case: by codes while they are ASCII, else by the pattern. */
function opensLowerCaseAfterSpace(text: string, at: number): boolean {
  const end = Math.min(text.length, at + 3);
  for (let j = at; j < end; j++) if (text.charCodeAt(j) >= 128) return SPACE_THEN_LOWER_CASE.test(text.slice(at, end));
  let letter = at;
  while (letter < end && isSpaceCode(text.charCodeAt(letter))) letter++;
  const c = text.charCodeAt(letter);
  return letter > at && letter < end && c >= 97 && c <= 122;
}

/**
 * How many UTF-16 units the word character at text[i] takes (0: none), reading no further than `limit`.
 * Words are runs of letters and apostrophes; ASCII is decided here, the rest by its Unicode category.
 */
function wordCharLength(text: string, i: number, limit: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 ? 1 : 0;
  if (isApostropheCode(c)) return 1;
  // A letter beyond the BMP takes two units, when both lie before the limit.
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < limit) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return LETTER.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  return LETTER.test(text[i]!) ? 1 : 0;
}

/** The same, for the word character that ends at text[i - 1], reading back no further than `from`. */
function wordCharLengthBefore(text: string, i: number, from: number): number {
  const c = text.charCodeAt(i - 1);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 ? 1 : 0;
  if (isApostropheCode(c)) return 1;
  if (c >= 0xdc00 && c <= 0xdfff && i - 2 >= from) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return LETTER.test(text.slice(i - 2, i)) ? 2 : 0;
  }
  return LETTER.test(text[i - 1]!) ? 1 : 0;
}

/** Where the first word of text[from, to) starts, or -1 when it has none. */
export function wordStart(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && wordCharLength(text, i, to) === 0) i++;
  return i < to ? i : -1;
}

/** Where the word that starts at `start` ends, at `to` at the latest. */
export function wordEnd(text: string, start: number, to: number): number {
  let i = start;
  for (let length = wordCharLength(text, i, to); length > 0; length = i < to ? wordCharLength(text, i, to) : 0) i += length;
  return i;
}

/**
 * Where the last word before `to` in its sentence ends, or -1 when the sentence starts first or the
 * look-back ends at `limit`: the sentence start is found as the words are read, not before, as the
 * first cue a reader meets is mostly a word or two away. Sentence ends are never word characters.
 */
export function lastWordEnd(text: string, limit: number, to: number): number {
  let i = to;
  while (i > limit && wordCharLengthBefore(text, i, limit) === 0) {
    if (isSentenceEnd(text, i - 1)) return -1;
    i--;
  }
  return i > limit ? i : -1;
}

/** Where the word that ends at `end` starts, at `from` at the earliest: no word crosses a sentence end. */
export function lastWordStart(text: string, from: number, end: number): number {
  let i = end;
  for (let length = wordCharLengthBefore(text, i, from); length > 0; length = i > from ? wordCharLengthBefore(text, i, from) : 0) i -= length;
  return i;
}

/** The word that ends before `at` in its sentence, looking back no further than `limit` (undefined: none). */
export function wordBefore(text: string, limit: number, at: number): string | undefined {
  const ends = lastWordEnd(text, limit, at);
  return ends < 0 ? undefined : text.slice(lastWordStart(text, limit, ends), ends);
}

/** The word that starts after `at`, reading no further than `to` (undefined: none). */
export function wordAfter(text: string, at: number, to: number): string | undefined {
  const begins = wordStart(text, at, to);
  return begins < 0 ? undefined : text.slice(begins, wordEnd(text, begins, to));
}
