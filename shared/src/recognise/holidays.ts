// "Thanksgiving Day", "Christmas", "last Christmas", "That Christmas", "Easter 1999", "Election Day", "New Year's Eve", "9/11", "post-9/11", "Orthodox Easter", "Victory Day",
// "the Thanksgiving weekend", "Memorial Day weekend"
import { EVENTS_NAMED_BY_A_HOLIDAY, HOLIDAYS, OTHER_NEW_YEARS, type Holiday } from '../lexicon/en/holidays';
import { B, E, YEAR, compile, isCapitalised, lower } from './patterns';
import type { Recogniser } from './partialValue';

const NAMES = Object.keys(HOLIDAYS)
  .sort((a, b) => b.length - a.length)
  .map((name) => name.replace(/[.]/g, '\\.').replace(/'/g, "['’]").replace(/ /g, '\\s+'))
  .join('|');
const isDigit = (c: number) => c >= 48 && c <= 57;
const OFFSETS = { last: -1, next: 1, this: 0 } as const;
const OTHER_NEW_YEAR_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${OTHER_NEW_YEARS.join('|')})\\s+$`, 'iu');

const EVENT_AFTER = new RegExp(`^\\s+(?:${EVENTS_NAMED_BY_A_HOLIDAY.join('|')})(?![\\p{L}])`, 'iu');

const PREPOSITION_BEFORE = /(?<![\p{L}])(?:on|by|until|till|during|before|after|since|over|for|at|in|through|throughout|around|of)\s+$/iu;

/** "That Christmas she cooked", "by that Easter": "that" points at the story's holiday where it opens a sentence or follows a preposition. */
function isDemonstrativeThat(text: string, index: number): boolean {
  if (isCapitalised(text.charAt(index))) return true;
  const before = text.slice(Math.max(0, index - 12), index);
  return PREPOSITION_BEFORE.test(before) || /(?:^|[,;:(—–-])\s*$/u.test(before);
}

export const holidays: Recogniser[] = [
  {
    name: 'holiday',
    pattern: compile(`${B}(?:(?<rel>last|next|this|that)\\s+)?(?<h>${NAMES})(?<we>\\s+weekend)?(?:,?\\s+(?<y>${YEAR}))?${E}`),
    read: ({ groups: g, index, 0: all }, text) => {
      const numeric = isDigit(g!.h!.charCodeAt(0));
      // Holidays are proper names: "the easter egg" and "christmas tree lights" lower-case are not meant.
      if (!numeric && !isCapitalised(g!.h)) return null;
      // "9/11" but not inside "3/9/11" or "9/11/2001", which are numeric dates.
      if (numeric && (/[/.]/.test(text.charAt(index - 1)) || /^[/.]\d/.test(text.slice(index + all.length, index + all.length + 2)))) return null;
      const holiday = lower(g!.h).replace(/’/g, "'") as Holiday;
      if (!(holiday in HOLIDAYS)) return null;
      if (holiday.startsWith('new year') && OTHER_NEW_YEAR_BEFORE.test(text.slice(Math.max(0, index - 16), index))) return null;
      const weekend = g!.we ? { weekend: true as const } : {};
      if (lower(g!.rel) === 'that') {
        // "He said that Christmas would be quiet": "that" opens a clause, and the holiday is read alone from its own word.
        if (!isDemonstrativeThat(text, index)) return null;
        return { kind: 'holiday', holiday, ...(g!.y ? { year: Number(g!.y) } : { yearTold: true }), ...weekend };
      }
      const offset = g!.rel ? OFFSETS[lower(g!.rel) as keyof typeof OFFSETS] : undefined;
      // "the Christmas Offensive", "the Easter Rising": an event named by the holiday it began near (not a day of history: "the 7/7 bombings").
      const namesEvent = !numeric && !g!.we && !g!.y && EVENT_AFTER.test(text.slice(index + all.length, index + all.length + 12)) ? { namesEvent: true as const } : {};
      return { kind: 'holiday', holiday, ...(g!.y ? { year: Number(g!.y) } : {}), ...(offset !== undefined ? { offset } : {}), ...weekend, ...namesEvent };
    },
  },
];
