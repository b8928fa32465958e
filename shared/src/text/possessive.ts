// The possessive "'s" after a word, as the recognisers and the tense reader ask of a date ("Friday's vote").
import { isApostropheCode } from './oneByteText';

/** Whether "'s" or "’s" stands at text[end] and ends a word there (a lower-case s, then no ASCII letter, digit or "_"). */
export function isPossessiveAt(text: string, end: number): boolean {
  const apostrophe = text.charCodeAt(end);
  if (!isApostropheCode(apostrophe) || text.charCodeAt(end + 1) !== 115) return false;
  const after = text.charCodeAt(end + 2);
  return !((after >= 48 && after <= 57) || (after >= 65 && after <= 90) || (after >= 97 && after <= 122) || after === 95);
}
