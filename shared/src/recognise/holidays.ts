// "Thanksgiving Day", "Christmas", "last Christmas", "Easter 1999", "Election Day", "New Year's Eve"
import { HOLIDAYS, type Holiday } from '../lexicon/en/holidays';
import { B, E, YEAR, compile, isCapitalised, lower } from './patterns';
import type { Recogniser } from './partialValue';

const NAMES = Object.keys(HOLIDAYS)
  .sort((a, b) => b.length - a.length)
  .map((name) => name.replace(/[.]/g, '\\.').replace(/'/g, "['’]").replace(/ /g, '\\s+'))
  .join('|');
const OFFSETS = { last: -1, next: 1, this: 0 } as const;

export const holidays: Recogniser[] = [
  {
    name: 'holiday',
    pattern: compile(`${B}(?:(?<rel>last|next|this)\\s+)?(?<h>${NAMES})(?:,?\\s+(?<y>${YEAR}))?${E}`),
    read: ({ groups: g }) => {
      // Holidays are proper names: "the easter egg" and "christmas tree lights" lower-case are not meant.
      if (!isCapitalised(g!.h)) return null;
      const holiday = lower(g!.h).replace(/’/g, "'") as Holiday;
      if (!(holiday in HOLIDAYS)) return null;
      const offset = g!.rel ? OFFSETS[lower(g!.rel) as keyof typeof OFFSETS] : undefined;
      return { kind: 'holiday', holiday, ...(g!.y ? { year: Number(g!.y) } : {}), ...(offset !== undefined ? { offset } : {}) };
    },
  },
];
