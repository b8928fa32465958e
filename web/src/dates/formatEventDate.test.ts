import { describe, expect, it } from 'vitest';
import { formatEventDate, formatIsoDate } from './formatEventDate';

describe('formatEventDate', () => {
  it('writes a day, a month and a year as a reader would', () => {
    expect(formatEventDate({ start: '2021-11-15' })).toBe('15 November 2021');
    expect(formatEventDate({ start: '2021-07' })).toBe('July 2021');
    expect(formatEventDate({ start: '2020' })).toBe('2020');
  });

  it('shares the month and year of a span of days', () => {
    expect(formatEventDate({ start: '2021-11-10', end: '2021-11-11' })).toBe('10–11 November 2021');
    expect(formatEventDate({ start: '2021-10-30', end: '2021-11-02' })).toBe('30 October – 2 November 2021');
    expect(formatEventDate({ start: '2020-12-30', end: '2021-01-02' })).toBe('30 December 2020 – 2 January 2021');
  });

  it('shares the year of a span of months', () => {
    expect(formatEventDate({ start: '2021-07', end: '2021-09' })).toBe('July–September 2021');
  });

  it('says an open period is ongoing', () => {
    expect(formatEventDate({ start: '2020-08', open: true })).toBe('from August 2020, ongoing');
  });

  it('treats an end equal to the start as a single date', () => {
    expect(formatEventDate({ start: '2021-11-15', end: '2021-11-15' })).toBe('15 November 2021');
  });

  it('shows a value it cannot read as it is', () => {
    expect(formatEventDate({ start: 'PAST_REF' })).toBe('PAST_REF');
  });
});

describe('formatIsoDate', () => {
  it('writes a publication date in words', () => {
    expect(formatIsoDate('2021-11-19')).toBe('19 November 2021');
  });
});
