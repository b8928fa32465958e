import { describe, expect, it } from 'vitest';
import { compareIso, toEventDate, truncate } from './eventDate';

describe('toEventDate', () => {
  it.each([
    ['2021-11-15', { start: '2021-11-15' }],
    ['2021-07', { start: '2021-07' }],
    ['2020', { start: '2020' }],
    ['1998-08-07T14:30', { start: '1998-08-07' }],
    ['1998-08-07TNI', { start: '1998-08-07' }],
    ['1998-Q3', { start: '1998-07', end: '1998-09' }],
    ['1998-SU', { start: '1998-06', end: '1998-08' }],
    ['1998-WI', { start: '1998-12', end: '1999-02' }],
    ['1998-H2', { start: '1998-07', end: '1998-12' }],
    ['199', { start: '1990', end: '1999' }],
    ['2021-W01', { start: '2021-01-04', end: '2021-01-10' }],
    ['2020-W53', { start: '2020-12-28', end: '2021-01-03' }],
    // Found by the fuzz suite: "Q3" in an article dated 0000-01-01 gave start "0-07".
    ['0000-Q3', { start: '0000-07', end: '0000-09' }],
    ['0800-H1', { start: '0800-01', end: '0800-06' }],
    ['0999-WI', { start: '0999-12', end: '1000-02' }],
  ])('places %s at the precision it has', (value, expected) => {
    expect(toEventDate(value)).toEqual(expected);
  });

  it.each(['PRESENT_REF', 'PAST_REF', 'XXXX-11-15', 'P3M', 'XXXX-WXX-1', '19', 'null'])('cannot place %s', (value) => {
    expect(toEventDate(value)).toBeNull();
  });
});

describe('dates of mixed precision', () => {
  it('compare by their first day', () => {
    expect(compareIso('2020', '2020-01-01')).toBe(0);
    expect(compareIso('2020-08', '2020-08-09')).toBe(-1);
    expect(compareIso('2021', '2020-12-31')).toBe(1);
  });

  it('truncate to a coarser precision', () => {
    expect(truncate('2020-08-09', 'month')).toBe('2020-08');
    expect(truncate('2020-08-09', 'year')).toBe('2020');
  });
});
