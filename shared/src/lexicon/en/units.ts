// Units of time and the TimeML duration letters they write ("three months" → P3M, "two hours" → PT2H).

export const UNITS = {
  second: { code: 'S', time: true }, minute: { code: 'M', time: true }, hour: { code: 'H', time: true },
  day: { code: 'D', time: false }, night: { code: 'D', time: false }, week: { code: 'W', time: false }, weekend: { code: 'WE', time: false },
  fortnight: { code: 'W', time: false, multiplier: 2 }, month: { code: 'M', time: false }, quarter: { code: 'Q', time: false },
  year: { code: 'Y', time: false }, decade: { code: 'Y', time: false, multiplier: 10 }, century: { code: 'Y', time: false, multiplier: 100 },
} as const satisfies Record<string, { code: string; time: boolean; multiplier?: number }>;

export type Unit = keyof typeof UNITS;

/** Singular and plural spellings → unit. */
export const UNIT_WORDS: Readonly<Record<string, Unit>> = Object.fromEntries(
  Object.keys(UNITS).flatMap((unit) => [
    [unit, unit],
    [unit === 'century' ? 'centuries' : `${unit}s`, unit],
  ]),
) as Record<string, Unit>;

/** Words after an amount of time that make it an age, not a period: "six months old", "a 44-year-old", "17-year-olds", "65 years and older". */
export const AGE_WORDS_AFTER = ['old', 'olds', 'and older', 'or older', 'and younger', 'or younger'] as const;

/**
 * Nouns that "a day" or "a night" names a kind of, no period: "a day hike", "a day trip", "a night watchman", "a day care center", "a
 * night crew"; and "like", of what is like it: "on a night like this".
 */
export const KINDS_A_DAY_OR_NIGHT_NAMES = [
  'hike', 'hikes', 'trip', 'trips', 'tripper', 'trippers', 'pass', 'passes', 'care', 'job', 'jobs', 'shift', 'shifts', 'watchman',
  'watchmen', 'fighter', 'fighters', 'crew', 'crews', 'nurse', 'nurses', 'guard', 'guards', 'club', 'clubs', 'school', 'schools',
  'manager', 'clerk', 'editor', 'owl', 'owls', 'porter', 'supervisor', 'laborer', 'laborers', 'like',
] as const;

/** Names that a count of days qualifies, no period: "placed on the 15-day disabled list". */
export const NAMES_AFTER_A_DAY_COUNT = ['disabled list', 'injured list', 'DL'] as const;

/** Age words that are also prepositions: "12 years and up" is an age, "two years and up to five" a period and more. */
export const AGE_PREPOSITIONS_AFTER = ['and up', 'and over', 'and under'] as const;

/**
 * Words after "a quarter" that make it a fraction of a measure, not three months: "a quarter point", "a quarter percentage point", "a
 * quarter mile"; or of how far a thing is done: "the appeal was only a quarter funded", "a quarter full".
 */
export const MEASURES_AFTER_A_QUARTER = [
  'point', 'points', 'percentage', 'percent', 'mile', 'miles', 'inch', 'pound', 'ton',
  'full', 'empty', 'funded', 'filled', 'complete', 'completed', 'finished', 'built', 'occupied',
  // "weighs about a quarter less than the original", "a quarter more": a share of an amount.
  'less', 'more', 'fewer', 'lower', 'higher', 'smaller', 'larger', 'bigger',
] as const;
