import { describe, expect, it } from 'vitest';
import { RECOGNISERS } from './recognisers';
import { STICKY, mayBeginWithWord, recognisersAt } from './recognisersByOpening';
import { mayBeginWith, openingPrefixes, prefixAt } from './openingPrefixes';
import { isWordCode } from './startWords';

const SENTENCES = [
  'The talks, which began on Friday, will resume in the spring of 1999 or by March 5, 2001.',
  'For the past two years, sales rose 10% a year; in the 1990s they fell, and on Thanksgiving Day 300 BC was recalled.',
  "At 5:30 p.m. last week the '90s ended, every three months, the week of March 6, the fiscal 1988 quarter.",
  '“March 5” — ‘1998’ …2001, µ1998, ½1999, ²2000, é2001, Ж2002, 中2003 and 2004.',
];

describe('STICKY', () => {
  it('finds what the full patterns find wherever the character before is no letter, digit or mark, as at every start of a word', () => {
    for (const text of SENTENCES) {
      for (let start = 0; start < text.length; start++) {
        if (isWordCode(text.charCodeAt(start - 1))) continue;
        RECOGNISERS.forEach(({ pattern: full, name }, order) => {
          const anchored = new RegExp(full.source, 'yiu');
          anchored.lastIndex = start;
          const pattern = STICKY[order]!;
          pattern.lastIndex = start;
          expect(pattern.exec(text)?.[0], `${name} at ${start} of "${text}"`).toBe(anchored.exec(text)?.[0]);
        });
      }
    }
  });

  it('counts Latin-1 letters and numbers as word characters, as the full patterns do', () => {
    expect([...'aZ5µª½²é'].map((c) => isWordCode(c.charCodeAt(0)))).toEqual(Array(8).fill(true));
    expect([...' ,.’“—…×'].map((c) => isWordCode(c.charCodeAt(0)))).toEqual(Array(8).fill(false));
  });
});

describe('recognisersAt', () => {
  it('lists at each place exactly the recognisers whose own prefixes allow a match there', () => {
    const prefixes = RECOGNISERS.map((r) => openingPrefixes(r.pattern.source));
    for (const text of SENTENCES) {
      for (let start = 0; start < text.length; start++) {
        const each = RECOGNISERS.flatMap((_, order) => (mayBeginWith(prefixes[order]!, prefixAt(text, start)) ? [order] : []));
        expect(recognisersAt(text, start), `at ${start} of "${text}"`).toEqual(each);
      }
    }
  });
});

describe('mayBeginWithWord', () => {
  it('says no recogniser begins at a start word only where none does, whatever follows it', () => {
    const words = ['of', 'after', 'end', 'the', 'new', 'march', 'may', 'q3', 'fy', 'week', 'weekend', 'today', 'ago', 'sundays', 'thanksgiving'];
    const after = [' 5', ' of 1998', '. ', "'s", ' day', '-long', ' year', ' next week', ''];
    for (const word of words) {
      const someRecogniser = after.some((rest) => recognisersAt(`${word}${rest}`, 0).length > 0);
      if (someRecogniser) expect(mayBeginWithWord(word), word).toBe(true);
    }
    expect(['of', 'after', 'end'].map(mayBeginWithWord)).toEqual([false, false, false]);
    expect(['the', 'new', 'March', 'Q3'].map(mayBeginWithWord)).toEqual([true, true, true, true]);
  });
});
