// Asks the recognisers at every word that may start a temporal expression, keeps the longest
// non-overlapping finds, and widens dates over the modifiers TimeML puts inside them. One scan of
// the words and sticky matches at a few places keep recognition linear and fast.
import type { Recognition } from './partialValue';
import { ellipticPeriods, joinNeighbours, periodsToTheirEnd, shareYears } from './joinNeighbours';
import { widenOverModifiers } from './widenOverModifiers';
import { slashDatesInTheTextsOrder } from './numericDates';
import { RECOGNISERS } from './recognisers';
import { STICKY, mayBeginWithWord, recognisersAt } from './recognisersByOpening';
import { SCAN_START, START_WORD_ENDED_STATE, isWordCode, readStartWord, scanEnd, scanStep, type StartWord } from './startWords';
import { isApostropheCode } from '../text/oneByteText';

/** Every find of every recogniser, wherever it is, for checking the fast path against. */
export function recogniseEverywhere(text: string): Recognition[] {
  return select(findEverywhere(text, RECOGNISERS.map((r) => new RegExp(r.pattern.source, r.pattern.flags))), text);
}

export function recogniseTimexes(text: string): Recognition[] {
  const starts: Starts = { at: [], asked: [], leading: -1, leadingEnd: -1, word: { start: 0, end: 0, kind: 'no', node: 0 } };
  // The words: letters and digits, with an opening apostrophe kept ("'90s"), read a step per character (startWords.ts).
  let state = SCAN_START;
  for (let i = 0; i < text.length; i++) {
    const next = scanStep(state, text.charCodeAt(i));
    if (next === START_WORD_ENDED_STATE) atWordEnd(text, i, state, starts);
    state = next;
  }
  // The end of the text ends its last word.
  if (scanEnd(state) === START_WORD_ENDED_STATE) atWordEnd(text, text.length, state, starts);
  return select(findAt(text, starts), text);
}

/** The places worth asking, in no order (select sorts the finds), and the recognisers to ask at each. */
interface Starts {
  at: number[];
  asked: (readonly number[])[];
  /** The last start word if it was a leading word ("the", "a", "on"), which counts only when the next word may start an expression too; -1 if not. */
  leading: number;
  leadingEnd: number;
  /** The start word being read. */
  word: StartWord;
}

/** Where the scan ends a word in `state` at text[end]: the places that word opens, if it may begin an expression. */
function atWordEnd(text: string, end: number, state: number, starts: Starts): void {
  const { word } = starts;
  if (!readStartWord(text, end, state, word)) return;
  const { start, kind } = word;
  if (starts.leading >= 0 && !hasWordBetween(text, starts.leadingEnd, start)) tryAt(starts.leading, text, starts);
  starts.leading = kind === 'leading' ? start : -1;
  starts.leadingEnd = end;
  if (kind !== 'yes' || continuesNumber(text, start) || !mayBeginAtWord(text, word)) return;
  tryAt(start, text, starts);
  // "'90s" starts at its apostrophe, "''60 Minutes" at its digit.
  const first = text.charCodeAt(start);
  if (isApostropheCode(first)) tryAt(start + 1, text, starts);
}

/** For each start word by its trie node: 0 not asked yet, 1 if some recogniser may begin with it, 2 if none may ("of"). */
const WORD_OPENS = new Uint8Array(1 << 16);

/** Whether some recogniser may begin at the start word (numbers and quoted words always may). */
function mayBeginAtWord(text: string, { start, end, node }: StartWord): boolean {
  if (node === 0) return true;
  if (WORD_OPENS[node] === 0) WORD_OPENS[node] = mayBeginWithWord(text.slice(start, end)) ? 1 : 2;
  return WORD_OPENS[node] === 1;
}

/** Whether a letter or digit stands in text[from, to): a word that starts no expression. */
function hasWordBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isWordCode(text.charCodeAt(i))) return true;
  return false;
}

function tryAt(start: number, text: string, starts: Starts): void {
  const asked = recognisersAt(text, start);
  // No recogniser begins with "of", the commonest start word, nor with "for the" or "new rules".
  if (asked.length === 0) return;
  starts.at.push(start);
  starts.asked.push(asked);
}

type Found = Recognition & { order: number };

/**
 * The finds of the recognisers that can begin at each start, each tried there only. A start inside the longest find of an
 * earlier one is not tried: select keeps that find and drops whatever starts inside it ("5" and "1998" of "March 5, 1998").
 */
function findAt(text: string, starts: Starts): Found[] {
  const found: Found[] = [];
  // Where the last find select will keep ends, while the starts come in the text's order (as the scan meets them).
  let keptEnd = 0;
  let inOrder = true;
  for (let s = 0; s < starts.at.length; s++) {
    const start = starts.at[s]!;
    if (s > 0 && start <= starts.at[s - 1]!) inOrder = false;
    if (inOrder && start < keptEnd) continue;
    for (const order of starts.asked[s]!) {
      // A pattern that looks back at another find is tried only right after one ends.
      const reach = AFTER_FIND[order];
      if (reach !== undefined && inOrder && !(start >= keptEnd && start - keptEnd <= reach)) continue;
      const pattern = STICKY[order]!;
      pattern.lastIndex = start;
      const match = pattern.exec(text);
      if (match && match[0].length && take(found, order, match, text)) keptEnd = Math.max(keptEnd, start + match[0].length);
    }
  }
  return found;
}

const AFTER_FIND: readonly (number | undefined)[] = RECOGNISERS.map((r) => r.afterFind);

/** The finds of each global pattern scanning the whole text. */
function findEverywhere(text: string, patterns: readonly RegExp[]): Found[] {
  const found: Found[] = [];
  patterns.forEach((pattern, order) => {
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      if (match[0].length === 0) { pattern.lastIndex++; continue; }
      // A match, read or refused, may hold one that starts later ("the eight-year": "eight-year"; "Sunday, March 8": "March 8"), as
      // at the scan's next start word.
      take(found, order, match, text);
      pattern.lastIndex = match.index + 1;
    }
  });
  return found;
}

/** Keeps the match if its recogniser reads it; whether it did. */
function take(found: Found[], order: number, match: RegExpExecArray, text: string): boolean {
  if (continuesNumber(text, match.index) || cutsHyphenatedWord(text, match.index, match.index + match[0].length)) return false;
  const partial = RECOGNISERS[order]!.read(match, text);
  if (partial) found.push({ start: match.index, end: match.index + match[0].length, partial, order });
  return partial !== null;
}

function isSorted<T>(items: readonly T[], order: (a: T, b: T) => number): boolean {
  for (let i = 1; i < items.length; i++) if (order(items[i - 1]!, items[i]!) > 0) return false;
  return true;
}

const isDigitCode = (c: number) => c >= 48 && c <= 57;

/** Whether text[start] is a digit after "1," "1." or "2:": the tail of "1,000", "1.5" or the race time "2:14:04", never a number of its own. */
function continuesNumber(text: string, start: number): boolean {
  const before = text.charCodeAt(start - 1);
  return (before === 44 || before === 46 || before === 58) && isDigitCode(text.charCodeAt(start)) && isDigitCode(text.charCodeAt(start - 2));
}

// The words that continue or join a compound ("week-long", "day-to-day", "year-on-year", "a year-earlier", "a second-half goal", "once-in-a-decade", "the quarter-finals",
// "present-day", "a night-time retreat", "a night-shift nurse"), unlike a dash between two words ("January-protesting", "summer-fall 1919") that a narrative may write as a hyphen.
const COMPOUND_AFTER = /-(?:long|to|on|over|by|for|and|in|earlier|ago|half|day|time|shift|finals?|finalists?)(?![\p{L}])/iuy;
const COMPOUND_BEFORE = /(?<![\p{L}])(?:in|a|an|of|to|on|the|and|by|for)-$/iu;

/** Whether a find would cut a hyphenated compound in two: "a week" of "a week-long strike", "a decade" of "once-in-a-decade". */
function cutsHyphenatedWord(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(end) === 45) {
    COMPOUND_AFTER.lastIndex = end;
    if (COMPOUND_AFTER.test(text)) return true;
  }
  return text.charCodeAt(start - 1) === 45 && COMPOUND_BEFORE.test(text.slice(Math.max(0, start - 5), start));
}

const inSelectionOrder = (a: Found, b: Found) => a.start - b.start || b.end - a.end || a.order - b.order;

function select(found: Found[], text: string): Recognition[] {
  // The finds come mostly in order already, as the scan meets their places in the text's order.
  if (!isSorted(found, inSelectionOrder)) found.sort(inSelectionOrder);
  const kept: Recognition[] = [];
  for (const candidate of found) {
    const last = kept[kept.length - 1];
    if (last && candidate.start < last.end) {
      // A longer find that starts inside the kept one replaces it only if it ends much further.
      if (candidate.end - candidate.start > last.end - last.start && candidate.start === last.start) kept[kept.length - 1] = candidate;
      continue;
    }
    kept.push({ start: candidate.start, end: candidate.end, partial: candidate.partial });
  }
  return widenOverModifiers(text, ellipticPeriods(text, periodsToTheirEnd(text, shareYears(text, joinNeighbours(text, slashDatesInTheTextsOrder(text, kept))))));
}
