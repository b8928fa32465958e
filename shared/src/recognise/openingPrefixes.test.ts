import { describe, expect, it } from 'vitest';
import { ALPHABET_SIZE, PREFIX_LENGTH, mayBeginWith, openingPrefixes, prefixAt, prefixKeyAt } from './openingPrefixes';
import { RECOGNISERS } from './recognisers';

/** Whether a match of `source` may begin at the start of `text`, as the prefixes tell. */
const mayOpen = (source: string, text: string) => mayBeginWith(openingPrefixes(source), prefixAt(text, 0));

describe('openingPrefixes', () => {
  it('reads the first characters of alternatives and optional openers, in either case', () => {
    const source = '(?:the\\s+)?(?<m>may|june)';
    expect(['May 5', 'june', 'The  JUNE', 'the\u00a0may'].map((text) => mayOpen(source, text))).toEqual([true, true, true, true]);
    expect(['Mar 5', 'the fox', 'then', 'ma'].map((text) => mayOpen(source, text))).toEqual([false, false, false, false]);
  });

  it('reads up to eight characters, so that a place is told by the start of the word after a short one', () => {
    const source = '(?<n>\\d+)\\s+(?:days|weeks)';
    expect(mayOpen(source, '45 days')).toBe(true);
    expect(mayOpen(source, '7 weeks')).toBe(true);
    expect(mayOpen(source, '45 percent')).toBe(false);
    expect(mayOpen(source, '4 wins')).toBe(false);
    expect(mayOpen('the\\s+(?:next|past)', 'the nation')).toBe(false);
    expect(mayOpen('(?<n>\\d+)\\s+centuries', '45 cents')).toBe(false);
    expect(mayOpen('the\\s+(?:third|thirties)', 'the thing')).toBe(false);
  });

  it('reads up to ten characters where a pattern has few prefixes of ten, so that the word after two short ones tells too', () => {
    const source = 'the\\s+past\\s+(?:week|month)';
    expect(mayOpen(source, 'the past week')).toBe(true);
    expect(mayOpen(source, 'the past year')).toBe(false);
    expect(openingPrefixes(source).length).toBe(10);
  });

  it('skips lookarounds and word boundaries, which consume nothing', () => {
    const source = '(?<![\\p{L}\\p{N}])\\b(?=\\d)(?<y>\\d{4})';
    expect(mayOpen(source, '1998')).toBe(true);
    expect(mayOpen(source, 'x1998')).toBe(false);
  });

  it('reads a lookahead that ends the pattern as what the text goes on with', () => {
    const source = '(?<d>\\d\\d?)(?=\\s*(?:and|to)\\s*\\d)';
    expect(mayOpen(source, '10 and 11 November')).toBe(true);
    expect(mayOpen(source, '10 people')).toBe(false);
  });

  it('reads a lookahead that only negative lookarounds follow as what the text goes on with, as they consume nothing', () => {
    const source = '(?<h>[1-9]|1[0-2])(?=\\s+(?:tonight|this\\s+morning))(?![\\p{L}\\p{N}])';
    expect(['9 tonight', '10 this morning'].map((text) => mayOpen(source, text))).toEqual([true, true]);
    expect(mayOpen(source, '9 percent')).toBe(false);
    // (Not a lookahead a positive one or a group follows: what comes after it may begin otherwise.)
    expect(mayOpen('(?:1(?=\\s+x))(?=\\s+y)?', '1 z')).toBe(true);
  });

  it('reads a lookahead that ends the last alternative of groups ending the pattern so too, but not one a quantifier repeats', () => {
    const era = '(?<y>\\d{1,4})(?:\\s*BC|(?=\\s*to\\s*\\d+\\s*BC))';
    expect(['146 BC', '146 to 140 BC'].map((text) => mayOpen(era, text))).toEqual([true, true]);
    expect(mayOpen(era, '250 million')).toBe(false);
    expect(mayOpen('(?:a(?=b))?b', 'ab')).toBe(true);
  });

  it('reads escapes, classes and ranges as the characters they stand for', () => {
    const source = '\\(x|[a-c\\-]|\\.|\\u0041|\\s';
    expect(['(x', 'b', '-', '.', 'a', '\t'].map((text) => mayOpen(source, text))).toEqual([true, true, true, true, true, true]);
    expect(['(y', 'd', 'x'].map((text) => mayOpen(source, text))).toEqual([false, false, false]);
  });

  it('reads every space that \\s matches as one symbol, and a run of them as one, so that runs of spaces do not multiply the prefixes', () => {
    expect(['in\u00a0May', 'in\u2009May', 'in \u202fMay'].map((text) => mayOpen('in\\s+may', text))).toEqual([true, true, true]);
    expect(mayOpen('in\\s+may', 'in\u2013May')).toBe(false);
    expect([...openingPrefixes('\\s+').prefixes]).toEqual([' ']);
    expect(mayOpen('on\\s\\s\\s+the\\s+day', 'on   the day')).toBe(true);
    expect(mayOpen('on\\s\\s\\s+the\\s+day', 'on the dog')).toBe(false);
  });

  it('counts "ſ" and the Kelvin sign as s and k, as case-insensitive Unicode matching does', () => {
    expect(mayOpen('summer', 'ſummer')).toBe(true);
    expect(mayOpen('[\\u0100-\\u0200]', 's')).toBe(true);
    expect(mayOpen('\\u212A', 'k')).toBe(true);
  });

  it('reads a group that many patterns share alike wherever it stands, after however many characters', () => {
    const months = '(?:may|june)';
    expect(mayOpen(`${months}\\s+\\d`, 'June 5')).toBe(true);
    expect(mayOpen(`in\\s+the\\s+${months}`, 'in the June')).toBe(true);
    expect(mayOpen(`in\\s+the\\s+${months}`, 'in the Kay')).toBe(false);
    expect([...openingPrefixes(`in\\s+the\\s+${months}`).prefixes].filter((p) => /^in the \w/.test(p)).sort()).toEqual(['in the jun', 'in the may']);
  });

  it('lets a whole match shorter than eight characters end the text or go on with anything', () => {
    expect(mayOpen('may', 'May')).toBe(true);
    expect(mayOpen('may', 'Mayor')).toBe(true);
    expect(mayOpen('mayor', 'May')).toBe(false);
  });

  it('answers every place for a pattern that can match nothing, or that it cannot read', () => {
    expect(openingPrefixes('a?').prefixes.has('')).toBe(true);
    expect(openingPrefixes('(a)\\1')).toEqual({ length: 0, prefixes: new Set(['']) });
    expect(openingPrefixes('(?:a')).toEqual({ length: 0, prefixes: new Set(['']) });
  });

  it('reads a pattern with too many prefixes to fewer characters', () => {
    const letters = openingPrefixes('[a-z]{5}');
    expect(letters.length).toBeLessThan(PREFIX_LENGTH);
    expect(mayBeginWith(letters, prefixAt('house', 0))).toBe(true);
  });

  it('reads every recogniser pattern to eight characters at least, and most to ten', () => {
    const lengths = RECOGNISERS.map(({ pattern }) => openingPrefixes(pattern.source).length);
    RECOGNISERS.forEach(({ name }, order) => expect(lengths[order], name).toBeGreaterThanOrEqual(8));
    expect(lengths.filter((length) => length === PREFIX_LENGTH).length).toBeGreaterThan(RECOGNISERS.length / 2);
  });
});

describe('prefixKeyAt', () => {
  it('gives places the same key exactly when their first ten symbols read alike', () => {
    const text = 'In March, in MARCH, in march; in Marci 12 May 34 May 5. In Marches';
    const places = [...text.matchAll(/\S+/g)].map((m) => m.index);
    for (const a of places) {
      for (const b of places) expect(prefixKeyAt(text, a) === prefixKeyAt(text, b), `${a} ${b}`).toBe(prefixAt(text, a) === prefixAt(text, b));
    }
    expect(prefixKeyAt(text, 3)).toBe(prefixKeyAt(text, 13));
    expect(prefixKeyAt('12 May 2020', 0)).toBe(prefixKeyAt('34 May 1999', 0));
    expect(prefixKeyAt(text, 3)).not.toBe(prefixKeyAt(text, text.indexOf('Marches')));
  });

  it('reads a run of spaces as one, and the end of the text as a symbol of its own', () => {
    expect(prefixKeyAt('in \u00a0 May 5', 0)).toBe(prefixKeyAt('in May 5', 0));
    expect(prefixKeyAt('in May', 0)).not.toBe(prefixKeyAt('in May ', 0));
  });

  it('fits ten symbols of the alphabet in an integer a double holds exactly', () => {
    expect(ALPHABET_SIZE ** PREFIX_LENGTH).toBeLessThanOrEqual(2 ** 53);
  });
});
