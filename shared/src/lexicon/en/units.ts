// Units of time and the TimeML duration letters they write ("three months" → P3M, "two hours" → PT2H).

export const UNITS = {
  second: { code: 'S', time: true }, minute: { code: 'M', time: true }, hour: { code: 'H', time: true },
  day: { code: 'D', time: false }, night: { code: 'D', time: false }, week: { code: 'W', time: false }, weekend: { code: 'WE', time: false },
  fortnight: { code: 'W', time: false, multiplier: 2 }, month: { code: 'M', time: false }, quarter: { code: 'M', time: false, multiplier: 3 },
  year: { code: 'Y', time: false }, decade: { code: 'Y', time: false, multiplier: 10 }, century: { code: 'Y', time: false, multiplier: 100 },
} as const satisfies Record<string, { code: string; time: boolean; multiplier?: number }>;

export type Unit = keyof typeof UNITS;

/** Singular and plural spellings → unit. */
export const UNIT_WORDS: Readonly<Record<string, Unit>> = Object.fromEntries(
  Object.keys(UNITS).flatMap((unit) => [
    [unit, unit],
    [unit === 'century' ? 'centuries' : `${unit}s`, unit],
  ]),
) as Record<string, Unit>;
