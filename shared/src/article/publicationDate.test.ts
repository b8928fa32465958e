import { describe, expect, it } from 'vitest';
import { findDateLine } from './publicationDate';

const dateOf = (line: string) => findDateLine([line])?.date;

describe('findDateLine', () => {
  it('takes a line that is mostly a date, with "Published" or a byline before it', () => {
    expect(dateOf('Monday, 14 March 2022')).toBe('2022-03-14');
    expect(dateOf('By Jane Doe Published Aug. 3, 2021 at 10:42 a.m.')).toBe('2021-08-03');
  });

  it('takes a date that is a part of its own, after a separator, though the label before it is longer', () => {
    expect(dateOf('Obituary | 4 May 2022')).toBe('2022-05-04');
    expect(dateOf('Kyiv Review | 2 August 2021')).toBe('2021-08-02');
    expect(dateOf('By Ihar Ilyash Vilnius, 9 August 2025')).toBe('2025-08-09');
  });

  it('does not take a sentence that holds a date', () => {
    expect(dateOf('On 9 August 2020, protests began.')).toBeUndefined();
    expect(dateOf('In Minsk, 9 August 2020 was a turning point.')).toBeUndefined();
    expect(dateOf('Talks, 9 August 2020 onwards, and more words here')).toBeUndefined();
  });
});
