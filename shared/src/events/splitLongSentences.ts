// Sentences that never end (a pasted table, a 5 MB single line, "May May May …") are cut into
// pieces of whole words, so each quote stays short and the work per event does not grow with
// the length of the text. Ordinary sentences pass through unchanged.
import type { Span } from '../text/sentences';

/** Sentences longer than this are cut… */
export const MAX_SENTENCE = 600;
/** …into pieces of about this length. */
export const PIECE = 300;

const isSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

export function splitLongSentences(text: string, sentences: readonly Span[]): Span[] {
  const pieces: Span[] = [];
  for (const sentence of sentences) {
    if (sentence.end - sentence.start <= MAX_SENTENCE) {
      pieces.push(sentence);
      continue;
    }
    let start = sentence.start;
    while (start < sentence.end) {
      let end = Math.min(sentence.end, start + PIECE);
      if (end < sentence.end) {
        // End at the last space of the piece; with none in its second half, cut the word (never a surrogate pair).
        let cut = end;
        while (cut > start + PIECE / 2 && !isSpace(text.charCodeAt(cut))) cut--;
        end = isSpace(text.charCodeAt(cut)) ? cut : isLowSurrogate(text.charCodeAt(end)) ? end - 1 : end;
      }
      let trimmedEnd = end;
      while (trimmedEnd > start && isSpace(text.charCodeAt(trimmedEnd - 1))) trimmedEnd--;
      if (trimmedEnd > start) pieces.push({ start, end: trimmedEnd });
      start = end;
      while (start < sentence.end && isSpace(text.charCodeAt(start))) start++;
    }
  }
  return pieces;
}
