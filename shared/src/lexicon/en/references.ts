// Words that point at the present, the past or the future without a date, and recurring times.

/**
 * → TimeML reference values. Only words that annotators mark as times: "soon", "so far",
 * "previously" and "eventually" point in time too, but TimeML leaves them untagged.
 */
export const REFERENCE_WORDS = {
  now: 'PRESENT_REF', 'right now': 'PRESENT_REF', currently: 'PRESENT_REF', nowadays: 'PRESENT_REF', 'these days': 'PRESENT_REF',
  'at present': 'PRESENT_REF', 'the present': 'PRESENT_REF', current: 'PRESENT_REF',
  recently: 'PAST_REF', 'the past': 'PAST_REF', lately: 'PAST_REF', 'the other day': 'PAST_REF', 'the old days': 'PAST_REF',
  // ("A generation ago, you could not find a family here": some years back, as "years ago" are.)
  'a generation ago': 'PAST_REF', 'generations ago': 'PAST_REF',
  'the future': 'FUTURE_REF', 'the near future': 'FUTURE_REF', 'the very near future': 'FUTURE_REF', 'the near term': 'FUTURE_REF', 'the short term': 'FUTURE_REF',
} as const;

/** Nouns after "current" that make a term of it, no time: "the current account deficit", "current affairs", "current assets". */
export const NOUNS_AFTER_CURRENT_NOT_TIME = ['account', 'accounts', 'affairs', 'assets', 'liabilities'] as const;

/**
 * Words after "the present" that leave it the present time: the clause goes on ("to the present and beyond",
 * "the present is hard") or a time noun follows ("the present time"). Before any other word "present" is an
 * adjective: "the present government", "the present value".
 */
export const WORDS_AFTER_THE_PRESENT_AS_TIME = [
  'and', 'or', 'but', 'nor', 'to', 'in', 'of', 'on', 'at', 'for', 'from', 'by', 'with', 'as', 'than', 'that', 'when', 'where',
  'while', 'is', 'was', 'are', 'were', 'has', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'should', 'must',
  'time', 'moment', 'era', 'age', 'times',
] as const;

/** Words that may follow an adverb of recurrence, as no noun it describes may: "reported quarterly starting in July". */
// ("its initial quarterly of five cents": a dividend, whatever follows.)
export const WORDS_AFTER_A_SET_ADVERB = [...WORDS_AFTER_THE_PRESENT_AS_TIME.filter((w) => w !== 'of'), 'starting', 'beginning', 'until', 'through', 'since', 'thereafter'] as const;

/** Adverbs of recurrence that also name a periodical: "the opposition daily", "a small-town weekly", "a literary quarterly". */
export const PERIODICAL_WORDS = ['daily', 'weekly', 'fortnightly', 'monthly', 'quarterly'] as const;

/** Lower-case words that describe a periodical between its determiner and its name: "the business daily", "a local weekly". */
export const PERIODICAL_DESCRIPTIONS = [
  'opposition', 'party', 'state', 'state-run', 'state-owned', 'government', 'business', 'financial', 'economic', 'national', 'regional',
  'local', 'independent', 'influential', 'leading', 'popular', 'conservative', 'liberal', 'tabloid', 'sports', 'literary', 'news',
  'evening', 'morning', 'mass-circulation', 'english-language', 'official', 'respected',
] as const;

/** Adverbs of recurrence → TimeML SET values: the period between occurrences. */
export const SET_WORDS = {
  // "nightly" is once a day, as annotators write it (the probes, 4 of 4), though "every night" is a part of each day (everyCalendarUnit).
  hourly: 'PT1H', daily: 'P1D', nightly: 'P1D', weekly: 'P1W', fortnightly: 'P2W', monthly: 'P1M', yearly: 'P1Y', annually: 'P1Y',
  // "interest is payable semiannually": every six months, as bond news writes it.
  semiannually: 'P6M', 'semi-annually': 'P6M',
  // "will report infection rates quarterly", read only as an adverb: "a quarterly dividend" is no recurrence TimeML marks.
  quarterly: 'P3M',
  'each year': 'P1Y', 'every year': 'P1Y', 'each month': 'P1M', 'every month': 'P1M', 'each quarter': 'P1Q', 'every quarter': 'P1Q',
  'each week': 'P1W', 'every week': 'P1W', 'each day': 'P1D', 'every day': 'P1D', 'each hour': 'PT1H', 'every hour': 'PT1H',
  'each fortnight': 'P2W', 'every fortnight': 'P2W', 'each decade': 'P10Y', 'every decade': 'P10Y',
  // "updates its location every minute" (not "I remember every minute of that morning", each part of a stretch: setWord).
  'each minute': 'PT1M', 'every minute': 'PT1M',
  'year after year': 'P1Y', 'month after month': 'P1M', 'week after week': 'P1W', 'day after day': 'P1D',
  // "on alternate days", "in alternate years": every second one.
  'alternate days': 'P2D', 'alternate weeks': 'P2W', 'alternate months': 'P2M', 'alternate years': 'P2Y',
} as const;

/** Relative words → offset in units: "last week" −1, "this week" 0, "next week" +1. */
export const RELATIVE_OFFSETS = {
  last: -1, past: -1, previous: -1, preceding: -1, prior: -1,
  this: 0, current: 0, present: 0, same: 0, that: 0,
  next: 1, coming: 1, following: 1, upcoming: 1,
} as const;

/** Words after a unit that skip one: "the week before last" −2 weeks, "the year after next" +2 years. */
export const SKIPPING_OFFSETS = { 'before last': -2, 'after next': 2 } as const;

/**
 * Words before "this year", "that month", "in the year" that TimeML mostly keeps inside ("earlier
 * this year", "later that month", "later in the summer"), for periods of a month or longer; before
 * "this week" or a day the gold leaves them out ("earlier [this week]", "Earlier [Friday]").
 */
export const PERIOD_PART_MODIFIERS = ['earlier', 'later'] as const;

/**
 * Words after an expression that TimeML keeps inside it, as its MOD: "the next year or so",
 * "1994 or later", "1990 and beyond".
 */
export const TRAILING_MODIFIERS = ['or so', 'or later', 'or earlier', 'and beyond'] as const;

/** Nouns of an award "of the year", which names no year: "won album of the year", "Time's Person of the Year", "Teacher of the Year". */
export const AWARD_NOUNS = [
  'album', 'record', 'song', 'artist', 'entertainer', 'player', 'coach', 'manager', 'teacher', 'person', 'man', 'woman', 'cricketer',
  'footballer', 'rookie', 'athlete', 'sportsman', 'sportswoman', 'driver', 'executive', 'book', 'car', 'word', 'film', 'movie', 'team',
  // "named her citizen of the year in 1994", "Volunteer of the Year".
  'citizen', 'employee', 'volunteer', 'officer', 'educator', 'firefighter', 'nurse', 'pitcher', 'goalkeeper',
] as const;
