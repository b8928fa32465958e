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
const WORD = /[\p{L}'’]+/gu;
const DEADLINE_BEFORE = /(?<![\p{L}])(?<word>by|until|till|through|to)\s+(?:the\s+)?$/iu;
const TAKES_EFFECT_BEFORE = new RegExp(`(?<![\\p{L}])(?:${TAKES_EFFECT_WORDS.join('|')})\\s+(?:on\\s+)?$`, 'iu');
const NOT_DEADLINE = new Set<string>(NOT_DEADLINE_TO);
// "bought from Sept. 14 to Thursday": the end of a range, not a deadline.
const RANGE_FROM = /(?<![\p{L}])from\s+\S+(?:\s+\S+){0,3}\s+to\s+(?:the\s+)?$/iu;
// "had filed reports by Wednesday", "Until Thursday, they had not": a past perfect says the deadline has passed.
const PAST_PERFECT = /(?<![\p{L}])had(?![\p{L}])/iu;

const cueOf = (word: string, previous: string | undefined, next: string | undefined, previousTwo?: string): Direction => {
  const w = word.toLowerCase();
  // "next to the embassy" is a place.
  if (w === 'next' && next?.toLowerCase() === 'to') return 'unknown';
  const before = previous?.toLowerCase();
  // "had been scheduled to expire", "had planned": a plan told in the past perfect lies in the past.
  if (FUTURE.has(w)) return before === 'had' || (before === 'been' && previousTwo === 'had') ? 'past' : 'future';
  // "is to resume", "set to meet": every future phrase ends in "to", which alone says nothing.
  if (w === 'to' && FUTURE_PAIRS.has(`${before} to`)) return 'future';
  // "to be published", "will be paid": a participle after "be" is passive, not past.
  if (before === 'be') return 'unknown';
  if (PAST.has(w) || (w.length > 4 && w.endsWith('ed') && !NOT_PAST.has(w))) return 'past';
  return 'unknown';
};

/** Where the sentence around `at` begins and ends, looking at most `before`/`after` characters away. */
function clauseBounds(text: string, start: number, end: number): [number, number] {
  let from = start;
  const limit = Math.max(0, start - LOOK_BEFORE);
  while (from > limit && !isSentenceEnd(text, from - 1)) from--;
  let to = end;
  const stop = Math.min(text.length, end + LOOK_AFTER);
  while (to < stop && !isSentenceEnd(text, to)) to++;
  return [from, to];
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

/** The tense of the nearest cue word to text[start, end), words after the date counting as twice as far. */
export function tenseAt(text: string, start: number, end: number): Tense {
  // "Wednesday's ruling", "Friday's close": a day named for what happened on it.
  if (/^['’]s\b/.test(text.slice(end, end + 3))) return { direction: 'past', distance: 0 };
  if (TAKES_EFFECT_BEFORE.test(text.slice(Math.max(0, start - 16), start))) return { direction: 'future', distance: 1 };
  const [from, to] = clauseBounds(text, start, end);
  const deadline = deadlineAt(text, from, start, to);
  if (deadline) return deadline;
  let best: Tense = { direction: 'unknown', distance: Infinity };
  // Nearest first: the first cue before the date settles that side.
  const before = text.slice(from, start).match(WORD) ?? [];
  for (let i = before.length - 1; i >= 0; i--) {
    const cue = cueOf(before[i]!, before[i - 1], before[i + 1], before[i - 2]?.toLowerCase());
    if (cue !== 'unknown') {
      best = { direction: cue, distance: before.length - i };
      break;
    }
  }
  const after = text.slice(end, to).match(WORD) ?? [];
  for (let i = 0; i < after.length && 2 * (i + 1) < best.distance; i++) {
    const cue = cueOf(after[i]!, after[i - 1], after[i + 1], after[i - 2]?.toLowerCase());
    if (cue !== 'unknown') {
      best = { direction: cue, distance: 2 * (i + 1) };
      break;
    }
  }
  return best;
}

/**
 * "extended to Nov. 20", "completed by Dec. 15", "until Jan. 14": a deadline lies ahead of what is
 * told, unless a past perfect in its clause says it has passed. Null: the date is no deadline.
 */
function deadlineAt(text: string, from: number, start: number, to: number): Tense | null {
  // Not cut at the clause start: "from Sept. 14 to" holds an abbreviation's full stop.
  const before = text.slice(Math.max(0, start - 40), start);
  const word = DEADLINE_BEFORE.exec(before.slice(-12))?.groups?.word?.toLowerCase();
  if (!word) return null;
  if (word === 'to') {
    if (RANGE_FROM.test(before)) return null;
    const previous = /([\p{L}]+)\s+to\s+(?:the\s+)?$/iu.exec(before)?.[1]?.toLowerCase();
    if (previous && NOT_DEADLINE.has(previous)) return null;
  }
  if (PAST_PERFECT.test(text.slice(from, to))) return { direction: 'past', distance: 1 };
  return { direction: 'future', distance: 1 };
}
