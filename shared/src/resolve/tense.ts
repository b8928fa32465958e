// The direction a date points in when the text leaves it open ("Friday", "in March"): the tense of
// the words nearest to it in its sentence, past when nothing tells, as news mostly reports what happened.
import { MONTHS } from '../lexicon/en/calendar';
import { FUTURE_PHRASES, FUTURE_WORDS, NOT_DEADLINE_TO, NOT_PAST_ED, PAST_WORDS, TAKES_EFFECT_WORDS } from '../lexicon/en/tense';

export type Direction = 'past' | 'future' | 'unknown';

const FUTURE = new Set<string>(FUTURE_WORDS);
const PAST = new Set<string>(PAST_WORDS);
const NOT_PAST = new Set<string>(NOT_PAST_ED);
const FUTURE_PAIRS = new Set<string>(FUTURE_PHRASES);

/** How far each way to look: the verb governing a date mostly comes before it, and near it. */
const LOOK_BEFORE = 160;
const LOOK_AFTER = 60;
const ABBREVIATED_MONTH = new RegExp(`(?<![\\p{L}])(?:${Object.keys(MONTHS).filter((m) => m.length <= 4).join('|')})$`, 'iu');
const LETTER = /^\p{L}$/u;
const DEADLINE_BEFORE = /(?<![\p{L}])(?<word>by|until|till|through|to)\s+(?:the\s+)?$/iu;
const TAKES_EFFECT_BEFORE = new RegExp(`(?<![\\p{L}])(?:${TAKES_EFFECT_WORDS.join('|')})\\s+(?:on\\s+)?$`, 'iu');
const NOT_DEADLINE = new Set<string>(NOT_DEADLINE_TO);
// "bought from Sept. 14 to Thursday": the end of a range, not a deadline.
const RANGE_FROM = /(?<![\p{L}])from\s+\S+(?:\s+\S+){0,3}\s+to\s+(?:the\s+)?$/iu;
// "had filed reports by Wednesday", "Until Thursday, they had not": a past perfect says the deadline has passed.
const PAST_PERFECT = /(?<![\p{L}])had(?![\p{L}])/iu;

/** The direction `word` tells, given the words around it in its clause (undefined: none there). */
const cueOf = (word: string, previous: string | undefined, next: string | undefined, previousTwo: string | undefined): Direction => {
  const w = word.toLowerCase();
  // "next to the embassy" is a place.
  if (w === 'next' && next?.toLowerCase() === 'to') return 'unknown';
  const before = previous?.toLowerCase();
  // "had been scheduled to expire", "had planned": a plan told in the past perfect lies in the past.
  if (FUTURE.has(w)) return before === 'had' || (before === 'been' && previousTwo?.toLowerCase() === 'had') ? 'past' : 'future';
  // "is to resume", "set to meet": every future phrase ends in "to", which alone says nothing.
  if (w === 'to' && FUTURE_PAIRS.has(`${before} to`)) return 'future';
  // "to be published", "will be paid": a participle after "be" is passive, not past.
  if (before === 'be') return 'unknown';
  if (PAST.has(w) || (w.length > 4 && w.endsWith('ed') && !NOT_PAST.has(w))) return 'past';
  return 'unknown';
};

/** Where the sentence around a date begins: at most LOOK_BEFORE characters before its start. */
function clauseStart(text: string, start: number): number {
  let from = start;
  const limit = Math.max(0, start - LOOK_BEFORE);
  while (from > limit && !isSentenceEnd(text, from - 1)) from--;
  return from;
}

/** Where the sentence around a date ends: at most LOOK_AFTER characters after its end. */
function clauseEnd(text: string, end: number): number {
  let to = end;
  const stop = Math.min(text.length, end + LOOK_AFTER);
  while (to < stop && !isSentenceEnd(text, to)) to++;
  return to;
}

// A full stop ends a sentence when a space and a capital or a line end follow it ("U.S. troops" does not end one).
const isSentenceEnd = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  if (c === 10 || c === 33 || c === 63 || c === 59) return true;
  if (c !== 46) return false;
  if (!/\s/.test(text[i + 1] ?? ' ') || /^\s+\p{Ll}/u.test(text.slice(i + 1, i + 4))) return false;
  // "Sept. 14", "Nov. 6": a month's abbreviation before a number ends no sentence.
  return !(/^\s+\d/.test(text.slice(i + 1, i + 3)) && ABBREVIATED_MONTH.test(text.slice(Math.max(0, i - 5), i)));
};

/** The direction a date points in, and how many words away the word that tells it stands (Infinity: none). */
export interface Tense {
  direction: Direction;
  distance: number;
}

/**
 * How many UTF-16 units the word character at text[i] takes (0: none), reading no further than `limit`.
 * Words are runs of letters and apostrophes; ASCII is decided here, the rest by its Unicode category.
 */
function wordCharLength(text: string, i: number, limit: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 ? 1 : 0;
  if (c === 0x2019) return 1;
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
  if (c === 0x2019) return 1;
  if (c >= 0xdc00 && c <= 0xdfff && i - 2 >= from) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return LETTER.test(text.slice(i - 2, i)) ? 2 : 0;
  }
  return LETTER.test(text[i - 1]!) ? 1 : 0;
}

/** Where the first word of text[from, to) starts, or -1 when it has none. */
function wordStart(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && wordCharLength(text, i, to) === 0) i++;
  return i < to ? i : -1;
}

/** Where the word that starts at `start` ends, at `to` at the latest. */
function wordEnd(text: string, start: number, to: number): number {
  let i = start;
  for (let length = wordCharLength(text, i, to); length > 0; length = i < to ? wordCharLength(text, i, to) : 0) i += length;
  return i;
}

/** Where the last word of text[from, to) ends, or -1 when it has none. */
function lastWordEnd(text: string, from: number, to: number): number {
  let i = to;
  while (i > from && wordCharLengthBefore(text, i, from) === 0) i--;
  return i > from ? i : -1;
}

/** Where the word that ends at `end` starts, at `from` at the earliest. */
function lastWordStart(text: string, from: number, end: number): number {
  let i = end;
  for (let length = wordCharLengthBefore(text, i, from); length > 0; length = i > from ? wordCharLengthBefore(text, i, from) : 0) i -= length;
  return i;
}

/** The tense of the nearest cue word to text[start, end), words after the date counting as twice as far. */
export function tenseAt(text: string, start: number, end: number): Tense {
  // "Wednesday's ruling", "Friday's close": a day named for what happened on it.
  if (/^['’]s\b/.test(text.slice(end, end + 3))) return { direction: 'past', distance: 0 };
  if (TAKES_EFFECT_BEFORE.test(text.slice(Math.max(0, start - 16), start))) return { direction: 'future', distance: 1 };
  const from = clauseStart(text, start);
  const deadline = deadlineAt(text, from, start, end);
  if (deadline) return deadline;
  const best = tenseBefore(text, from, start);
  // A cue after the date must be nearer than twice the one before: with one at 1 or 2 words, none is.
  if (best.distance <= 2) return best;
  return tenseAfter(text, end, clauseEnd(text, end), best);
}

/** The tense of the nearest cue in text[from, start), read backwards from the date: the first cue settles it. */
function tenseBefore(text: string, from: number, start: number): Tense {
  // The word being read, the one after it (nearer the date) and the one before it, which two-word cues need.
  let next: string | undefined;
  let wordEnds = lastWordEnd(text, from, start);
  let wordBegins = wordEnds < 0 ? -1 : lastWordStart(text, from, wordEnds);
  let word = wordEnds < 0 ? undefined : text.slice(wordBegins, wordEnds);
  let previousEnds = wordEnds < 0 ? -1 : lastWordEnd(text, from, wordBegins);
  let previousBegins = previousEnds < 0 ? -1 : lastWordStart(text, from, previousEnds);
  let previous = previousEnds < 0 ? undefined : text.slice(previousBegins, previousEnds);
  for (let distance = 1; word !== undefined; distance++) {
    // "had been scheduled": the word two before is read only for a future cue after "been".
    const previousTwo = previous?.toLowerCase() === 'been' && FUTURE.has(word.toLowerCase()) ? wordBefore(text, from, previousBegins) : undefined;
    const cue = cueOf(word, previous, next, previousTwo);
    if (cue !== 'unknown') return { direction: cue, distance };
    next = word;
    word = previous;
    wordBegins = previousBegins;
    previousEnds = word === undefined ? -1 : lastWordEnd(text, from, wordBegins);
    previousBegins = previousEnds < 0 ? -1 : lastWordStart(text, from, previousEnds);
    previous = previousEnds < 0 ? undefined : text.slice(previousBegins, previousEnds);
  }
  return { direction: 'unknown', distance: Infinity };
}

/** The word that ends before `at`, reading back no further than `from` (undefined: none). */
function wordBefore(text: string, from: number, at: number): string | undefined {
  const ends = lastWordEnd(text, from, at);
  return ends < 0 ? undefined : text.slice(lastWordStart(text, from, ends), ends);
}

/** The nearest cue in text[end, to), if nearer than `best`, counting words after the date as twice as far. */
function tenseAfter(text: string, end: number, to: number, best: Tense): Tense {
  let previous: string | undefined;
  let previousTwo: string | undefined;
  let at = end;
  for (let i = 0; 2 * (i + 1) < best.distance; i++) {
    const wordAt = wordStart(text, at, to);
    if (wordAt < 0) break;
    at = wordEnd(text, wordAt, to);
    const word = text.slice(wordAt, at);
    // "next to the embassy": the word after is read only for "next".
    const next = word.toLowerCase() === 'next' ? wordAfter(text, at, to) : undefined;
    const cue = cueOf(word, previous, next, previousTwo);
    if (cue !== 'unknown') return { direction: cue, distance: 2 * (i + 1) };
    previousTwo = previous;
    previous = word;
  }
  return best;
}

/** The word that starts after `at`, reading no further than `to` (undefined: none). */
function wordAfter(text: string, at: number, to: number): string | undefined {
  const begins = wordStart(text, at, to);
  return begins < 0 ? undefined : text.slice(begins, wordEnd(text, begins, to));
}

/**
 * "extended to Nov. 20", "completed by Dec. 15", "until Jan. 14": a deadline lies ahead of what is
 * told, unless a past perfect in its clause says it has passed. Null: the date is no deadline.
 */
function deadlineAt(text: string, from: number, start: number, end: number): Tense | null {
  const word = DEADLINE_BEFORE.exec(text.slice(Math.max(0, start - 12), start))?.groups?.word?.toLowerCase();
  if (!word) return null;
  if (word === 'to') {
    // Not cut at the clause start: "from Sept. 14 to" holds an abbreviation's full stop.
    const before = text.slice(Math.max(0, start - 40), start);
    if (RANGE_FROM.test(before)) return null;
    const previous = /([\p{L}]+)\s+to\s+(?:the\s+)?$/iu.exec(before)?.[1]?.toLowerCase();
    if (previous && NOT_DEADLINE.has(previous)) return null;
  }
  if (PAST_PERFECT.test(text.slice(from, clauseEnd(text, end)))) return { direction: 'past', distance: 1 };
  return { direction: 'future', distance: 1 };
}
