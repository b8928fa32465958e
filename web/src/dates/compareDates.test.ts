import { describe, expect, it } from 'vitest';
import { compareDates } from './compareDates';

describe('compareDates', () => {
  it('puts a month before its days and its days before the next month', () => {
    const dates = [{ start: '2021-08' }, { start: '2021-07-15' }, { start: '2021-07' }];
    expect([...dates].sort(compareDates).map((date) => date.start)).toEqual(['2021-07', '2021-07-15', '2021-08']);
  });

  it('puts the shorter of two spans that start on the same day first, a day before its week', () => {
    expect(compareDates({ start: '2021-11-10', end: '2021-11-11' }, { start: '2021-11-10', end: '2021-11-15' })).toBeLessThan(0);
    expect(compareDates({ start: '2022-03-21' }, { start: '2022-03-21', end: '2022-03-27' })).toBeLessThan(0);
  });

  it('says two events with the same dates are equal, for the caller to break the tie', () => {
    expect(compareDates({ start: '2021-11-12' }, { start: '2021-11-12', end: '2021-11-12' })).toBe(0);
  });
});
