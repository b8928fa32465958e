// A year written so that it frames the dates after it, which then need no year of their own: a
// sentence that opens with it ("In 2021, on May 23, a flight was diverted"), to that sentence's end,
// and a chronology's heading ("2020" alone on its line), for the entries that open a line under it.
import { withStandInsOf } from '../text/oneByteText';

export interface YearFrame {
  year: number;
  /** Where the frame ends: the end of the sentence it opens, or never for a heading. */
  until: number;
  heading: boolean;
}

// (A quotation may open with it: "“In 2011 we had used six snow days by the middle of February.”")
// ("They noted that in 1988, Bush trailed in July": or the clause that "that" opens; "REYES: In 1997 the river stayed above flood
// stage from March to May": or a speaker's words in a transcript.)
const OPENS_SENTENCE = withStandInsOf(/(?:(?:^|[.!?:]["”’)]?\s+|\n\s*)["“]?In|(?<![\p{L}])that\s+in)\s+$/u);
// "In 2011 we had used …", "Last year the holiday fell in January": a clause's subject right after the year opens the frame as a
// comma does.
const SUBJECT_AFTER = /^\s+(?:we|he|she|they|it|I|you|the|his|her|their|its|our)\s/;
// ("Next year's ceremony will be held in December": or the year's own thing, the sentence's subject, as "The 2014 fair" is.)
const THING_OF_YEAR_AFTER = withStandInsOf(/^['’]s\s+\p{Ll}/u);
// (Or a quotation it opens: "Last year I was done by Dec. 1.")
// ("PAW PAW, Mich. — Last year, the trees bloomed in March": or the story after a dateline.)
const OPENS_SENTENCE_ITSELF = withStandInsOf(/(?:^|[.!?]["”’)]?\s+|\n\s*|\s[—–]\s+)(?:["“‘]|``)?$/);
const THE_OPENS_SENTENCE = withStandInsOf(/(?:^|[.!?]["”’)]?\s+|\n\s*)The\s+$/);
const NOUN_AFTER = /^\s\p{Ll}/u;
const FISCAL = /(?<![\p{L}])fiscal(?![\p{L}])/iu;
const SENTENCE_END = withStandInsOf(/[.!?](?=["”’)]?(?:\s|$))/g);
const LINE_OPENING = withStandInsOf(/^[ \t•*·\-–—]*$/);
const LINE_OPENING_AFTER_BREAK = withStandInsOf(/\n[ \t•*·\-–—]*$/);
const LINE_REST = /^[ \t]*:?[ \t]*(?:\n|$)/;
const JOINED_CLAUSE = /,\s+(?:and|but)\s|;\s/;

/** Whether only blanks or a bullet stand before text[start] on its line (looking back a few characters only). */
function opensLine(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 11), start);
  return LINE_OPENING_AFTER_BREAK.test(before) || (start <= 11 && LINE_OPENING.test(before));
}

/** The frame a year written at text[start, end) opens, or null when it opens none. */
export function frameOpenedBy(text: string, start: number, end: number, year: number): YearFrame | null {
  if (opensLine(text, start) && LINE_REST.test(text.slice(end, end + 8))) return { year, until: Infinity, heading: true };
  // "The 2014 fair is scheduled to run from Aug. 7 to Aug. 17": the year of the thing a sentence is about.
  if (THE_OPENS_SENTENCE.test(text.slice(Math.max(0, start - 8), start)) && NOUN_AFTER.test(text.slice(end, end + 3))) return frameToSentenceEnd(text, end, year);
  if ((text[end] !== ',' && !SUBJECT_AFTER.test(text.slice(end, end + 8))) || !OPENS_SENTENCE.test(text.slice(Math.max(0, start - 12), start))) return null;
  // "In fiscal 1990, which began Oct. 1,": a fiscal year straddles two calendar years, so it frames no month of its own.
  if (FISCAL.test(text.slice(start, end))) return null;
  return frameToSentenceEnd(text, end, year);
}

/** The frame "Last year," opens at text[start, end), its sentence's first words: "Last year, he signed the budget on June 28". */
export function frameOpenedByRelativeYear(text: string, start: number, end: number, year: number): YearFrame | null {
  return (text[end] === ',' || SUBJECT_AFTER.test(text.slice(end, end + 8)) || THING_OF_YEAR_AFTER.test(text.slice(end, end + 4)))
    && OPENS_SENTENCE_ITSELF.test(text.slice(Math.max(0, start - 4), start))
    ? frameToSentenceEnd(text, end, year) : null;
}

function frameToSentenceEnd(text: string, end: number, year: number): YearFrame {
  SENTENCE_END.lastIndex = end;
  const sentenceEnd = SENTENCE_END.exec(text)?.index ?? text.length;
  // "In 2005, it took 65 days, and officials said a government might not be in place until November": a clause joined after a
  // comma has a time of its own, and so has one after a semicolon ("Last year, the coalition ran a bus …; it will add two routes in
  // July"). (Looked for in the sentence only, so that a text of many frames is still read once.)
  const joined = text.slice(end, sentenceEnd).search(JOINED_CLAUSE);
  return { year, until: joined < 0 ? sentenceEnd : end + joined, heading: false };
}

/** The year the frame gives a date at text[start…], if it lies in it. */
export function frameYearAt(frame: YearFrame | null, text: string, start: number): number | undefined {
  if (!frame) return undefined;
  if (frame.heading) return opensLine(text, start) ? frame.year : undefined;
  return start < frame.until ? frame.year : undefined;
}
