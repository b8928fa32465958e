import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../tagTimexes';

// [text, start, type, value] of each timex, against a fixed publication date.
const tag = (text: string, dct = '2021-11-19') => tagTimexes(text, { dct }).map((t) => [t.text, t.start, t.type, t.value]);

describe('numeric dates', () => {
  it('read a slash date month first, as English news writes it', () => {
    expect(tag('The vote on 8/9/2020 was annulled on 5/23/2021.')).toEqual([
      ['8/9/2020', 12, 'DATE', '2020-08-09'],
      ['5/23/2021', 37, 'DATE', '2021-05-23'],
    ]);
  });

  it('read a slash date day first when the first number cannot be a month and the second can', () => {
    expect(tag('Filed 23/5/2021 and 13/12/2020.')).toEqual([
      ['23/5/2021', 6, 'DATE', '2021-05-23'],
      ['13/12/2020', 20, 'DATE', '2020-12-13'],
    ]);
  });

  it('read every slash date day first in a text that shows that order and never the other', () => {
    expect(tag('Filed 23/5/2021, heard 8/9/2021, ruled 3/1/22.').map((t) => [t[0], t[3]])).toEqual([
      ['23/5/2021', '2021-05-23'],
      ['8/9/2021', '2021-09-08'],
      ['3/1/22', '2022-01-03'],
    ]);
    // A text that shows both orders tells nothing of the others, which keep the month first.
    expect(tag('Filed 23/5/2021, heard 8/9/2021, ruled 5/13/2021.').map((t) => t[3])).toEqual(['2021-05-23', '2021-08-09', '2021-05-13']);
  });

  it('read a slash date that opens with its year', () => {
    expect(tag('Since 2020/08/09 and 2021/1/5,')).toEqual([
      ['2020/08/09', 6, 'DATE', '2020-08-09'],
      ['2021/1/5', 21, 'DATE', '2021-01-05'],
    ]);
  });

  it('read a dot date day first, with or without leading zeros', () => {
    expect(tag('Signed 09.07.2021, in force 12.08.2021 and 1.2.2022.')).toEqual([
      ['09.07.2021', 7, 'DATE', '2021-07-09'],
      ['12.08.2021', 28, 'DATE', '2021-08-12'],
      ['1.2.2022', 43, 'DATE', '2022-02-01'],
    ]);
  });

  it('give a two-digit year the century of the abbreviated years: up to ten years ahead of the publication date', () => {
    expect(tag('Posted 6/25/21, recalled 1/2/35 and due 12/31/31.')).toEqual([
      ['6/25/21', 7, 'DATE', '2021-06-25'],
      ['1/2/35', 25, 'DATE', '1935-01-02'],
      ['12/31/31', 40, 'DATE', '2031-12-31'],
    ]);
    expect(tag('on 6/25/21', '1998-08-07')).toEqual([['6/25/21', 3, 'DATE', '1921-06-25']]);
  });

  it('leave the century of a two-digit year open when nothing dates the text', () => {
    expect(tagTimexes('on 6/25/21').map((t) => t.value)).toEqual(['XX21-06-25']);
  });

  it('keep a two-digit year its own, not joined to a year after it', () => {
    expect(tag('On 6/25/21, 1998 was recalled.')).toEqual([
      ['6/25/21', 3, 'DATE', '2021-06-25'],
      ['1998', 12, 'DATE', '1998'],
    ]);
  });

  it('read a day of 29 February only in a leap year', () => {
    expect(tag('on 2/29/2020 and 29.02.2024, not 2/29/2021')).toEqual([
      ['2/29/2020', 3, 'DATE', '2020-02-29'],
      ['29.02.2024', 17, 'DATE', '2024-02-29'],
    ]);
  });

  it('read a numeric date and the time right after it as one time, a time stamp', () => {
    expect(tag('Posted 6/25/2021 10:30 a.m.')).toEqual([['6/25/2021 10:30 a.m.', 7, 'TIME', '2021-06-25T10:30']]);
  });

  it('read a numeric date in brackets and at the end of a sentence', () => {
    expect(tag('The law (12.08.2021) took effect on 9/1/2021.')).toEqual([
      ['12.08.2021', 9, 'DATE', '2021-08-12'],
      ['9/1/2021', 36, 'DATE', '2021-09-01'],
    ]);
  });
});
