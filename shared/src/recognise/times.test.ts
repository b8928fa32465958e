import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../tagTimexes';

const tag = (text: string, dct = '1998-08-07') => tagTimexes(text, { dct }).map((t) => [t.text, t.start, t.type, t.value]);

describe('clock times', () => {
  it('write a clock time on the publication day', () => {
    expect(tag('at 10:30 a.m. and at 14:30 and at midnight')).toEqual([
      ['10:30 a.m.', 3, 'TIME', '1998-08-07T10:30'],
      ['14:30', 21, 'TIME', '1998-08-07T14:30'],
      ['midnight', 34, 'TIME', '1998-08-07T00:00'],
    ]);
  });

  it('join a clock time to the day after it', () => {
    expect(tag('until 3 p.m. Friday and noon today')).toEqual([
      ['3 p.m. Friday', 6, 'TIME', '1998-08-07T15:00'],
      ['noon today', 24, 'TIME', '1998-08-07T12:00'],
    ]);
  });

  it('do not read scores or versions as times', () => {
    expect(tag('won 3-2 with version 2.1')).toEqual([]);
  });
});
