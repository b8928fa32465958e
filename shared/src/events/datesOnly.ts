// "23:15" above a live blog's post, "9 August 2020" heading a diary's day, "2021 —": a sentence with no
// word besides its dates and times says nothing happened, so it is no event. The tagger still reads
// it, so the date it gives can anchor the dates that follow.
import type { Span } from '../text/sentences';
import type { Timex } from '../types';

const LETTER = /\p{L}/u;

/** For spans asked in text order: true when the span holds no letter outside the timexes. */
export function createDatesOnlyTest(text: string, timexes: readonly Timex[]): (span: Span) => boolean {
  // The first timex that may reach into the next span asked: spans come in text order, so one walk serves all.
  let first = 0;
  let lastStart = 0;
  return ({ start, end }) => {
    if (start < lastStart) first = 0;
    lastStart = start;
    while (first < timexes.length && timexes[first]!.end <= start) first++;
    let cursor = start;
    for (let i = first; i < timexes.length && timexes[i]!.start < end; i++) {
      if (LETTER.test(text.slice(cursor, Math.max(cursor, timexes[i]!.start)))) return false;
      cursor = Math.max(cursor, timexes[i]!.end);
    }
    return cursor >= end || !LETTER.test(text.slice(cursor, end));
  };
}
