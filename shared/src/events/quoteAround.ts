// The quote of an event: its sentence, or, when the sentence is a run-on without full stops (a
// pasted table, a 5 MB single line), a window of whole words around the date, so that each quote
// stays short and the work per event does not grow with the length of the text.
import type { Span } from '../text/sentences';

/** Longer sentences are cut down to a window around the date. */
export const MAX_QUOTE = 600;

const isSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** The span to quote for a date [dateStart, dateEnd) inside `sentence`: the sentence, or a window of it. */
export function quoteAround(text: string, sentence: Span, dateStart: number, dateEnd: number): Span {
  if (sentence.end - sentence.start <= MAX_QUOTE) return sentence;
  const room = Math.max(0, Math.floor((MAX_QUOTE - (dateEnd - dateStart)) / 2));
  let start = Math.max(sentence.start, dateStart - room);
  let end = Math.min(sentence.end, dateEnd + room);
  // Start after a space and end before one, so no word is cut; keep the cut when the window has none.
  if (start > sentence.start && !isSpace(text.charCodeAt(start - 1))) {
    let next = start;
    while (next < dateStart && !isSpace(text.charCodeAt(next))) next++;
    if (next < dateStart) start = next;
  }
  if (end < sentence.end && !isSpace(text.charCodeAt(end))) {
    let previous = end;
    while (previous > dateEnd && !isSpace(text.charCodeAt(previous - 1))) previous--;
    if (previous > dateEnd) end = previous;
  }
  while (start < dateStart && isSpace(text.charCodeAt(start))) start++;
  while (end > dateEnd && isSpace(text.charCodeAt(end - 1))) end--;
  // Never between the halves of a surrogate pair (an emoji): step back out of it.
  if (start > sentence.start && start < dateStart && isLowSurrogate(text.charCodeAt(start))) start--;
  if (end < sentence.end && end > dateEnd && isLowSurrogate(text.charCodeAt(end))) end++;
  return { start, end };
}
