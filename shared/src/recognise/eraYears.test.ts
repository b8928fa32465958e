import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../tagTimexes';

const tag = (text: string) => tagTimexes(text, { genre: 'narrative' }).map((t) => [t.text, t.start, t.type, t.value]);

describe('years of an era', () => {
  it('write years before Christ as TimeML does', () => {
    expect(tag('In 481 BC the army gathered; Carthage fell in 146 B.C.')).toEqual([
      ['481 BC', 3, 'DATE', 'BC0481'],
      ['146 B.C.', 46, 'DATE', 'BC0146'],
    ]);
  });

  it('read an era whose last full stop is left off, as before a bracket: "(149 B.C to 146 B.C)", "70 A.D"', () => {
    expect(tag('Third Punic War (149 B.C to 146 B.C); the temple fell in 70 A.D and was not rebuilt.').map((t) => [t[0], t[3]])).toEqual([
      ['149 B.C', 'BC0149'],
      ['146 B.C', 'BC0146'],
      ['70 A.D', '0070'],
    ]);
  });

  it('give the first year of a range the era its last is told in, when the years run that era\'s way', () => {
    expect(tag('The revolt lasted from 499 to 493 BC; the war (264-241 BC) and 10–20 AD, not 20-10 AD.').map((t) => [t[0], t[3]])).toEqual([
      ['499', 'BC0499'],
      ['493 BC', 'BC0493'],
      ['264', 'BC0264'],
      ['241 BC', 'BC0241'],
      ['10', '0010'],
      ['20 AD', '0020'],
      ['10 AD', '0010'],
    ]);
  });

  it('keep the month or season of a year before Christ', () => {
    expect(tag('in September 480 BC and the spring of 480 BC')).toEqual([
      ['September 480 BC', 3, 'DATE', 'BC0480-09'],
      ['the spring of 480 BC', 24, 'DATE', 'BC0480-SP'],
    ]);
  });

  it('count on from a year before Christ', () => {
    expect(tag('In 491 BC envoys came. The following year the Persians landed.').map(([, , , value]) => value)).toEqual(['BC0491', 'BC0490']);
  });

  it('write early years of our era with four digits', () => {
    expect(tag('in 70 A.D.')).toEqual([['70 A.D.', 3, 'DATE', '0070']]);
  });
});
