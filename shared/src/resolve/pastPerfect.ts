// "Chinese forces that had invaded Burma in late 1943 besieged Myitkyina", "On the last occasion that the Estates had met,
// in 1614": a date after the "had" of a past perfect in its sentence lies before the time the story has got to.
import { lastWordEnd, lastWordStart, lookBackLimit } from './clauseWords';

/** Words after "had" that make it no past perfect: "had to leave", "had a army of", "had no choice". */
const NOT_PARTICIPLE_AFTER_HAD: ReadonlySet<string> = new Set(['to', 'a', 'an', 'the', 'no', 'some', 'its', 'his', 'her', 'their', 'only', 'little', 'few', 'many', 'more', 'less']);

/** Whether a past perfect ("had" and a participle) stands before text[start] in its sentence. */
export function followsPastPerfect(text: string, start: number): boolean {
  const limit = lookBackLimit(start);
  let after: string | undefined;
  for (let wordEnds = lastWordEnd(text, limit, start); wordEnds >= 0;) {
    const wordBegins = lastWordStart(text, limit, wordEnds);
    const word = text.slice(wordBegins, wordEnds).toLowerCase();
    if (word === 'had') return after !== undefined && !NOT_PARTICIPLE_AFTER_HAD.has(after);
    after = word;
    wordEnds = lastWordEnd(text, limit, wordBegins);
  }
  return false;
}
