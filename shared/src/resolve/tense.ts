// The direction a sentence points in: future when it says so ("will", "is to", "next"), else past,
// as news mostly reports what happened.

export type Direction = 'past' | 'future' | 'unknown';

const FUTURE = /\b(?:will|won['’]t|shall|['’]ll|going\s+to|is\s+to|are\s+to|plans?\s+to|expected\s+to|scheduled\s+(?:to|for)|set\s+to|upcoming|coming)\b/i;

/** The sentence around an offset, found by scanning at most a few hundred characters each way. */
export function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  const limit = Math.max(0, start - 300);
  while (from > limit && !/[.!?\n]/.test(text[from - 1]!)) from--;
  let to = end;
  // The verb that governs a date mostly comes before it: look only a little past it.
  const stop = Math.min(text.length, end + 40);
  while (to < stop && !/[.!?\n]/.test(text[to]!)) to++;
  return text.slice(from, to);
}

const PAST = /\b(?:was|were|had|did|took|came|went|began|fell|rose|ago|yesterday|last|earlier|previously)\b/i;

export function directionOf(sentence: string): Direction {
  return FUTURE.test(sentence) ? 'future' : PAST.test(sentence) ? 'past' : 'unknown';
}
