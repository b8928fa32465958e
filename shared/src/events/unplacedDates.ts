// Dates that count from the publication date ("on Tuesday", "last month", "since June") in an article
// that gives none: the tagger leaves their year unknown, so no event rests on them. The reader is
// told, rather than left to wonder where they went.
import type { Timex } from '../types';

/** The texts of the dates and times whose year is unknown, in text order: "XXXX-11-15", and "XX21-06-25" of "6/25/21", whose century is unknown. */
export function unplacedDates(timexes: readonly Timex[]): string[] {
  return timexes.filter((t) => (t.type === 'DATE' || t.type === 'TIME') && t.value.startsWith('XX')).map((t) => t.text);
}
