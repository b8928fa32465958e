// "481 BC", "146 B.C.", "September 480 BC", "the spring of 480 BC", "70 A.D."
import { SEASONS } from '../lexicon/en/calendar';
import { ANNO_DOMINI, B, BEFORE_CHRIST, DAY_NUMBER, E, MONTH, SEASON, compile, isCapitalised, lower, monthOf } from './patterns';
import type { PartialValue, Recogniser } from './partialValue';

// After "B.C." the full stop is the era's own: no word boundary is needed after it.
const ERA_END = `(?:(?<=\\.)|${E})`;

/** Years before 1 AD are astronomical: 1 BC is year 0, 481 BC is year -480. */
const astronomical = (written: number, beforeChrist: boolean) => (beforeChrist ? 1 - written : written);

function read(g: Record<string, string | undefined>, beforeChrist: boolean): PartialValue | null {
  const written = Number(g.y);
  if (!(written >= 1)) return null;
  const year = astronomical(written, beforeChrist);
  if (g.s) return { kind: 'season', season: SEASONS[lower(g.s) as keyof typeof SEASONS], year };
  if (g.m) {
    const month = monthOf(g.m);
    if (!isCapitalised(g.m) || !month) return null;
    return { kind: 'calendar', year, month, ...(g.d ? { day: Number.parseInt(g.d, 10) } : {}) };
  }
  return { kind: 'calendar', year };
}

const SEASON_OR_MONTH = `(?:(?:the\\s+)?(?<s>${SEASON})\\s+(?:of\\s+)?|(?<m>${MONTH})\\s+(?:(?<d>${DAY_NUMBER}),?\\s+)?)?`;

export const eraYears: Recogniser[] = [
  {
    // One pattern for both eras, as it is tried at every number. The first year of a range takes the era its last is
    // told in: "from 499 to 493 BC", "(492-490 BC)", if the years run the era's way (down before Christ, up after).
    name: 'eraYear',
    pattern: compile(`${B}${SEASON_OR_MONTH}(?<y>\\d{1,4})(?:\\s*(?:(?<bc>${BEFORE_CHRIST})|${ANNO_DOMINI})${ERA_END}|(?=\\s*(?:to|-|–|—)\\s*(?<last>\\d{1,4})\\s*(?:(?<lastBc>${BEFORE_CHRIST})|${ANNO_DOMINI})${ERA_END}))`),
    read: ({ groups: g }) => {
      if (g!.last === undefined) return read(g!, g!.bc !== undefined);
      const beforeChrist = g!.lastBc !== undefined;
      return Number(g!.y) < Number(g!.last) === !beforeChrist ? read(g!, beforeChrist) : null;
    },
  },
];
