// "on the 15th", "until the 15th", "from the 1st to the 15th", "on the 1st of the month", "on the 28th of that month": a day of the month told alone;
// "from the 13th to the 19th of October 1950": the first of two coordinated days takes the month told after the second.
import { MONTHS } from '../lexicon/en/calendar';
import { DAY_NUMBER, E, MONTH, YEAR, compile, isCapitalised, lower } from './patterns';
import type { Recogniser } from './partialValue';
import { withStandIns } from '../text/oneByteText';

// Only after a preposition of time, and only where the ordinal ends its phrase or "of the month" follows: "the 15th century",
// "the 21st amendment", "the 1st Battalion" and "his 15th" name other things.
const PREPOSITION_BEFORE = '(?<=(?<![\\p{L}])(?:on|until|till|by|from|since|before|after|through|to)\\s+)';
const PHRASE_ENDS = `(?=\\s*(?:[.,;:!?)]|$)|\\s+(?:and|or|to|through|until|till|when|at|as|after|before)${E})`;

// Read where the match ends, anchored there (sticky), so it never scans on.
const COORDINATED_MONTH_AFTER = new RegExp(withStandIns(`\\s*(?:to|and|or|through|[-–])\\s*the\\s+${DAY_NUMBER}\\s+of\\s+(?<m>${MONTH})(?:,?\\s+(?<y>${YEAR}))?${E}`), 'iuy');

export const dayOfMonth: Recogniser[] = [
  {
    name: 'dayOfMonth',
    pattern: compile(`${PREPOSITION_BEFORE}the\\s+(?<d>3[01]|[12]\\d|[1-9])(?<suffix>st|nd|rd|th)(?:\\s+of\\s+(?:the|this|that|the\\s+same)\\s+month${E}|${E}${PHRASE_ENDS})`),
    read: ({ groups: g, index, 0: all }, text) => {
      const day = Number(g!.d);
      if (g!.suffix!.toLowerCase() !== ordinalSuffix(day)) return null;
      COORDINATED_MONTH_AFTER.lastIndex = index + all.length;
      const after = COORDINATED_MONTH_AFTER.exec(text)?.groups;
      const month = after && isCapitalised(after.m) ? (MONTHS as Record<string, number>)[lower(after.m)] : undefined;
      if (month) return { kind: 'calendar', month, day, ...(after!.y ? { year: Number(after!.y) } : {}) };
      return { kind: 'dayOfMonth', day };
    },
  },
];

/** "1st", "2nd", "3rd", "11th", "21st": the suffix a day's ordinal is written with. */
function ordinalSuffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}
