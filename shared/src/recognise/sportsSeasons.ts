// The seasons of sport, counted as years: "last season" (2012 in 2013 news), "this season", "next season", and "the past three
// seasons" (P3Y), as annotators of sports news tag them. A season of weather, of a show or of the flu stays the season it is ("the
// hurricane season", "the last season of the show", "this holiday season" are no year).
import { AMOUNT, B, E, compile, lower } from './patterns';
import { readNumber } from '../lexicon/en/numbers';
import type { Recogniser } from './partialValue';

const SEASON_OFFSETS = { last: -1, this: 0, next: 1 } as const;
const OTHER_SEASON_NEAR = /(?<![\p{L}])(?:flu|influenza|vaccines?|hurricanes?|storms?|allerg(?:y|ies)|pollen|wildfires?|fires?|shopping|holidays?|tourist|tourism|rainy|monsoon|breeding|hunting|fishing|planting|harvest)(?![\p{L}])/iu;
const SEASON_WORDS_REACH = 80;

export const sportsSeasons: Recogniser[] = [
  {
    name: 'sportsSeason',
    // Not "the last season" (a show's final one), nor "last season of" a series, nor "last season's" of what follows ("the last season's
    // ratings"); but "last season's" stands for the season itself ("last season's champions").
    pattern: compile(`(?<!${B}the\\s+)${B}(?<rel>last|this|next)\\s+season${E}(?!\\s+of\\s)`),
    // ("this season's vaccine", "This season arrived early" in flu news: a season of the weather's or of sickness near its words is none.)
    read: ({ groups: g, index, 0: all }, text) => OTHER_SEASON_NEAR.test(text.slice(Math.max(0, index - SEASON_WORDS_REACH), index + all.length + SEASON_WORDS_REACH)) ? null
      : { kind: 'unitShift', unit: 'year', offset: SEASON_OFFSETS[lower(g!.rel) as keyof typeof SEASON_OFFSETS], anchor: 'document' },
  },
  {
    name: 'sportsSeasonsCount',
    // "the past three seasons", "in five seasons", "the three seasons since": as many years. (Not "all four seasons" of the weather,
    // nor the hotels and the concertos of "Four Seasons", capitalised.)
    pattern: compile(`(?<!${B}all\\s+)${B}(?<lead>the\\s+(?:(?:past|last|previous|next|first)\\s+)?)?(?<n>${AMOUNT})\\s+seasons${E}`),
    read: ({ groups: g, 0: all }) => {
      // ("after the 1978 and 1979 seasons": a year written before them names the seasons, as "the 1979 season" does.)
      if (all.endsWith('Seasons') || /^\d{4}$/.test(g!.n!)) return null;
      const amount = readNumber(g!.n!);
      return amount === null || amount < 2 || !Number.isInteger(amount) ? null : { kind: 'fixed', type: 'DURATION', value: `P${amount}Y` };
    },
  },
];
