// A strict checker of TIMEX3 values, for the property tests: the grammar of TimeML 1.2 values
// ("2021-11-15", "1998-W32-WE", "199", "XXXX-11", "BC0980", "1998-08-07TNI", "PT2H", "PRESENT_REF") with
// real calendar ranges (no 30 February, no week 53 in a 52-week year), and the type it must go with.
import type { TimexType } from '../types';

const REFERENCES = new Set(['PRESENT_REF', 'PAST_REF', 'FUTURE_REF']);

// Year (or XXXX, or XX95 for an undated "'95"), then at most one of: month[-day], week[-weekday|-WE], quarter, half, season.
const DATE = /^(?:(?<bc>BC)?(?<year>\d{4})|(?<unknownYear>XX(?:XX|\d{2})))(?:-(?<month>\d{2}|XX)(?:-(?<day>\d{2}|XX))?|-W(?<week>\d{2}|XX)(?:-(?<weekday>[1-7]|WE))?|-Q(?<quarter>[1-4]|X)|-H(?<half>[12]|X)|-(?<season>SP|SU|FA|WI))?$/;
// A day (possibly partial, or a week's day) and a clock time or a part of the day.
const TIME = /^(?<date>[^T]+)T(?:(?<hour>\d{2})(?::(?<minute>\d{2})(?::(?<second>\d{2}))?)?|(?<part>MO|AF|EV|NI|MI|DT))$/;
// ISO 8601 durations (weeks may join days, as ISO 8601-1:2019 allows: P1W4D) with TimeML's extra
// units: Q(uarter), WE(ekend), DE(cade), CE(ntury), ML (millennium), and the one-letter E, C, L the
// TempEval-3 annotations write for them ("PXC" centuries, "P1E" a decade, "P2L").
const AMOUNT = '(?:\\d+(?:\\.\\d+)?|X)';
const DURATION = new RegExp(
  `^P(?:(?:${AMOUNT}(?:ML|CE|DE|L|C|E))|(?:${AMOUNT}Q)|(?:${AMOUNT}WE)|(?=.)(?:${AMOUNT}Y)?(?:${AMOUNT}M)?(?:${AMOUNT}W)?(?:${AMOUNT}D)?(?:T(?=.)(?:${AMOUNT}H)?(?:${AMOUNT}M)?(?:${AMOUNT}S)?)?)$`,
);

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const daysIn = (year: number, month: number) => [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;

// A year has 53 ISO weeks when it starts on a Thursday, or is a leap year starting on a Wednesday.
function isoWeeksIn(year: number): number {
  const jan1 = new Date(Date.UTC(2000, 0, 1));
  jan1.setUTCFullYear(year);
  const weekday = jan1.getUTCDay();
  return weekday === 4 || (weekday === 3 && isLeap(year)) ? 53 : 52;
}

/** A DATE value: calendar dates, weeks, quarters, halves, seasons, decades ("199"), centuries ("19"). */
export function isTimeMlDate(value: string): boolean {
  if (/^\d{2,3}$/.test(value)) return true;
  const g = DATE.exec(value)?.groups;
  if (!g) return false;
  // ISO weeks and leap years of BC years are not worth the arithmetic: checked as an unknown year.
  const year = g.year === undefined || g.bc ? undefined : Number(g.year);
  if (g.month !== undefined && g.month !== 'XX') {
    const month = Number(g.month);
    if (month < 1 || month > 12) return false;
    // An unknown year may be a leap year: 29 February stays possible.
    if (g.day !== undefined && g.day !== 'XX' && !(Number(g.day) >= 1 && Number(g.day) <= daysIn(year ?? 2000, month))) return false;
  } else if (g.day !== undefined && g.day !== 'XX' && !(Number(g.day) >= 1 && Number(g.day) <= 31)) return false;
  if (g.week !== undefined && g.week !== 'XX' && !(Number(g.week) >= 1 && Number(g.week) <= (year === undefined ? 53 : isoWeeksIn(year)))) return false;
  return true;
}

/** A TIME value: a day (or a week's day) with a clock time "T14:30(:05)" or a part of the day "TNI". */
export function isTimeMlTime(value: string): boolean {
  const g = TIME.exec(value)?.groups;
  if (!g) return false;
  const date = g.date!;
  const dayLike = /^(?:\d{4}|XXXX)-(?:\d{2}|XX)-(?:\d{2}|XX)$/.test(date) || /^(?:\d{4}|XXXX)-W(?:\d{2}|XX)-[1-7]$/.test(date);
  if (!dayLike || !isTimeMlDate(date)) return false;
  if (g.part) return true;
  const [hour, minute, second] = [Number(g.hour), Number(g.minute ?? 0), Number(g.second ?? 0)];
  if (hour === 24) return minute === 0 && second === 0;
  return hour <= 23 && minute <= 59 && second <= 59;
}

/** A DURATION value: "P3M", "PT2H", "P1Y6M", "PXY", "P2DE". */
export function isTimeMlDuration(value: string): boolean {
  return DURATION.test(value);
}

/** True when `value` is a well-formed TimeML value for a TIMEX3 of `type`. */
export function isTimeMlValue(value: string, type: TimexType): boolean {
  switch (type) {
    case 'DATE':
      return REFERENCES.has(value) || isTimeMlDate(value);
    case 'TIME':
      return REFERENCES.has(value) || isTimeMlTime(value);
    case 'DURATION':
      return isTimeMlDuration(value);
    case 'SET':
      // "every Monday" is XXXX-WXX-1, "twice a year" P1Y, "every morning" XXXX-XX-XXTMO.
      return isTimeMlDuration(value) || isTimeMlDate(value) || isTimeMlTime(value);
    default:
      return false;
  }
}
