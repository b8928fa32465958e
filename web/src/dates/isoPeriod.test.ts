import { describe, expect, it } from 'vitest';
import { parseIsoPeriod, periodEnd, periodStart } from './isoPeriod';

function localParts(date: Date): [number, number, number, number] {
  return [date.getFullYear(), date.getMonth() + 1, date.getDate(), date.getHours()];
}

describe('parseIsoPeriod', () => {
  it('reads a day, a month and a year at their precision', () => {
    expect(parseIsoPeriod('2021-11-15')).toEqual({ precision: 'day', year: 2021, month: 11, day: 15 });
    expect(parseIsoPeriod('2021-07')).toEqual({ precision: 'month', year: 2021, month: 7, day: 1 });
    expect(parseIsoPeriod('2020')).toEqual({ precision: 'year', year: 2020, month: 1, day: 1 });
  });

  it('returns null for values that are not calendar dates', () => {
    expect(parseIsoPeriod('')).toBeNull();
    expect(parseIsoPeriod('2021-W45')).toBeNull();
    expect(parseIsoPeriod('2021-13')).toBeNull();
    expect(parseIsoPeriod('PRESENT_REF')).toBeNull();
  });
});

describe('periodStart and periodEnd', () => {
  it('cover a whole day from local midnight to the next midnight', () => {
    const day = parseIsoPeriod('2021-11-15')!;
    expect(localParts(periodStart(day))).toEqual([2021, 11, 15, 0]);
    expect(localParts(periodEnd(day))).toEqual([2021, 11, 16, 0]);
  });

  it('cover a month up to the first of the next month, across a year end', () => {
    const december = parseIsoPeriod('2021-12')!;
    expect(localParts(periodStart(december))).toEqual([2021, 12, 1, 0]);
    expect(localParts(periodEnd(december))).toEqual([2022, 1, 1, 0]);
  });

  it('cover a year up to the next first of January', () => {
    const year = parseIsoPeriod('2020')!;
    expect(localParts(periodStart(year))).toEqual([2020, 1, 1, 0]);
    expect(localParts(periodEnd(year))).toEqual([2021, 1, 1, 0]);
  });
});
