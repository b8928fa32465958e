import { describe, expect, it } from 'vitest';
import { firstCharacters, openings } from './firstCharacters';
import { RECOGNISERS } from './recognisers';

const shown = (source: string) => firstCharacters(source).flatMap((can, code) => (can ? [String.fromCharCode(code)] : [])).join('');

describe('firstCharacters', () => {
  it('reads the first letters of alternatives and optional openers, in both cases', () => {
    expect(shown('(?:the\\s+)?(?<m>may|june)')).toBe('JMTjmt');
  });

  it('skips lookarounds and word boundaries, which consume nothing', () => {
    expect(shown('(?<![\\p{L}\\p{N}])\\b(?=\\d)(?<y>\\d{4})')).toBe('0123456789');
  });

  it('reads escapes, classes and ranges as the characters they stand for', () => {
    expect(shown('\\(x|[a-c\\-]|\\.|\\u0041|\\s')).toBe('\t\n\u000b\f\r (-.ABCabc');
  });

  it('counts "ſ" and the Kelvin sign as s and k, as case-insensitive Unicode matching does', () => {
    expect(shown('[\\u0100-\\u0200]|\\u212A')).toBe('KSks');
  });

  it('answers every character for a pattern that can match nothing, or that it cannot read', () => {
    expect(shown('a?')).toHaveLength(128);
    expect(shown('(a)\\1')).toHaveLength(128);
    expect(shown('(?:a')).toHaveLength(128);
  });

  it('reads every recogniser pattern to fewer than all characters', () => {
    for (const { name, pattern } of RECOGNISERS) expect(shown(pattern.source).length, name).toBeLessThan(64);
  });

  it('reads the pairs of characters a match can open with, and the characters that are a match alone', () => {
    const { pairs, single } = openings('(?:the\\s+)?(?:may|\\d)');
    const shownPairs = [...pairs].map((p) => String.fromCharCode(p >> 7, p & 127)).filter((p) => p === p.toLowerCase()).sort();
    expect(shownPairs).toEqual(['ma', 'th']);
    expect(single.flatMap((can, code) => (can ? [String.fromCharCode(code)] : [])).join('')).toBe('0123456789');
  });
});
