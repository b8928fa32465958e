// "She pleaded not guilty at a hearing on 19 March", "In March the company was sold", "At a hearing on 19 March, she
// pleaded not guilty": a date whose own clause is told in the simple past lies in the past, however far off its verb stands.
import { CLAUSE_OPENING_WORDS, DATE_PREPOSITIONS, NOT_SIMPLE_PAST_BEFORE, PAST_ADVERBS } from '../lexicon/en/tense';
import { clauseEnd, clauseStart, lookBackLimit, wordBefore } from './clauseWords';
import { cueAfter, cueBefore, type Cue } from './tense';
import { withStandIns } from '../text/oneByteText';

// ("robbed stores between Jan. 28 and Feb. 16", "served from March to June": a span's opening preposition too.)
const DATE_PREPOSITION = new Set<string>([...DATE_PREPOSITIONS, 'between', 'from', 'during']);
const PAST_ADVERB = new Set<string>(PAST_ADVERBS);
const NOT_SIMPLE_PAST = new Set<string>(NOT_SIMPLE_PAST_BEFORE);

// Where another clause begins: a comma (not one inside a number, "killed more than 1,000 people in December") or other stop, a word
// of CLAUSE_OPENING_WORDS, or "to" before a verb ("agreed to buy", not "sold to a rival", "to Kenya").
const CLAUSE_BOUNDARY = new RegExp(
  withStandIns(`(?<!\\d),|,(?!\\d)|[:;()\\u2013\\u2014"\\u201c\\u201d]|(?<![\\p{L}])(?:${CLAUSE_OPENING_WORDS.join('|')})(?![\\p{L}'\\u2019])|(?<![\\p{L}])to\\s+(?!(?:a|an|the|his|her|its|their|our|this|that|these|those)\\s)(?=\\p{Ll})`),
  'gu',
);
// "In", "At a hearing on", "and in": only a conjunction and the date's own phrase stand before a fronted date in its clause.
const FRONTED_PHRASE = /^\s*(?:(?:and|but|then|so)\s+)?(?:(?:at|in|on|during|after)\s+[^\s,]+(?:\s+[^\s,]+){0,3}\s+)?(?:in|on|at)\s+$/iu;

/** Where the date's own clause begins, reading back from `start` in its sentence. */
function ownClauseStart(text: string, start: number): number {
  const from = clauseStart(text, start);
  let at = from;
  for (const match of text.slice(from, start).matchAll(CLAUSE_BOUNDARY)) at = from + match.index + match[0].length;
  return at;
}

/** Where the clause that goes on at `from` ends: at the next boundary, or the sentence end. */
function ownClauseEnd(text: string, from: number): number {
  const to = clauseEnd(text, from);
  const boundary = text.slice(from, to).search(CLAUSE_BOUNDARY);
  return boundary < 0 ? to : from + boundary;
}

/**
 * A verb in the simple past: not an adverb ("last"), a present perfect ("has invited") or a present passive ("is sold").
 * `before` is the word before the cue when the cue opens its clause, as "has" ends the clause before it.
 */
const isSimplePast = (cue: Cue, before = cue.before) =>
  cue.tense.direction === 'past' && cue.word !== undefined && !PAST_ADVERB.has(cue.word) && !NOT_SIMPLE_PAST.has(before ?? '');

/** Whether the date at text[start, end) is an adverbial of a clause whose verb is in the simple past. */
export function inSimplePastClause(text: string, start: number, end: number): boolean {
  // "the Jan. 14 deadline", "payable Dec. 7": a date that modifies a noun or an adjective says nothing of the clause's act.
  if (!DATE_PREPOSITION.has(wordBefore(text, lookBackLimit(start), start)?.toLowerCase() ?? '')) return false;
  const from = ownClauseStart(text, start);
  const before = cueBefore(text, from, start);
  if (before.word !== undefined) return isSimplePast(before, before.before ?? wordBefore(text, lookBackLimit(start), from)?.toLowerCase());
  if (!FRONTED_PHRASE.test(text.slice(from, start))) return false;
  // The comma that closes a fronted phrase ("At a hearing on 19 March, she pleaded") ends no clause, nor does the comma
  // after an aside without a verb ("In January, a week after the anniversary, a bombing killed a guard").
  let after = end;
  for (let aside = 0; aside <= MOST_ASIDES; aside++) {
    after += /^\s*,/.exec(text.slice(after, after + 3))?.[0].length ?? 0;
    const to = ownClauseEnd(text, after);
    const cue = cueAfter(text, after, to);
    if (cue.word !== undefined) return isSimplePast(cue);
    if (text.charCodeAt(to) !== 44) return isAfterNameAsideOfSimplePast(text, from);
    after = to;
  }
  return false;
}

// ", Amadou Toumani Touré,": a name set between commas, in apposition to the noun before it.
const NAME_ASIDE_BEFORE = /,\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4},\s*$/u;
const NAME_ASIDE_REACH = 60;

/**
 * "soldiers overthrew the elected president, Amadou Toumani Touré, in a coup in March": a phrase with no verb of its own after a name
 * in apposition goes with the verb before the name.
 */
function isAfterNameAsideOfSimplePast(text: string, from: number): boolean {
  const aside = NAME_ASIDE_BEFORE.exec(text.slice(Math.max(0, from - NAME_ASIDE_REACH), from));
  if (!aside) return false;
  const asideStart = from - aside[0].length;
  const clause = ownClauseStart(text, asideStart);
  const before = cueBefore(text, clause, asideStart);
  return before.word !== undefined && isSimplePast(before, before.before ?? wordBefore(text, lookBackLimit(asideStart), clause)?.toLowerCase());
}

/** How many verbless asides a fronted date's clause may put between it and its verb. */
const MOST_ASIDES = 3;
