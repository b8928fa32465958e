// Capitalised words that are not names: sentence openers, pronouns, adjectives of nationality and
// region, and calendar words (the tagger owns dates; actors must not pick them up).
export const FUNCTION_WORDS = [
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'It', 'Its', 'He', 'She', 'They', 'We', 'I', 'You', 'His', 'Her',
  'Their', 'Our', 'My', 'Your', 'There', 'Here', 'In', 'On', 'At', 'As', 'But', 'And', 'Or', 'For', 'Since', 'After',
  'Before', 'When', 'While', 'If', 'Although', 'Though', 'However', 'Meanwhile', 'Also', 'Still', 'Yet', 'So', 'Then',
  'Now', 'Today', 'Yesterday', 'Tomorrow', 'Last', 'Next', 'Earlier', 'Later', 'During', 'Over', 'Under', 'By', 'With',
  'From', 'To', 'Of', 'Into', 'Amid', 'Despite', 'According', 'End', 'Read', 'More', 'See', 'Update', 'Updated',
  'About', // "About NordPay": a press release's boilerplate heading
] as const;

/** Adjectives of nationality and region: "Russian President Vladimir Putin" names Putin, not Russia. */
export const NAME_ADJECTIVES = [
  'Western', 'Eastern', 'Northern', 'Southern', 'Central', 'European', 'Russian', 'Belarusian', 'American', 'British',
  'Ukrainian', 'Polish', 'Lithuanian', 'Latvian', 'German', 'French', 'Chinese', 'Soviet', 'Asian', 'African',
  'Middle', 'East', 'West', 'North', 'South', 'Czech', 'Dutch', 'Swiss', 'Greek', 'Olympic',
] as const;

/** Further capitalised words that begin sentences or stand alone without naming anyone. */
export const OTHER_NON_NAMES = [
  'Some', 'Many', 'Most', 'All', 'No', 'Not', 'One', 'Two', 'Both', 'Each',
  'Every', 'What', 'Who', 'Why', 'How', 'Where', 'Which', 'We', 'Us', 'Mr', 'Mrs', 'Ms', 'Dr', 'Such', 'Other', 'Another',
  'Series', // "Series B": a funding round
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  // A headline's words of schedule, capitalised as all its words are: "Third Estimated Tax Payment Due Today", "Exhibit Opens Friday".
  'Due', 'Opens', 'Closes', 'Begins', 'Starts', 'Ends', 'Resumes', 'Reopens', 'Returns', 'Expires',
] as const;

/** Nouns that end names but name nobody alone: "Western Conference" → not "Conference", "President's Team" → not "Team". */
export const GENERIC_NAME_NOUNS = [
  'Conference', 'Team', 'House', 'Article', 'League', 'Cup', 'Championship', 'Championships', 'Tournament', 'Games',
  'Series', 'Round', 'Square', 'Street', 'Avenue', 'Tower', 'Forum', 'Summit', 'Park', 'Station', 'Airport', 'River',
  'Province', 'Region', 'District', 'County', 'Centre', 'Center', 'Hall', 'Palace', 'Bridge', 'Arena', 'Stadium',
] as const;

/** Capitalised abbreviations that are not organisations: "IT companies", "its CEO", "in Q2" (words with digits are never names). */
export const NON_NAME_ACRONYMS = [
  'IT', 'AI', 'CEO', 'CFO', 'COO', 'CTO', 'GDP', 'VAT', 'TV', 'PR', 'HQ', 'ID', 'IPO', 'ESG', 'SME', 'SMEs', 'BNPL', 'UTC',
  'GMT', 'OK', 'USD', 'EUR', 'SUV', 'PhD', 'FAQ', 'API', 'LNG', 'PDF', 'URL', 'SOURCE',
] as const;

/** Weather systems take people's names: "Storm Boris", "the storm, named Boris". */
export const WEATHER_SYSTEMS = ['storm', 'hurricane', 'typhoon', 'cyclone', 'depression'] as const;

/** A capitalised word joined to one of these is an adjective, not a name: "Vilnius-based", "Soviet-era" (but "Kim Jong-un"). */
export const COMPOUND_ADJECTIVE_ENDINGS = [
  'based', 'era', 'style', 'born', 'owned', 'backed', 'led', 'made', 'run', 'linked', 'funded', 'controlled', 'registered',
  'speaking', 'headquartered', 'allied', 'aligned', 'leaning', 'friendly', 'listed', 'wide', 'like', 'type', 'related',
  'bound', 'focused', 'inspired', 'sponsored', 'imposed', 'appointed', 'installed', 'educated', 'trained', 'language',
] as const;
