import { describe, expect, it } from 'vitest';
import { RECOGNISERS } from './recognisers';
import { STICKY, firstPossibleAt, groupsOf } from './recognisersByOpening';

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
