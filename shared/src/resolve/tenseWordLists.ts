// The word lists the tense reader asks of every word it reads, as bits of one number per word: a word
// is looked up once, not once a list, as a dozen Set look-ups a word were most of the reader's time.
import { BARE_FORM_GOVERNORS, CUE_WORDS, BARE_INFINITIVE_GOVERNORS, DATE_PREPOSITIONS, DETERMINERS, FIRM_FUTURE_WORDS, FORECAST_PARTICIPLES, FUTURE_WORDS, MONTH_MAY_BEFORE, NOT_BARE_AFTER_MODAL, NOT_PAST_ED, NOUN_MARKERS, PAST_AFTER_SUBJECT_WORDS, PAST_WORDS, PLANNED_THING_OPENERS, POSSIBILITY_MODALS, PRESENT_AUXILIARIES, SCHEDULE_PLURAL_WORDS, SCHEDULE_PRESENT_WORDS, SCHEDULE_PROGRESSIVE_WORDS, SUBJECT_PRONOUNS, WARNING_NOUNS } from '../lexicon/en/tense';
import { withStandInSpellings } from '../text/oneByteText';
import { MONTHS, WEEKDAYS } from '../lexicon/en/calendar';

export const FUTURE = 1 << 0;
export const PAST = 1 << 1;
export const NOT_PAST = 1 << 2;
export const PLAN = 1 << 3;
export const FIRM_FUTURE = 1 << 4;
export const PRESENT_AUXILIARY = 1 << 5;
export const SCHEDULE_PRESENT = 1 << 6;
export const SCHEDULE_PLURAL = 1 << 7;
export const BARE_FORM_GOVERNOR = 1 << 8;
export const NOUN_MARKER = 1 << 9;
export const SCHEDULE_PROGRESSIVE = 1 << 10;
export const POSSIBILITY_MODAL = 1 << 11;
export const NOT_BARE = 1 << 12;
export const MONTH_MAY = 1 << 13;
export const PAST_AFTER_SUBJECT = 1 << 14;
export const DATE_PREPOSITION = 1 << 15;
export const SUBJECT_PRONOUN = 1 << 16;
export const FORECAST_PARTICIPLE = 1 << 17;
export const BARE_INFINITIVE_GOVERNOR = 1 << 18;
export const DETERMINER = 1 << 19;
export const PLANNED_THING_OPENER = 1 << 20;
export const WARNING = 1 << 21;
/** A month's or a weekday's name: a date of its own after a verb ("ended Dec. 31"), whose tense it takes. */
export const DATE_NAME = 1 << 22;
/**
 * A word the tense reader's cueOf tells a tense by, itself ("is", "set", "ahead"), beyond the lists above that tell one: a word in
 * none of them, not ending in "-ed", tells none, which is most words and is known at once.
 */
export const CUE_WORD = 1 << 23;

const LISTS: readonly (readonly [number, readonly string[]])[] = [
  [FUTURE, FUTURE_WORDS], [PAST, PAST_WORDS], [NOT_PAST, NOT_PAST_ED], [PLAN, ['plan', 'plans', 'planned']],
  [FIRM_FUTURE, FIRM_FUTURE_WORDS], [PRESENT_AUXILIARY, PRESENT_AUXILIARIES], [SCHEDULE_PRESENT, SCHEDULE_PRESENT_WORDS],
  [SCHEDULE_PLURAL, SCHEDULE_PLURAL_WORDS], [BARE_FORM_GOVERNOR, BARE_FORM_GOVERNORS], [NOUN_MARKER, NOUN_MARKERS],
  [SCHEDULE_PROGRESSIVE, SCHEDULE_PROGRESSIVE_WORDS], [POSSIBILITY_MODAL, POSSIBILITY_MODALS], [NOT_BARE, NOT_BARE_AFTER_MODAL],
  [MONTH_MAY, MONTH_MAY_BEFORE], [PAST_AFTER_SUBJECT, PAST_AFTER_SUBJECT_WORDS], [DATE_PREPOSITION, DATE_PREPOSITIONS],
  [SUBJECT_PRONOUN, SUBJECT_PRONOUNS], [FORECAST_PARTICIPLE, FORECAST_PARTICIPLES], [BARE_INFINITIVE_GOVERNOR, BARE_INFINITIVE_GOVERNORS],
  [DETERMINER, DETERMINERS], [PLANNED_THING_OPENER, PLANNED_THING_OPENERS], [WARNING, WARNING_NOUNS],
  [DATE_NAME, [...Object.keys(MONTHS), ...Object.keys(WEEKDAYS)]],
  [CUE_WORD, CUE_WORDS],
];

const LISTS_OF_WORD = new Map<string, number>();
for (const [list, words] of LISTS) for (const word of withStandInSpellings(words)) LISTS_OF_WORD.set(word, (LISTS_OF_WORD.get(word) ?? 0) | list);

/** The lists a lower-case word is in, as bits (0: none, or no word). */
export const listsOf = (word: string | undefined): number => (word === undefined ? 0 : LISTS_OF_WORD.get(word) ?? 0);

/** Whether a word in `lists` (listsOf) is in `list`. */
export const isIn = (lists: number, list: number): boolean => (lists & list) !== 0;
