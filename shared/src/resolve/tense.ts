// The direction a date points in when the text leaves it open ("Friday", "in March"): the tense of
// the words nearest to it in its sentence, past when nothing tells, as news mostly reports what happened.
import { FUTURE_PHRASES, FUTURE_WORDS, NOT_PAST_ED, PAST_WORDS } from '../lexicon/en/tense';

export type Direction = 'past' | 'future' | 'unknown';

const FUTURE = new Set<string>(FUTURE_WORDS);
const PAST = new Set<string>(PAST_WORDS);
const NOT_PAST = new Set<string>(NOT_PAST_ED);
const FUTURE_PAIRS = new Set<string>(FUTURE_PHRASES);

/** How far each way to look: the verb governing a date mostly comes before it, and near it. */
const LOOK_BEFORE = 160;
const LOOK_AFTER = 60;
const LETTER = /^\p{L}$/u;
const DEADLINE_BEFORE = /(?<![\p{L}])(?:by|until|till|through|to)\s+(?:the\s+)?$/iu;

const cueOf = (word: string, previous: string | undefined): Direction => {
  const w = word.toLowerCase();
  if (FUTURE.has(w)) return 'future';
  const before = previous?.toLowerCase();
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
  return /\s/.test(text[i + 1] ?? ' ') && !/^\s+\p{Ll}/u.test(text.slice(i + 1, i + 4));
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
  // "extended to Nov. 20", "completed by Dec. 15", "until Jan. 14": a deadline lies ahead of what is told.
  if (DEADLINE_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return { direction: 'future', distance: 1 };
  let best: Tense = { direction: 'unknown', distance: Infinity };
  // Nearest first, reading back from the date: the first cue before it settles that side.
  const from = clauseStart(text, start);
  // The word being read, and the one before it (-1: none), which two-word cues need.
  let wordEnds = lastWordEnd(text, from, start);
  let wordBegins = wordEnds < 0 ? -1 : lastWordStart(text, from, wordEnds);
  for (let distance = 1; wordEnds >= 0; distance++) {
    const previousEnds = lastWordEnd(text, from, wordBegins);
    const previousBegins = previousEnds < 0 ? -1 : lastWordStart(text, from, previousEnds);
    const cue = cueOf(text.slice(wordBegins, wordEnds), previousEnds < 0 ? undefined : text.slice(previousBegins, previousEnds));
    if (cue !== 'unknown') {
      best = { direction: cue, distance };
      break;
    }
    wordEnds = previousEnds;
    wordBegins = previousBegins;
  }
  // A cue after the date must be nearer than twice the one before: with one at 1 or 2 words, none is.
  if (best.distance <= 2) return best;
  const to = clauseEnd(text, end);
  let previous: string | undefined;
  let at = end;
  for (let i = 0; 2 * (i + 1) < best.distance; i++) {
    const wordAt = wordStart(text, at, to);
    if (wordAt < 0) break;
    at = wordEnd(text, wordAt, to);
    const word = text.slice(wordAt, at);
    const cue = cueOf(word, previous);
    if (cue !== 'unknown') {
      best = { direction: cue, distance: 2 * (i + 1) };
      break;
    }
    previous = word;
  }
  return best;
}
