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
const WORD = /[\p{L}'’]+/gu;
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
  return /\s/.test(text[i + 1] ?? ' ') && !/^\s+\p{Ll}/u.test(text.slice(i + 1, i + 4));
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
  // "extended to Nov. 20", "completed by Dec. 15", "until Jan. 14": a deadline lies ahead of what is told.
  if (DEADLINE_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return { direction: 'future', distance: 1 };
  const [from, to] = clauseBounds(text, start, end);
  let best: Tense = { direction: 'unknown', distance: Infinity };
  // Nearest first: the first cue before the date settles that side.
  const before = text.slice(from, start).match(WORD) ?? [];
  for (let i = before.length - 1; i >= 0; i--) {
    const cue = cueOf(before[i]!, before[i - 1]);
    if (cue !== 'unknown') {
      best = { direction: cue, distance: before.length - i };
      break;
    }
  }
  const after = text.slice(end, to).match(WORD) ?? [];
  for (let i = 0; i < after.length && 2 * (i + 1) < best.distance; i++) {
    const cue = cueOf(after[i]!, after[i - 1]);
    if (cue !== 'unknown') {
      best = { direction: cue, distance: 2 * (i + 1) };
      break;
    }
  }
  return best;
}
