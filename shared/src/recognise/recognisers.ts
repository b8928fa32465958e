// The recognisers, in order of preference when two find the same span: the order matters only for
// ties in start and length, where the earlier entry wins.
import { absoluteDates } from './absoluteDates';
import { dayOfMonth } from './dayOfMonth';
import { decades } from './decades';
import { durations } from './durations';
import { eraYears } from './eraYears';
import { holidays } from './holidays';
import { numericDates } from './numericDates';
import type { Recogniser } from './partialValue';
import { referencesAndSets } from './referencesAndSets';
import { relativeDays } from './relativeDays';
import { relativeUnits } from './relativeUnits';
import { seasonsAndQuarters } from './seasonsAndQuarters';
import { sportsSeasons } from './sportsSeasons';
import { times } from './times';

export const RECOGNISERS: readonly Recogniser[] = [
  ...eraYears,
  ...absoluteDates,
  ...numericDates,
  ...decades,
  ...holidays,
  ...dayOfMonth,
  ...seasonsAndQuarters,
  ...sportsSeasons,
  ...relativeDays,
  // Before durations: "two years ago" is a date, though "two years" alone is a duration.
  ...relativeUnits,
  // Before durations: "every three months" and "twice a year" are sets.
  ...referencesAndSets,
  // Before durations: "at 0530 hours" is a time of day.
  ...times,
  ...durations,
];
