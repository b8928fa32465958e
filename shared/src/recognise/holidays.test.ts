import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../tagTimexes';

const tag = (text: string, dct: string) => tagTimexes(text, { dct }).map((t) => [t.text, t.start, t.type, t.value]);

describe('holidays', () => {
  it('date a holiday on a fixed day', () => {
    expect(tag('They met on Christmas Eve and at New Year’s Day.', '2000-01-05')).toEqual([
      ['Christmas Eve', 12, 'DATE', '1999-12-24'],
      ['New Year’s Day', 33, 'DATE', '2000-01-01'],
    ]);
  });

  it('date a holiday on the nth weekday of its month', () => {
    expect(tag('He came home on Thanksgiving Day.', '1999-12-01')).toEqual([['Thanksgiving Day', 16, 'DATE', '1999-11-25']]);
    expect(tag('Voters go to the polls on Election Day.', '1998-10-20')).toEqual([['Election Day', 26, 'DATE', '1998-11-03']]);
  });

  it('date Easter by the Gregorian computus', () => {
    expect(tag('at Easter 2000 and on Good Friday', '2000-05-01')).toEqual([
      ['Easter 2000', 3, 'DATE', '2000-04-23'],
      ['Good Friday', 22, 'DATE', '2000-04-21'],
    ]);
  });

  it('read last and next holidays from the publication date', () => {
    expect(tag('last Christmas', '2000-05-01')).toEqual([['last Christmas', 0, 'DATE', '1999-12-25']]);
  });

  it('do not read words that only begin like a holiday', () => {
    expect(tag('the Eastern front and an easter egg', '2000-05-01')).toEqual([]);
  });
});
