import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../tagTimexes';

const tag = (text: string, dct = '2013-03-22') => tagTimexes(text, { dct }).map((t) => [t.text, t.start, t.type, t.value]);

describe('a day of the month told alone', () => {
  it('read "on the 15th" as that day of the publication\'s month, a month on or back where the tense points past the publication date', () => {
    expect(tag('He left on the 15th.')).toEqual([['the 15th', 11, 'DATE', '2013-03-15']]);
    expect(tag('It will run until the 15th.')).toEqual([['the 15th', 18, 'DATE', '2013-04-15']]);
    expect(tag('Rent is paid on the 1st of the month.')).toEqual([['the 1st of the month', 16, 'DATE', '2013-03-01']]);
    expect(tag('He said he had arrived on the 28th.')).toEqual([['the 28th', 26, 'DATE', '2013-02-28']]);
  });

  it('read "the 5th" in the month the text told just before', () => {
    expect(tag('On March 3 police came; they left on the 5th.')).toEqual([
      ['March 3', 3, 'DATE', '2013-03-03'],
      ['the 5th', 37, 'DATE', '2013-03-05'],
    ]);
    // "of that month" says the phrase ends, whatever follows it.
    expect(tagTimexes('They crossed on 5 August 1919. On the 28th of that month they took the city.', { genre: 'narrative' }).map((t) => [t.text, t.value])).toEqual([
      ['5 August 1919', '1919-08-05'],
      ['the 28th of that month', '1919-08-28'],
    ]);
    // Not a month long gone by, for a day not told in the past: the publication's month.
    expect(tag('He was indicted in April 2012. "This case has been continued twice," the judge said. "It is going forward on the 24th."', '2013-06-20').map((t) => t[3])).toEqual(['2012-04', '2013-06-24']);
    expect(tag('He was indicted in April 2012 and pleaded not guilty on the 24th.', '2013-06-20').map((t) => t[3])).toEqual(['2012-04', '2012-04-24']);
  });

  it('give the first of two coordinated days the month told after the second', () => {
    expect(tag('from the 13th to the 19th of October 1950')).toEqual([
      ['the 13th', 5, 'DATE', '1950-10-13'],
      ['the 19th of October 1950', 17, 'DATE', '1950-10-19'],
    ]);
  });

  it('do not read an ordinal that names a century, an amendment, a parcel, a birthday, a battalion or a floor as a day', () => {
    expect(tag('In the 15th century, by the 21st amendment, on the 5th parcel, after his 15th, to the 1st Battalion, on the 15th floor.')).toEqual([['the 15th century', 3, 'DATE', '14']]);
  });
});
