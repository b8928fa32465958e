// Capitalised words that are not names: sentence openers, pronouns, adjectives of nationality and
// region, and calendar words (the tagger owns dates; actors must not pick them up).
export const FUNCTION_WORDS = [
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'It', 'Its', 'He', 'She', 'They', 'We', 'I', 'You', 'His', 'Her',
  'Their', 'Our', 'My', 'Your', 'There', 'Here', 'In', 'On', 'At', 'As', 'But', 'And', 'Or', 'For', 'Since', 'After',
  'Before', 'When', 'While', 'If', 'Although', 'Though', 'However', 'Meanwhile', 'Also', 'Still', 'Yet', 'So', 'Then',
  'Now', 'Today', 'Yesterday', 'Tomorrow', 'Last', 'Next', 'Earlier', 'Later', 'During', 'Over', 'Under', 'By', 'With',
  'From', 'To', 'Of', 'Into', 'Amid', 'Despite', 'According', 'End', 'Read', 'More', 'See', 'Update', 'Updated',
] as const;

/** Adjectives of nationality and region: "Russian President Vladimir Putin" names Putin, not Russia. */
export const NAME_ADJECTIVES = [
  'Western', 'Eastern', 'Northern', 'Southern', 'Central', 'European', 'Russian', 'Belarusian', 'American', 'British',
  'Ukrainian', 'Polish', 'Lithuanian', 'Latvian', 'German', 'French', 'Chinese', 'Soviet', 'Asian', 'African',
  'Middle', 'East', 'West', 'North', 'South',
] as const;

/** Further capitalised words that begin sentences or stand alone without naming anyone. */
export const OTHER_NON_NAMES = [
  'Some', 'Many', 'Most', 'All', 'No', 'Not', 'One', 'Two', 'Both', 'Each',
  'Every', 'What', 'Who', 'Why', 'How', 'Where', 'Which', 'We', 'Us', 'Mr', 'Mrs', 'Ms', 'Dr', 'Such', 'Other', 'Another',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
] as const;
