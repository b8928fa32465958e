import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../tagTimexes';

const tag = (text: string, dct = '1998-08-07') => tagTimexes(text, { dct }).map((t) => [t.text, t.start, t.type, t.value]);

describe('ordinal days', () => {
  it('read "the second day" of an event as the day the story has got to', () => {
    expect(tag("Today is the eighth day of the siege. It's the 2nd day of talks.")).toEqual([
      ['Today', 0, 'DATE', '1998-08-07'],
      ['the eighth day', 9, 'DATE', '1998-08-07'],
      ['the 2nd day', 43, 'DATE', '1998-08-07'],
    ]);
    expect(tag('On 21 July, the fifth day of the rebellion, rebels took the city.')).toEqual([
      ['21 July', 3, 'DATE', '1998-07-21'],
      ['the fifth day', 12, 'DATE', '1998-07-21'],
    ]);
  });

  it('leave the day open when the story told only a month or a year', () => {
    expect(tag('In March 1981 the war resumed; on the first day, the lines held.')).toEqual([
      ['March 1981', 3, 'DATE', '1981-03'],
      ['the first day', 34, 'DATE', '1981-03-XX'],
    ]);
  });

  it('do not read a count of days as a date', () => {
    expect(tag('Shares fell for the third day in a row after a fourth day-long meeting.')).toEqual([['day-long', 54, 'DURATION', 'P1D']]);
  });
});
