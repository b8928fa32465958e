// The words a temporal expression can begin with. Most of a news text holds no date: the tagger
// asks its recognisers only where one of these words (or a digit) starts. recogniseTimexes.test.ts
// checks on the dev set that this finds exactly what asking everywhere finds.
import { DATE_MODIFIERS, MONTHS, PARTS_OF_DAY, SEASONS, WEEKDAYS } from '../lexicon/en/calendar';
import { HOLIDAYS } from '../lexicon/en/holidays';
import { CARDINALS, ORDINALS, VAGUE_QUANTITIES } from '../lexicon/en/numbers';
import { REFERENCE_WORDS, RELATIVE_OFFSETS, SET_WORDS } from '../lexicon/en/references';
import { UNIT_WORDS } from '../lexicon/en/units';

/** Openers that live in recognisers' patterns rather than in the vocabulary tables. */
const PATTERN_OPENERS = [
  'the', 'every', 'each', 'once', 'twice', 'for', 'over', 'in', 'within', 'around', 'fiscal', 'early', 'late', 'mid',
  'today', 'yesterday', 'tomorrow', 'tonight', 'noon', 'midnight', 'earlier', 'later', 'q1', 'q2', 'q3', 'q4',
  'twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties', 'eighteen', 'nineteen',
  'prior', 'comparable', 'corresponding', 'same', 'year', 'a', 'an', 'that', 'on', 'about', 'almost', 'nearly', 'more',
  'less', 'at', 'some', 'from', 'right', 'end', 'beginning', 'start', 'middle', 'close', 'turn', 'coming', 'recent',
  'future', 'latest', 'full', 'additional', 'calendar', 'near', 'most', 'just', 'final', 'half', 'period', 'ended', 'ago',
  'midday', 'trading', 'business', 'working', 'upcoming', 'latter',
] as const;

/** Common words that open an expression only before another start word: "the past", "a year", "on Friday". */
const LEADING_WORDS = ['the', 'a', 'an', 'in', 'for', 'that', 'on', 'from', 'at', 'about', 'more', 'less', 'around', 'over', 'within', 'almost', 'nearly', 'some', 'right', 'this', 'last', 'next', 'past', 'early', 'late', 'each', 'every', 'once', 'twice', 'one', 'same'] as const;

// Every word of a phrase: "the near future" may start at "the", and "the" counts only before "near".
const wordsOf = (phrase: string) => phrase.toLowerCase().split(/[\s-]+/).map((w) => w.replace(/\.$/, '')).filter(Boolean);
// Words are looked up as they stand; news writes them lower case, capitalised or in capitals.
const spellings = (word: string) => [word, word.charAt(0).toUpperCase() + word.slice(1), word.toUpperCase()];

const START_WORDS: ReadonlySet<string> = new Set(
  [
    ...Object.keys(MONTHS), ...Object.keys(WEEKDAYS), ...Object.keys(SEASONS), ...Object.keys(PARTS_OF_DAY), ...DATE_MODIFIERS,
    ...Object.keys(HOLIDAYS), ...Object.keys(CARDINALS), ...Object.keys(ORDINALS), ...VAGUE_QUANTITIES,
    ...Object.keys(REFERENCE_WORDS), ...Object.keys(SET_WORDS), ...Object.keys(RELATIVE_OFFSETS), ...Object.keys(UNIT_WORDS),
    ...PATTERN_OPENERS,
  ].flatMap(wordsOf).flatMap(spellings),
);
const LEADING: ReadonlySet<string> = new Set(LEADING_WORDS.flatMap(spellings));

/** How a word (as it stands in the text) may begin a temporal expression: not, by itself, or only before another start word. */
export function startKind(word: string): 'no' | 'yes' | 'leading' {
  const first = word.charCodeAt(0);
  if ((first >= 48 && first <= 57) || first === 39 || first === 0x2019) return 'yes';
  if (LEADING.has(word)) return 'leading';
  return START_WORDS.has(word) ? 'yes' : 'no';
}
