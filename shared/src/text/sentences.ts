// Splits a text into sentences, as offsets, so that quotes are verbatim slices of the text.
// A sentence ends at . ! or ? (with closing quotes) before a capital, a digit or an opening quote,
// and always at a line break (paragraphs are lines). Abbreviations and initials do not end one.
import { withStandInSpellings, withStandInsOf } from './oneByteText';

export interface Span {
  start: number;
  end: number;
}

// Abbreviations written before what they name ("Mr. Smith", "Roe vs. Wade", "No. 1"), whose full stop ends no
// sentence, and others that mostly end none ("Nov. 18", "Acme Inc. said") but may ("at 4 p.m. EST.").
const BEFORE_A_NAME = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'sr', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt', 'sgt', 'adm', 'rev',
  'no', 'nos', 'vs', 'fig', 'vol', 'op', 'ft', 'mt',
]);
const MOSTLY_INSIDE = new Set([
  'jr', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'etc', 'inc', 'corp', 'ltd', 'co', 'dept', 'est', 'approx',
  'a.m', 'p.m', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e',
]);

const CLOSERS = new Set(withStandInSpellings(['"', '”', '’', "'", ')', ']', '»']));
const OPENERS = withStandInsOf(/[A-Z0-9"“‘'(\[«\u00C0-\u024F\u0400-\u04FF]/);

export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    const span = trimSpan(text, start, end);
    if (span) spans.push(span);
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') {
      push(i);
      start = i + 1;
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let end = i + 1;
    while (end < text.length && CLOSERS.has(text[end]!)) end++;
    if (end >= text.length || !/[ \t]/.test(text[end]!)) continue;
    let next = end;
    while (next < text.length && (text[next] === ' ' || text[next] === '\t')) next++;
    if (next < text.length && text[next] !== '\n' && !OPENERS.test(text[next]!)) continue;
    if (ch === '.' && isAbbreviation(text, i)) continue;
    push(end);
    start = end;
  }
  push(text.length);
  return mergeDatelines(text, spans);
}

/** An ASCII letter or a full stop, as abbreviations are spelt ("U.S.", "Jan."). */
const isLetterOrDot = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46;

/** The word whose full stop is text[dot], lower case, and whether it is an initial ("J. Smith"). */
function wordBeforeDot(text: string, dot: number): { word: string; initial: boolean } {
  let wordStart = dot;
  while (wordStart > 0 && isLetterOrDot(text.charCodeAt(wordStart - 1))) wordStart--;
  const word = text.slice(wordStart, dot).toLowerCase();
  return { word, initial: /^[a-z]$/.test(word) && /[A-Z]/.test(text[wordStart]!) };
}

/**
 * Whether the full stop at text[dot] closes an initial or an abbreviation written before a name ("J.", "Mr.", "vs."): it never ends a
 * sentence. (Read without slicing the word out unless it is short enough to be one: the tense reader asks at every full stop it meets.)
 */
export function isAbbreviationBeforeName(text: string, dot: number): boolean {
  let wordStart = dot;
  while (wordStart > 0 && isLetterOrDot(text.charCodeAt(wordStart - 1))) wordStart--;
  const length = dot - wordStart;
  if (length === 1) {
    const initial = text.charCodeAt(wordStart);
    return initial >= 65 && initial <= 90;
  }
  return length <= LONGEST_BEFORE_A_NAME && BEFORE_A_NAME.has(text.slice(wordStart, dot).toLowerCase());
}
const LONGEST_BEFORE_A_NAME = Math.max(...[...BEFORE_A_NAME].map((word) => word.length));

function isAbbreviation(text: string, dot: number): boolean {
  const { word, initial } = wordBeforeDot(text, dot);
  return initial || BEFORE_A_NAME.has(word) || MOSTLY_INSIDE.has(word);
}

function trimSpan(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

// "MINSK, Nov 18 - PrimePress." is not a sentence of its own: it heads the lead sentence.
const DATELINE = withStandInsOf(/^[A-Z][A-Z .'’-]{1,40}(?:,[^,.]{1,30})?,[^.]{1,30}?\s[-–—]\s?[^.]{0,40}\.?$/);

function mergeDatelines(text: string, spans: Span[]): Span[] {
  const merged: Span[] = [];
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    const next = spans[i + 1];
    const sameLine = next && !text.slice(span.end, next.start).includes('\n');
    if (next && sameLine && DATELINE.test(text.slice(span.start, span.end))) {
      merged.push({ start: span.start, end: next.end });
      i++;
    } else merged.push(span);
  }
  return merged;
}
