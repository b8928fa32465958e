import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../tagTimexes';

// [text, start, type, value] of each timex, against a fixed publication date.
const tag = (text: string, dct = '1998-08-07') => tagTimexes(text, { dct }).map((t) => [t.text, t.start, t.type, t.value]);

describe('years told by their last two digits', () => {
  it('read "\'95" with a straight or a curly apostrophe', () => {
    expect(tag("He won in '95 and lost in ’96.")).toEqual([
      ["'95", 10, 'DATE', '1995'],
      ['’96', 26, 'DATE', '1996'],
    ]);
  });

  it('read the class of \'68 and a month with its year abbreviated', () => {
    expect(tag('The class of ’68 met in June \'97.')).toEqual([
      ['’68', 13, 'DATE', '1968'],
      ["June '97", 24, 'DATE', '1997-06'],
    ]);
  });

  it('read fiscal and calendar years as companies abbreviate them, "FY2024", "FY 2013", "FY24", "CY2025", in capitals only', () => {
    expect(tag('FY2024 sales, FY 2013 costs, FY24 guidance and CY2025 plans; the fy24 file.', '2024-05-01')).toEqual([
      ['FY2024', 0, 'DATE', '2024'],
      ['FY 2013', 14, 'DATE', '2013'],
      ['FY24', 29, 'DATE', '2024'],
      ['CY2025', 47, 'DATE', '2025'],
    ]);
  });

  it('take a year up to ten years ahead of the publication date, else the century before', () => {
    expect(tag("The games of '05 and the war of '14", '1998-08-07')).toEqual([
      ["'05", 13, 'DATE', '2005'],
      ["'14", 32, 'DATE', '1914'],
    ]);
  });

  it('count from the story a narrative tells', () => {
    expect(tagTimexes("In 1917 Italy called up the '99 Boys.", { genre: 'narrative' }).map((t) => t.value)).toEqual(['1917', '1899']);
  });

  it('leave the century open when nothing dates the text', () => {
    expect(tagTimexes("since '95").map((t) => t.value)).toEqual(['XX95']);
  });

  it('keep a decade a decade', () => {
    expect(tag("in the '90s")).toEqual([["the '90s", 3, 'DATE', '199']]);
  });
});
