import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../tagTimexes';

const tag = (text: string, dct = '1998-08-07') => tagTimexes(text, { dct }).map((t) => [t.text, t.start, t.type, t.value]);
const spans = (text: string) => tagTimexes(text, { dct: '1998-08-07' }).map((t) => [t.text, t.start]);

describe('widenOverModifiers', () => {
  it('leaves "the start of" out of a day named for its event: "the start of Sunday\'s marathon"', () => {
    expect(spans("Organisers moved the start of Sunday's marathon forward. Work resumes at the start of next week.")).toEqual([
      ['Sunday', 30], ['the start of next week', 73],
    ]);
  });

  it('keeps the quantity modifiers of an amount of time inside it', () => {
    expect(tag('For nearly forty years, more than four hours, less than one hour and no more than sixty days.')).toEqual([
      ['nearly forty years', 4, 'DURATION', 'P40Y'],
      ['more than four hours', 24, 'DURATION', 'PT4H'],
      ['less than one hour', 46, 'DURATION', 'PT1H'],
      ['no more than sixty days', 69, 'DURATION', 'P60D'],
    ]);
    expect(tag('It may last up to 180 days, at least 20 more years, at least the past 18 months.')).toEqual([
      ['up to 180 days', 12, 'DURATION', 'P180D'],
      ['at least 20 more years', 28, 'DURATION', 'P20Y'],
      ['at least the past 18 months', 52, 'DURATION', 'P18M'],
    ]);
  });

  it('keeps "this" and "the" before "coming" and "past" inside: "this coming Sunday", "this past weekend"', () => {
    expect(tag('They meet this coming Sunday and the coming week; it rained this past weekend and this past week.')).toEqual([
      ['this coming Sunday', 10, 'DATE', '1998-08-09'],
      ['the coming week', 33, 'DATE', '1998-W33'],
      ['this past weekend', 60, 'DATE', '1998-W31-WE'],
      ['this past week', 82, 'DATE', '1998-W31'],
    ]);
  });

  it('keeps "nearly" and "almost" inside an expression told as a time ago', () => {
    expect(tag('It began nearly four years ago and ended almost two years ago.')).toEqual([
      ['nearly four years ago', 9, 'DATE', '1994'],
      ['almost two years ago', 41, 'DATE', '1996'],
    ]);
  });

  it('keeps a count too large to shift by inside "years ago": "65 million years ago", "thousands of years ago"', () => {
    expect(tag('Dinosaurs died out 65 million years ago; people lived here thousands of years ago.')).toEqual([
      ['65 million years ago', 19, 'DATE', 'PAST_REF'],
      ['thousands of years ago', 59, 'DATE', 'PAST_REF'],
    ]);
    expect(spans('It cost $5 million years ago.')).toEqual([['years ago', 19]]);
  });

  it('keeps "about", "over" (but for "over a week") and "within" outside', () => {
    expect(tag('about three years, over the past year, over three years, within a week')).toEqual([
      ['three years', 6, 'DURATION', 'P3Y'],
      ['the past year', 24, 'DATE', '1997'],
      ['three years', 44, 'DURATION', 'P3Y'],
      ['a week', 64, 'DURATION', 'P1W'],
    ]);
  });

  it('keeps "over" inside as "more than" before a single unit and after "for", as the gold has it', () => {
    expect(tag('It will last over a week; just over an hour later he died; for over nine months; just over a year earlier.')).toEqual([
      ['over a week', 13, 'DURATION', 'P1W'],
      ['over an hour', 31, 'DURATION', 'PT1H'],
      ['over nine months', 63, 'DURATION', 'P9M'],
      ['over a year earlier', 86, 'DATE', '1997'],
    ]);
  });

  it('keeps an "over" that tells when outside: "over a three-year period", and a bridge is no time', () => {
    expect(spans('used over a three-year period, over 42 days; he hung it over a bridge')).toEqual([
      ['a three-year period', 10],
      ['42 days', 36],
    ]);
  });

  it('does not take a quantity modifier into a date', () => {
    expect(tag('It fell more than Friday, at least in 1997.')).toEqual([
      ['Friday', 18, 'DATE', '1998-08-07'],
      ['1997', 38, 'DATE', '1997'],
    ]);
  });

  it('does not take a word that only ends like a modifier', () => {
    expect(tag('Gunmore than two hours; the 20 most days.')).toEqual([['two hours', 13, 'DURATION', 'PT2H']]);
  });

  it('keeps "early in" and "late in" inside a date', () => {
    expect(spans('early in 1914, Late in the year, in 1915')).toEqual([
      ['early in 1914', 0],
      ['Late in the year', 15],
      ['1915', 36],
    ]);
  });

  it('keeps the modifiers of a date inside it', () => {
    expect(tag('late 2019, mid-August, the end of 1998, by end-2014')).toEqual([
      ['late 2019', 0, 'DATE', '2019'],
      ['mid-August', 11, 'DATE', '1998-08'],
      ['the end of 1998', 23, 'DATE', '1998'],
      ['end-2014', 43, 'DATE', '2014'],
    ]);
    expect(tag('the weekend-2014 special').map((t) => t[0])).toEqual(['the weekend']);
  });

  it('keeps "earlier" and "later" inside this or that month or year', () => {
    expect(tag('Earlier this year it rose; later this month it falls.')).toEqual([
      ['Earlier this year', 0, 'DATE', '1998'],
      ['later this month', 27, 'DATE', '1998-08'],
    ]);
    expect(tag('The siege began in June 1943. Later that month it ended.')).toEqual([
      ['June 1943', 19, 'DATE', '1943-06'],
      ['Later that month', 30, 'DATE', '1943-06'],
    ]);
  });

  it('keeps "earlier in", "later in", "early in" and "late in" inside the week and the month, which are the current ones', () => {
    expect(tag('Later in the week it rose; early in the week it fell; earlier in the month and late in the month it held.')).toEqual([
      ['Later in the week', 0, 'DATE', '1998-W32'],
      ['early in the week', 27, 'DATE', '1998-W32'],
      ['earlier in the month', 54, 'DATE', '1998-08'],
      ['late in the month', 79, 'DATE', '1998-08'],
    ]);
    expect(tagTimexes('The siege began in June 1943. Later in the month it ended.', { genre: 'narrative' }).map((t) => [t.text, t.value])).toEqual([
      ['June 1943', '1943-06'],
      ['Later in the month', '1943-06'],
    ]);
  });

  it('does not read "the month" alone as the current one', () => {
    expect(tag('For the month, sales rose.')).toEqual([]);
  });

  it('keeps "earlier" and "later" outside this week and a day', () => {
    expect(tag('earlier this week, Earlier Friday, later today')).toEqual([
      ['this week', 8, 'DATE', '1998-W32'],
      ['Friday', 27, 'DATE', '1998-08-07'],
      ['today', 41, 'DATE', '1998-08-07'],
    ]);
  });

  it('still keeps "early" inside this month', () => {
    expect(tag('early this month')).toEqual([['early this month', 0, 'DATE', '1998-08']]);
  });

  it('keeps the "this" of "this past spring" and "this past Friday" inside', () => {
    expect(tag('It was sold this past spring and rose this past Friday.', '1989-11-02')).toEqual([
      ['this past spring', 12, 'DATE', '1989-SP'],
      ['this past Friday', 38, 'DATE', '1989-10-27'],
    ]);
  });

  it('keeps "or so", "or later" and "and beyond" inside', () => {
    expect(tag('over the next two years or so, until 1994 or later, for 1990 and beyond')).toEqual([
      ['the next two years or so', 5, 'DURATION', 'P2Y'],
      ['1994 or later', 37, 'DATE', '1994'],
      ['1990 and beyond', 56, 'DATE', '1990'],
    ]);
    expect(tag('a week or so ago')).toEqual([['a week or so ago', 0, 'DATE', '1998-07-31']]);
  });

  it('reads "weeks or months" as one vague period', () => {
    expect(tag('He died within weeks or months of his capture.')).toEqual([['weeks or months', 15, 'DURATION', 'PXW']]);
  });

  it('leaves "and later" and an "or later" that opens the next expression outside', () => {
    expect(tag('He joined in 1984 and later served; Friday or later today.')).toEqual([
      ['1984', 13, 'DATE', '1984'],
      ['Friday', 36, 'DATE', '1998-08-07'],
      ['today', 52, 'DATE', '1998-08-07'],
    ]);
  });

  it('keeps "earlier in" and "later in" inside a month-or-longer period; "later" stays out of a day', () => {
    expect(spans('The war began in 1791. Later in 1792 it spread; later in the summer it ended; later that day they met.')).toEqual([
      ['1791', 17],
      ['Later in 1792', 23],
      ['later in the summer', 48],
      ['that day', 84],
    ]);
  });

  it('does not take "later" into a month without "this", "that" or "in"', () => {
    expect(spans('He came later March 3 and earlier May.')).toEqual([
      ['March 3', 14],
      ['May', 34],
    ]);
  });
  it('keeps a share of a decade, a century or a year inside it: "the first half of the 1990s", "the early part of the 1990s", "a good part of 1990"', () => {
    expect(tag('Growth was strong in the first half of the 1990s and the early part of the next decade.', '2016-09-22')).toEqual([
      ['the first half of the 1990s', 21, 'DATE', '199'],
      ['the early part of the next decade', 53, 'DATE', '200'],
    ]);
    expect(tag('It draws on its bank lines for a good part of 1990 and the latter part of the year.', '1989-10-30').map((t) => [t[0], t[3]])).toEqual([
      ['a good part of 1990', '1990'],
      ['the latter part of the year', '1989'],
    ]);
  });

  it('leaves the part of a thing outside: "the best part of the deal", "part of 1990 sales"', () => {
    expect(spans('He kept the best part of the deal in 1990; part of 1990 sales went abroad.')).toEqual([['1990', 37], ['1990', 51]]);
  });

  it('keeps ten days of a month, as Russian copy counts them, inside the month, but not a decade of a century', () => {
    expect(tag('In the first decade of September, 1,000 people were detained.', '2020-09-15')).toEqual([['the first decade of September', 3, 'DATE', '2020-09']]);
    expect(tag('in the first decade of the 21st century')).toEqual([['the 21st century', 23, 'DATE', '20']]);
  });
});
