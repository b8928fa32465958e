import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../tagTimexes';
import { addDays, addMonths, compareDays, easterSunday, orthodoxEasterSunday, formatDay, formatWeek, formatYear, isoWeekOf, nthWeekday, parseDay, weekdayOf } from './calendarMath';

// These tests run under TZ=UTC and TZ=Pacific/Apia (UTC+13/14): the arithmetic must not depend on the zone.
describe('calendar arithmetic', () => {
  it('adds days across months, years and leap days', () => {
    expect(addDays({ year: 2000, month: 2, day: 28 }, 1)).toEqual({ year: 2000, month: 2, day: 29 });
    expect(addDays({ year: 1998, month: 12, day: 31 }, 1)).toEqual({ year: 1999, month: 1, day: 1 });
  });

  it('clamps the day when adding months', () => {
    expect(addMonths({ year: 1999, month: 1, day: 31 }, 1)).toEqual({ year: 1999, month: 2, day: 28 });
  });

  it('does not mutate the day it is given', () => {
    const day = { year: 1998, month: 8, day: 7 };
    addDays(day, 10);
    addMonths(day, -3);
    expect(day).toEqual({ year: 1998, month: 8, day: 7 });
  });

  it('gives ISO weekdays and weeks', () => {
    expect(weekdayOf({ year: 1998, month: 8, day: 7 })).toBe(5);
    expect(isoWeekOf({ year: 2021, month: 1, day: 3 })).toEqual({ year: 2020, week: 53 });
    expect(formatWeek({ year: 1998, month: 8, day: 7 })).toBe('1998-W32');
  });

  it('reads years 1 to 99 as themselves, and writes years before Christ as TimeML does', () => {
    expect(formatDay(addDays({ year: 70, month: 1, day: 1 }, 1))).toBe('0070-01-02');
    expect(formatYear(-480)).toBe('BC0481');
    expect(formatYear(0)).toBe('BC0001');
  });

  it('writes a year past 9999, which TimeML has no four digits for, as unknown: "next year" in a text of 9999', () => {
    expect(formatYear(10000)).toBe('XXXX');
    expect(tagTimexes('It happens next year, next decade or next month.', { dct: '9999-12-30' }).map((t) => t.value)).toEqual(['XXXX', 'XXX', 'XXXX-01']);
  });

  it('finds nth weekdays and Easter', () => {
    expect(nthWeekday(1999, 11, 4, 4)).toEqual({ year: 1999, month: 11, day: 25 });
    expect(nthWeekday(1999, 5, 1, -1)).toEqual({ year: 1999, month: 5, day: 31 });
    expect(easterSunday(2000)).toEqual({ year: 2000, month: 4, day: 23 });
    expect(easterSunday(2019)).toEqual({ year: 2019, month: 4, day: 21 });
  });

  it('finds the Orthodox Easter by the Julian computus, as a Gregorian date', () => {
    expect(orthodoxEasterSunday(2021)).toEqual({ year: 2021, month: 5, day: 2 });
    expect(orthodoxEasterSunday(2023)).toEqual({ year: 2023, month: 4, day: 16 });
    expect(orthodoxEasterSunday(2024)).toEqual({ year: 2024, month: 5, day: 5 });
    // The same Sunday as the Western Easter in some years.
    expect(orthodoxEasterSunday(2025)).toEqual(easterSunday(2025));
  });

  it('parses a publication date with or without a time, in the extended or the basic format, and nothing else', () => {
    expect(parseDay('1990-08-15T13:37')).toEqual({ year: 1990, month: 8, day: 15 });
    expect(parseDay('19900815')).toEqual({ year: 1990, month: 8, day: 15 });
    expect(parseDay('19900815T1337')).toEqual({ year: 1990, month: 8, day: 15 });
    expect(parseDay('199008151')).toBeNull();
    expect(parseDay('1990-0815')).toBeNull();
    expect(parseDay('1998-02-30')).toBeNull();
    expect(parseDay('0000-01-01')).toBeNull();
    expect(parseDay(undefined)).toBeNull();
  });
});

// The arithmetic as Date does it, which calendarMath counts without a Date where it can.
const dateToMs = ({ year, month, day }: { year: number; month: number; day: number }) => {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
};
const dateFromMs = (ms: number) => {
  const date = new Date(ms);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
};

describe('calendar arithmetic without Date', () => {
  const years = fc.oneof(fc.integer({ min: -3000, max: 3000 }), fc.integer({ min: -300_000, max: 300_000 }));
  const days = fc.oneof(fc.integer({ min: -40, max: 70 }), fc.integer({ min: -2_000_000, max: 2_000_000 }));
  const shifts = fc.oneof(fc.integer({ min: -800, max: 800 }), fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: -1e9, max: 1e9 }));

  it('gives the day, weekday and order Date gives, for any year, overflowing day and shift', () => {
    fc.assert(
      fc.property(years, fc.integer({ min: 1, max: 12 }), days, shifts, (year, month, day, shift) => {
        const given = { year, month, day };
        expect(addDays(given, shift)).toEqual(dateFromMs(dateToMs(given) + shift * 86_400_000));
        const weekday = new Date(dateToMs(given)).getUTCDay();
        expect(weekdayOf(given)).toEqual(((weekday + 6) % 7) + 1);
        expect(compareDays(given, { year: 2000, month: 1, day: 1 })).toEqual(dateToMs(given) - dateToMs({ year: 2000, month: 1, day: 1 }));
      }),
      { numRuns: 3000 },
    );
  });
});
