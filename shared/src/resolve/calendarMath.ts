// Pure integer date arithmetic in UTC, so results never depend on the machine's time zone.

export interface Day {
  year: number;
  month: number;
  day: number;
}

/** Milliseconds in a day, as compareDays counts. */
export const DAY_MS = 86_400_000;
// Within these bounds integer arithmetic gives what Date gives, exactly; beyond them Date decides (NaN past its range).
const FAST_YEARS = 100_000;
const FAST_DAYS = 1_000_000;
const DATE_RANGE_MS = 8.64e15;

/** Days from 1970-01-01 to a day of the proleptic Gregorian calendar (Hinnant's days_from_civil); the day may overflow its month. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  return era * 146_097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719_468;
}

/** The day that many days after 1970-01-01 (Hinnant's civil_from_days). */
function civilFromDays(days: number): Day {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day: dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1 };
}

// Years are astronomical (1 BC is year 0, 481 BC is -480); Date.UTC alone would read 0–99 as 1900–1999.
// The resolver asks this of most dates: plain integers are counted without making a Date.
const toMs = ({ year, month, day }: Day) => {
  if (Number.isInteger(year) && Math.abs(year) <= FAST_YEARS && Number.isInteger(month) && month >= 1 && month <= 12 && Number.isInteger(day) && Math.abs(day) <= FAST_DAYS) {
    return daysFromCivil(year, month, day) * DAY_MS;
  }
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
};
const fromMs = (ms: number): Day => {
  // Date reads a time as its whole milliseconds, towards zero, and a day as the one the time falls in.
  if (Number.isFinite(ms) && Math.abs(ms) <= DATE_RANGE_MS) return civilFromDays(Math.floor(Math.trunc(ms) / DAY_MS));
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

export const daysInMonth = (year: number, month: number) => (month === 2 ? (isLeapYear(year) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!);
const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** ISO weekday: Monday 1 … Sunday 7. */
export function weekdayOf(day: Day): number {
  const ms = toMs(day);
  // 1970-01-01 was a Thursday (4); a time past Date's range has no weekday.
  return Number.isFinite(ms) && Math.abs(ms) <= DATE_RANGE_MS ? ((((Math.floor(ms / DAY_MS) + 3) % 7) + 7) % 7) + 1 : NaN;
}

/** The ISO week (year and number) that holds a day. */
export function isoWeekOf(day: Day): { year: number; week: number } {
  const thursday = addDays(day, 4 - weekdayOf(day));
  const jan1 = toMs({ year: thursday.year, month: 1, day: 1 });
  return { year: thursday.year, week: Math.floor((toMs(thursday) - jan1) / DAY_MS / 7) + 1 };
}

export const compareDays = (a: Day, b: Day) => toMs(a) - toMs(b);

export const isValidDay = (year: number, month: number, day: number) => month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);

// Days and months are padded at every value written: two digits from a table, as padStart costs a string built each time.
const TWO_DIGITS = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'));
const pad = (n: number, width = 2) => (width === 2 && n >= 0 && n < 100 ? TWO_DIGITS[n]! : String(n).padStart(width, '0'));
/** "1998"; years before 1 AD as TimeML writes them, "BC0481" (astronomical year -480). */
// TimeML writes a year in four digits: one past 9999 ("next year" in a text of 9999) is written as unknown.
export const formatYear = (year: number) => (year > 9999 ? 'XXXX' : year > 0 ? pad(year, 4) : `BC${pad(1 - year, 4)}`);
/** The decade of a year as TimeML writes it: 1998 → "199", 481 BC → "BC048". */
export const formatDecade = (year: number) => (year > 9999 ? 'XXX' : year > 0 ? pad(Math.floor(year / 10), 3) : `BC${pad(Math.floor((1 - year) / 10), 3)}`);
/** The century of a year as TimeML writes it: 1998 → "19". */
export const formatCentury = (year: number) => (year > 9999 ? 'XX' : year > 0 ? pad(Math.floor(year / 100), 2) : `BC${pad(Math.floor((1 - year) / 100), 2)}`);
/** Years a value can hold: four digits either side of 1 AD. */
export const isWritableYear = (year: number) => Number.isSafeInteger(year) && year > -9999 && year <= 9999;
export const formatMonth = (year: number, month: number) => `${formatYear(year)}-${pad(month)}`;
export const formatDay = (day: Day) => `${formatMonth(day.year, day.month)}-${pad(day.day)}`;
export const formatWeek = (day: Day) => {
  const { year, week } = isoWeekOf(day);
  return `${formatYear(year)}-W${pad(week)}`;
};
export const quarterOf = (month: number) => Math.ceil(month / 3);
export const seasonIndex = { SP: 0, SU: 1, FA: 2, WI: 3 } as const;
/** The month a season starts in (meteorological seasons; winter starts in the December of its year). */
export const seasonStartMonth = { SP: 3, SU: 6, FA: 9, WI: 12 } as const;
export const seasonOfMonth = (month: number) => (['WI', 'WI', 'SP', 'SP', 'SP', 'SU', 'SU', 'SU', 'FA', 'FA', 'FA', 'WI'] as const)[month - 1]!;

/**
 * Parses "YYYY-MM-DD" or the basic "YYYYMMDD" that TimeML corpora also write a creation time in (a time after either is
 * ignored); null when it is not a real day of 1 AD or later.
 */
export function parseDay(iso: string | undefined): Day | null {
  const match = ISO_DAY.exec(iso ?? '');
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2] ?? match[4]), Number(match[3] ?? match[5])];
  // Year 0000 is not a date anyone publishes on: a dct that says so is as good as none.
  return year >= 1 && isValidDay(year, month, day) ? { year, month, day } : null;
}

const ISO_DAY = /^(\d{4})(?:-(\d{2})-(\d{2})|(\d{2})(\d{2})(?!\d))/;

/** The nth weekday of a month counted from day `from` ("the fourth Thursday of November"); nth -1 is the last. */
export function nthWeekday(year: number, month: number, weekday: number, nth: number, from = 1): Day {
  if (nth < 0) {
    const last = { year, month, day: daysInMonth(year, month) };
    return addDays(last, -((weekdayOf(last) - weekday + 7) % 7));
  }
  const first = { year, month, day: from };
  return addDays(first, ((weekday - weekdayOf(first) + 7) % 7) + (nth - 1) * 7);
}

/**
 * Easter Sunday of the Orthodox churches, a Gregorian date: the Julian computus (Meeus), moved by the days the Julian
 * calendar has fallen behind (13 from 1900 to 2099).
 */
export function orthodoxEasterSunday(year: number): Day {
  const d = (19 * (year % 19) + 15) % 30;
  const e = (2 * (year % 4) + 4 * (year % 7) - d + 34) % 7;
  const julian = { year, month: Math.floor((d + e + 114) / 31), day: ((d + e + 114) % 31) + 1 };
  return addDays(julian, Math.floor(year / 100) - Math.floor(year / 400) - 2);
}

/** Easter Sunday in the Gregorian calendar (the anonymous algorithm of 1876). */
export function easterSunday(year: number): Day {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { year, month, day: ((h + l - 7 * m + 114) % 31) + 1 };
}
