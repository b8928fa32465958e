// Calendar vocabulary: months, weekdays, seasons, parts of the day, with the forms news writes.

/** Month names and abbreviations → month number. Abbreviations take an optional full stop. */
export const MONTHS = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
} as const;

/** Full month names only: an abbreviation alone ("Mar", "Dec") is too often something else. */
export const FULL_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'] as const;

/** Weekday names → ISO weekday (Monday 1 … Sunday 7). */
export const WEEKDAYS = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
  mon: 1, tue: 2, tues: 2, wed: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6, sun: 7,
} as const;

/** Kinds of year a year number names, not counts: "the 1990 fiscal year", "the 2001 model year", "the calendar year 2000". */
export const KINDS_OF_YEAR = ['fiscal', 'financial', 'calendar', 'model', 'school', 'academic', 'tax'] as const;

/** Seasons → TimeML season codes. */
export const SEASONS = { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' } as const;

/** Parts of the day → TimeML codes. */
export const PARTS_OF_DAY = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', tonight: 'NI', overnight: 'NI', midmorning: 'MO', midafternoon: 'AF' } as const;

/** Parts of the day that put an hour told without a.m. or p.m. after noon, from this hour on: "ten o'clock last night" is 22:00, "two o'clock last night" 02:00. */
export const AFTER_NOON_FROM_HOUR: Partial<Record<PartOfDay, number>> = { AF: 1, EV: 1, NI: 6 };

/** What happens in a night, after "an overnight" that tells that night ("an overnight snowfall"), unlike "an overnight stay". */
export const OVERNIGHT_HAPPENINGS = [
  'snowfall', 'snowstorm', 'storm', 'rain', 'rainfall', 'frost', 'freeze', 'raid', 'raids', 'attack', 'attacks', 'assault', 'bombing',
  'bombardment', 'shelling', 'strike', 'strikes', 'airstrike', 'airstrikes', 'fire', 'blaze', 'explosion', 'blast', 'shooting',
  'clashes', 'offensive', 'operation', 'vote', 'session',
] as const;

/**
 * Nouns that "overnight" names a kind of, no night told: terms of the money market ("the central bank's overnight rate", "overnight
 * lending") and what is done or kept through nights ("worked the overnight shift", "overnight parking", "overnight guards").
 */
export const OVERNIGHT_KIND_NOUNS = [
  'rate', 'rates', 'lending', 'loan', 'loans', 'repo', 'index', 'funds', 'deposit', 'deposits', 'borrowing',
  'shift', 'shifts', 'guard', 'guards', 'parking', 'stay', 'stays', 'work', 'workers', 'crew', 'crews', 'staff', 'paving', 'ratings',
  'success', 'sensation', 'bag', 'bags', 'camp', 'camps', 'guests', 'accommodation', 'accommodations', 'delivery', 'deliveries',
  // "a second overnight car", "two overnight periods", "overnight closures", "overnight lows": kinds of patrols, rests, works and weather.
  'car', 'cars', 'patrol', 'patrols', 'period', 'periods', 'closure', 'closures', 'trip', 'trips', 'train', 'trains', 'bus', 'buses',
  'hours', 'visit', 'visits', 'lows', 'highs', 'temperatures',
] as const;

/** Nouns that make a compound with "night", which is then no night told: "by night shift workers", "at night clubs". */
export const NIGHT_COMPOUND_NOUNS = ['shift', 'shifts', 'club', 'clubs', 'school', 'schools', 'flight', 'flights', 'vision', 'watch', 'sky', 'skies', 'life'] as const;

/** Books of scripture whose chapter and verse read like a clock time: "John 3:16", "Psalm 23:4", "Surah 2:256". */
export const BOOKS_OF_SCRIPTURE = [
  'Genesis', 'Exodus', 'Leviticus', 'Deuteronomy', 'Joshua', 'Judges', 'Ruth', 'Samuel', 'Kings', 'Chronicles', 'Ezra', 'Nehemiah',
  'Esther', 'Job', 'Psalm', 'Psalms', 'Proverbs', 'Ecclesiastes', 'Isaiah', 'Jeremiah', 'Lamentations', 'Ezekiel', 'Daniel', 'Hosea',
  'Joel', 'Amos', 'Obadiah', 'Jonah', 'Micah', 'Nahum', 'Habakkuk', 'Zephaniah', 'Haggai', 'Zechariah', 'Malachi', 'Matthew', 'Mark',
  'Luke', 'John', 'Acts', 'Romans', 'Corinthians', 'Galatians', 'Ephesians', 'Philippians', 'Colossians', 'Thessalonians', 'Timothy',
  'Titus', 'Philemon', 'Hebrews', 'James', 'Peter', 'Jude', 'Revelation', 'Surah', 'Sura', 'Quran', 'Koran',
] as const;

/** Words after a bare "2:31" that make it a game clock, not a time of day: "with 2:31 left", "2:31 into the second half". */
export const GAME_CLOCK_AFTER = ['left', 'remaining', 'to go', 'to play', 'into'] as const;

/** Time zones written after a clock time: "3 p.m. EST", "9:30 a.m. ET". */
export const ZONE_ABBREVIATIONS = [
  'EST', 'EDT', 'ET', 'CST', 'CDT', 'CT', 'MST', 'MDT', 'MT', 'PST', 'PDT', 'PT', 'GMT', 'UTC', 'BST', 'CET', 'CEST', 'EET',
  'EEST', 'MSK',
  // Of the wires' other desks: India, Pakistan, Japan, Korea, Hong Kong, Singapore, Australia, New Zealand, Africa, Hawaii, Alaska.
  'IST', 'PKT', 'JST', 'KST', 'HKT', 'SGT', 'AEST', 'AEDT', 'ACST', 'AWST', 'NZST', 'NZDT', 'SAST', 'WAT', 'CAT', 'EAT', 'HST', 'AKST', 'AKDT',
] as const;

/** Words before "time" that make a zone of it: "10 a.m. local time", "7 p.m. Eastern time", "noon Moscow time". */
export const ZONE_TIME_WORDS = [
  'local', 'eastern', 'central', 'mountain', 'pacific', 'atlantic', 'greenwich', 'universal', 'european', 'british',
  'moscow', 'minsk', 'kyiv', 'kiev',
] as const;

/**
 * The zones American broadcasts tell by their name alone after a clock time: "at 8 p.m. Eastern", "9 p.m. Pacific on CNN"
 * (not "8 p.m. Eastern Europe time").
 */
export const ZONE_NAMES_ALONE = ['eastern', 'central', 'pacific', 'mountain'] as const;

/** Half-words before a date that TimeML keeps inside the expression ("late 2019", "mid-August"). */
export const DATE_MODIFIERS = [
  'early', 'late', 'mid', 'the end of', 'the beginning of', 'the start of', 'the middle of', 'the turn of', 'the first half of',
  'the second half of', 'the spring of', 'the summer of', 'the fall of', 'the autumn of', 'the winter of',
] as const;

/**
 * A share of a period told before it, which TimeML keeps inside the period's expression (as its MOD): "the first half of the
 * 1990s", "the early part of the next decade", "a good part of 1990".
 */
export const SHARES_OF_A_PERIOD = [
  'first half', 'second half', 'last half', 'latter half', 'early part', 'earlier part', 'later part', 'latter part', 'last part',
  'first part', 'final part', 'good part', 'greater part', 'better part', 'large part', 'larger part',
] as const;

/**
 * Shares of a month by ten days, as Russian and Belarusian copy counts them ("in the first decade of September"), which
 * TimeML keeps inside the month's expression; before a century or the 2000s a decade is ten years, and stays out.
 */
export const TEN_DAYS_OF_A_MONTH = ['first decade', 'second decade', 'third decade'] as const;

/** Prepositions of time that make a bare "the fall" the season: "will reopen in the fall", "until the fall", "throughout the fall". */
// ("since the fall", "applied for the fall", "for much of the fall", "will spend the fall working" too.)
export const PREPOSITIONS_BEFORE_THE_FALL = [
  'in', 'by', 'until', 'till', 'during', 'throughout', 'through', 'into', 'before', 'since', 'for', 'much of', 'most of', 'spend', 'spent', 'spending',
] as const;
/** Of those, the ones a bare "fall" follows as the season: "could ease by fall", "might not be known until fall". */
export const PREPOSITIONS_BEFORE_FALL = ['by', 'until', 'till', 'before'] as const;
/**
 * Words before "in the fall" that make it an accident: "was hurt in the fall", "died in the fall"; or a drop: "the main reason for the
 * fall", "blamed for the fall".
 */
export const WORDS_OF_A_FALL_ACCIDENT = [
  'hurt', 'injured', 'injuries', 'injury', 'died', 'killed', 'broke', 'broken', 'fractured', 'suffered', 'survived', 'wounded', 'bruised',
  'reason', 'reasons', 'blame', 'blamed', 'responsible', 'explanation', 'explained', 'accounted', 'behind',
] as const;

export type Season = (typeof SEASONS)[keyof typeof SEASONS];
export type PartOfDay = (typeof PARTS_OF_DAY)[keyof typeof PARTS_OF_DAY];

/**
 * Words that make a weekday part of a name: "The Sunday Times", "the Monday Night Football"; so after a capitalised part of
 * the day: "Thursday Night Football", "Saturday Night Live", "Monday Night Raw".
 */
export const WEEKDAY_NAME_WORDS = [
  'Times', 'Telegraph', 'Express', 'Mirror', 'Herald', 'Independent', 'Observer', 'Post', 'Star', 'Mail', 'Tribune',
  'Journal', 'News', 'Age', 'Sun', 'Business', 'Night', 'Morning', 'Bloody', 'Accord', 'Club', 'School', 'Service', 'Edition',
  'Football', 'Baseball', 'Live', 'Raw', 'Lights', 'Fever',
  // A company's: "Tuesday Morning Corp.".
  'Corp', 'Inc', 'Co', 'Ltd',
] as const;

/** Nouns after "today's" that make it the present age, not the day: "today's world", "today's personal computers". */
export const PRESENT_AGE_NOUNS = [
  'world', 'youth', 'society', 'generation', 'generations', 'children', 'kids', 'young', 'economy', 'standards',
  'technology', 'computers', 'families', 'women', 'men', 'culture', 'politics', 'market', 'markets', 'environment',
] as const;

/** Capitalised words that open a sentence before a date and name nobody: "Early May", "Until June", "Throughout Spring". */
export const DATE_OPENING_WORDS = [
  'Early', 'Late', 'Mid', 'Until', 'Till', 'Through', 'Throughout', 'Around', 'Between', 'Within', 'Beginning', 'Starting',
  'Effective', 'Except', 'Only', 'Even', 'Circa', 'Come', 'Past', 'Coming', 'Following', 'Previous', 'Every',
] as const;

/**
 * Words after a bare "May" that a month does not do or have, so that it names a person: "the deal May struck", "MPs backed
 * it, May said", "It was May who called the election", "Parliament rejected May's deal".
 */
export const WORDS_AFTER_MAY_AS_PERSON = [
  'said', 'says', 'told', 'tells', 'added', 'insisted', 'insists', 'warned', 'warns', 'urged', 'urges', 'argued', 'argues',
  'admitted', 'promised', 'vowed', 'claimed', 'replied', 'wrote', 'struck', 'negotiated', 'herself', 'himself', 'who',
  "'s deal", "'s government", "'s cabinet", "'s premiership", "'s spokesman", "'s spokeswoman", "'s successor", "'s resignation",
  "'s husband", "'s allies", "'s aides", "'s team",
] as const;

/** Words before "May" that keep it the month whatever follows: "Sales fell in May said the ONS", "from January to May". */
export const WORDS_BEFORE_MAY_AS_MONTH = ['in', 'of', 'by', 'from', 'to', 'since', 'until', 'till', 'through', 'during', 'before', 'after', 'early', 'late', 'mid', 'last', 'next', 'this', 'and', 'or'] as const;

/** Words before a weekday that make a name of it, not a day: "Super Tuesday", "Bloody Sunday", "Black Monday", the chains "Ruby Tuesday" and "TGI Fridays". */
export const WEEKDAY_NAME_PREFIXES = ['Super', 'Bloody', 'Black', 'Blue', 'Fat', 'Giving', 'Ruby', 'TGI'] as const;

/**
 * Nouns after a capitalised season that keep it a season inside a name, as the operation happened then: "the Spring
 * Offensive", "the Chinese Winter Offensive", "the Autumn Harvest Uprising". Before other capitalised words it names a
 * thing: "the Summer Olympics", "the Summer Palace", "Spring Breakers".
 */
export const SEASON_EVENT_NOUNS = ['Offensive', 'Offensives', 'Campaign', 'Fighting', 'Uprising', 'Harvest', 'Session', 'Term'] as const;

/**
 * Nouns a season qualifies: "the summer offensive", "the Spring Offensive", "the fall semester". "the" is the noun's, and
 * the gold tags the season alone ("the [Spring] Offensive").
 */
export const NOUNS_A_SEASON_QUALIFIES = [
  'offensive', 'offensives', 'campaign', 'campaigns', 'fighting', 'uprising', 'harvest', 'session', 'term', 'weather', 'semester',
  'holidays', 'vacation', 'sales', 'quarters', 'rains', 'games',
] as const;

/**
 * Nouns a season in lower case names a kind of, no time: "a winter storm watch", "spring break", "summer school", "spring training",
 * "the summer concert series", "its summer schedule", "the winter solstice", "spring practice", "baseball's winter meetings" (news
 * annotators leave them untagged).
 */
export const NOUNS_A_SEASON_NAMES_A_KIND_OF = [
  'storm', 'storms', 'break', 'recess', 'school', 'training', 'practice', 'meetings', 'schedule', 'concert', 'concerts', 'series', 'solstice', 'record', 'reading',
  // "summer camps", "Portland's winter league affiliate".
  'camp', 'camps', 'league', 'leagues',
  // Crops and fuels sown or blended for a season: "winter wheat", "winter-blend gasoline", "summer-grade fuel".
  'wheat', 'blend', 'grade',
  // Work and rules of a season: "summer jobs", "winter parking rules", "winter road maintenance".
  'job', 'jobs', 'parking', 'road', 'roads', 'maintenance',
  // What is offered or sold for a season: "the emergency winter shelter", "summer meal programs", "summer vacation", "winter weather".
  'shelter', 'shelters', 'program', 'programs', 'programme', 'programmes', 'meal', 'meals', 'vacation', 'vacations', 'weather',
  'merchandise', 'apparel', 'inventory', 'farmers',
] as const;

/** Of those, the ones "fall" qualifies and that no verb "fall" runs into ("the fall campaign", not "stocks fall session after session"). */
export const NOUNS_A_FALL_QUALIFIES = ['offensive', 'offensives', 'campaign', 'campaigns', 'harvest', 'semester', 'recess'] as const;

/**
 * Nouns a season tells the use of, not the time: "entered winter quarters", "winter food supplies", "summer uniforms". The season
 * is any one, "XXXX-WI", as a story's year is not meant.
 */
export const NOUNS_OF_A_SEASON_S_USE = [
  'quarters', 'food', 'clothing', 'clothes', 'uniform', 'uniforms', 'gear', 'coats', 'boots',
  // "the papal summer residence", "his summer home in Maine", "winter tyres".
  'residence', 'residences', 'home', 'homes', 'house', 'palace', 'retreat', 'tyres', 'tires', 'jackets',
] as const;

/** Words around a lower-case "spring" that make it water or a coil, not the season: "a hot spring", "spring water". */
export const SPRING_AS_WATER_BEFORE = ['hot', 'mineral', 'thermal'] as const;
// ("a high spring tide": the tide of a new or full moon, no season.)
export const SPRING_AS_WATER_AFTER = ['water', 'waters', 'tide', 'tides'] as const;
/**
 * Words after "a spring" that make it a thing: "a spring in his step", "a spring near the village". Before a noun it is
 * the season's: "a spring offensive", "a spring election".
 */
export const WORDS_AFTER_A_SPRING_THING = ['in', 'of', 'near', 'at', 'on', 'that', 'which', 'where', 'from', 'with', 'and'] as const;
