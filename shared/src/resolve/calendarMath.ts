// Pure integer date arithmetic in UTC, so results never depend on the machine's time zone.

export interface Day {
  year: number;
  month: number;
  day: number;
}

const DAY_MS = 86_400_000;
const toMs = ({ year, month, day }: Day) => Date.UTC(year, month - 1, day);
const fromMs = (ms: number): Day => {
  const date = new Date(ms);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
};

export const addDays = (day: Day, days: number): Day => fromMs(toMs(day) + days * DAY_MS);

/** Adds months, clamping the day to the target month's length (31 January + 1 month = 28/29 February). */
export function addMonths(day: Day, months: number): Day {
  const index = day.year * 12 + (day.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(day.day, daysInMonth(year, month)) };
}

export const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** ISO weekday: Monday 1 … Sunday 7. */
export const weekdayOf = (day: Day) => ((new Date(toMs(day)).getUTCDay() + 6) % 7) + 1;

/** The ISO week (year and number) that holds a day. */
export function isoWeekOf(day: Day): { year: number; week: number } {
  const thursday = addDays(day, 4 - weekdayOf(day));
  const jan1 = toMs({ year: thursday.year, month: 1, day: 1 });
  return { year: thursday.year, week: Math.floor((toMs(thursday) - jan1) / DAY_MS / 7) + 1 };
}

export const compareDays = (a: Day, b: Day) => toMs(a) - toMs(b);

export const isValidDay = (year: number, month: number, day: number) => month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
export const formatYear = (year: number) => pad(year, 4);
export const formatMonth = (year: number, month: number) => `${formatYear(year)}-${pad(month)}`;
export const formatDay = (day: Day) => `${formatMonth(day.year, day.month)}-${pad(day.day)}`;
export const formatWeek = (day: Day) => {
  const { year, week } = isoWeekOf(day);
  return `${formatYear(year)}-W${pad(week)}`;
};
export const quarterOf = (month: number) => Math.ceil(month / 3);
export const seasonIndex = { SP: 0, SU: 1, FA: 2, WI: 3 } as const;
export const seasonOfMonth = (month: number) => (['WI', 'WI', 'SP', 'SP', 'SP', 'SU', 'SU', 'SU', 'FA', 'FA', 'FA', 'WI'] as const)[month - 1]!;

/** Parses "YYYY-MM-DD" (a time after it is ignored); null when it is not a real day. */
export function parseDay(iso: string | undefined): Day | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidDay(year, month, day) ? { year, month, day } : null;
}
