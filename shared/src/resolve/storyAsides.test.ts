import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../tagTimexes';

describe('an aside of a news story', () => {
  it('leaves the story at its day through an earlier day a state is counted from: "missing since Monday"', () => {
    const values = (text: string) => tagTimexes(text, { dct: '1998-10-08' }).map((t) => [t.text, t.value]);
    expect(values('Searchers today found the wreckage of a plane that had been missing since Monday. It was spotted at 11:10 a.m.')).toEqual([
      ['today', '1998-10-08'],
      ['Monday', '1998-10-05'],
      ['11:10 a.m.', '1998-10-08T11:10'],
    ]);
  });

  it('leaves the story at its day through an earlier year it is measured against: "higher than during the floods of 1953"', () => {
    const values = (text: string) => tagTimexes(text, { dct: '2013-12-07' }).map((t) => [t.text, t.value]);
    expect(values('Thousands spent Thursday night in shelters. Sea levels were higher than during the floods of 1953. '
      + 'The tide peaked at 19:30, and water poured into homes the next morning.')).toEqual([
      ['Thursday night', '2013-12-05TNI'],
      ['1953', '1953'],
      ['19:30', '2013-12-05T19:30'],
      ['the next morning', '2013-12-06TMO'],
    ]);
    // A year the story moves to is no aside: "that year" is its.
    expect(values('On Thursday the firm said it was founded in 1976. That year it had two staff.')).toEqual([
      ['Thursday', '2013-12-05'],
      ['1976', '1976'],
      ['That year', '1976'],
    ]);
  });

  it('still lets "that year" right after such a year refer to it: "attacks since 2010, including bombings in July of that year"', () => {
    const values = (text: string) => tagTimexes(text, { dct: '2013-09-27' }).map((t) => [t.text, t.value]);
    expect(values('The offensive began in October 2011. The group has carried out attacks since 2010, including bombings in Kampala in '
      + 'July of that year. It struck again on Saturday.')).toEqual([
      ['October 2011', '2011-10'],
      ['2010', '2010'],
      ['July of that year', '2010-07'],
      ['Saturday', '2013-09-21'],
    ]);
  });
});
