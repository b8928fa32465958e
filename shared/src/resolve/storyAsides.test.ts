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

  it('leaves the story where it was through a day of an earlier year written out that a state is counted from: "since the crash of Oct. 19, 1987"', () => {
    const values = (text: string) => tagTimexes(text, { dct: '1989-10-24' }).map((t) => [t.text, t.value]);
    expect(values('Commissions declined 17% in the quarter. Investors have been cautious since the market crash of Oct. 19, 1987, '
      + 'and many were shaken again by the drop in the Dow on Oct. 13.')).toEqual([
      ['the quarter', '1989-Q3'],
      ['Oct. 19, 1987', '1987-10-19'],
      ['Oct. 13', '1989-10-13'],
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

  it('leaves the story at its day through a year counted from now that a figure is compared with: "up from 27 last year"', () => {
    const values = (text: string) => tagTimexes(text, { dct: '2013-06-29' }).map((t) => [t.text, t.value]);
    expect(values('The fireworks begin at 10 p.m. Monday. Organizers said 34 groups have entered floats, up from 27 last year, and they '
      + 'expect about 3,000 people. The committee raised $8,500 for the celebrations, including $2,000 from the town, and local businesses '
      + 'donated the food for the breakfast at the fire hall. The show will last '
      + 'about 20 minutes. If rain or fog forces a postponement, the show will go ahead the following evening.')).toEqual([
      ['10 p.m. Monday', '2013-07-01T22:00'],
      ['last year', '2012'],
      ['20 minutes', 'PT20M'],
      ['the following evening', '2013-07-02TEV'],
    ]);
    // A year written is counted on from by the next comparison: "60 a year earlier" is of 2010.
    expect(values('On Friday more than 120 stalls took part, up from 85 in 2011 and 60 a year earlier.').map(([, value]) => value)).toEqual(['2013-06-28', '2011', '2010']);
  });

  it('counts a day on from the story\'s day, not from a year measured against, of which no day was told: "down from 900 a decade ago"', () => {
    const values = (text: string) => tagTimexes(text, { dct: '1989-10-20' }).map((t) => [t.text, t.value]);
    expect(values('A jury convicted the company on Thursday. It employs 300 people at the plant, down from 900 a decade ago. The verdict '
      + 'came the same day that the Justice Department said it would add prosecutors.')).toEqual([
      ['Thursday', '1989-10-19'],
      ['a decade ago', '1979'],
      ['the same day', '1989-10-19'],
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
