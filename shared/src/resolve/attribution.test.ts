import { describe, expect, it } from 'vitest';
import { ATTRIBUTION_VERBS } from '../lexicon/en/tense';
import { tagTimexes } from '../tagTimexes';

const values = (text: string, dct = '2013-03-22') => tagTimexes(text, { dct }).map((t) => [t.text, t.value]);

describe('the day a source said what a sentence tells', () => {
  it('leaves the story at the day the sentence told: "on March 1, the ministry said Tuesday. Ten days later"', () => {
    expect(values('The army launched the offensive on March 1, the ministry said Tuesday. Ten days later, the city fell.')).toEqual([
      ['March 1', '2013-03-01'], ['Tuesday', '2013-03-19'], ['Ten days later', '2013-03-11'],
    ]);
    expect(values('Troops entered the city on March 1, officials said on Tuesday, and the mayor fled the following day.')).toEqual([
      ['March 1', '2013-03-01'], ['Tuesday', '2013-03-19'], ['the following day', '2013-03-02'],
    ]);
  });

  it('reads past the point of a number in the sentence: "measured 7.2 on the scale, the agency said on Wednesday"', () => {
    expect(values('The quake that struck Kobe on Tuesday measured 7.2 on the scale, the agency said on Wednesday. The next day, aid arrived.')).toEqual([
      ['Tuesday', '2013-03-19'], ['Wednesday', '2013-03-20'], ['The next day', '2013-03-20'],
    ]);
  });

  it('reads past the point of an abbreviation in the sentence: "surrendered at 3:52 p.m., officials said Thursday"', () => {
    expect(values('A man robbed a bank Wednesday morning and surrendered at 3:52 p.m., officials said Thursday. The robbery began at 10:18 a.m.', '2013-04-18'))
      .toEqual([['Wednesday morning', '2013-04-17TMO'], ['3:52 p.m.', '2013-04-17T15:52'], ['Thursday', '2013-04-18'], ['10:18 a.m.', '2013-04-17T10:18']]);
  });

  it('is where the story is when the sentence told no other day: "The company said Tuesday that it would cut jobs"', () => {
    expect(values('The company said Tuesday that it would cut 500 jobs. The next day, its shares fell 5%.')).toEqual([
      ['Tuesday', '2013-03-19'], ['The next day', '2013-03-20'],
    ]);
  });

  it('is where the story is when a sentence ended after the day told', () => {
    expect(values('The offensive began on March 1. Officials said Tuesday that the city had fallen. The next day, troops entered it.')).toEqual([
      ['March 1', '2013-03-01'], ['Tuesday', '2013-03-19'], ['The next day', '2013-03-20'],
    ]);
  });

  it('leaves a story of an earlier year at its day through an interview\'s day, told after the words said', () => {
    const retold = 'The news crawled around the Times Tower on Aug. 14, 1945. "It was over quickly," Kessel said Saturday from her home. '
      + 'The celebration lasted into the next day.';
    expect(values(retold, '1995-08-14')).toEqual([['Aug. 14, 1945', '1945-08-14'], ['Saturday', '1995-08-12'], ['the next day', '1945-08-15']]);
    // Not what was said after its day, which is of now.
    expect(values('The lake was drained in June 1948. Officials said Thursday that the water level had dropped since June.', '1998-07-10')
      .map((t) => t[1])).toEqual(['1948-06', '1998-07-09', '1998-06']);
  });

  it('has every verb of saying end in "d" or "e", the letters it is looked for by', () => {
    for (const verb of ATTRIBUTION_VERBS) expect(verb, verb).toMatch(/[de]$/);
  });
});
