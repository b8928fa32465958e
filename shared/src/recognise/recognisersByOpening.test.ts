import { describe, expect, it } from 'vitest';
import { RECOGNISERS } from './recognisers';
import { STICKY, STICKY_AFTER_NON_WORD, firstPossibleAt, followsAsciiNonWord, groupsOf, withoutNegativeLookbehinds } from './recognisersByOpening';

const SENTENCES = [
  'The talks, which began on Friday, will resume in the spring of 1999 or by March 5, 2001.',
  'For the past two years, sales rose 10% a year; in the 1990s they fell, and on Thanksgiving Day 300 BC was recalled.',
  "At 5:30 p.m. last week the '90s ended, every three months, the week of March 6, the fiscal 1988 quarter.",
];

describe('firstPossibleAt', () => {
  it('says no recogniser can match where none can', () => {
    expect(firstPossibleAt('for the record', 0)).toBe(-1);
  });

  it('names a recogniser that matches there', () => {
    const text = 'on March 5, 2001';
    const first = firstPossibleAt(text, 3);
    const pattern = STICKY[first]!;
    pattern.lastIndex = 3;
    expect(pattern.exec(text)?.[0]).toBeTruthy();
  });

  it('leaves out only recognisers that cannot match at the place', () => {
    for (const text of SENTENCES) {
      for (let start = 0; start < text.length; start++) {
        if (start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1]!)) continue;
        const first = firstPossibleAt(text, start);
        const skipped = first < 0 ? RECOGNISERS.length : first;
        for (let order = 0; order < skipped; order++) {
          const pattern = STICKY[order]!;
          pattern.lastIndex = start;
          expect(pattern.exec(text), `${RECOGNISERS[order]!.name} at ${start} of "${text}"`).toBeNull();
        }
      }
    }
  });
});

describe('groupsOf', () => {
  it('counts the capture groups a pattern opens, as the regular-expression engine does', () => {
    const sources = ['a(b)(?:c)(?<n>d)', '\\(x\\)[(](y)', '[\\]()](z)', ...RECOGNISERS.map((r) => r.pattern.source)];
    for (const source of sources) expect(groupsOf(source), source).toBe(new RegExp(`${source}|`, 'u').exec('')!.length - 1);
  });
});

describe('withoutNegativeLookbehinds', () => {
  it('drops each negative lookbehind with the groups it holds, and nothing else', () => {
    expect(withoutNegativeLookbehinds('(?<![\\p{L}])(?<y>\\d{4})(?![\\p{L}])')).toBe('(?<y>\\d{4})(?![\\p{L}])');
    expect(withoutNegativeLookbehinds('a(?<![x)]|(?<!mid|pre)-)b')).toBe('ab');
    expect(withoutNegativeLookbehinds('(?<=(?<![\\p{L}])on\\s+)x')).toBe('(?<=on\\s+)x');
    expect(withoutNegativeLookbehinds('x\\((?<!a)b[(?<!]')).toBe('x\\(b[(?<!]');
  });

  it('keeps those inside a negative lookahead, where dropping them would match less', () => {
    expect(withoutNegativeLookbehinds('(?!x(?<!a)b)c(?<!d)')).toBe('(?!x(?<!a)b)c');
  });
});

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
