import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../tagTimexes';

const tag = (text: string, dct = '2013-10-08') => tagTimexes(text, { dct }).map((t) => [t.text, t.type, t.value]);

describe('sports seasons', () => {
  it('read "last season", "this season" and "next season" as the year before, the year and the year after the publication\'s', () => {
    expect(tag('Hale missed nine games last season. This season he is healthy, and he signed for next season.')).toEqual([
      ['last season', 'DATE', '2012'],
      ['This season', 'DATE', '2013'],
      ['next season', 'DATE', '2014'],
    ]);
    // A possessive stands for the season itself.
    expect(tag("Last season's champions lost.")).toEqual([['Last season', 'DATE', '2012']]);
  });

  it('read a count of seasons as as many years, with "the past" inside the span', () => {
    expect(tag('He has been a captain for the past two seasons. Schwartz went 29-52 in five seasons. In the three seasons since, they won 13.')).toEqual([
      ['the past two seasons', 'DURATION', 'P2Y'],
      ['five seasons', 'DURATION', 'P5Y'],
      ['the three seasons', 'DURATION', 'P3Y'],
    ]);
  });

  it('read a year written before seasons as the year, not a count: "after the 1978 and 1979 seasons"', () => {
    expect(tag('They won titles after the 1978 and 1979 seasons.')).toEqual([['1978', 'DATE', '1978'], ['1979', 'DATE', '1979']]);
  });

  it('leave seasons of shows, weather and hotels alone', () => {
    expect(tag('It was the last season of the show. Next season of the series airs soon.')).toEqual([]);
    expect(tag('The Four Seasons hotel is open in all four seasons. The hurricane season and this holiday season were mild.')).toEqual([]);
    expect(tag('He played one season in Ohio.')).toEqual([]);
    expect(tag("Officials said this season's flu vaccine is about 62 percent effective.")).toEqual([]);
  });
});
