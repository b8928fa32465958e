import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../tagTimexes';

const tagged = (text: string) => tagTimexes(text, { dct: '2020-08-14' }).map((t) => [t.text, t.value]);

// News is typeset: curly quotes and apostrophes, en and em dashes, ellipses. They end a word as their
// straight ASCII forms do, so a date beside one is found.
describe('dates beside typographic punctuation', () => {
  it.each([
    ['a curly possessive', 'Friday’s ruling was appealed.', [['Friday', '2020-08-14']]],
    ['a curly possessive of a relative date', 'Last year’s election was disputed.', [['Last year', '2019']]],
    ['an en dash between months', 'The August–September protests grew.', [['August', '2020-08'], ['September', '2020-09']]],
    ['an em dash after a day', 'On Monday—the day after the vote—crowds gathered.', [['Monday', '2020-08-10'], ['the day', '2020-08-10']]],
    ['curly quotes around a day', 'He said “Tuesday” and left.', [['Tuesday', '2020-08-11']]],
    ['an ellipsis after a day', 'It began on Monday… and went on.', [['Monday', '2020-08-10']]],
    ['a curly apostrophe opening a decade', 'It grew in the ’90s.', [['the ’90s', '199']]],
  ])('finds the date before %s', (_, text, dates) => {
    expect(tagged(text)).toEqual(dates);
  });

  it('keeps letters outside ASCII inside a word', () => {
    expect(tagged('Mañana Thursday, Montréal.')).toEqual([['Thursday', '2020-08-13']]);
  });
});
