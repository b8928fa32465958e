import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../tagTimexes';

const news = (text: string) => tagTimexes(text, { dct: '2024-09-20' }).map((t) => [t.text, t.value]);

describe('year frames', () => {
  it('let "Last year," opening a sentence frame its dates as a year written would: "Last year, he signed the budget on June 28"', () => {
    expect(tagTimexes('Last year, he signed the budget on June 28. This year, the deadline is June 30.', { dct: '2013-06-10' }).map((t) => t.value))
      .toEqual(['2012', '2012-06-28', '2013', '2013-06-30']);
    // With no comma before a subject: "Last year the holiday fell in January".
    expect(tagTimexes('Last year the holiday fell in January.', { dct: '2013-02-07' }).map((t) => t.value)).toEqual(['2012', '2012-01']);
    // And a count of years back: "Two years ago, a freak snowstorm on Oct. 29 did the same thing".
    expect(tagTimexes('Two years ago, a freak snowstorm on Oct. 29 did the same thing.', { dct: '2013-10-30' }).map((t) => t.value)).toEqual(['2011', '2011-10-29']);
    // And the year's own thing as the subject: "Next year's ceremony will be held in December", written in June.
    expect(tagTimexes("Next year's ceremony will be held in December.", { dct: '1991-06-10' }).map((t) => t.value)).toEqual(['1992', '1992-12']);
    // And a season counted from now: "Last spring, I had everything in the ground by April 25"; not a winter, whose months straddle two
    // years ("Last winter, the flu season peaked in mid-January", told in December, is January of this year).
    expect(tagTimexes('"Last spring, I had everything in the ground by April 25," he said.', { dct: '2013-04-30' }).map((t) => t.value)).toEqual(['2012-SP', '2012-04-25']);
    expect(tagTimexes('Last winter, the flu season peaked in mid-January.', { dct: '2013-12-12' }).map((t) => t.value)).toEqual(['2012-WI', '2013-01']);
  });

  it('give a sentence that opens with a year that year for its dates without one', () => {
    expect(news('In 2021, on May 23, a Ryanair flight was diverted.')).toEqual([['2021', '2021'], ['May 23', '2021-05-23']]);
    expect(news('Talks stalled. In 1997, floods hit the city in July.')).toEqual([['1997', '1997'], ['July', '1997-07']]);
    // With no comma before a subject, and in a quotation: "“In 2011 we had used six snow days by the middle of February.”"
    expect(news('"In 2011 we had used six snow days by the middle of February," he said.')).toEqual([['2011', '2011'], ['the middle of February', '2011-02']]);
    // Or the clause "that" opens: "They noted that in 1988, Bush trailed Dukakis in July".
    expect(news('They noted that in 1988, Bush trailed Dukakis by 17 points in July.')).toEqual([['1988', '1988'], ['July', '1988-07']]);
    // Or a speaker's words in a transcript.
    expect(news('REYES: In 1997 the river stayed above flood stage from March to May.')).toEqual([['1997', '1997'], ['March', '1997-03'], ['May', '1997-05']]);
    // A season with its year: "In the summer of 1993, the river crested on Aug. 1".
    expect(news('In the summer of 1993, the river crested here on Aug. 1.')).toEqual([['the summer of 1993', '1993-SU'], ['Aug. 1', '1993-08-01']]);
  });

  it('give a sentence about "the 2014 fair" that year for its dates without one', () => {
    expect(news('The 2014 fair is scheduled to run from Aug. 7 to Aug. 17.')).toEqual([['2014', '2014'], ['Aug. 7', '2014-08-07'], ['Aug. 17', '2014-08-17']]);
    // Not a year further into the subject: "The Class of 2014 met on Aug. 7".
    expect(news('The Class of 2014 met on Aug. 7.')).toEqual([['2014', '2014'], ['Aug. 7', '2024-08-07']]);
  });

  it('end with the sentence, and are not opened by a year inside one', () => {
    expect(news('In 2019, sales rose. In May they fell.')).toEqual([['2019', '2019'], ['May', '2024-05']]);
    expect(news('The company, founded in 1985, said in May it would sell.')).toEqual([['1985', '1985'], ['May', '2024-05']]);
    expect(news('In 2019 sales rose, and in May they fell.')).toEqual([['2019', '2019'], ['May', '2024-05']]);
  });

  it('end before a clause joined after a comma or a semicolon, which has a time of its own', () => {
    expect(tagTimexes('In 2005, it took 65 days to form a coalition, and officials said a government might not be in place until November.', { dct: '2013-09-23' })
      .map((t) => [t.text, t.value])).toEqual([['2005', '2005'], ['65 days', 'P65D'], ['November', '2013-11']]);
    expect(tagTimexes('Last year, the coalition ran a bus to three apartment complexes; it will add two routes in July.', { dct: '2013-05-22' })
      .map((t) => [t.text, t.value])).toEqual([['Last year', '2012'], ['July', '2013-07']]);
  });

  it('are not opened by a fiscal year, which straddles two calendar years', () => {
    expect(tagTimexes('In fiscal 1990, which began Oct. 1, the company expects a profit.', { dct: '1989-11-02' }).map((t) => [t.text, t.value])).toEqual([
      ['fiscal 1990', '1990'],
      ['Oct. 1', '1989-10-01'],
    ]);
  });

  it('give a chronology\'s year heading to the entries that open a line under it', () => {
    const chronology = 'CHRONOLOGY\n2020\nAugust 9 — Election.\nSeptember 23 — Sworn in.\n2021\nMay 23 — Flight diverted.\nThe EU said in March it would act.';
    expect(news(chronology)).toEqual([
      ['2020', '2020'],
      ['August 9', '2020-08-09'],
      ['September 23', '2020-09-23'],
      ['2021', '2021'],
      ['May 23', '2021-05-23'],
      ['March', '2024-03'],
    ]);
  });
});
