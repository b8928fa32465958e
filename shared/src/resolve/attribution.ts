// "The army launched the offensive on March 1, the ministry said Tuesday. Ten days later, the city fell.": the day a source
// said what the sentence tells is when it was said, not where the story is. The story stays at the day the sentence told first.
import { ATTRIBUTION_VERBS } from '../lexicon/en/tense';
import { withStandIns } from '../text/oneByteText';

// From the comma on, a source of a few words, its verb (before "on" or not) and the date: ", the ministry said Tuesday", ", officials said on Tuesday".
const ATTRIBUTION_AFTER_COMMA = new RegExp(withStandIns(`^,\\s*(?:[\\p{L}.'’-]+\\s+){1,5}(?:${ATTRIBUTION_VERBS.join('|')})\\s+(?:on\\s+)?$`), 'iu');
// (Not the point of a number, "measured 7.2 on the Japanese scale", nor an abbreviation's, "surrendered at 3:52 p.m., ending".)
const SENTENCE_END = /[;!?]|\.(?=\s+["“]?\p{Lu})/u;
/** How far, in characters, the day told may stand before the attribution's date: its sentence. */
const REACH = 200;

/**
 * Whether a verb of saying may end right before text[start], or before "on" there, as the letter it would end with shows (every one
 * ends in "d" or "e"): most dates follow none, and are read no further.
 */
function mayFollowVerbOfSaying(text: string, start: number): boolean {
  let space = start - 1;
  if (text.charCodeAt(space) !== 32) return false;
  if ((text.charCodeAt(space - 1) | 32) === 110 && (text.charCodeAt(space - 2) | 32) === 111 && text.charCodeAt(space - 3) === 32) space -= 3;
  const last = text.charCodeAt(space - 1) | 32;
  return last === 100 || last === 101;
}

/** Whether the date at text[start] tells when a source said what its sentence told since the day told, which ended at `toldEnd`. */
export function isAttributionAfterToldDay(text: string, toldEnd: number, start: number): boolean {
  if (start - toldEnd > REACH || !mayFollowVerbOfSaying(text, start)) return false;
  let comma = start - 1;
  while (comma >= toldEnd && text.charCodeAt(comma) !== 44) comma--;
  return comma >= toldEnd && ATTRIBUTION_AFTER_COMMA.test(text.slice(comma, start)) && !SENTENCE_END.test(text.slice(toldEnd, comma));
}

// A verb of saying right before the date: "Kessel, now 77, said Saturday from her home", "recalled on Tuesday".
const SAID_ON_BEFORE = new RegExp(`(?<![\\p{L}])(?:${[...ATTRIBUTION_VERBS, 'says', 'recalled', 'recalls', 'remembered'].join('|')})\\s+(?:on\\s+)?$`, 'iu');

// What ends the saying after its day: the sentence, or where it was said ("said Saturday from her home"); not what was said ("said
// Thursday that the water had dropped since June"), nor a scene ("she said yesterday, standing outside her shop at 7 a.m.").
const SAYING_ENDS_AFTER = /^\s*(?:[.;]|from\s)/;

/**
 * Whether the date at text[start, end) is the day a source said something: "Kessel, now 77, said Saturday from her home", in a story
 * that retells a day years back, is when the interview was, and the story the sentences after it tell is still the day retold.
 */
export const isDayOfSaying = (text: string, start: number, end: number) =>
  mayFollowVerbOfSaying(text, start) && SAID_ON_BEFORE.test(text.slice(Math.max(0, start - 16), start)) && SAYING_ENDS_AFTER.test(text.slice(end, end + 6));
