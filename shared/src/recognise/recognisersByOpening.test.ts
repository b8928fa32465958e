import { describe, expect, it } from 'vitest';
import { RECOGNISERS } from './recognisers';
import { STICKY, STICKY_AFTER_NON_WORD, followsAsciiNonWord } from './recognisersByOpening';

const SENTENCES = [
  'The talks, which began on Friday, will resume in the spring of 1999 or by March 5, 2001.',
  'For the past two years, sales rose 10% a year; in the 1990s they fell, and on Thanksgiving Day 300 BC was recalled.',
  "At 5:30 p.m. last week the '90s ended, every three months, the week of March 6, the fiscal 1988 quarter.",
];

describe('STICKY_AFTER_NON_WORD', () => {
  it('finds what the full patterns find wherever the character before is ASCII and no letter or digit', () => {
    for (const text of SENTENCES) {
      for (let start = 0; start < text.length; start++) {
        if (!followsAsciiNonWord(text, start)) continue;
        STICKY.forEach((pattern, order) => {
          const loose = STICKY_AFTER_NON_WORD[order]!;
          pattern.lastIndex = start;
          loose.lastIndex = start;
          expect(loose.exec(text)?.[0], `${RECOGNISERS[order]!.name} at ${start} of "${text}"`).toBe(pattern.exec(text)?.[0]);
        });
      }
    }
  });

  it('is not used after a letter or digit, or after a character past ASCII', () => {
    expect([followsAsciiNonWord('a1', 1), followsAsciiNonWord('µ1998', 1), followsAsciiNonWord(' 1998', 1), followsAsciiNonWord('1998', 0)]).toEqual([false, false, true, true]);
  });
});
